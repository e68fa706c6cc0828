import { html, type TemplateResult } from 'lit';
import { formatDate, parseCalendars, parseDate, type DateFormatOptions } from './format-date.js';
import { LoadError } from './load-error.js';
import { onDemand } from './on-demand.js';

/** Relative time, for elements with `relative-time` only (0.7 KB gzip): loaded on demand. */
type RelativeTime = typeof import('./relative-time.js');
const relativeTime = onDemand<RelativeTime>('relative time', () => import('./relative-time.js'));

/**
 * For an element with `relative-time`: starts loading the relative time module and returns what
 * its update waits for. Past that wait (3 s), the element renders full dates and renders again
 * when the module arrives; if it cannot load, full dates stay (not asked for again).
 */
export function relativeTimeReady(element: DateHost): Promise<unknown> | undefined {
  if (!element.relativeTime || relativeTime.get() !== undefined) return undefined;
  const wait = relativeTime.ready();
  if (!wait) void relativeTime.load().then(() => element.requestUpdate());
  return wait;
}

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
  numerals: {},
  calendar: {},
  hijriOffset: { type: Number, attribute: 'hijri-offset' },
  timeZone: { attribute: 'time-zone' },
  relativeTime: { type: Boolean, attribute: 'relative-time' },
  relativeTimeLimit: { type: Number, attribute: 'relative-time-limit' },
} as const;

/** The element a date is shown in (it renders again while its relative times move on). */
interface DateHost extends DateSettings {
  isConnected: boolean;
  requestUpdate(): void;
}

export interface DateDisplayOptions extends DateFormatOptions {
  relative?: boolean | undefined;
  host?: DateHost | undefined;
  /** Hours after which the full date replaces the relative time. */
  relativeLimit?: number | undefined;
}

export function dateDisplayOptions(host: DateHost, lang: string, dateOnly = false): DateDisplayOptions {
  return {
    host,
    lang,
    numerals: host.numerals,
    calendars: parseCalendars(host.calendar),
    hijriOffset: host.hijriOffset,
    timeZone: host.timeZone || undefined,
    relative: host.relativeTime,
    relativeLimit: host.relativeTimeLimit,
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
  const module = options.relative ? relativeTime.get() : undefined;
  const relative =
    module && !(module instanceof LoadError)
      ? module.formatRelative(date, new Date(), { ...options, maxHours: options.relativeLimit })
      : undefined;
  if (relative && options.host) (module as RelativeTime).renderAgainInAMinute(options.host);
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
