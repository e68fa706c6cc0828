import { localize } from '../shared/localized-strings.js';

/**
 * The words <scroll-top-button> shows, all built in: ar, en, fa, ur, he and fr. Two short strings
 * each, fewer bytes than loading them on demand as the other elements do. `{0}` is filled in.
 */
export interface ScrollTopButtonStrings {
  label: string;
  progressRead: string;
}

const STRINGS: Record<string, ScrollTopButtonStrings> = {
  en: {
    label: 'Back to top',
    progressRead: '{0} read',
  },
  ar: {
    label: 'العودة إلى الأعلى',
    progressRead: 'تمت قراءة {0}',
  },
  fr: {
    label: 'Retour en haut',
    progressRead: '{0} lu',
  },
  fa: {
    label: 'بازگشت به بالا',
    progressRead: '{0} خوانده شده',
  },
  ur: {
    label: 'اوپر واپس جائیں',
    progressRead: '{0} پڑھا جا چکا',
  },
  he: {
    label: 'חזרה למעלה',
    progressRead: 'נקראו {0}',
  },
};

/** The strings for a language tag (full tag, then base language, then English). */
export const stringsFor = (lang: string | undefined): ScrollTopButtonStrings =>
  localize('scroll-top-button', STRINGS, lang);
