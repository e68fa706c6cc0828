import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { sample } from '../fixtures/sample.js';
import { inner, shadow } from './helpers.js';

describe('<news-article> styling inside a host page', () => {
  it("keeps a readable size under the host's html { font-size: 10px }", async () => {
    const root = document.documentElement;
    const previous = root.style.fontSize;
    root.style.fontSize = '10px';
    try {
      const el = await fixture<NewsArticle>(
        html`<news-article headline=${sample.headline} lang="ar" .body=${'<p>نص</p>'}></news-article>`,
      );
      const bodySize = parseFloat(
        getComputedStyle(shadow(el).querySelector('[part=body] p') as Element).fontSize,
      );
      const headlineSize = parseFloat(
        getComputedStyle(shadow(el).querySelector('[part=headline]') as Element).fontSize,
      );
      expect(bodySize).to.be.at.least(16);
      expect(headlineSize).to.be.greaterThan(bodySize);
    } finally {
      root.style.fontSize = previous;
    }
  });

  it('respects the hidden attribute', async () => {
    const el = await fixture<NewsArticle>(html`<news-article hidden headline="x"></news-article>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('contains its content: layout and paint containment, its own stacking context', async () => {
    const el = await fixture<NewsArticle>(html`<news-article headline="x"></news-article>`);
    const style = getComputedStyle(inner(el));
    expect(style.contain).to.contain('layout').and.contain('paint');
    expect(style.isolation).to.equal('isolate');
  });

  it('mirrors with the direction: the subheadline starts at the inline start in RTL and LTR', async () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      const el = await fixture<NewsArticle>(
        html`<div style="inline-size: 600px">
          <news-article lang=${lang} subheadline="ab" headline="x"></news-article>
        </div>`,
      );
      const article = (el.firstElementChild as NewsArticle).shadowRoot?.querySelector(
        'article',
      ) as HTMLElement;
      const sub = article.querySelector('[part=subheadline]') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(sub);
      const textBox = range.getBoundingClientRect();
      const box = article.getBoundingClientRect();
      if (dir === 'rtl') expect(box.right - textBox.right).to.be.lessThan(2);
      else expect(textBox.left - box.left).to.be.lessThan(2);
    }
  });

  it('exposes the documented parts', async () => {
    const el = await fixture<NewsArticle>(html`
      <news-article
        headline="h"
        subheadline="s"
        author="a"
        published="2020-10-09T19:30:00Z"
        source="src"
        image="https://example.com/a.jpg"
        .body=${'<p>b</p>'}
      ></news-article>
    `);
    for (const part of [
      'article',
      'header',
      'headline',
      'subheadline',
      'byline',
      'dates',
      'figure',
      'image',
      'body',
      'footer',
      'source',
    ]) {
      expect(shadow(el).querySelector(`[part~=${part}]`), part).to.exist;
    }
  });
});
