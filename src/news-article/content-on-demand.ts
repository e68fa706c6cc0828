import { onDemand } from '../shared/on-demand.js';

// DOMPurify with our configuration, and the reader of article JSON, are over a third of
// <news-article>'s code. They are a module of their own (article-content.ts), loaded the first
// time an element has content from outside the page to show (`body`, `src`, JSON-LD, a
// template): an article from the page's own markup or from attributes never downloads them, and
// a `src` loads them while its document downloads. A failed download is the element's network
// error; its next body tries again.

export type ArticleContent = typeof import('./article-content.js');

export const articleContent = onDemand<ArticleContent>(
  'the article content module',
  () => import('./article-content.js'),
);
