import { localize } from '../shared/localized-strings.js';

/** The words <news-article> shows, in ar, en, fa, ur, he and fr. `{0}` is filled in. */
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

const STRINGS: Record<string, NewsArticleStrings> = {
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
  fr: {
    loading: 'Chargement de l’article…',
    errorGeneric: 'L’article n’a pas pu être affiché.',
    errorNetwork: 'L’article n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
    errorHttp: 'L’article n’a pas pu être chargé (le serveur a répondu {0}).',
    errorTimeout: 'Le chargement de l’article a pris trop de temps.',
    errorTooLarge: 'L’article est trop volumineux pour être affiché.',
    errorParse: 'Les données de l’article sont mal formées et illisibles.',
    errorShape: 'Les données ne contiennent pas d’article.',
    errorUrl: 'L’adresse de l’article n’est pas autorisée.',
    byline: 'Par {0}',
    published: 'Publié',
    updated: 'Mis à jour',
    source: 'Source',
    readingTime: 'Lecture : {0}',
  },
  fa: {
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
  },
  ur: {
    loading: 'مضمون لوڈ ہو رہا ہے…',
    errorGeneric: 'مضمون نہیں دکھایا جا سکا۔',
    errorNetwork: 'مضمون لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کر کے دوبارہ کوشش کریں۔',
    errorHttp: 'مضمون لوڈ نہیں ہو سکا (سرور کا جواب: {0})۔',
    errorTimeout: 'مضمون لوڈ ہونے میں بہت دیر لگی۔',
    errorTooLarge: 'مضمون دکھانے کے لیے بہت بڑا ہے۔',
    errorParse: 'مضمون کا ڈیٹا خراب ہے اور پڑھا نہیں جا سکتا۔',
    errorShape: 'ڈیٹا میں کوئی مضمون نہیں ہے۔',
    errorUrl: 'مضمون کے پتے کی اجازت نہیں ہے۔',
    byline: 'از {0}',
    published: 'شائع شدہ',
    updated: 'تازہ کاری',
    source: 'ماخذ',
    readingTime: 'پڑھنے کا وقت: {0}',
  },
  he: {
    loading: 'הכתבה נטענת…',
    errorGeneric: 'לא ניתן להציג את הכתבה.',
    errorNetwork: 'לא ניתן לטעון את הכתבה. בדקו את החיבור ונסו שוב.',
    errorHttp: 'לא ניתן לטעון את הכתבה (השרת השיב {0}).',
    errorTimeout: 'טעינת הכתבה ארכה זמן רב מדי.',
    errorTooLarge: 'הכתבה גדולה מכדי להציג אותה.',
    errorParse: 'נתוני הכתבה פגומים ולא ניתן לקרוא אותם.',
    errorShape: 'הנתונים אינם מכילים כתבה.',
    errorUrl: 'כתובת הכתבה אינה מותרת.',
    byline: 'מאת {0}',
    published: 'פורסם',
    updated: 'עודכן',
    source: 'מקור',
    readingTime: 'זמן קריאה: {0}',
  },
};

/** The strings for a language tag (full tag, then base language, then English). */
export const stringsFor = (lang: string | undefined): NewsArticleStrings =>
  localize('news-article', STRINGS, lang);
