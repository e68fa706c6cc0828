import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { fixtures, sample } from '../fixtures/sample.js';

const shadow = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const text = (el: Element, selector: string): string =>
  (shadow(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<news-article> content sources', () => {
  it('renders from attributes and the body property', async () => {
    const el = await fixture<NewsArticle>(html`
      <news-article
        headline=${sample.headline}
        subheadline=${sample.subheadline}
        source=${sample.source}
        lang="ar"
        .body=${sample.paragraphs.map((p) => `<p>${p}</p>`).join('')}
      ></news-article>
    `);
    expect(text(el, '[part=headline]')).to.equal(sample.headline);
    expect(shadow(el).querySelector('[part=headline]')?.localName).to.equal('h2');
    expect(text(el, '[part=subheadline]')).to.equal(sample.subheadline);
    expect(shadow(el).querySelectorAll('[part=body] p')).to.have.length(10);
    expect(text(el, '[part=source]')).to.equal(sample.source);
    expect(shadow(el).querySelector('article')?.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('loads our JSON from src and fires load', async () => {
    const el = document.createElement('news-article');
    const loaded = oneEvent(el, 'load');
    el.src = fixtures.json;
    document.body.append(el);
    const event = (await loaded) as CustomEvent;
    expect(event.detail.origin).to.equal('src');
    await el.updateComplete;
    expect(text(el, '[part=headline]')).to.equal(sample.headline);
    expect(shadow(el).querySelectorAll('[part=body] p')).to.have.length(10);
    expect(shadow(el).querySelector('article')?.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('loads schema.org JSON-LD from src', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${fixtures.jsonLd}></news-article>`);
    await waitUntil(() => text(el, '[part=headline]') !== '', 'headline rendered');
    expect(text(el, '[part=subheadline]')).to.equal(sample.subheadline);
    expect(shadow(el).querySelectorAll('[part=body] p')).to.have.length(10);
    expect(text(el, '[part=source]')).to.equal(sample.source);
  });
});
