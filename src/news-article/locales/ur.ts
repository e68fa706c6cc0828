import type { NewsArticleStrings } from '../strings.js';

/** The words of <news-article> in Urdu, loaded on demand (see ../strings.ts). */
const words: NewsArticleStrings = {
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
};
export default words;
