import { localeFor, type DateFormatOptions } from './format-date.js';

// Relative time ("منذ ساعتين", "2 hours ago") is asked for with the `relative-time` attribute:
// a module of its own, loaded on demand (see date-template.ts).

type Unit = 'minute' | 'hour' | 'day';

/**
 * Arabic news phrasing after "منذ" (since): the genitive dual ("ساعتين"), plural for 3-10
 * ("ساعات") and singular past ten, chosen by the language's plural rules.
 * Intl.RelativeTimeFormat says "قبل ساعتين", which is not how Arabic news sites write it.
 */
const ARABIC_UNITS: Record<Unit, Record<Intl.LDMLPluralRule, string>> = {
  minute: {
    zero: '{0} دقيقة',
    one: 'دقيقة',
    two: 'دقيقتين',
    few: '{0} دقائق',
    many: '{0} دقيقة',
    other: '{0} دقيقة',
  },
  hour: {
    zero: '{0} ساعة',
    one: 'ساعة',
    two: 'ساعتين',
    few: '{0} ساعات',
    many: '{0} ساعة',
    other: '{0} ساعة',
  },
  day: { zero: '{0} يوم', one: 'يوم', two: 'يومين', few: '{0} أيام', many: '{0} يومًا', other: '{0} يوم' },
};

/**
 * Relative time for a recent date ("منذ ساعتين", "2 hours ago"), or undefined when the date is
 * older than `maxHours` (the caller then shows the full date) or in the future.
 */
export function formatRelative(
  date: Date,
  now: Date,
  options: DateFormatOptions & { maxHours?: number | undefined },
): string | undefined {
  const elapsed = now.getTime() - date.getTime();
  // NaN (relative-time-limit="soon") would compare false and show every date as relative.
  const maxHours =
    typeof options.maxHours === 'number' && !Number.isNaN(options.maxHours) ? options.maxHours : 24;
  if (elapsed < -60_000 || elapsed > maxHours * 3_600_000) return undefined;
  const minutes = Math.max(0, Math.floor(elapsed / 60_000));
  if (minutes < 1) {
    // "now" in the language's own words ("الآن", "maintenant").
    return new Intl.RelativeTimeFormat(localeFor(options.lang, options.numerals), { numeric: 'auto' }).format(
      0,
      'second',
    );
  }
  const [value, unit]: [number, Unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 1440
        ? [Math.floor(minutes / 60), 'hour']
        : [Math.floor(minutes / 1440), 'day'];
  const locale = localeFor(options.lang, options.numerals);
  if (new Intl.Locale(locale).language === 'ar') {
    const category = new Intl.PluralRules('ar').select(value);
    const number = new Intl.NumberFormat(locale).format(value);
    return `منذ ${ARABIC_UNITS[unit][category].replace('{0}', number)}`;
  }
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-value, unit);
}

/** What re-renders: an element showing a relative time. */
export interface RelativeTimeHost {
  isConnected: boolean;
  requestUpdate(): void;
}

const showing = new Set<RelativeTimeHost>();
let tick: ReturnType<typeof setTimeout> | undefined;

/**
 * Relative times ("منذ دقيقتين") go stale: the element that just rendered one renders again in a
 * minute, if it is still in the page. One timer for every element; each render that still shows
 * a relative time asks again, so an element that stops showing one (or leaves) is let go.
 */
export function renderAgainInAMinute(host: RelativeTimeHost): void {
  showing.add(host);
  tick ??= setTimeout(() => {
    tick = undefined;
    const hosts = [...showing];
    showing.clear();
    for (const each of hosts) if (each.isConnected) each.requestUpdate();
  }, 60_000);
}
