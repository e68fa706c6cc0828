import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/related-articles/define.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';

// The RSS, Atom and JSON Feed readers are a module of their own (src/related-articles/
// feed-source.ts), and so is the fetching code (src/shared/load-json.ts): a list from data never
// downloads them; the first `src` does.
// Its own file, so that no other test has loaded the module into this page before.

const feedReaderRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => /\/feed-source\.[jt]s\b/.test(entry.name))
    .length;
const loaderRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => /\/load-json\.[jt]s\b/.test(entry.name)).length;

describe('<related-articles> feed readers on demand', () => {
  it('renders items and inline JSON without loading the feed readers, in RTL and LTR', async () => {
    const rtl = await fixture<RelatedArticles>(html`
      <related-articles lang="ar" .items=${[{ title: 'خبر أول', url: '/ar/1' }]}></related-articles>
    `);
    const ltr = await fixture<RelatedArticles>(html`
      <related-articles lang="en">
        <script type="application/json">
          [{ "title": "First story", "url": "/en/1" }]
        </script>
      </related-articles>
    `);
    await ltr.updateComplete;
    for (const el of [rtl, ltr]) {
      expect(el.shadowRoot?.querySelectorAll('[part=title]').length).to.equal(1);
      await expect(el).to.be.accessible();
    }
    expect(feedReaderRequests()).to.equal(0);
    expect(loaderRequests()).to.equal(0);
  });

  it('loads them once a src is set (once each), and reads the feed in RTL', async () => {
    const url = new URL('../fixtures/feeds/related.rss', import.meta.url).href;
    const el = await fixture<RelatedArticles>(
      html`<related-articles lang="ar" src=${url}></related-articles>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part=list]'), 'feed rendered', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('[part=title]').length).to.be.greaterThan(0);
    expect(feedReaderRequests()).to.equal(1);
    expect(loaderRequests()).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
