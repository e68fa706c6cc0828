import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import '../../src/related-articles/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';

// Relative time ("منذ دقيقتين") is a module loaded on demand (src/shared/relative-time.ts), for
// elements with `relative-time` only; it also renders them again as their times move on. Its own
// file, so that no other test has loaded the module into this page.

const relativeTimeRequests = (): number =>
  performance.getEntriesByType('resource').filter((entry) => /\/relative-time\.[jt]s\b/.test(entry.name))
    .length;

const shadowText = (el: Element, selector: string): string =>
  (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * 60_000 - 5_000).toISOString();

describe('relative time on demand', () => {
  it('is not loaded for full dates, in RTL and LTR', async () => {
    const article = await fixture<NewsArticle>(
      html`<news-article lang="ar" headline="عنوان" published=${minutesAgo(2)}></news-article>`,
    );
    const list = await fixture<RelatedArticles>(html`
      <related-articles lang="en" .items=${[{ title: 'A story', url: '/1', published: minutesAgo(2) }]}>
      </related-articles>
    `);
    expect(shadowText(article, '.published time')).to.not.contain('منذ');
    expect(shadowText(list, '[part=date]')).to.not.contain('ago');
    await expect(article).to.be.accessible();
    await expect(list).to.be.accessible();
    expect(relativeTimeRequests()).to.equal(0);
  });

  it('loads once for relative-time, shows it by updateComplete, and renders again each minute while in the page', async () => {
    const timers: (() => void)[] = [];
    const original = window.setTimeout;
    // The minute's timer is captured (not waited for); every other timer runs as usual.
    window.setTimeout = ((callback: () => void, ms?: number, ...rest: unknown[]) => {
      if (ms === 60_000) return timers.push(callback);
      return original(callback, ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      const article = await fixture<NewsArticle>(html`
        <news-article lang="ar" relative-time headline="عنوان" published=${minutesAgo(2)}></news-article>
      `);
      const list = await fixture<RelatedArticles>(html`
        <related-articles
          lang="en"
          relative-time
          .items=${[{ title: 'A story', url: '/1', published: minutesAgo(3) }]}
        ></related-articles>
      `);
      await article.updateComplete;
      await list.updateComplete;
      expect(shadowText(article, '.published time')).to.contain('منذ دقيقتين');
      expect(article.shadowRoot?.querySelector('article')?.dir).to.equal('rtl');
      expect(shadowText(list, '[part=date]')).to.contain('3 minutes ago');
      await expect(article).to.be.accessible();
      await expect(list).to.be.accessible();
      expect(relativeTimeRequests()).to.equal(1);
      // One timer for every element that shows a relative time.
      expect(timers).to.have.length(1);

      const updated: string[] = [];
      for (const [name, el] of [
        ['article', article],
        ['list', list],
      ] as const) {
        const requestUpdate = el.requestUpdate.bind(el);
        el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
          updated.push(name);
          requestUpdate(...args);
        };
      }
      (timers.shift() as () => void)();
      expect(updated).to.deep.equal(['article', 'list']);
      await article.updateComplete;
      await list.updateComplete;
      // Their renders still show relative times: they ask for the next minute, with one timer.
      expect(timers).to.have.length(1);
      expect(shadowText(list, '[part=date]')).to.contain('3 minutes ago');

      updated.length = 0;
      list.remove();
      (timers.shift() as () => void)();
      // The article renders again; the list, out of the page, is let go.
      expect(updated).to.deep.equal(['article']);
      await article.updateComplete;
      expect(shadowText(article, '.published time')).to.contain('منذ');
      expect(timers).to.have.length(1);
    } finally {
      window.setTimeout = original;
    }
  });
});
