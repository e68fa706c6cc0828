import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateParts,
  parseCalendars,
  parseDate,
  type DateFormatOptions,
} from '../../src/shared/format-date.js';
import { formatRelative } from '../../src/shared/relative-time.js';
import { countIntl } from '../fixtures/count-intl.js';

/** Arabic-Indic digits (٠-٩) and Latin digits (0-9). */
const ARABIC_DIGIT = /[\u0660-\u0669]/;
const LATIN_DIGIT = /[0-9]/;

/** The digits a locale uses by default, as the engine's own number formatting writes them. */
const ownNumber = (lang: string, n: number): string => new Intl.NumberFormat(lang).format(n);
const ownNumberingSystem = (lang: string): string =>
  new Intl.NumberFormat(lang).resolvedOptions().numberingSystem;

/** Thursday 15 October 2020, 12:30 UTC (15:30 in Riyadh): 28 Safar 1442 in the Umm al-Qura calendar. */
const OCT_15 = new Date('2020-10-15T12:30:00Z');

const fmt = (options: Partial<DateFormatOptions> & { lang: string }, date = OCT_15): string =>
  formatDate(date, { timeZone: 'UTC', ...options });

describe('format-date', () => {
  describe('parseDate', () => {
    it('reads ISO 8601 with an offset, Z, or a date alone', () => {
      expect(parseDate('2020-10-09T19:30:00+03:00')?.toISOString()).to.equal('2020-10-09T16:30:00.000Z');
      expect(parseDate('2020-10-09T16:30:00Z')?.toISOString()).to.equal('2020-10-09T16:30:00.000Z');
      expect(parseDate('2020-10-09T16:30:00.123Z')?.toISOString()).to.equal('2020-10-09T16:30:00.123Z');
      expect(parseDate('2020-10-09')?.toISOString()).to.equal('2020-10-09T00:00:00.000Z');
      expect(parseDate('  2020-10-09T16:30:00Z \n')?.toISOString()).to.equal('2020-10-09T16:30:00.000Z');
    });

    it('passes a valid Date through and rejects an invalid one', () => {
      expect(parseDate(OCT_15)).to.equal(OCT_15);
      expect(parseDate(new Date('nonsense'))).to.equal(undefined);
    });

    it('is undefined for what is not a date', () => {
      for (const value of ['', '   ', 'hello', 'أمس', '2020-13-01', null, undefined, 1602764400000, {}, []]) {
        expect(parseDate(value), JSON.stringify(value)).to.equal(undefined);
      }
    });

    it('rejects a day that does not exist rather than rolling it into the next month', () => {
      // Chromium and Firefox read "2020-02-30" as 1 March, WebKit as invalid: the same article
      // must not show a wrong date in some browsers.
      expect(parseDate('2020-02-30')).to.equal(undefined);
      expect(parseDate('2021-02-29T10:00:00Z')).to.equal(undefined);
      expect(parseDate('2020-04-31T10:00:00+03:00')).to.equal(undefined);
      // Leap day and month ends that do exist.
      expect(parseDate('2020-02-29')?.toISOString()).to.equal('2020-02-29T00:00:00.000Z');
      expect(parseDate('2020-04-30T10:00:00Z')?.toISOString()).to.equal('2020-04-30T10:00:00.000Z');
      expect(parseDate('2020-12-31T23:59:59Z')?.toISOString()).to.equal('2020-12-31T23:59:59.000Z');
    });
  });

  describe('parseCalendars', () => {
    it('reads one calendar, both, and aliases', () => {
      expect(parseCalendars('gregory')).to.deep.equal(['gregory']);
      expect(parseCalendars('gregorian')).to.deep.equal(['gregory']);
      expect(parseCalendars('islamic-umalqura')).to.deep.equal(['islamic-umalqura']);
      expect(parseCalendars('hijri')).to.deep.equal(['islamic-umalqura']);
      expect(parseCalendars('islamic')).to.deep.equal(['islamic-umalqura']);
      expect(parseCalendars('both')).to.deep.equal(['gregory', 'islamic-umalqura']);
    });

    it('keeps the order given, ignores case, separators and duplicates', () => {
      expect(parseCalendars('gregory islamic-umalqura')).to.deep.equal(['gregory', 'islamic-umalqura']);
      expect(parseCalendars('islamic-umalqura gregory')).to.deep.equal(['islamic-umalqura', 'gregory']);
      expect(parseCalendars('  Hijri,  GREGORY ')).to.deep.equal(['islamic-umalqura', 'gregory']);
      expect(parseCalendars('both gregory hijri')).to.deep.equal(['gregory', 'islamic-umalqura']);
    });

    it('is undefined when nothing usable is named', () => {
      expect(parseCalendars(undefined)).to.equal(undefined);
      expect(parseCalendars(null)).to.equal(undefined);
      expect(parseCalendars('')).to.equal(undefined);
      expect(parseCalendars('   ')).to.equal(undefined);
      expect(parseCalendars('julian persian')).to.equal(undefined);
      // Unknown names next to a known one are dropped.
      expect(parseCalendars('persian hijri')).to.deep.equal(['islamic-umalqura']);
    });
  });

  describe('formatDate: numerals', () => {
    it('arab gives Arabic-Indic digits only, in Arabic and in English', () => {
      for (const lang of ['ar', 'ar-MA', 'en']) {
        const text = fmt({ lang, numerals: 'arab' });
        expect(text, lang).to.match(ARABIC_DIGIT);
        expect(text, lang).not.to.match(LATIN_DIGIT);
        expect(text, lang).to.contain('١٥').and.to.contain('٢٠٢٠');
      }
    });

    it('latn gives Latin digits only, in Arabic locales that default to Arabic-Indic too', () => {
      for (const lang of ['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'en']) {
        const text = fmt({ lang, numerals: 'latn' });
        expect(text, lang).to.match(LATIN_DIGIT);
        expect(text, lang).not.to.match(ARABIC_DIGIT);
        expect(text, lang).to.contain('15').and.to.contain('2020');
      }
    });

    it("defaults to the locale's own digits", () => {
      // ar-EG writes ١٥, ar-MA and en write 15, in every engine.
      expect(fmt({ lang: 'ar-EG' }))
        .to.contain('٢٠٢٠')
        .and.not.match(LATIN_DIGIT);
      expect(fmt({ lang: 'ar-MA' }))
        .to.contain('2020')
        .and.not.match(ARABIC_DIGIT);
      expect(fmt({ lang: 'en' }))
        .to.contain('2020')
        .and.not.match(ARABIC_DIGIT);
      // Plain "ar" changed default digits between CLDR versions: follow the engine's own number format.
      const text = fmt({ lang: 'ar' });
      expect(text).to.contain(ownNumber('ar', 15));
      if (ownNumberingSystem('ar') === 'arab') expect(text).not.to.match(LATIN_DIGIT);
      else expect(text).not.to.match(ARABIC_DIGIT);
    });

    it('ignores a numerals value other than arab or latn', () => {
      expect(fmt({ lang: 'ar-EG', numerals: 'roman' })).to.equal(fmt({ lang: 'ar-EG' }));
      expect(fmt({ lang: 'en', numerals: 'thai' })).to.equal(fmt({ lang: 'en' }));
    });
  });

  describe('formatDate: calendars', () => {
    it('is Gregorian by default, with the weekday and time of day', () => {
      const text = fmt({ lang: 'ar', numerals: 'latn' });
      expect(text).to.contain('أكتوبر').and.contain('2020').and.contain('15');
      expect(text).to.contain('الخميس');
      expect(text).to.contain('12:30');
      expect(text).not.to.contain('1442');
      const en = fmt({ lang: 'en' });
      expect(en).to.contain('October').and.contain('Thursday').and.contain('12:30');
    });

    it('gives the Umm al-Qura Hijri date: 28 Safar 1442', () => {
      const text = fmt({ lang: 'ar', numerals: 'latn', calendars: ['islamic-umalqura'] });
      expect(text).to.contain('1442').and.contain('صفر').and.contain('28');
      expect(text).not.to.contain('2020');
      expect(text).not.to.contain('أكتوبر');
      expect(text).to.contain('الخميس');
      const en = fmt({ lang: 'en', calendars: ['islamic-umalqura'] });
      expect(en).to.contain('Safar').and.contain('28').and.contain('1442');
      expect(en).not.to.contain('2020');
    });

    it('shows both calendars together, in the order asked for', () => {
      const options = { lang: 'ar', numerals: 'latn', timeZone: 'UTC' };
      const parts = formatDateParts(OCT_15, { ...options, calendars: ['gregory', 'islamic-umalqura'] });
      expect(parts).to.have.length(2);
      expect(parts[0]).to.contain('2020').and.contain('أكتوبر');
      expect(parts[1]).to.contain('1442').and.contain('صفر');
      // Only the first carries the weekday and the time.
      expect(parts[0]).to.contain('الخميس').and.contain('12:30');
      expect(parts[1]).not.to.contain('الخميس');
      expect(parts[1]).not.to.contain('12:30');

      const joined = formatDate(OCT_15, { ...options, calendars: ['gregory', 'islamic-umalqura'] });
      expect(joined).to.equal(parts.join(' / '));
      expect(joined.indexOf('2020')).to.be.lessThan(joined.indexOf('1442'));

      const reversed = formatDate(OCT_15, { ...options, calendars: ['islamic-umalqura', 'gregory'] });
      expect(reversed.indexOf('1442')).to.be.greaterThan(-1);
      expect(reversed.indexOf('1442')).to.be.lessThan(reversed.indexOf('2020'));
      expect(reversed.split(' / ')[0]).to.contain('الخميس');
    });

    it('uses the digits asked for in every calendar', () => {
      const text = fmt({ lang: 'ar', numerals: 'arab', calendars: ['gregory', 'islamic-umalqura'] });
      expect(text).to.contain('٢٠٢٠').and.contain('١٤٤٢').and.contain('٢٨');
      expect(text).not.to.match(LATIN_DIGIT);
    });

    it('shows the Gregorian calendar for a locale whose default calendar is Hijri', () => {
      // WebKit formats ar-SA in the Hijri calendar by default.
      const text = fmt({ lang: 'ar-SA', numerals: 'latn' });
      expect(text).to.contain('2020').and.not.contain('1442');
    });
  });

  describe('formatDate: time zones', () => {
    it('formats in the time zone given, not the machine’s', () => {
      const late = new Date('2020-10-15T22:30:00Z');
      const utc = formatDate(late, { lang: 'en', timeZone: 'UTC' });
      const riyadh = formatDate(late, { lang: 'en', timeZone: 'Asia/Riyadh' });
      expect(utc).to.contain('October 15').and.contain('10:30').and.contain('Thursday');
      expect(riyadh).to.contain('October 16').and.contain('1:30').and.contain('Friday');
      expect(fmt({ lang: 'en', timeZone: 'Asia/Riyadh' })).to.contain('3:30');
    });

    it('falls back to the reader’s zone for an unknown time zone instead of throwing', () => {
      const text = formatDate(OCT_15, { lang: 'en', timeZone: 'Mars/Olympus_Mons' });
      expect(text).to.contain('2020').and.contain('October');
    });

    it('falls back to English for an unusable language, keeping the calendars and digits asked for', () => {
      const parts = formatDateParts(OCT_15, {
        lang: '',
        numerals: 'arab',
        calendars: ['gregory', 'islamic-umalqura'],
        timeZone: 'UTC',
      });
      expect(parts).to.have.length(2);
      expect(parts[0]).to.contain('٢٠٢٠');
      expect(parts[1]).to.contain('١٤٤٢');
      expect(parts.join(' ')).not.to.match(LATIN_DIGIT);
    });
  });

  describe('formatDate: Hijri offset', () => {
    const hijri = (offset: number | undefined, date = OCT_15): string =>
      formatDateParts(date, {
        lang: 'ar',
        numerals: 'latn',
        calendars: ['gregory', 'islamic-umalqura'],
        hijriOffset: offset,
        timeZone: 'Asia/Riyadh',
      })[1] ?? '';
    /** The Hijri day of the month, from "28 صفر 1442 هـ". */
    const hijriDay = (text: string): number => Number(/(\d+)\s+صفر/.exec(text)?.[1]);

    it('shifts the Hijri day by -2 to +2', () => {
      expect(hijriDay(hijri(undefined))).to.equal(28);
      expect(hijriDay(hijri(0))).to.equal(28);
      expect(hijriDay(hijri(-2))).to.equal(26);
      expect(hijriDay(hijri(-1))).to.equal(27);
      expect(hijriDay(hijri(1))).to.equal(29);
      expect(hijriDay(hijri(2))).to.equal(30);
    });

    it('clamps offsets beyond ±2 and ignores fractions and NaN', () => {
      expect(hijriDay(hijri(3))).to.equal(30);
      expect(hijriDay(hijri(30))).to.equal(30);
      expect(hijriDay(hijri(-5))).to.equal(26);
      expect(hijriDay(hijri(1.7))).to.equal(29);
      expect(hijriDay(hijri(Number.NaN))).to.equal(28);
      expect(hijriDay(hijri(Number.POSITIVE_INFINITY))).to.equal(28);
    });

    it('moves into the next Hijri month', () => {
      // 17 October 2020 is 30 Safar; a day later is 1 Rabi al-Awwal.
      const oct17 = new Date('2020-10-17T09:00:00Z');
      const text = formatDateParts(oct17, {
        lang: 'en',
        calendars: ['islamic-umalqura'],
        hijriOffset: 1,
        timeZone: 'UTC',
      })[0];
      expect(text).to.match(/Rab/);
      expect(text).to.match(/\b1, 1442\b/);
    });

    it('leaves the Gregorian date alone', () => {
      const parts = formatDateParts(OCT_15, {
        lang: 'ar',
        numerals: 'latn',
        calendars: ['gregory', 'islamic-umalqura'],
        hijriOffset: 2,
        timeZone: 'UTC',
      });
      expect(parts[0]).to.contain('15').and.contain('أكتوبر').and.contain('الخميس').and.contain('12:30');
    });

    it('keeps the real weekday and time when the Hijri date comes first', () => {
      // Local moon sighting moves the Hijri date, not the day of the week: Thursday stays Thursday.
      const text = formatDate(OCT_15, {
        lang: 'ar',
        numerals: 'latn',
        calendars: ['islamic-umalqura'],
        hijriOffset: 1,
        timeZone: 'UTC',
      });
      expect(text).to.contain('29').and.contain('صفر');
      expect(text).to.contain('الخميس');
      expect(text).not.to.contain('الجمعة');
      expect(text).to.contain('12:30');
      const en = formatDate(OCT_15, {
        lang: 'en',
        calendars: ['islamic-umalqura', 'gregory'],
        hijriOffset: -2,
        timeZone: 'UTC',
      });
      expect(en).to.match(/Safar 26, 1442/);
      expect(en).to.contain('Thursday').and.not.contain('Tuesday');
    });

    it('shifts by calendar days, also across a daylight-saving change', () => {
      // 00:30 on 1 November 2020 in New York, a 25-hour day: adding 24 hours stays on the same day.
      const date = new Date('2020-11-01T04:30:00Z');
      const options: DateFormatOptions = {
        lang: 'en',
        calendars: ['islamic-umalqura'],
        timeZone: 'America/New_York',
      };
      const base = formatDate(date, options);
      expect(base).to.match(/\b15, 1442\b/);
      const next = formatDate(date, { ...options, hijriOffset: 1 });
      expect(next).to.match(/\b16, 1442\b/);
      expect(next).to.contain('Sunday').and.contain('12:30');
      const before = formatDate(date, { ...options, hijriOffset: -1 });
      expect(before).to.match(/\b14, 1442\b/);
      expect(before).to.contain('Sunday').and.contain('12:30');
    });
  });

  describe('formatDate: regional month names', () => {
    const month = (lang: string, date = OCT_15): string =>
      formatDateParts(date, { lang, numerals: 'latn', timeZone: 'UTC' })[0] ?? '';

    it('Egypt and the Gulf say أكتوبر, the Levant and Iraq تشرين الأول', () => {
      for (const lang of ['ar', 'ar-EG', 'ar-SA', 'ar-AE']) {
        expect(month(lang), lang).to.contain('أكتوبر').and.not.contain('تشرين');
      }
      for (const lang of ['ar-SY', 'ar-LB', 'ar-JO', 'ar-IQ']) {
        expect(month(lang), lang).to.contain('تشرين الأول').and.not.contain('أكتوبر');
      }
      // كانون الثاني is January in the Levant.
      expect(month('ar-SY', new Date('2021-01-10T12:00:00Z'))).to.contain('كانون الثاني');
      expect(month('ar-EG', new Date('2021-01-10T12:00:00Z'))).to.contain('يناير');
    });

    it('Morocco has its own names (غشت for August) and Latin digits by default', () => {
      const august = new Date('2020-08-15T12:00:00Z');
      expect(month('ar-MA', august)).to.contain('غشت');
      expect(month('ar-EG', august)).to.contain('أغسطس');
      expect(month('ar-SY', august)).to.contain('آب');
      expect(month('ar-MA')).to.contain('أكتوبر');
      expect(fmt({ lang: 'ar-MA' }))
        .to.contain('2020')
        .and.not.match(ARABIC_DIGIT);
    });
  });

  describe('formatRelative', () => {
    const NOW = new Date('2020-10-15T12:00:00Z');
    const ago = (ms: number): Date => new Date(NOW.getTime() - ms);
    const MIN = 60_000;
    const HOUR = 60 * MIN;
    const rel = (ms: number, options: Partial<DateFormatOptions> & { maxHours?: number } = {}) =>
      formatRelative(ago(ms), NOW, { lang: 'ar', timeZone: 'UTC', ...options });

    it('minutes, in Arabic news phrasing', () => {
      expect(rel(1 * MIN)).to.equal('منذ دقيقة');
      expect(rel(1 * MIN + 59_000)).to.equal('منذ دقيقة');
      expect(rel(2 * MIN)).to.equal('منذ دقيقتين');
      expect(rel(3 * MIN, { numerals: 'latn' })).to.equal('منذ 3 دقائق');
      expect(rel(3 * MIN, { numerals: 'arab' })).to.equal('منذ ٣ دقائق');
      expect(rel(10 * MIN, { numerals: 'latn' })).to.equal('منذ 10 دقائق');
      expect(rel(11 * MIN, { numerals: 'latn' })).to.equal('منذ 11 دقيقة');
      expect(rel(11 * MIN, { numerals: 'arab' })).to.equal('منذ ١١ دقيقة');
      expect(rel(59 * MIN, { numerals: 'latn' })).to.equal('منذ 59 دقيقة');
    });

    it("uses the locale's own digits by default", () => {
      expect(rel(3 * MIN)).to.equal(`منذ ${ownNumber('ar', 3)} دقائق`);
      expect(rel(3 * MIN, { lang: 'ar-EG' })).to.equal('منذ ٣ دقائق');
      expect(rel(3 * MIN, { lang: 'ar-MA' })).to.equal('منذ 3 دقائق');
      expect(rel(5 * HOUR, { lang: 'ar-SA' })).to.equal('منذ ٥ ساعات');
    });

    it('hours, in Arabic news phrasing', () => {
      expect(rel(60 * MIN)).to.equal('منذ ساعة');
      expect(rel(119 * MIN)).to.equal('منذ ساعة');
      expect(rel(2 * HOUR)).to.equal('منذ ساعتين');
      expect(rel(5 * HOUR, { numerals: 'latn' })).to.equal('منذ 5 ساعات');
      expect(rel(5 * HOUR, { numerals: 'arab' })).to.equal('منذ ٥ ساعات');
      expect(rel(11 * HOUR, { numerals: 'latn' })).to.equal('منذ 11 ساعة');
      expect(rel(23 * HOUR + 59 * MIN, { numerals: 'latn' })).to.equal('منذ 23 ساعة');
    });

    it('days, when the limit allows them', () => {
      expect(rel(24 * HOUR, { maxHours: 240 })).to.equal('منذ يوم');
      expect(rel(2 * 24 * HOUR, { maxHours: 240 })).to.equal('منذ يومين');
      expect(rel(3 * 24 * HOUR, { maxHours: 240, numerals: 'latn' })).to.equal('منذ 3 أيام');
    });

    it('just now, under a minute (and for a clock a little ahead)', () => {
      expect(rel(0)).to.equal('الآن');
      expect(rel(59_000)).to.equal('الآن');
      expect(rel(-30_000)).to.equal('الآن');
      expect(rel(30_000, { lang: 'en' })).to.equal('now');
    });

    it('English and other languages through Intl.RelativeTimeFormat', () => {
      expect(rel(2 * HOUR, { lang: 'en' })).to.equal('2 hours ago');
      expect(rel(1 * HOUR, { lang: 'en' })).to.equal('1 hour ago');
      expect(rel(5 * MIN, { lang: 'en' })).to.equal('5 minutes ago');
      expect(rel(2 * HOUR, { lang: 'en', numerals: 'arab' })).to.equal('٢ hours ago');
      expect(rel(2 * HOUR, { lang: 'fr' }))
        .to.contain('2')
        .and.contain('heures');
    });

    it('is undefined past the limit (24 hours by default) and for dates in the future', () => {
      expect(rel(24 * HOUR + MIN)).to.equal(undefined);
      expect(rel(3 * 24 * HOUR)).to.equal(undefined);
      expect(rel(24 * HOUR + MIN, { lang: 'en' })).to.equal(undefined);
      expect(rel(3 * HOUR, { maxHours: 2 })).to.equal(undefined);
      expect(rel(2 * HOUR, { maxHours: 2 })).to.equal('منذ ساعتين');
      expect(rel(-2 * MIN)).to.equal(undefined);
      expect(rel(-HOUR, { lang: 'en' })).to.equal(undefined);
    });

    it("builds a locale's formatters once, not per date (a 100-item list shows 100, every minute)", async () => {
      const eleven = ownNumber('ar-JO', 11);
      const made = await countIntl(['NumberFormat', 'PluralRules', 'RelativeTimeFormat'], () => {
        const arabic = Array.from({ length: 100 }, (_, i) => rel(((i % 58) + 2) * MIN, { lang: 'ar-JO' }));
        const spanish = Array.from({ length: 100 }, (_, i) => rel(((i % 58) + 2) * MIN, { lang: 'es' }));
        expect(arabic[0]).to.equal(`منذ دقيقتين`);
        expect(arabic[9]).to.equal(`منذ ${eleven} دقيقة`);
        expect(spanish[0]).to.contain('2').and.contain('minutos');
      });
      // ar-JO: its number format, the Arabic plural rules and its relative format; es: its
      // relative format. Not one per date.
      expect(made.length, made.slice(0, 8).join()).to.equal(4);
    });

    it('an unreadable limit (NaN, from a non-numeric attribute) means the default 24 hours', () => {
      expect(rel(30 * HOUR, { maxHours: Number.NaN })).to.equal(undefined);
      expect(rel(2 * HOUR, { maxHours: Number.NaN })).to.equal('منذ ساعتين');
      // Infinity is a number: relative time whatever the age.
      expect(rel(30 * HOUR, { maxHours: Number.POSITIVE_INFINITY })).to.equal('منذ يوم');
    });
  });
});
