/** Registers <related-articles>. Import the class alone from `news-elements/related-articles/class.js`. */
import { RelatedArticles } from './related-articles.js';

RelatedArticles.define();

export * from './related-articles.js';
export { registerLocale, type LocaleStrings } from '../shared/localized-strings.js';
