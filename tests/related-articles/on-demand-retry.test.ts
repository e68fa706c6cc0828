import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/related-articles/define.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import { feedReaders } from '../../src/related-articles/feed-readers-on-demand.js';

// A failed download of the feed readers is not final: once a later request loads them (another
// list's, here), the lists that showed the network error load their feeds again and show them.
// A file of its own, so that the readers are not loaded in this page before the test starts.

const feed = new URL('../fixtures/feeds/related.rss', import.meta.url).href;
const atom = new URL('../fixtures/feeds/related.atom', import.meta.url).href;
const feedRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => /related\.(rss|atom)$/.test(entry.name)).length;
const titles = (el: RelatedArticles): number => el.shadowRoot?.querySelectorAll('[part=title]').length ?? 0;

/** Resolves with the next event of that type on the element. */
const next = <T>(el: EventTarget, type: string): Promise<CustomEvent<T>> =>
  new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));

describe('<related-articles> after a failed feed readers download', () => {
  it('shows the feeds that failed, with load, once another list loads the readers (RTL and LTR)', async () => {
    // The download fails (a loader that rejects stands in for the network) once both feeds are
    // in and their lists wait for the readers.
    let fail: (error: Error) => void = () => undefined;
    void feedReaders.load(() => new Promise((_, reject) => (fail = reject)));
    const rtl = await fixture<RelatedArticles>(
      html`<related-articles lang="ar" src=${feed}></related-articles>`,
    );
    const ltr = await fixture<RelatedArticles>(
      html`<related-articles lang="en" src=${atom}></related-articles>`,
    );
    const failures = [rtl, ltr].map((el) => next<{ code: string }>(el, 'error'));
    // A list whose data fails (HTTP 404) that arrives after the readers failed: a data error, not
    // retried when they arrive.
    const missing = `/__mock?status=404&body=gone&delay=1500&n=${Math.random()}`;
    const notFound = document.createElement('related-articles');
    const notFoundErrors: string[] = [];
    notFound.addEventListener('error', (e) =>
      notFoundErrors.push((e as CustomEvent<{ code: string }>).detail.code),
    );
    notFound.setAttribute('src', missing);
    document.body.append(notFound);

    await waitUntil(() => feedRequests() === 2, 'both feeds fetched', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    fail(new TypeError('Failed to fetch'));
    for (const event of await Promise.all(failures)) expect(event.detail.code).to.equal('network');
    for (const el of [rtl, ltr]) {
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part=error]')).to.not.equal(null);
      expect(titles(el)).to.equal(0);
      await expect(el).to.be.accessible();
    }
    const loads = [rtl, ltr].map((el) => next<{ origin: string }>(el, 'load'));
    await waitUntil(() => notFoundErrors.length === 1, 'the 404 reported', { timeout: 5000 });

    // Another list, added later, downloads the readers (the real module this time).
    const later = await fixture<RelatedArticles>(
      html`<related-articles lang="ar" src=${feed}></related-articles>`,
    );
    await waitUntil(() => titles(later) > 0, 'the later list shows its feed', { timeout: 5000 });

    for (const event of await Promise.all(loads)) expect(event.detail.origin).to.equal('src');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notFoundErrors).to.deep.equal(['http']);
    // Still showing its error: not loading the 404 again.
    expect(notFound.shadowRoot?.querySelector('[part=error]')).to.not.equal(null);
    notFound.remove();
    for (const [el, dir] of [
      [rtl, 'rtl'],
      [ltr, 'ltr'],
    ] as const) {
      await el.updateComplete;
      expect(titles(el), dir).to.be.greaterThan(0);
      expect(el.shadowRoot?.querySelector('[part=error]'), dir).to.equal(null);
      expect(getComputedStyle(el.shadowRoot?.querySelector('[part=list]') as Element).direction).to.equal(
        dir,
      );
      await expect(el).to.be.accessible();
    }
  });
});
