/**
 * One passive scroll listener per scroller (the window or an element), shared by every
 * subscriber, with the work batched into one animation frame: first every subscriber reads,
 * then every subscriber writes, so no layout is read after a style write in the same frame.
 * The scroll position is taken in the scroll event itself, before the frame's animations are
 * updated: by the animation frame a scroll-driven animation (the progress ring) has dirtied
 * style, and reading `scrollY` there forces a style recalculation every frame. The listener
 * goes away with the last subscriber: after that, scrolling does no work for us.
 */

export interface ScrollMetrics {
  /** Distance scrolled from the top, in CSS pixels. */
  readonly top: number;
  /** The visible height of the scroller (the viewport for the window). */
  readonly viewport: number;
  /** The full scrollable height (read only when a subscriber asks for it). */
  readonly height: number;
}

export interface ScrollSubscriber {
  /** Read phase: layout reads only (beyond the metrics), no writes. */
  measure(metrics: ScrollMetrics): void;
  /** Write phase: DOM and style writes only, no layout reads. */
  apply(): void;
}

export type Scroller = Window | Element;

interface Watch {
  subscribers: Set<ScrollSubscriber>;
  frame: number | undefined;
  /** Scroll position and viewport height as of the last scroll or resize event. */
  top: number;
  viewport: number;
  /** Takes the position (and the viewport on resize) now and asks for a frame. */
  listener: (event?: Event) => void;
}

const watches = new Map<Scroller, Watch>();

/** Debug counters for tests: how many frames ran, per process. */
export const scrollWatchStats = { frames: 0 };

function flush(scroller: Scroller, watch: Watch): void {
  watch.frame = undefined;
  scrollWatchStats.frames++;
  const element = scroller instanceof Window ? scroller.document.documentElement : scroller;
  let height: number | undefined;
  const metrics: ScrollMetrics = {
    top: watch.top,
    viewport: watch.viewport,
    get height() {
      return (height ??= element.scrollHeight);
    },
  };
  const subscribers = [...watch.subscribers];
  for (const subscriber of subscribers) subscriber.measure(metrics);
  for (const subscriber of subscribers) subscriber.apply();
}

/** Runs `subscriber` once per frame in which `scroller` scrolled (and once now). Returns the unsubscribe. */
export function watchScroll(scroller: Scroller, subscriber: ScrollSubscriber): () => void {
  let watch = watches.get(scroller);
  if (!watch) {
    const created: Watch = {
      subscribers: new Set(),
      frame: undefined,
      top: 0,
      viewport: 0,
      listener: (event) => {
        created.top = scroller instanceof Window ? scroller.scrollY : scroller.scrollTop;
        // The window's height changes only on resize; an element's may change with the page.
        if (!event || event.type === 'resize' || scroller instanceof Element)
          created.viewport = scroller instanceof Window ? scroller.innerHeight : scroller.clientHeight;
        created.frame ??= requestAnimationFrame(() => flush(scroller, created));
      },
    };
    watch = created;
    watches.set(scroller, watch);
    scroller.addEventListener('scroll', watch.listener, { passive: true });
    // The viewport's height decides percentage thresholds and progress.
    if (scroller instanceof Window) scroller.addEventListener('resize', watch.listener, { passive: true });
  }
  watch.subscribers.add(subscriber);
  watch.listener();
  const current = watch;
  return () => {
    current.subscribers.delete(subscriber);
    if (current.subscribers.size > 0) return;
    scroller.removeEventListener('scroll', current.listener);
    if (scroller instanceof Window) scroller.removeEventListener('resize', current.listener);
    if (current.frame !== undefined) cancelAnimationFrame(current.frame);
    watches.delete(scroller);
  };
}
