// Case 8, in-page side (a classic script, before the library loads): counts the work the
// library schedules for itself. Timers, animation frames, idle callbacks, event listeners and
// the Intersection, Resize and Mutation observers are wrapped when the code that asks for them
// is in dist/cdn/ (its stack says so); each of their callbacks is counted and timed while a
// window is open, and the timers still pending when it closes are listed with their delays.
// The page's and the driver's own calls are not wrapped. (Promise reactions and microtasks are
// not seen: they only follow one of these, or the page's own calls.)
(() => {
  const LIBRARY = /\/dist\/cdn\//;
  const fromLibrary = () => LIBRARY.test(new Error().stack ?? '');
  const now = () => performance.now();
  const probe = {
    open: false,
    ran: {},
    ms: 0,
    pending: new Map(),
    start() {
      probe.open = true;
      probe.ran = {};
      probe.ms = 0;
    },
    stop() {
      probe.open = false;
      return {
        ran: { ...probe.ran },
        calls: Object.values(probe.ran).reduce((sum, n) => sum + n, 0),
        ms: probe.ms,
        pendingTimers: [...probe.pending.values()],
      };
    },
  };
  window.idleProbe = probe;

  /** The callback, counted under `kind` (and timed) while the window is open. */
  const counted = (kind, callback) =>
    function countedCallback(...args) {
      if (!probe.open) return callback.apply(this, args);
      const start = now();
      try {
        return callback.apply(this, args);
      } finally {
        probe.ms += now() - start;
        probe.ran[kind] = (probe.ran[kind] ?? 0) + 1;
      }
    };

  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function timer(callback, delay, ...rest) {
      if (typeof callback !== 'function' || !fromLibrary())
        return original.call(this, callback, delay, ...rest);
      // Timers are counted with their delay: it tells which of the library's they are.
      const run = counted(`${name} ${Number(delay) || 0} ms`, callback);
      const id = original.call(
        this,
        function timerCallback(...args) {
          if (name === 'setTimeout') probe.pending.delete(id);
          return run.apply(this, args);
        },
        delay,
        ...rest,
      );
      probe.pending.set(id, { kind: name, delayMs: Number(delay) || 0 });
      return id;
    };
  }
  for (const name of ['clearTimeout', 'clearInterval']) {
    const original = window[name];
    window[name] = function clear(id) {
      probe.pending.delete(id);
      return original.call(this, id);
    };
  }
  for (const name of ['requestAnimationFrame', 'requestIdleCallback']) {
    const original = window[name];
    if (!original) continue;
    window[name] = function request(callback, ...rest) {
      return original.call(this, fromLibrary() ? counted(name, callback) : callback, ...rest);
    };
  }
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const listeners = new WeakMap();
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    if (!listener || !fromLibrary()) return add.call(this, type, listener, options);
    let wrapped = listeners.get(listener);
    if (!wrapped) {
      const call = (event) =>
        typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      wrapped = counted(`listener ${type}`, call);
      listeners.set(listener, wrapped);
    }
    return add.call(this, type, wrapped, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
    return remove.call(this, type, (listener && listeners.get(listener)) ?? listener, options);
  };
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver']) {
    const Observer = window[name];
    window[name] = class extends Observer {
      constructor(callback, options) {
        super(fromLibrary() ? counted(name, callback) : callback, options);
      }
    };
  }
})();
