import { isFetchableUrl } from './safe-url.js';
import { limits } from './limits.js';
// What inline data also needs (LoadError, parseJson) lives in load-error.ts, so that an element
// without `src` (scroll-top-button) never bundles the loader.
import { LoadError, parseJson } from './load-error.js';

export interface LoadOptions {
  signal?: AbortSignal | undefined;
  /** `omit` by default: syndicated data must not carry the reader's cookies. */
  credentials?: RequestCredentials | undefined;
  /** Milliseconds before giving up (default: setLimits' `timeout`, 15 s). */
  timeout?: number | undefined;
  /** Largest body accepted, in bytes (default: setLimits' `maxResponseBytes`, 5 MB). */
  maxBytes?: number | undefined;
  /** Value of the Accept header. */
  accept?: string | undefined;
}

/** Reads a response body as text, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > maxBytes) {
    throw new LoadError('too-large', `response is ${length} bytes, over ${maxBytes}`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new LoadError('too-large', `response is over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  // Decoded once at the end: one pass instead of a decode and a string copy per chunk.
  let body = chunks[0] ?? new Uint8Array();
  if (chunks.length > 1) {
    body = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  return new TextDecoder().decode(body);
}

/**
 * Fetches a URL as text with a timeout, a size cap and credentials omitted unless asked.
 * Every failure becomes a LoadError; an abort through `signal` becomes code `aborted`.
 */
export async function loadText(
  url: string,
  given: LoadOptions = {},
): Promise<{ text: string; type: string; url: string }> {
  // Own properties only: defaults must not come from a polluted Object.prototype.
  const options: LoadOptions = Object.assign(Object.create(null) as LoadOptions, given);
  if (!isFetchableUrl(url)) throw new LoadError('url', `not an http(s) or relative URL: ${url}`);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? limits().timeout);
  try {
    let response: Response;
    let requested: URL;
    try {
      requested = new URL(url, document.baseURI);
      // Null-prototype init and headers: fetch() reads every RequestInit member, inherited ones
      // too, so a page with `Object.prototype.body` set would turn this GET into an error.
      const headers = new Headers();
      headers.set('Accept', options.accept ?? 'application/json');
      response = await fetch(
        requested,
        Object.assign(Object.create(null) as RequestInit, {
          method: 'GET',
          credentials: options.credentials ?? 'omit',
          signal: controller.signal,
          headers,
          referrerPolicy: 'strict-origin-when-cross-origin',
        }),
      );
    } catch (error) {
      throw failure(error, timedOut, options.signal);
    }
    if (!response.ok) {
      throw new LoadError('http', `HTTP ${response.status} for ${url}`, response.status);
    }
    // fetch() follows only http(s) redirects; checked anyway, as the final URL is what was read.
    if (response.url && !isFetchableUrl(response.url)) {
      throw new LoadError('url', `redirected to a URL that is not http(s): ${response.url}`);
    }
    try {
      const text = await readCapped(response, options.maxBytes ?? limits().maxResponseBytes);
      return {
        text,
        type: response.headers.get('content-type') ?? '',
        // Where the document was read from, after any redirect: its relative URLs resolve here.
        url: response.url || requested.href,
      };
    } catch (error) {
      throw failure(error, timedOut, options.signal);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function failure(error: unknown, timedOut: boolean, signal: AbortSignal | undefined): LoadError {
  if (error instanceof LoadError) return error;
  if (signal?.aborted) return new LoadError('aborted', 'aborted');
  if (timedOut) return new LoadError('timeout', 'timed out');
  return new LoadError('network', error instanceof Error ? error.message : String(error));
}

/** Fetches and parses a JSON document. */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { text } = await loadText(url, options);
  return parseJson(text);
}

/**
 * Unreadable data served as something else (a web page, an image) is a wrong URL more than
 * broken data: say so. Readable data is taken whatever its content type (servers often mislabel
 * JSON and feeds).
 */
export function wrongType(error: unknown, type: string, accept: string): unknown {
  if (!(error instanceof LoadError) || error.code !== 'parse') return error;
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!essence || /json|xml|rss|atom|text\/plain|octet-stream/.test(essence)) return error;
  return new LoadError(
    'type',
    `expected ${accept.split(',')[0]?.trim() ?? 'data'}, got ${essence}: ${error.message}`,
  );
}
