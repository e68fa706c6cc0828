import type { NewsArticle } from '../../src/news-article/news-article.js';

export const shadow = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;

/** Text of the first match in the shadow root, white space collapsed. */
export const text = (el: Element, selector: string): string =>
  (shadow(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const inner = (el: NewsArticle): HTMLElement => shadow(el).querySelector('article') as HTMLElement;

/** Resolves with the next event of that type on the element. */
export function nextEvent<T = unknown>(el: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    el.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }),
  );
}

/** A URL on the test server that answers with the given status/body (see web-test-runner.config.mjs). */
export function mockUrl(params: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/__mock?${query}`;
}
