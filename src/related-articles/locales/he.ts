import type { RelatedArticlesStrings } from '../strings.js';

/** The words of <related-articles> in Hebrew, loaded on demand (see ../strings.ts). */
const words: RelatedArticlesStrings = {
  heading: 'כתבות קשורות',
  loading: 'כתבות קשורות נטענות…',
  errorGeneric: 'לא ניתן להציג כתבות קשורות.',
  errorNetwork: 'לא ניתן לטעון כתבות קשורות. בדקו את החיבור.',
  errorHttp: 'לא ניתן לטעון כתבות קשורות (השרת השיב {0}).',
  errorFeed: 'לא ניתן לקרוא את הפיד של הכתבות הקשורות.',
};
export default words;
