import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { sample, fixtures } from '../fixtures/sample.js';
import { sanitizer } from '../../src/news-article/sanitizer-on-demand.js';
import { inner, nextEvent, shadow, text } from './helpers.js';

// The sanitizer (DOMPurify and our configuration, src/shared/sanitize-html.ts) is a module of its
// own: an article from the page's own markup, attributes or JSON-LD with a text body never
// downloads it; the first HTML string to show does. Its own file, so that no other test has
// loaded it into this page; the tests run in order (a failed download, a slow one, then the
// module loaded).

const SANITIZER = '/src/shared/sanitize-html.ts';

const sanitizerRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === SANITIZER)
    .length;
/** The fetching code, loaded with the first `src` only. */
const loaderRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => /\/load-json\.[jt]s\b/.test(entry.name)).length;

const paragraphs = (el: NewsArticle): string[] =>
  [...shadow(el).querySelectorAll('.body p')].map((p) => (p.textContent ?? '').trim());
const ownMarkup = (el: NewsArticle): string[] =>
  (shadow(el).querySelector('.body slot') as HTMLSlotElement | null)
    ?.assignedElements()
    .map((p) => p.textContent ?? '') ?? [];

describe('<news-article> sanitizer on demand', () => {
  it('shows own markup and attributes without loading the sanitizer or the fetching code, in RTL and LTR', async () => {
    const rtl = await fixture<NewsArticle>(html`
      <news-article lang="ar" headline=${sample.headline} source=${sample.source}>
        <p>${sample.paragraphs[0]}</p>
      </news-article>
    `);
    const ltr = await fixture<NewsArticle>(html`
      <news-article lang="en" headline="A headline" published="2020-10-09T11:00:00Z">
        <p>The page's own paragraph.</p>
      </news-article>
    `);
    for (const [el, dir] of [
      [rtl, 'rtl'],
      [ltr, 'ltr'],
    ] as const) {
      expect(inner(el).dir).to.equal(dir);
      expect(text(el, '[part=headline]')).to.not.equal('');
      const slot = shadow(el).querySelector('.body slot') as HTMLSlotElement;
      expect(slot.assignedElements().length).to.equal(1);
      await expect(el).to.be.accessible();
    }
    expect(sanitizerRequests()).to.equal(0);
    expect(loaderRequests()).to.equal(0);
  });

  it("shows a localized network error in RTL and LTR when it cannot load, and keeps the page's markup", async () => {
    // The download fails (a loader that rejects stands in for the network), after the
    // elements have started waiting for it.
    void sanitizer.load(
      () => new Promise((_, reject) => setTimeout(() => reject(new TypeError('Failed to fetch')), 50)),
    );
    const rtl = await fixture<NewsArticle>(html`<news-article lang="ar"><p>نص الصفحة</p></news-article>`);
    const ltr = await fixture<NewsArticle>(html`<news-article lang="en"><p>The page text</p></news-article>`);
    let loads = 0;
    const failures = [rtl, ltr].map((el) => {
      el.addEventListener('load', () => loads++);
      return nextEvent<{ code: string; message: string }>(el, 'error');
    });
    rtl.article = { headline: sample.headline, body: `<p>${sample.paragraphs[0]}</p>` };
    ltr.article = { headline: 'A headline', body: '<p>A paragraph</p>' };
    const [rtlError, ltrError] = (await Promise.all(failures)).map((event) => event.detail);
    for (const [el, detail, dir, own] of [
      [rtl, rtlError, 'rtl', 'نص الصفحة'],
      [ltr, ltrError, 'ltr', 'The page text'],
    ] as const) {
      await el.updateComplete;
      expect(detail?.code, dir).to.equal('network');
      expect(text(el, '[part=error]'), dir).to.equal(detail?.message);
      expect(inner(el).dir).to.equal(dir);
      // The page's own markup stays; nothing unsanitized was shown.
      expect(ownMarkup(el)).to.deep.equal([own]);
      expect(paragraphs(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }
    expect(rtlError?.message).to.match(/[\u0600-\u06ff]/);
    expect(ltrError?.message).to.match(/^[\x20-\x7e]+$/);
    expect(loads).to.equal(0);
    expect(sanitizerRequests()).to.equal(0);
  });

  it('tries again for the next body; while the download is slow, shows the loading state (from the first render for a new element), then the body and load', async () => {
    // This download takes 4 s, past the update's 3 s wait for it.
    void sanitizer.load(async () => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      return import('../../src/shared/sanitize-html.js');
    });
    const rtl = await fixture<NewsArticle>(html`<news-article lang="ar"><p>نص الصفحة</p></news-article>`);
    const loaded = nextEvent(rtl, 'load');
    const started = performance.now();
    rtl.article = { headline: sample.headline, body: `<p>${sample.paragraphs[1]}</p>` };
    // A new element given a body before it is in the page: its first render does not wait for
    // the download but shows the loading state at once (an empty element would let the page
    // below it move up, then down).
    const ltr = document.createElement('news-article') as NewsArticle;
    ltr.lang = 'en';
    ltr.body = '<p>A paragraph</p>';
    document.body.append(ltr);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(inner(ltr).getAttribute('aria-busy')).to.equal('true');
    expect(inner(ltr).dir).to.equal('ltr');
    expect(text(ltr, '[role=status]')).to.equal('Loading the article…');
    expect(shadow(ltr).querySelector('[part=skeleton]')?.getBoundingClientRect().height).to.be.greaterThan(
      200,
    );
    await expect(ltr).to.be.accessible();
    const early = await Promise.race([
      loaded.then(() => 'load'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 3500)),
    ]);
    expect(early).to.equal('waiting');
    expect(inner(rtl).getAttribute('aria-busy')).to.equal('true');
    expect(inner(rtl).dir).to.equal('rtl');
    expect(shadow(rtl).querySelector('[part=error]')).to.equal(null);
    expect(ownMarkup(rtl)).to.deep.equal(['نص الصفحة']);
    expect(paragraphs(rtl)).to.deep.equal([]);
    await expect(rtl).to.be.accessible();
    await loaded;
    expect(performance.now() - started).to.be.greaterThan(3900);
    await rtl.updateComplete;
    expect(paragraphs(rtl)).to.deep.equal([sample.paragraphs[1]]);
    expect(text(rtl, '[part=headline]')).to.equal(sample.headline);
    expect(inner(rtl).getAttribute('aria-busy')).to.equal('false');
    await expect(rtl).to.be.accessible();
    await ltr.updateComplete;
    expect(paragraphs(ltr)).to.deep.equal(['A paragraph']);
    expect(inner(ltr).getAttribute('aria-busy')).to.equal('false');
    await expect(ltr).to.be.accessible();
    ltr.remove();
  });

  it('loads it for a body and shows the body by updateComplete (RTL), once for many elements (LTR)', async () => {
    const el = await fixture<NewsArticle>(html`<news-article lang="ar"></news-article>`);
    el.body = `<p>${sample.paragraphs[0]}</p><p>${sample.paragraphs[1]}<img src=x alt="" onerror="window.__ran = 1"></p>`;
    await el.updateComplete;
    expect(paragraphs(el)).to.deep.equal([sample.paragraphs[0], sample.paragraphs[1]]);
    expect(shadow(el).querySelector('img')?.hasAttribute('onerror')).to.equal(false);
    expect(inner(el).getAttribute('aria-busy')).to.equal('false');
    expect(inner(el).dir).to.equal('rtl');
    await expect(el).to.be.accessible();

    const others = await Promise.all(
      [1, 2, 3].map((n) =>
        fixture<NewsArticle>(html`<news-article lang="en" .body=${`<p>Paragraph ${n}</p>`}></news-article>`),
      ),
    );
    for (const [i, other] of others.entries()) {
      await other.updateComplete;
      expect(paragraphs(other)).to.deep.equal([`Paragraph ${i + 1}`]);
      expect(inner(other).dir).to.equal('ltr');
    }
    expect(sanitizerRequests()).to.equal(1);
    expect((window as { __ran?: number }).__ran).to.equal(undefined);
  });

  it('fires load for inline JSON-LD only once its body is shown', async () => {
    const json = await (await fetch(fixtures.jsonLd)).text();
    const host = document.createElement('div');
    const el = document.createElement('news-article') as NewsArticle;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    el.append(script);
    host.append(el);
    const loaded = nextEvent(el, 'load');
    document.body.append(host);
    await loaded;
    expect(paragraphs(el).length).to.equal(sample.paragraphs.length);
    expect(inner(el).dir).to.equal('rtl');
    await expect(el).to.be.accessible();
    host.remove();
  });
});
