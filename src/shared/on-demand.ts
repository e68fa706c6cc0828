import { LoadError } from './load-error.js';

// Code a page may not need is a module of its own, imported the first time an element needs it
// (see the README's "Size and speed"). The element's update waits for it, so it never shows a
// state the module would change at once; 3 s at most, then it renders without it.

/** A module loaded on demand. */
export interface OnDemand<M> {
  /**
   * Starts loading it, unless it is loaded or loading; after a failure, tries again. Resolves
   * (never rejects) once it is loaded or has failed: see `get()`. `importer`: how (the tests
   * pass a slow or failing one).
   */
  load(importer?: () => Promise<M>): Promise<void>;
  /** Starts loading it if needed; what an update waits for (nothing once loaded, or after 3 s). */
  ready(): Promise<unknown> | undefined;
  /** The module once loaded; the error if it could not load; undefined before and while it loads. */
  get(): M | LoadError | undefined;
  /** The module, loading it if needed; rejects with the network LoadError if it cannot load. */
  module(): Promise<M>;
  /**
   * Resolves once the module has loaded, whoever asked for it (never rejects): an element that
   * showed a failed download shows its content when another element's request succeeds.
   */
  arrived: Promise<void>;
}

export function onDemand<M>(name: string, importer: () => Promise<M>): OnDemand<M> {
  let module: M | undefined;
  let loading: Promise<void> | undefined;
  let failure: LoadError | undefined;
  let wait: Promise<unknown> | undefined;
  let arrive: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const load = (how = importer): Promise<void> => {
    if (module) return Promise.resolve();
    if (loading) return loading;
    failure = undefined;
    const attempt = how().then(
      (loaded) => {
        module = loaded;
        arrive();
      },
      (error: unknown) => {
        failure = new LoadError('network', `could not load ${name}: ${String(error)}`);
        loading = undefined;
      },
    );
    loading = attempt;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const capped = Promise.race([
      attempt,
      new Promise((timeUp) => (timer = setTimeout(timeUp, 3000))),
    ]).finally(() => {
      // Settled (or 3 s passed): no timer left to fire later on an idle page (bench case 8).
      clearTimeout(timer);
      if (wait === capped) wait = undefined;
    });
    wait = capped;
    return attempt;
  };
  return {
    load,
    ready() {
      if (module) return undefined;
      if (!loading) void load();
      return wait;
    },
    get: () => module ?? failure,
    async module() {
      await load();
      if (!module) throw failure as LoadError;
      return module;
    },
    arrived,
  };
}

/** What an update waits for, from several: nothing when none is loading. */
export function allReady(...waits: (Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  const pending = waits.filter((wait) => wait !== undefined);
  return pending.length > 0 ? Promise.all(pending) : undefined;
}
