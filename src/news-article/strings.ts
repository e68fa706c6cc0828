import { wordsFor } from '../shared/words-on-demand.js';

/** The words <news-article> shows, built in for ar and en, on demand for fa, ur, he and fr. `{0}` is filled in. */
export interface NewsArticleStrings {
  loading: string;
  errorGeneric: string;
  errorNetwork: string;
  errorHttp: string;
  errorTimeout: string;
  errorTooLarge: string;
  errorParse: string;
  errorShape: string;
  errorUrl: string;
  byline: string;
  published: string;
  updated: string;
  source: string;
  readingTime: string;
}

/** Built in: Arabic, the default case, and English, the fallback of every chain. */
const BUILT_IN: Record<string, NewsArticleStrings> = {
  en: {
    loading: 'Loading the article…',
    errorGeneric: 'The article could not be shown.',
    errorNetwork: 'The article could not be loaded. Check your connection and try again.',
    errorHttp: 'The article could not be loaded (the server answered {0}).',
    errorTimeout: 'Loading the article took too long.',
    errorTooLarge: 'The article is too large to show.',
    errorParse: 'The article data is malformed and cannot be read.',
    errorShape: 'The data does not contain an article.',
    errorUrl: 'The article address is not allowed.',
    byline: 'By {0}',
    published: 'Published',
    updated: 'Updated',
    source: 'Source',
    readingTime: '{0} read',
  },
  ar: {
    loading: 'جارٍ تحميل المقال…',
    errorGeneric: 'تعذّر عرض المقال.',
    errorNetwork: 'تعذّر تحميل المقال. تحقّق من الاتصال وحاول مجددًا.',
    errorHttp: 'تعذّر تحميل المقال (ردّ الخادم بالرمز {0}).',
    errorTimeout: 'استغرق تحميل المقال وقتًا أطول من اللازم.',
    errorTooLarge: 'المقال أكبر من أن يُعرض.',
    errorParse: 'بيانات المقال تالفة ولا يمكن قراءتها.',
    errorShape: 'لا تحتوي البيانات على مقال.',
    errorUrl: 'عنوان المقال غير مسموح به.',
    byline: 'بقلم {0}',
    published: 'نُشر',
    updated: 'آخر تحديث',
    source: 'المصدر',
    readingTime: 'مدة القراءة: {0}',
  },
};

/**
 * The strings for a language tag (full tag, then base language, then English), and what to
 * wait for while they load: the other languages are one module each, loaded the first time an
 * element needs them.
 */
export const { stringsFor, wordsReady } = wordsFor('news-article', BUILT_IN, {
  fr: () => import('./locales/fr.js'),
  fa: () => import('./locales/fa.js'),
  ur: () => import('./locales/ur.js'),
  he: () => import('./locales/he.js'),
});
