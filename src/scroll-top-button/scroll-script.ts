// What scrolling needs beyond IntersectionObservers, loaded with the first element that needs it:
// a scroll container, a ring without CSS scroll-driven animations, or a `progress-target`.
export { watchScroll } from '../shared/scroll-watch.js';
export { watchProgress } from '../shared/scroll-progress.js';
