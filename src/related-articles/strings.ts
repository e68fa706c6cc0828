import { localize } from '../shared/localized-strings.js';

/** The words <related-articles> shows, in ar, en, fa, ur, he and fr. `{0}` is filled in. */
export interface RelatedArticlesStrings {
  heading: string;
  loading: string;
  errorGeneric: string;
  errorNetwork: string;
  errorHttp: string;
  errorFeed: string;
}

const STRINGS: Record<string, RelatedArticlesStrings> = {
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
  fr: {
    heading: 'Articles liés',
    loading: 'Chargement des articles liés…',
    errorGeneric: 'Les articles liés n’ont pas pu être affichés.',
    errorNetwork: 'Les articles liés n’ont pas pu être chargés. Vérifiez votre connexion.',
    errorHttp: 'Les articles liés n’ont pas pu être chargés (le serveur a répondu {0}).',
    errorFeed: 'Le flux des articles liés est illisible.',
  },
  fa: {
    heading: 'مطالب مرتبط',
    loading: 'در حال بارگذاری مطالب مرتبط…',
    errorGeneric: 'نمایش مطالب مرتبط ممکن نشد.',
    errorNetwork: 'بارگذاری مطالب مرتبط ممکن نشد. اتصال خود را بررسی کنید.',
    errorHttp: 'بارگذاری مطالب مرتبط ممکن نشد (پاسخ سرور: {0}).',
    errorFeed: 'خوراک مطالب مرتبط خوانده نشد.',
  },
  ur: {
    heading: 'متعلقہ مضامین',
    loading: 'متعلقہ مضامین لوڈ ہو رہے ہیں…',
    errorGeneric: 'متعلقہ مضامین نہیں دکھائے جا سکے۔',
    errorNetwork: 'متعلقہ مضامین لوڈ نہیں ہو سکے۔ اپنا کنکشن چیک کریں۔',
    errorHttp: 'متعلقہ مضامین لوڈ نہیں ہو سکے (سرور کا جواب: {0})۔',
    errorFeed: 'متعلقہ مضامین کی فیڈ پڑھی نہیں جا سکی۔',
  },
  he: {
    heading: 'כתבות קשורות',
    loading: 'כתבות קשורות נטענות…',
    errorGeneric: 'לא ניתן להציג כתבות קשורות.',
    errorNetwork: 'לא ניתן לטעון כתבות קשורות. בדקו את החיבור.',
    errorHttp: 'לא ניתן לטעון כתבות קשורות (השרת השיב {0}).',
    errorFeed: 'לא ניתן לקרוא את הפיד של הכתבות הקשורות.',
  },
};

/** The strings for a language tag (full tag, then base language, then English). */
export const stringsFor = (lang: string | undefined): RelatedArticlesStrings =>
  localize('related-articles', STRINGS, lang);
