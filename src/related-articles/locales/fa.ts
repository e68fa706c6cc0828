import type { RelatedArticlesStrings } from '../strings.js';

/** The words of <related-articles> in Persian, loaded on demand (see ../strings.ts). */
const words: RelatedArticlesStrings = {
  heading: 'مطالب مرتبط',
  loading: 'در حال بارگذاری مطالب مرتبط…',
  errorGeneric: 'نمایش مطالب مرتبط ممکن نشد.',
  errorNetwork: 'بارگذاری مطالب مرتبط ممکن نشد. اتصال خود را بررسی کنید.',
  errorHttp: 'بارگذاری مطالب مرتبط ممکن نشد (پاسخ سرور: {0}).',
  errorFeed: 'خوراک مطالب مرتبط خوانده نشد.',
};
export default words;
