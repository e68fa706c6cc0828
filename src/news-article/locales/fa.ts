import type { NewsArticleStrings } from '../strings.js';

/** The words of <news-article> in Persian, loaded on demand (see ../strings.ts). */
const words: NewsArticleStrings = {
  loading: 'در حال بارگذاری مقاله…',
  errorGeneric: 'نمایش مقاله ممکن نشد.',
  errorNetwork: 'بارگذاری مقاله ممکن نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
  errorHttp: 'بارگذاری مقاله ممکن نشد (پاسخ سرور: {0}).',
  errorTimeout: 'بارگذاری مقاله بیش از حد طول کشید.',
  errorTooLarge: 'مقاله برای نمایش بیش از حد بزرگ است.',
  errorParse: 'داده‌های مقاله معیوب است و خوانده نمی‌شود.',
  errorShape: 'داده‌ها شامل مقاله‌ای نیست.',
  errorUrl: 'نشانی مقاله مجاز نیست.',
  byline: 'نوشتهٔ {0}',
  published: 'منتشر شده',
  updated: 'به‌روزرسانی',
  source: 'منبع',
  readingTime: 'زمان مطالعه: {0}',
};
export default words;
