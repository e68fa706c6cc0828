// Case 5, in-page side: scrolls the page one step per frame (one scroll event per frame) and,
// with `?wrap`, times every scroll/resize listener, animation-frame callback and
// Intersection/ResizeObserver callback that the page's code (the library or the baseline)
// registers, by wrapping addEventListener, requestAnimationFrame and the observers before that
// code loads. The driver itself uses the original
// requestAnimationFrame and an untimed scroll listener of its own (it counts the events).
const params = new URLSearchParams(location.search);
const wrap = params.has('wrap');
const variant = document.body.dataset.variant;
const requestFrame = window.requestAnimationFrame.bind(window);
const now = () => performance.now();

/** Time spent in the page's scroll work since the last reset, and how many scroll events it saw. */
const meter = { ms: 0, listenerCalls: 0, frameCalls: 0, observerCalls: 0, scrollEvents: 0 };
// Counts the page's scroll events itself (untimed): code that needs no scroll listener (an
// IntersectionObserver instead) still sees the same events.
window.addEventListener('scroll', () => meter.scrollEvents++, { passive: true });

if (wrap) {
  const wrappers = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const timed = (type) => type === 'scroll' || type === 'resize';
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    if (!timed(type) || !listener) return add.call(this, type, listener, options);
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = function timedListener(event) {
        const start = now();
        try {
          return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
        } finally {
          meter.ms += now() - start;
          if (event.type === 'scroll') meter.listenerCalls++;
        }
      };
      wrappers.set(listener, wrapper);
    }
    return add.call(this, type, wrapper, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
    return remove.call(this, type, (listener && wrappers.get(listener)) ?? listener, options);
  };
  // Observer callbacks are the page's script too (the library's thresholds and, without
  // scroll-driven animations, its ring): timed with the rest.
  for (const name of ['IntersectionObserver', 'ResizeObserver']) {
    const Observer = window[name];
    window[name] = class extends Observer {
      constructor(callback, options) {
        super((entries, observer) => {
          const start = now();
          try {
            callback(entries, observer);
          } finally {
            meter.ms += now() - start;
            meter.observerCalls++;
          }
        }, options);
      }
    };
  }
  window.requestAnimationFrame = (callback) =>
    requestFrame((time) => {
      const start = now();
      try {
        callback(time);
      } finally {
        meter.ms += now() - start;
        meter.frameCalls++;
      }
    });
}

/** After this frame's callbacks and rendering: a task. */
const afterFrame = () => new Promise((resolve) => requestFrame(() => setTimeout(resolve, 0)));

async function ready() {
  if (variant === 'lib') {
    await import('/dist/cdn/news-elements.js');
    await customElements.whenDefined('scroll-top-button');
    await Promise.all([...document.querySelectorAll('scroll-top-button')].map((el) => el.updateComplete));
  } else {
    await import('/bench/pages/scroll-baseline.js');
  }
  for (let i = 0; i < 5; i++) await afterFrame();
  return { wrap, variant, buttons: document.querySelectorAll('scroll-top-button, .btt').length };
}

/**
 * `n` scroll steps, one per frame, along a triangle wave between the top and `range` pixels
 * (crossing both buttons' thresholds several times). Returns the cost of each event (ms).
 */
async function run(n, warmup = 0) {
  const range = Math.min(6000, document.documentElement.scrollHeight - window.innerHeight);
  const period = 500;
  const y = (i) => {
    const t = i % period;
    return Math.round(((t <= period / 2 ? t : period - t) * range) / (period / 2));
  };
  window.scrollTo(0, 0);
  await afterFrame();
  await afterFrame();
  const perEvent = [];
  let listenerCalls = 0;
  let observerCalls = 0;
  for (let i = 1 - warmup; i <= n; i++) {
    if (i === 1) {
      performance.mark('bench-scroll-start');
      listenerCalls = meter.scrollEvents;
      observerCalls = meter.observerCalls;
    }
    meter.ms = 0;
    window.scrollTo(0, y(i + warmup));
    await afterFrame();
    if (i >= 1) perEvent.push(meter.ms);
  }
  performance.mark('bench-scroll-end');
  return {
    perEvent,
    scrollEvents: meter.scrollEvents - listenerCalls,
    listenerCalls: meter.listenerCalls,
    observerCalls: meter.observerCalls - observerCalls,
    range,
  };
}

window.scrollBench = { ready: ready(), run };
