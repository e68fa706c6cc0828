import { memoize } from './lang.js';
export type CalendarName = 'gregory' | 'islamic-umalqura';

export interface DateFormatOptions {
  /** The language to format in (a BCP 47 tag, may carry a region: ar-EG, ar-SY, ar-MA). */
  lang: string;
  /** `arab` (Arabic-Indic), `latn` (Latin), or undefined for the locale's own digits. */
  numerals?: string | undefined;
  /** One or more calendars, shown together in this order. */
  calendars?: CalendarName[] | undefined;
  /** Days added to Hijri dates (-2 to +2), for publishers who follow local moon sighting. */
  hijriOffset?: number | undefined;
  /** IANA time zone; the reader's own when undefined. */
  timeZone?: string | undefined;
  /** Day, month and year only: no weekday, no time (for compact lists). */
  dateOnly?: boolean | undefined;
}

/** Parses an ISO 8601 date; undefined for anything the engine cannot read. */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value.trim());
  if (Number.isNaN(date.getTime())) return undefined;
  // Chromium and Firefox roll a day that does not exist ("2020-02-30") into the next month,
  // WebKit rejects it: reject it everywhere rather than show a wrong date in some browsers.
  const ymd = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value.trim());
  if (ymd) {
    const [, year, month, day] = ymd.map(Number) as [number, number, number, number];
    const last = new Date(0);
    last.setUTCFullYear(year, month, 0);
    if (month < 1 || month > 12 || day < 1 || day > last.getUTCDate()) return undefined;
  }
  return date;
}

/** Reads a `calendar` attribute: `gregory`, `islamic-umalqura`, both separated by spaces, or `both`. */
export function parseCalendars(value: string | null | undefined): CalendarName[] | undefined {
  if (!value) return undefined;
  const names = value
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
    .flatMap((name): CalendarName[] => {
      if (name === 'both') return ['gregory', 'islamic-umalqura'];
      if (name === 'gregory' || name === 'gregorian') return ['gregory'];
      if (name === 'islamic-umalqura' || name === 'hijri' || name === 'islamic') return ['islamic-umalqura'];
      return [];
    });
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique : undefined;
}

function clampOffset(offset: number | undefined): number {
  if (!offset || !Number.isFinite(offset)) return 0;
  return Math.max(-2, Math.min(2, Math.trunc(offset)));
}

/** Built once per combination: a list asks once per date, and Intl.Locale is most of its cost. */
const locale = memoize((key: string): string => {
  const [lang, numerals, calendar] = key.split('|');
  try {
    const options: Intl.LocaleOptions = {};
    if (numerals === 'arab' || numerals === 'latn') options.numberingSystem = numerals;
    if (calendar) options.calendar = calendar;
    return new Intl.Locale(lang as string, options).toString();
  } catch {
    // An unusable language: English, but still with the calendar and digits asked for.
    return locale(`en|${numerals}|${calendar}`);
  }
});

/** A locale tag with the numbering system and calendar as Unicode extensions. */
export function localeFor(lang: string, numerals: string | undefined, calendar?: CalendarName): string {
  return locale(`${lang}|${numerals ?? ''}|${calendar ?? ''}`);
}

/** Keyed by the locale and the options as JSON (a locale tag has no `|`). */
const formatters = memoize((key: string): Intl.DateTimeFormat => {
  const at = key.indexOf('|');
  const tag = key.slice(0, at);
  const options = JSON.parse(key.slice(at + 1)) as Intl.DateTimeFormatOptions;
  try {
    // Null prototype: Intl reads options through the prototype chain, which a page may have polluted.
    return new Intl.DateTimeFormat(tag, Object.assign(Object.create(null), options));
  } catch {
    // An unknown time zone: fall back to the reader's own rather than failing.
    const { timeZone: _ignored, ...rest } = options;
    return new Intl.DateTimeFormat(tag, Object.assign(Object.create(null), rest));
  }
});

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatters(`${tag}|${JSON.stringify(options)}`);
}

/** The parts of a formatted date that name the day, rather than the weekday or the time. */
const DATE_PARTS = new Set<string>(['day', 'month', 'year', 'era', 'relatedYear', 'yearName']);

/** Noon UTC of the calendar day `days` after the one `date` falls on in `timeZone`. */
function shiftedDay(date: Date, days: number, timeZone: string | undefined): Date {
  const parts = formatter('en-u-ca-gregory-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const day = new Date(Date.UTC(2000, 0, 1, 12));
  day.setUTCFullYear(get('year'), get('month') - 1, get('day') + days);
  return day;
}

/** One formatted date per calendar, in the order asked for. */
export function formatDateParts(date: Date, options: DateFormatOptions): string[] {
  const calendars = options.calendars ?? ['gregory'];
  return calendars.map((calendar, index) => {
    const offset = calendar === 'islamic-umalqura' ? clampOffset(options.hijriOffset) : 0;
    const fields: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      // The first calendar carries the weekday and the time of day.
      ...(index === 0 && !options.dateOnly ? { weekday: 'long', hour: 'numeric', minute: '2-digit' } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    };
    const locale = localeFor(options.lang, options.numerals, calendar);
    const real = formatter(locale, fields);
    if (offset === 0) return real.format(date);
    // The offset moves the Hijri day, month and year only: not the weekday or the time (adding
    // 24 hours to the instant did, and on a 25-hour daylight-saving day it moved no day at all).
    const shifted = formatter(locale, { ...fields, timeZone: 'UTC' }).formatToParts(
      shiftedDay(date, offset, options.timeZone),
    );
    const values = new Map<string, string[]>();
    for (const part of shifted) {
      if (DATE_PARTS.has(part.type)) values.set(part.type, [...(values.get(part.type) ?? []), part.value]);
    }
    return real
      .formatToParts(date)
      .map((part) =>
        DATE_PARTS.has(part.type) ? (values.get(part.type)?.shift() ?? part.value) : part.value,
      )
      .join('');
  });
}

/** The full date (all calendars, joined), as shown and as read by screen readers. */
export function formatDate(date: Date, options: DateFormatOptions): string {
  return formatDateParts(date, options).join(' / ');
}
