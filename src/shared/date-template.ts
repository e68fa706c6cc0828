import { html, nothing, type TemplateResult } from 'lit';
import {
  formatDate,
  formatRelative,
  parseCalendars,
  parseDate,
  type DateFormatOptions,
} from './format-date.js';

/** The date attributes both elements share, with the same meaning. */
export interface DateSettings {
  numerals: string | undefined;
  calendar: string | undefined;
  hijriOffset: number | undefined;
  timeZone: string | undefined;
  relativeTime: boolean;
  relativeTimeLimit: number | undefined;
}

/** Lit property declarations for DateSettings (spread into an element's `properties`). */
export const DATE_PROPERTIES = {
  numerals: { type: String },
  calendar: { type: String },
  hijriOffset: { type: Number, attribute: 'hijri-offset' },
  timeZone: { type: String, attribute: 'time-zone' },
  relativeTime: { type: Boolean, attribute: 'relative-time' },
  relativeTimeLimit: { type: Number, attribute: 'relative-time-limit' },
} as const;

export interface DateDisplayOptions extends DateFormatOptions {
  relative?: boolean | undefined;
  /** Hours after which the full date replaces the relative time. */
  relativeLimit?: number | undefined;
}

export function dateDisplayOptions(
  settings: DateSettings,
  lang: string,
  dateOnly = false,
): DateDisplayOptions {
  return {
    lang,
    numerals: settings.numerals,
    calendars: parseCalendars(settings.calendar),
    hijriOffset: settings.hijriOffset,
    timeZone: settings.timeZone || undefined,
    relative: settings.relativeTime,
    relativeLimit: settings.relativeTimeLimit,
    dateOnly,
  };
}

/**
 * `<time datetime>` with the formatted date, or the relative time ("منذ ساعتين") for a recent
 * date, in which case the full date stays in the title and in visually hidden text for
 * screen readers. Nothing for a missing or unreadable date.
 */
export function timeTemplate(
  value: string | undefined,
  options: DateDisplayOptions,
): TemplateResult | typeof nothing {
  const date = parseDate(value);
  if (!date) return nothing;
  const full = formatDate(date, options);
  const relative = options.relative
    ? formatRelative(date, new Date(), { ...options, maxHours: options.relativeLimit })
    : undefined;
  return html`<time datetime=${date.toISOString()} title=${full}
    >${
      relative
        ? html`<span aria-hidden="true">${relative}</span><span class="visually-hidden">${full}</span>`
        : full
    }</time
  >`;
}

/** Whether any shown date is relative, so the element knows to refresh it. */
export function isRelativeNow(value: string | undefined, options: DateDisplayOptions): boolean {
  const date = options.relative ? parseDate(value) : undefined;
  return (
    !!date && formatRelative(date, new Date(), { ...options, maxHours: options.relativeLimit }) !== undefined
  );
}
