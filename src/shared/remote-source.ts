import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError } from './load-error.js';
import type * as Loader from './load-json.js';
import { emit } from './events.js';
import { onDemand, type OnDemand } from './on-demand.js';

/**
 * The fetching code (timeouts, size caps, redirects: 1.2 KB) loads with the first `src` on the
 * page: most embeds carry their data inline, or are the page's own markup.
 */
export const loader = onDemand<typeof Loader>('the loader', () => import('./load-json.js'));

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a reader may need to fetch the document again another way (see loadXmlDocument). */
export interface SourceContext {
  signal: AbortSignal;
  credentials: RequestCredentials;
}

/** Reads a fetched document into the element's data; throws a LoadError when it cannot. */
export type SourceReader<T> = (
  text: string,
  contentType: string,
  url: string,
  context: SourceContext,
) => T | Promise<T>;

/**
 * The state of an element's data source: `src` loading (credentials omitted unless asked,
 * aborted when `src` changes or the element is removed, reloaded when it comes back) and any
 * failure, from the network or from reading inline data. The element renders from `status`,
 * `value` and `error`, and dispatches its events from `takeLoaded()` and `takeError()`.
 */
export class RemoteSource<T> implements ReactiveController {
  status: SourceStatus = 'idle';
  value: T | undefined;
  error: LoadError | undefined;

  private _abort: AbortController | undefined;
  private _src: string | undefined;
  private _credentials: RequestCredentials = 'omit';
  private _loaded = false;
  private _reported: LoadError | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: SourceReader<T>,
    private readonly accept: string,
    /**
     * Code loaded on demand that the data will need: it starts downloading as a load starts,
     * beside the document (and see `load` for a failed download).
     */
    private readonly needs?: OnDemand<unknown>,
  ) {
    host.addController(this);
  }

  /**
   * Starts loading `src` (or clears the source when it is empty), cancelling any other load under
   * way; the same `src` already loading goes on.
   */
  load(src: string | undefined, credentials?: string): void {
    const next = src?.trim() || undefined;
    const mode = credentials === 'include' || credentials === 'same-origin' ? credentials : 'omit';
    // Already fetching exactly this (the element starts on connect, before its first update).
    if (next && next === this._src && mode === this._credentials && this.status === 'loading') return;
    this._abort?.abort();
    this._abort = undefined;
    this.value = undefined;
    this.error = undefined;
    this._src = next;
    this._credentials = mode;
    // Not in the page: nothing to fetch for, and nothing would abort it (hostConnected loads).
    if (!this._src || !this.host.isConnected) {
      this._set('idle');
      return;
    }
    const url = this._src;
    void this.needs?.load();
    const controller = new AbortController();
    this._abort = controller;
    this._set('loading');
    loader
      .module()
      .then(async ({ loadText, wrongType }) => {
        const {
          text,
          type,
          url: base,
        } = await loadText(url, {
          signal: controller.signal,
          credentials: mode,
          accept: this.accept,
        });
        if (controller.signal.aborted) return;
        const context = { signal: controller.signal, credentials: this._credentials };
        let value: T;
        try {
          value = await this.read(text, type, base, context);
        } catch (error) {
          throw wrongType(error, type, this.accept);
        }
        if (controller.signal.aborted) return;
        this.value = value;
        this._loaded = true;
        this._set('ready');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        this.fail(error);
        // Our own code, not the data, could not download (the error is the module's own failure,
        // not a data error while some module is missing): load again once a later request
        // (another element's) brings it, as an element does after a failed sanitizer download.
        void [loader, this.needs]
          .find((code) => code && code.get() === error)
          ?.arrived.then(() => this.error === error && this.load(url, mode));
      })
      .finally(() => {
        if (this._abort === controller) this._abort = undefined;
      });
  }

  /** Puts the source in its error state (also for inline data that cannot be read). */
  fail(error: unknown): void {
    this.error =
      error instanceof LoadError
        ? error
        : new LoadError('shape', error instanceof Error ? error.message : String(error));
    this._set('error');
  }

  /** True once after data from `src` was read: the element then fires `load`. */
  takeLoaded(): boolean {
    const loaded = this._loaded && this.status === 'ready';
    this._loaded = false;
    return loaded;
  }

  /** The error, once: the element then fires `error`. */
  takeError(): LoadError | undefined {
    if (this.status !== 'error' || !this.error || this.error === this._reported) return undefined;
    this._reported = this.error;
    return this.error;
  }

  hostConnected(): void {
    // Came back after a removal cut a load short: load again.
    if (this._src && this.status === 'idle') this.load(this._src, this._credentials);
  }

  hostDisconnected(): void {
    if (this.status !== 'loading') return;
    this._abort?.abort();
    this._abort = undefined;
    this.status = 'idle';
  }

  private _set(status: SourceStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/**
 * Dispatches the `error` event: composed but not bubbling, like a native element's `error`, so
 * it never reaches window.onerror or the page's error trackers.
 */
export function emitError(target: EventTarget, error: LoadError, message: string): void {
  emit(target, 'error', { code: error.code, message, status: error.status }, false);
}
