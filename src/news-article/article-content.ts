import { normalizeArticle, type ArticleData } from '../shared/article-model.js';
import { parseJson } from '../shared/load-error.js';

// What <news-article> needs only for content from outside the page (see content-on-demand.ts):
// reading article JSON and sanitizing HTML. One chunk, loaded on demand.

export { sanitizeHtml } from '../shared/sanitize-html.js';

/**
 * Our article JSON, schema.org NewsArticle JSON-LD or a JSON Feed item, as the article model.
 * @throws LoadError `parse` for malformed JSON, `shape` for JSON that is not an article.
 */
export function readArticle(text: string): ArticleData {
  return normalizeArticle(parseJson(text));
}
