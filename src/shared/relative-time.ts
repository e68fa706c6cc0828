import { localeFor, type DateFormatOptions } from './format-date.js';
import { memoize } from './lang.js';

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
 * The formatters of a locale, made once: building Intl formatters costs ~50 µs each, and a list
 * of 100 items renders 100 relative times, again every minute.
 */
const formattersOf = memoize((locale: string) => ({
  relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  // Arabic news phrasing (see ARABIC_UNITS): the number and its plural category.
  arabic:
    new Intl.Locale(locale).language === 'ar'
      ? { number: new Intl.NumberFormat(locale), plural: new Intl.PluralRules('ar') }
      : undefined,
}));

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
  const { relative, arabic } = formattersOf(localeFor(options.lang, options.numerals));
  // "now" in the language's own words ("الآن", "maintenant").
  if (minutes < 1) return relative.format(0, 'second');
  const [value, unit]: [number, Unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 1440
        ? [Math.floor(minutes / 60), 'hour']
        : [Math.floor(minutes / 1440), 'day'];
  if (arabic) {
    return `منذ ${ARABIC_UNITS[unit][arabic.plural.select(value)].replace('{0}', arabic.number.format(value))}`;
  }
  return relative.format(-value, unit);
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
