import { html, type TemplateResult } from 'lit';
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

/** A date as shown: machine-readable, in full, and as a relative time when recent enough. */
export interface ShownDate {
  iso: string;
  full: string;
  relative: string | undefined;
}

/** Nothing for a missing or unreadable date. */
export function shownDate(value: string | undefined, options: DateDisplayOptions): ShownDate | undefined {
  const date = parseDate(value);
  if (!date) return undefined;
  const full = formatDate(date, options);
  const relative = options.relative
    ? formatRelative(date, new Date(), { ...options, maxHours: options.relativeLimit })
    : undefined;
  return { iso: date.toISOString(), full, relative };
}

/**
 * The text inside `<time>`: the full date, or the relative time ("منذ ساعتين") with the full
 * date in visually hidden text for screen readers (and in the `<time>`'s title).
 */
export function dateText(date: ShownDate): TemplateResult | string {
  return date.relative
    ? html`<span aria-hidden="true">${date.relative}</span><span class="visually-hidden">${date.full}</span>`
    : date.full;
}
