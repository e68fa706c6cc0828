/** Registers <news-article>. Import the class alone from `news-elements/news-article/class.js`. */
import { NewsArticle } from './news-article.js';

NewsArticle.define();

export * from './news-article.js';
export { registerLocale, type LocaleStrings } from '../shared/localized-strings.js';
