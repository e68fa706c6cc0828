/**
 * Whether a page has been scrolled past a distance, told by an IntersectionObserver instead of a
 * scroll listener: no script runs while the reader scrolls, only when the line is crossed.
 *
 * The observed target is the document element (never changed). The observer's root is the
 * document's viewport with its margins moved so that it becomes a tall band ending just above
 * `distance` over the viewport's top edge: the document's top edge is inside that band exactly
 * when more than `distance` pixels have been scrolled.
 */

export interface ScrollThreshold {
  value: number;
  unit: 'px' | '%';
}

/** How far above the viewport the band reaches: farther than any page scrolls, yet inside the
 * engines' layout range (Chromium's layout units stop near 33 million pixels). */
const BAND = 10_000_000;

/** `400` (pixels) or `50%` (of the viewport height); anything else gives `fallback`. */
export function parseThreshold(value: string | null | undefined, fallback: ScrollThreshold): ScrollThreshold {
  const text = value?.trim() ?? '';
  const number = Number(text.endsWith('%') ? text.slice(0, -1) : text.replace(/px$/, ''));
  if (!text || !Number.isFinite(number) || number < 0) return fallback;
  return { value: number, unit: text.endsWith('%') ? '%' : 'px' };
}

/** Progress (0 to 1) through a box `top` pixels below the viewport's top edge, `height` tall. */
export function progressThrough(top: number, height: number, viewport: number): number {
  const distance = height - viewport;
  return distance > 0 ? Math.min(1, Math.max(0, -top / distance)) : top <= 0 ? 1 : 0;
}

/** The threshold in pixels for a viewport `viewport` pixels tall. */
export function thresholdPixels(threshold: ScrollThreshold, viewport: number): number {
  return threshold.unit === '%' ? (threshold.value / 100) * viewport : threshold.value;
}

/**
 * Calls `callback(past)` once the state is known and then whenever the window's scroll position
 * crosses the threshold (`past` is true when more than the threshold is scrolled). Returns the
 * function that stops watching.
 *
 * The band depends on the viewport's height, which the observer itself tells (its root's
 * bounds): reading `clientHeight` instead would force a layout of the whole page in the middle
 * of its load (~30 ms on bench case 6's cold start). A resize (rare, never while scrolling)
 * starts a new observer, which measures again.
 */
export function watchScrolledPast(
  view: Window,
  threshold: ScrollThreshold,
  callback: (past: boolean) => void,
): () => void {
  const root = view.document;
  let observer: IntersectionObserver | undefined;
  // A guess until the first callback tells the real height (without scrollbars).
  let viewport = 0;
  const observe = (): void => {
    // One pixel more, so a page scrolled exactly to the threshold is not past it (an edge that
    // only touches the band still counts as intersecting).
    const inset = viewport + thresholdPixels(threshold, viewport) + 1;
    observer?.disconnect();
    observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (!last) return;
        // The band ends `inset` above the viewport's bottom edge: a wrong guess is corrected
        // before any state is told.
        const bounds = last.rootBounds;
        const height = bounds ? Math.round(bounds.bottom + inset) : viewport;
        if (height !== viewport) {
          viewport = height;
          observe();
        } else callback(last.isIntersecting);
      },
      { root, rootMargin: `${BAND}px 0px ${-inset}px 0px` },
    );
    observer.observe(root.documentElement);
  };
  observe();
  view.addEventListener('resize', observe, { passive: true });
  return () => {
    observer?.disconnect();
    view.removeEventListener('resize', observe);
  };
}
