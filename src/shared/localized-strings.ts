/**
 * The library's own words, per language. Looked up by the full tag, then its base language,
 * then English. `{0}` is replaced by the first argument.
 */
export interface Strings {
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
  justNow: string;
  relatedHeading: string;
  relatedLoading: string;
  relatedErrorGeneric: string;
  relatedErrorNetwork: string;
  relatedErrorHttp: string;
  relatedErrorFeed: string;
  backToTop: string;
  progressRead: string;
}

const en: Strings = {
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
  justNow: 'just now',
  relatedHeading: 'Related articles',
  relatedLoading: 'Loading related articles…',
  relatedErrorGeneric: 'Related articles could not be shown.',
  relatedErrorNetwork: 'Related articles could not be loaded. Check your connection.',
  relatedErrorHttp: 'Related articles could not be loaded (the server answered {0}).',
  relatedErrorFeed: 'The related articles feed could not be read.',
  backToTop: 'Back to top',
  progressRead: '{0} read',
};

const ar: Strings = {
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
  justNow: 'الآن',
  relatedHeading: 'مقالات ذات صلة',
  relatedLoading: 'جارٍ تحميل المقالات ذات الصلة…',
  relatedErrorGeneric: 'تعذّر عرض المقالات ذات الصلة.',
  relatedErrorNetwork: 'تعذّر تحميل المقالات ذات الصلة. تحقّق من الاتصال.',
  relatedErrorHttp: 'تعذّر تحميل المقالات ذات الصلة (ردّ الخادم بالرمز {0}).',
  relatedErrorFeed: 'تعذّرت قراءة موجز المقالات ذات الصلة.',
  backToTop: 'العودة إلى الأعلى',
  progressRead: 'تمت قراءة {0}',
};

const fr: Strings = {
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
  justNow: 'à l’instant',
  relatedHeading: 'Articles liés',
  relatedLoading: 'Chargement des articles liés…',
  relatedErrorGeneric: 'Les articles liés n’ont pas pu être affichés.',
  relatedErrorNetwork: 'Les articles liés n’ont pas pu être chargés. Vérifiez votre connexion.',
  relatedErrorHttp: 'Les articles liés n’ont pas pu être chargés (le serveur a répondu {0}).',
  relatedErrorFeed: 'Le flux des articles liés est illisible.',
  backToTop: 'Retour en haut',
  progressRead: '{0} lu',
};

const fa: Strings = {
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
  justNow: 'همین حالا',
  relatedHeading: 'مطالب مرتبط',
  relatedLoading: 'در حال بارگذاری مطالب مرتبط…',
  relatedErrorGeneric: 'نمایش مطالب مرتبط ممکن نشد.',
  relatedErrorNetwork: 'بارگذاری مطالب مرتبط ممکن نشد. اتصال خود را بررسی کنید.',
  relatedErrorHttp: 'بارگذاری مطالب مرتبط ممکن نشد (پاسخ سرور: {0}).',
  relatedErrorFeed: 'خوراک مطالب مرتبط خوانده نشد.',
  backToTop: 'بازگشت به بالا',
  progressRead: '{0} خوانده شده',
};

const ur: Strings = {
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
  justNow: 'ابھی',
  relatedHeading: 'متعلقہ مضامین',
  relatedLoading: 'متعلقہ مضامین لوڈ ہو رہے ہیں…',
  relatedErrorGeneric: 'متعلقہ مضامین نہیں دکھائے جا سکے۔',
  relatedErrorNetwork: 'متعلقہ مضامین لوڈ نہیں ہو سکے۔ اپنا کنکشن چیک کریں۔',
  relatedErrorHttp: 'متعلقہ مضامین لوڈ نہیں ہو سکے (سرور کا جواب: {0})۔',
  relatedErrorFeed: 'متعلقہ مضامین کی فیڈ پڑھی نہیں جا سکی۔',
  backToTop: 'اوپر واپس جائیں',
  progressRead: '{0} پڑھا جا چکا',
};

const he: Strings = {
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
  justNow: 'עכשיו',
  relatedHeading: 'כתבות קשורות',
  relatedLoading: 'כתבות קשורות נטענות…',
  relatedErrorGeneric: 'לא ניתן להציג כתבות קשורות.',
  relatedErrorNetwork: 'לא ניתן לטעון כתבות קשורות. בדקו את החיבור.',
  relatedErrorHttp: 'לא ניתן לטעון כתבות קשורות (השרת השיב {0}).',
  relatedErrorFeed: 'לא ניתן לקרוא את הפיד של הכתבות הקשורות.',
  backToTop: 'חזרה למעלה',
  progressRead: 'נקראו {0}',
};

const TABLE: Record<string, Strings> = { en, ar, fr, fa, ur, he };

/** The strings for a language tag (full tag, then base language, then English). */
export function stringsFor(lang: string | undefined): Strings {
  if (!lang) return en;
  const lower = lang.toLowerCase();
  return TABLE[lower] ?? TABLE[lower.split('-')[0] ?? ''] ?? en;
}

/** Fills `{0}` placeholders. */
export function fill(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
