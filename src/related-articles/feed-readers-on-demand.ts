import { onDemand } from '../shared/on-demand.js';

// The RSS, Atom and JSON Feed readers (feed-source.ts) are a module of their own, fetched once,
// when the first `src` of a list is set. A failed download is the list's network error; the
// list loads its `src` again once any later request (another list's) brings them.

export const feedReaders = onDemand<typeof import('./feed-source.js')>(
  'the feed readers',
  () => import('./feed-source.js'),
);
