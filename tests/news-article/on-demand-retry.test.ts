import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { sample } from '../fixtures/sample.js';
import { sanitizer } from '../../src/news-article/sanitizer-on-demand.js';
import { inner, nextEvent, shadow, text } from './helpers.js';

// A failed download of the sanitizer is not final: once a later request loads it (another
// element's, here), the elements that showed the network error show their bodies. A file of its
// own, so that the sanitizer is not loaded in this page before the test starts.

const paragraphs = (el: NewsArticle): string[] =>
  [...shadow(el).querySelectorAll('.body p')].map((p) => (p.textContent ?? '').trim());

describe('<news-article> after a failed sanitizer download', () => {
  it('shows the bodies that failed, with load, once another element loads the sanitizer (RTL and LTR)', async () => {
    // The download fails (a loader that rejects stands in for the network) after the elements
    // have started waiting for it.
    void sanitizer.load(
      () => new Promise((_, reject) => setTimeout(() => reject(new TypeError('Failed to fetch')), 50)),
    );
    const rtl = await fixture<NewsArticle>(html`<news-article lang="ar"></news-article>`);
    const ltr = await fixture<NewsArticle>(html`<news-article lang="en"></news-article>`);
    const failures = [rtl, ltr].map((el) => nextEvent<{ code: string }>(el, 'error'));
    rtl.article = { headline: sample.headline, body: `<p>${sample.paragraphs[0]}</p>` };
    ltr.article = { headline: 'A headline', body: '<p>A paragraph</p>' };
    for (const event of await Promise.all(failures)) expect(event.detail.code).to.equal('network');
    for (const el of [rtl, ltr]) {
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
      expect(paragraphs(el)).to.deep.equal([]);
    }
    const loads = [rtl, ltr].map((el) => nextEvent<{ origin: string }>(el, 'load'));

    // Another element, added later, downloads the sanitizer (the real module this time).
    const later = await fixture<NewsArticle>(html`<news-article lang="ar"></news-article>`);
    later.body = `<p>${sample.paragraphs[1]}</p>`;
    await later.updateComplete;
    expect(paragraphs(later)).to.deep.equal([sample.paragraphs[1]]);

    for (const event of await Promise.all(loads)) expect(event.detail.origin).to.equal('article');
    for (const [el, dir, body] of [
      [rtl, 'rtl', sample.paragraphs[0]],
      [ltr, 'ltr', 'A paragraph'],
    ] as const) {
      await el.updateComplete;
      expect(paragraphs(el), dir).to.deep.equal([body]);
      expect(shadow(el).querySelector('[part=error]'), dir).to.equal(null);
      expect(inner(el).dir).to.equal(dir);
      expect(inner(el).getAttribute('aria-busy')).to.equal('false');
      expect(text(el, '[part=headline]')).to.not.equal('');
      await expect(el).to.be.accessible();
    }
  });
});
