import { expect } from '@open-wc/testing';
import '../../src/news-article/define.js';
import '../../src/related-articles/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';

// While the words of a page's language load on demand (see words-on-demand.test.ts), the first
// render shows the page's own markup inside the element, never an empty element. Its own file,
// so that the he and fr words have not loaded into this page before; their download is slowed
// by the test server.

/**
 * Puts the markup in the page and resolves right after the element's first render: a few
 * microtasks, before any module can arrive, even from the browser's cache (another test file
 * may have loaded it there).
 */
async function firstRender<E extends HTMLElement & { hasUpdated: boolean }>(markup: string): Promise<E> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('news-article, related-articles') as E;
  for (let i = 0; i < 20 && !el.hasUpdated; i++) await Promise.resolve();
  return el;
}

const slowly = (path: string): Promise<Response> =>
  fetch(`/__delay-next?path=${encodeURIComponent(path)}&ms=1500`);

const assigned = (el: Element): string[] =>
  ((el.shadowRoot?.querySelector('slot') as HTMLSlotElement | null)?.assignedElements() ?? []).map((node) =>
    (node.textContent ?? '').trim(),
  );

describe('the first render while words load', () => {
  it("keeps a Hebrew article's own markup on screen, then shows its words (RTL)", async () => {
    await slowly('/src/news-article/locales/he.ts');
    const el = await firstRender<NewsArticle>(
      '<div lang="he"><news-article headline="כותרת הכתבה" published="2020-10-09T11:00:00Z"><p>טקסט העמוד</p></news-article></div>',
    );
    expect(el.hasUpdated).to.equal(true);
    expect(assigned(el)).to.deep.equal(['טקסט העמוד']);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot?.querySelector('article')?.dir).to.equal('rtl');
    expect(el.shadowRoot?.textContent).to.not.match(/Published|Loading/);
    await expect(el).to.be.accessible();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.published')?.textContent).to.contain('פורסם');
    expect(el.shadowRoot?.querySelector('[part=headline]')?.textContent?.trim()).to.equal('כותרת הכתבה');
    expect(assigned(el)).to.deep.equal(['טקסט העמוד']);
    await expect(el).to.be.accessible();
    el.parentElement?.remove();
  });

  it("keeps a French list's own links on screen, then shows its heading (LTR)", async () => {
    await slowly('/src/related-articles/locales/fr.ts');
    const el = await firstRender<RelatedArticles>(
      '<div lang="fr"><related-articles><ul><li><a href="/un">Premier lien</a></li></ul></related-articles></div>',
    );
    expect(el.hasUpdated).to.equal(true);
    let loads = 0;
    el.addEventListener('load', () => loads++);
    expect(assigned(el)).to.deep.equal(['Premier lien']);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot?.textContent).to.not.match(/Related articles/);
    await expect(el).to.be.accessible();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim()).to.equal('Articles liés');
    expect(el.shadowRoot?.querySelector('nav')?.dir).to.equal('ltr');
    await expect(el).to.be.accessible();
    expect(loads).to.be.at.most(1);
    el.parentElement?.remove();
  });
});
