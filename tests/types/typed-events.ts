// Compiled by `npm run typecheck` (not run): what a TypeScript user of the package gets.
import type { NewsArticle, RelatedArticles, ScrollTopButton } from '../../src/index.js';

declare const article: NewsArticle;
declare const related: RelatedArticles;
declare const button: ScrollTopButton;

article.addEventListener('load', (event) => {
  const origin: string = event.detail.origin;
  return origin;
});
article.addEventListener('error', (event) => event.detail.code.toUpperCase());
// @ts-expect-error: a load event has no error code
article.addEventListener('load', (event) => event.detail.code);

related.addEventListener('related-articles-select', (event) => {
  const position: number = event.detail.position;
  event.preventDefault();
  return position + event.detail.item.url.length;
});
related.addEventListener('impression', (event) => event.detail.items.map((item) => item.title));
related.addEventListener('load', (event) => event.detail.items.length);
button.addEventListener('scroll-top', (event) => event.detail.target?.id);
// The usual events keep their own types.
button.addEventListener('click', (event) => event.clientX);

// Events with names of their own are typed on any element they bubble to.
document.body.addEventListener('scroll-top', (event) => event.detail.target);
document.body.addEventListener('related-articles-select', (event) => event.detail.position);

// Tags are typed.
const created: ScrollTopButton = document.createElement('scroll-top-button');
const found: NewsArticle | null = document.querySelector('news-article');
export { created, found };
