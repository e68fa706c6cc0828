import type { RelatedArticlesStrings } from '../strings.js';

/** The words of <related-articles> in Urdu, loaded on demand (see ../strings.ts). */
const words: RelatedArticlesStrings = {
  heading: 'متعلقہ مضامین',
  loading: 'متعلقہ مضامین لوڈ ہو رہے ہیں…',
  errorGeneric: 'متعلقہ مضامین نہیں دکھائے جا سکے۔',
  errorNetwork: 'متعلقہ مضامین لوڈ نہیں ہو سکے۔ اپنا کنکشن چیک کریں۔',
  errorHttp: 'متعلقہ مضامین لوڈ نہیں ہو سکے (سرور کا جواب: {0})۔',
  errorFeed: 'متعلقہ مضامین کی فیڈ پڑھی نہیں جا سکی۔',
};
export default words;
