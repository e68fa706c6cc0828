import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import '../../src/related-articles/define.js';
import '../../src/scroll-top-button/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import type { ScrollTopButton } from '../../src/scroll-top-button/scroll-top-button.js';
import { sample } from '../fixtures/sample.js';

// What a host page does to an element all the time (classes for its own styling, inline styles,
// data-* and ARIA for its scripts) is none of the element's business: no update, no render.
// And an update that does not change the body does not sanitize it again.

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** How many times `el` updates while `body` runs (and its updates settle). */
async function updatesOf(el: Updating, body: () => void | Promise<void>): Promise<number> {
  await el.updateComplete;
  const target = el as unknown as { update(changed: unknown): void };
  const update = target.update.bind(el);
  let count = 0;
  target.update = (changed) => {
    count++;
    update(changed);
  };
  try {
    await body();
    // A MutationObserver's callback runs in a microtask, an update after it: let both happen.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  } finally {
    delete (target as { update?: unknown }).update;
  }
  return count;
}

/** The changes a host page makes to elements it does not own. */
function hostChanges(el: HTMLElement): void {
  el.classList.add('featured');
  el.style.setProperty('margin-block', '1em');
  el.dataset.analyticsId = '42';
  el.setAttribute('aria-describedby', 'nowhere');
  el.id = 'story';
  el.setAttribute('tabindex', '-1');
  el.removeAttribute('tabindex');
}

const body = `<p>${sample.paragraphs.join('</p><p>')}</p>`;

describe('no needless updates', () => {
  for (const [lang, dir] of [
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const) {
    it(`<news-article>: the host's classes, styles, data-* and ARIA do not update it (${dir})`, async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article lang=${lang} headline="عنوان" .body=${body}></news-article>`,
      );
      expect(await updatesOf(el, () => hostChanges(el))).to.equal(0);
      expect(getComputedStyle(el.shadowRoot?.querySelector('article') as Element).direction).to.equal(dir);
      await expect(el).to.be.accessible();
    });

    it(`<related-articles>: the host's classes, styles, data-* and ARIA do not update it (${dir})`, async () => {
      const el = await fixture<RelatedArticles>(html`
        <related-articles lang=${lang}>
          <ul>
            <li><a href="/1">${sample.headline}</a></li>
            <li><a href="/2">Second</a></li>
          </ul>
        </related-articles>
      `);
      expect(el.shadowRoot?.querySelectorAll('[part=title]').length).to.equal(2);
      expect(await updatesOf(el, () => hostChanges(el))).to.equal(0);
      // The page's own fallback list restyled (a class on a link): its items did not change.
      expect(await updatesOf(el, () => el.querySelector('a')?.classList.add('visited'))).to.equal(0);
      // A changed link is a change.
      expect(await updatesOf(el, () => el.querySelector('a')?.setAttribute('href', '/3'))).to.equal(1);
      expect(el.shadowRoot?.querySelector('[part=link]')?.getAttribute('href')).to.equal('/3');
      await expect(el).to.be.accessible();
    });

    it(`<scroll-top-button>: the host's classes, styles, data-* and ARIA do not update it (${dir})`, async () => {
      const el = await fixture<ScrollTopButton>(
        html`<scroll-top-button lang=${lang}><a href="#top">Top</a></scroll-top-button>`,
      );
      expect(await updatesOf(el, () => hostChanges(el))).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('<news-article>: a new headline renders the same body nodes, sanitized once (RTL and LTR)', async () => {
    for (const lang of ['ar', 'en']) {
      const el = await fixture<NewsArticle>(
        html`<news-article lang=${lang} headline="one" .body=${body}></news-article>`,
      );
      const nodes = el.shadowRoot?.querySelector('[part=body] > p');
      const parse = DOMParser.prototype.parseFromString;
      let parses = 0;
      DOMParser.prototype.parseFromString = function (this: DOMParser, ...args) {
        parses++;
        return parse.apply(this, args);
      };
      try {
        el.headline = 'two';
        await el.updateComplete;
        el.setAttribute('source', 'Source');
        await el.updateComplete;
      } finally {
        DOMParser.prototype.parseFromString = parse;
      }
      expect(parses, lang).to.equal(0);
      expect(el.shadowRoot?.querySelector('[part=body] > p'), lang).to.equal(nodes);
      expect(el.shadowRoot?.querySelector('[part=headline]')?.textContent?.trim()).to.equal('two');
    }
  });
});
