import { wordsFor } from '../shared/words-on-demand.js';

/** The words <related-articles> shows, built in for ar and en, on demand for fa, ur, he and fr. `{0}` is filled in. */
export interface RelatedArticlesStrings {
  heading: string;
  loading: string;
  errorGeneric: string;
  errorNetwork: string;
  errorHttp: string;
  errorFeed: string;
}

/** Built in: Arabic, the default case, and English, the fallback of every chain. */
const BUILT_IN: Record<string, RelatedArticlesStrings> = {
  en: {
    heading: 'Related articles',
    loading: 'Loading related articles…',
    errorGeneric: 'Related articles could not be shown.',
    errorNetwork: 'Related articles could not be loaded. Check your connection.',
    errorHttp: 'Related articles could not be loaded (the server answered {0}).',
    errorFeed: 'The related articles feed could not be read.',
  },
  ar: {
    heading: 'مقالات ذات صلة',
    loading: 'جارٍ تحميل المقالات ذات الصلة…',
    errorGeneric: 'تعذّر عرض المقالات ذات الصلة.',
    errorNetwork: 'تعذّر تحميل المقالات ذات الصلة. تحقّق من الاتصال.',
    errorHttp: 'تعذّر تحميل المقالات ذات الصلة (ردّ الخادم بالرمز {0}).',
    errorFeed: 'تعذّرت قراءة موجز المقالات ذات الصلة.',
  },
};

/**
 * The strings for a language tag (full tag, then base language, then English), and what to
 * wait for while they load: the other languages are one module each, loaded the first time an
 * element needs them.
 */
export const { stringsFor, wordsReady } = wordsFor('related-articles', BUILT_IN, {
  fr: () => import('./locales/fr.js'),
  fa: () => import('./locales/fa.js'),
  ur: () => import('./locales/ur.js'),
  he: () => import('./locales/he.js'),
});
