import { onDemand } from '../shared/on-demand.js';

// DOMPurify with our configuration is over a third of <news-article>'s code. It is a module of
// its own, loaded the first time an element has HTML from outside the page to show (`body`, a
// template, a JSON body from `src` or inline data): an article from the page's own markup,
// attributes or JSON-LD with a text body never downloads it, and a `src` loads it while its
// document downloads. A failed download is the element's network error; its next body tries
// again, and the body shows once any element's request loads it (see _bodyNodes).

export type Sanitizer = typeof import('../shared/sanitize-html.js');

export const sanitizer = onDemand<Sanitizer>('the sanitizer', () => import('../shared/sanitize-html.js'));
