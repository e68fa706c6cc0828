/**
 * Reading progress through an element (the document element, or a `progress-target`) told by an
 * IntersectionObserver instead of a scroll listener, for engines without CSS scroll-driven
 * animations: script runs once per step of progress, never once per scroll event.
 *
 * The observer's root is the document's viewport stretched far down and to both sides (BAND),
 * so the part of the target inside it is the part below the viewport's top edge: its
 * ratio falls in step with the reader's scrolling through it. The thresholds sit at each
 * step, plus the top and one pixel before the end; they depend on the target's and the
 * viewport's heights, so they are set again when either changes (never while scrolling).
 */

/** The ring moves in steps of 1%: under a pixel of its arc at any size it is drawn. */
const STEPS = 100;

/**
 * Farther than any page scrolls, yet inside the engines' layout range (as in scroll-threshold.ts,
 * not imported from it: this module loads on demand, and must not import from the element's entry).
 */
const BAND = 10_000_000;

/**
 * Calls `callback(box, viewport)` once known, then at each step of the reader's progress through
 * `target` in `view` (see progressThrough in scroll-threshold.ts): `box` is the target's box as
 * the observer measured it, `viewport` the viewport's height. When `target` is the document
 * element but its box is shorter than what scrolls (a page styled `html { height: 100% }`), its
 * box cannot tell the progress: `unfit` is called instead and nothing more is watched. Returns
 * the function that stops watching.
 */
export function watchProgress(
  view: Window,
  target: Element,
  callback: (box: DOMRectReadOnly, viewport: number) => void,
  unfit: () => void,
): () => void {
  const root = view.document;
  let observer: IntersectionObserver | undefined;
  let height = 0;
  let key = '';
  const observe = (): void => {
    // Read in a ResizeObserver callback or on resize: layout is already up to date.
    const scroller = root.scrollingElement ?? root.documentElement;
    const viewport = scroller.clientHeight;
    if (
      target === root.documentElement &&
      scroller.scrollHeight > viewport &&
      height < scroller.scrollHeight - 1
    ) {
      stop();
      unfit();
      return;
    }
    const next = `${height} ${viewport}`;
    if (next === key) return;
    key = next;
    observer?.disconnect();
    const distance = height - viewport;
    const threshold = [0, 1];
    if (distance > 0) {
      for (let step = 1; step < STEPS; step++) threshold.push(1 - (step / STEPS) * (distance / height));
      threshold.push((viewport + 1) / height);
    }
    observer = new IntersectionObserver(
      (entries) => {
        const box = entries[entries.length - 1]?.boundingClientRect;
        if (box) callback(box, viewport);
      },
      { root, rootMargin: `0px ${BAND}px ${BAND}px`, threshold },
    );
    observer.observe(target);
  };
  const sizes = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
    observe();
  });
  sizes.observe(target);
  view.addEventListener('resize', observe, { passive: true });
  function stop(): void {
    sizes.disconnect();
    observer?.disconnect();
    view.removeEventListener('resize', observe);
  }
  return stop;
}
