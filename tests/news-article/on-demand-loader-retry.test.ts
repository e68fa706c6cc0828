import { expect } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { loader } from '../../src/shared/remote-source.js';
import { fixtures, sample } from '../fixtures/sample.js';
import { inner, nextEvent, shadow, text } from './helpers.js';

// A failed download of the fetching code (`src`) is not final: once a later request loads it
// (another element's, here), the articles that showed the network error load their `src` again.
// A file of its own, so that the fetching code is not loaded in this page before the test starts.

function article(lang: string, src: string): NewsArticle {
  const el = document.createElement('news-article');
  el.lang = lang;
  el.src = src;
  return el;
}

describe('<news-article src> after a failed download of the fetching code', () => {
  it('shows the articles that failed, with load, once another element loads it (RTL and LTR)', async () => {
    let fail: (error: Error) => void = () => undefined;
    void loader.load(() => new Promise((_, reject) => (fail = reject)));
    const rtl = article('ar', fixtures.json);
    const ltr = article(
      'en',
      `/__mock?${new URLSearchParams({ body: JSON.stringify({ headline: 'A headline', body: '<p>A paragraph</p>' }) })}`,
    );
    const failures = [rtl, ltr].map((el) => nextEvent<{ code: string }>(el, 'error'));
    document.body.append(rtl, ltr);
    fail(new TypeError('Failed to fetch'));
    for (const event of await Promise.all(failures)) expect(event.detail.code).to.equal('network');
    for (const el of [rtl, ltr]) {
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
    const loads = [rtl, ltr].map((el) => nextEvent<{ origin: string }>(el, 'load'));

    // Another article, added later, downloads the fetching code (the real module this time).
    const later = article('ar', fixtures.jsonLd);
    const laterLoad = nextEvent(later, 'load');
    document.body.append(later);
    await laterLoad;

    for (const event of await Promise.all(loads)) expect(event.detail.origin).to.equal('src');
    for (const [el, dir, headline] of [
      [rtl, 'rtl', sample.headline],
      [ltr, 'ltr', 'A headline'],
    ] as const) {
      await el.updateComplete;
      expect(text(el, '[part=headline]'), dir).to.equal(headline);
      expect(shadow(el).querySelector('[part=error]'), dir).to.equal(null);
      expect(inner(el).dir).to.equal(dir);
      await expect(el).to.be.accessible();
    }
    for (const el of [rtl, ltr, later]) el.remove();
  });
});
