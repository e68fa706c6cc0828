/**
 * One passive scroll listener per scroller (the window or an element), shared by every
 * subscriber, with the work batched into one animation frame: first every subscriber reads
 * (the scroll position is read once per scroller), then every subscriber writes, so no layout
 * is read after a style write in the same frame. The listener goes away with the last
 * subscriber: after that, scrolling does no work for us.
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
  listener: () => void;
}

const watches = new Map<Scroller, Watch>();

/** Debug counters for tests: how many frames ran, per process. */
export const scrollWatchStats = { frames: 0 };

function metricsOf(scroller: Scroller): ScrollMetrics {
  const element = scroller instanceof Window ? scroller.document.documentElement : scroller;
  let height: number | undefined;
  return {
    top: scroller instanceof Window ? scroller.scrollY : scroller.scrollTop,
    viewport: scroller instanceof Window ? scroller.innerHeight : scroller.clientHeight,
    get height() {
      return (height ??= element.scrollHeight);
    },
  };
}

function flush(scroller: Scroller, watch: Watch): void {
  watch.frame = undefined;
  scrollWatchStats.frames++;
  const metrics = metricsOf(scroller);
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
      listener: () => {
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
