import { isFetchableUrl } from './safe-url.js';
import { limits } from './limits.js';
import { LoadError } from './load-error.js';
import type { LoadOptions } from './load-json.js';

// Apart from load-json.ts: only a feed blocked by Trusted Types needs it, and feeds are read by a
// module loaded on demand (src/related-articles/feed-source.ts).

/**
 * Fetches an XML document through XMLHttpRequest, whose `responseXML` is parsed by the browser
 * without a Trusted Types sink. Only for when Trusted Types block the library's policy: then
 * `DOMParser.parseFromString` cannot be called even for XML. Same timeout, size cap, final-URL
 * check and abort as loadText; XHR cannot omit same-origin cookies, so `omit` sends them only
 * to the page's own origin (never cross-origin).
 */
export function loadXmlDocument(url: string, given: LoadOptions = {}): Promise<Document> {
  const options: LoadOptions = Object.assign(Object.create(null) as LoadOptions, given);
  return new Promise<Document>((resolve, reject) => {
    if (!isFetchableUrl(url)) {
      reject(new LoadError('url', `not an http(s) or relative URL: ${url}`));
      return;
    }
    const maxBytes = options.maxBytes ?? limits().maxResponseBytes;
    const request = new XMLHttpRequest();
    let failed: LoadError | undefined;
    const abort = (error: LoadError): void => {
      failed ??= error;
      request.abort();
    };
    const onAbort = (): void => abort(new LoadError('aborted', 'aborted'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => options.signal?.removeEventListener('abort', onAbort);
    request.open('GET', new URL(url, document.baseURI).href);
    request.responseType = 'document';
    request.overrideMimeType('application/xml');
    request.withCredentials = options.credentials === 'include';
    request.timeout = options.timeout ?? limits().timeout;
    request.setRequestHeader('Accept', options.accept ?? 'application/xml');
    request.onprogress = (event) => {
      if (event.loaded > maxBytes) abort(new LoadError('too-large', `response is over ${maxBytes} bytes`));
    };
    request.ontimeout = () => (done(), reject(new LoadError('timeout', 'timed out')));
    request.onabort = () => (done(), reject(failed ?? new LoadError('aborted', 'aborted')));
    request.onerror = () => (done(), reject(new LoadError('network', `could not load ${url}`)));
    request.onload = () => {
      done();
      if (request.status < 200 || request.status > 299) {
        reject(new LoadError('http', `HTTP ${request.status} for ${url}`, request.status));
      } else if (request.responseURL && !isFetchableUrl(request.responseURL)) {
        reject(new LoadError('url', `redirected to a URL that is not http(s): ${request.responseURL}`));
      } else if (!request.responseXML) {
        reject(new LoadError('parse', 'the feed is not well-formed XML'));
      } else {
        resolve(request.responseXML);
      }
    };
    if (options.signal?.aborted) onAbort();
    else request.send();
  });
}
