import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { sample } from '../fixtures/sample.js';
import { countIntl } from '../fixtures/count-intl.js';
import { inner, nextEvent, shadow, text } from './helpers.js';

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: sample.headline,
  alternativeHeadline: sample.subheadline,
  inLanguage: 'ar',
  datePublished: '2020-10-09T19:30:00+03:00',
  author: [{ '@type': 'Person', name: 'مراسل' }, 'John Smith'],
  publisher: { '@type': 'Organization', name: sample.source, url: 'https://example.com/' },
  image: { '@type': 'ImageObject', url: 'https://example.com/a.jpg', caption: 'صورة' },
  mainEntityOfPage: { '@id': 'https://example.com/ar/article' },
  articleBody: sample.paragraphs.join('\n\n'),
};

function scriptTag(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

describe('<news-article> inline sources and precedence', () => {
  it('renders inline JSON-LD (the markup search engines read), also inside an @graph', async () => {
    for (const data of [
      jsonLd,
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, jsonLd] },
    ]) {
      const el = document.createElement('news-article');
      el.innerHTML = scriptTag(data);
      const loaded = nextEvent<{ origin: string }>(el, 'load');
      document.body.append(el);
      expect((await loaded).detail.origin).to.equal('json-ld');
      await el.updateComplete;
      expect(text(el, '[part=headline]')).to.equal(sample.headline);
      expect(text(el, '[part=subheadline]')).to.equal(sample.subheadline);
      expect(shadow(el).querySelectorAll('[part=body] p')).to.have.length(10);
      expect(text(el, '[part=byline]')).to.contain('مراسل').and.contain('John Smith');
      expect(shadow(el).querySelectorAll('[part=byline] bdi')).to.have.length(2);
      expect((shadow(el).querySelector('[part=image]') as HTMLImageElement).src).to.equal(
        'https://example.com/a.jpg',
      );
      expect(text(el, '[part=caption]')).to.equal('صورة');
      expect(shadow(el).querySelector('[part=source]')?.getAttribute('href')).to.equal(
        'https://example.com/',
      );
      expect(inner(el).dir).to.equal('rtl');
      expect(inner(el).lang).to.equal('ar');
      // The JSON text itself is never shown.
      expect(el.querySelector('script')?.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('renders a <template> child as the sanitized body', async () => {
    const el = await fixture<NewsArticle>(html`
      <news-article headline="Template" lang="en">
        <template
          ><p>First <strong>bold</strong></p>
          <p>Second</p>
          <script>
            window.__templateRan = true;
          </script></template
        >
      </news-article>
    `);
    const paragraphs = shadow(el).querySelectorAll('[part=body] p');
    expect(paragraphs).to.have.length(2);
    expect(shadow(el).querySelector('[part=body] strong')?.textContent).to.equal('bold');
    expect(shadow(el).querySelector('[part=body] script')?.outerHTML).to.equal(undefined);
    expect((window as unknown as { __templateRan?: boolean }).__templateRan).to.equal(undefined);
  });

  it("shows the page's own children as the body (progressive enhancement)", async () => {
    const el = await fixture<NewsArticle>(html`
      <news-article headline=${sample.headline} source=${sample.source}>
        <p>${sample.paragraphs[0]}</p>
        <p>${sample.paragraphs[1]}</p>
      </news-article>
    `);
    expect(shadow(el).querySelector('[part=body] slot')).to.exist;
    expect(el.querySelectorAll('p')).to.have.length(2);
    expect(el.querySelector('p')?.getBoundingClientRect().height).to.be.greaterThan(0);
    // Direction comes from the page's Arabic text (the test page has no lang).
    expect(inner(el).dir).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('uses attributes over the data, body over the template, src over inline JSON-LD', async () => {
    const el = document.createElement('news-article');
    el.innerHTML = `${scriptTag({ '@type': 'NewsArticle', headline: 'From JSON-LD', articleBody: 'JSON-LD body' })}<template><p>Template body</p></template>`;
    el.setAttribute('headline', 'From the attribute');
    document.body.append(el);
    await el.updateComplete;
    expect(text(el, '[part=headline]')).to.equal('From the attribute');
    expect(text(el, '[part=body]')).to.equal('JSON-LD body');
    el.body = '<p>Body property</p>';
    await el.updateComplete;
    expect(text(el, '[part=body]')).to.equal('Body property');
    el.removeAttribute('headline');
    el.article = { headline: 'From the article property', bodyText: 'Model body' };
    await el.updateComplete;
    expect(text(el, '[part=headline]')).to.equal('From the article property');
    expect(text(el, '[part=body]')).to.equal('Body property');
    el.remove();
  });

  it('reads a JSON Feed 1.1 item and our own JSON through the article property', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    el.article = { headline: 'Title', authors: ['A', 'B', 'C'], body: '<p>x</p>', lang: 'en' };
    await el.updateComplete;
    expect(text(el, '[part=byline]')).to.equal('By A, B, and C');
    const { normalizeArticle } = await import('../../src/shared/article-model.js');
    const item = normalizeArticle({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      language: 'fr',
      items: [
        {
          id: '1',
          title: 'Titre',
          content_html: '<p>Corps</p>',
          url: 'https://example.com/1',
          authors: [{ name: 'Anne' }],
        },
      ],
    });
    expect(item).to.include({
      headline: 'Titre',
      body: '<p>Corps</p>',
      lang: 'fr',
      url: 'https://example.com/1',
      source: 'Feed',
    });
  });

  describe('the article property gets the rules of any data', () => {
    // A page sets it from its own scripts, often from JSON it fetched: any type may turn up.
    const wrong = {
      headline: { text: 'not a string' },
      subheadline: 42,
      authors: 'Ann Author',
      published: ['2020-10-09'],
      image: 'javascript:alert(1)',
      imageCaption: 7,
      url: 'data:text/html,<script>alert(1)</script>',
      sourceUrl: 'javascript:alert(2)',
      source: { name: 'x' },
      lang: 12,
      dir: 'sideways',
    };
    for (const { dir, lang, headline } of [
      { dir: 'rtl', lang: 'ar', headline: sample.headline },
      { dir: 'ltr', lang: 'en', headline: 'A headline' },
    ]) {
      it(`drops fields of the wrong type instead of throwing in render (${dir})`, async () => {
        const el = await fixture<NewsArticle>(html`<news-article lang=${lang}></news-article>`);
        const rejections: unknown[] = [];
        const onRejection = (event: PromiseRejectionEvent): void => void rejections.push(event.reason);
        window.addEventListener('unhandledrejection', onRejection);
        try {
          el.article = { ...wrong, bodyText: headline } as never;
          await el.updateComplete;
          expect(text(el, '[part=body]')).to.equal(headline);
          // Authors as one string: one author, not one per letter.
          expect(shadow(el).querySelectorAll('[part=byline] bdi')).to.have.length(1);
          expect(shadow(el).querySelector('[part=headline]')?.outerHTML).to.equal(undefined);
          // A number is text, as in any JSON.
          expect(text(el, '[part=subheadline]')).to.equal('42');
          expect(shadow(el).querySelector('[part=image]')?.outerHTML).to.equal(undefined);
          expect(shadow(el).querySelector('[part=source]')?.outerHTML).to.equal(undefined);
          expect(
            shadow(el).querySelector('[href^=javascript], [href^=data], [src^=javascript]')?.outerHTML,
          ).to.equal(undefined);
          expect(inner(el).getAttribute('dir')).to.equal(dir);
          await expect(el).to.be.accessible();
          el.article = { headline, authors: [{ role: 'editor' }], body: `<p>${headline}</p>` } as never;
          await el.updateComplete;
          expect(text(el, '[part=headline]')).to.equal(headline);
          expect(shadow(el).querySelector('[part=byline]')?.outerHTML).to.equal(undefined);
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(rejections).to.deep.equal([]);
        } finally {
          window.removeEventListener('unhandledrejection', onRejection);
        }
      });
    }

    it('is never taken for a JSON Feed item (an object from a CMS with id and title)', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en"></news-article>`);
      el.article = { id: 7, title: 'CMS title', headline: 'The headline', body: '<p>The body</p>' } as never;
      await el.updateComplete;
      await waitUntil(() => text(el, '[part=body]') === 'The body');
      expect(text(el, '[part=headline]')).to.equal('The headline');
      await expect(el).to.be.accessible();
    });

    it('takes schema.org JSON-LD as it is', async () => {
      const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
      el.article = jsonLd as never;
      await el.updateComplete;
      expect(text(el, '[part=headline]')).to.equal(sample.headline);
      expect(inner(el).getAttribute('lang')).to.equal('ar');
      expect(inner(el).getAttribute('dir')).to.equal('rtl');
      expect(shadow(el).querySelectorAll('[part=byline] bdi')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });

  it('shows an error for malformed inline JSON-LD and keeps the fallback', async () => {
    const el = document.createElement('news-article');
    el.innerHTML = '<script type="application/ld+json">{ "headline": </script><p class="fallback">Kept</p>';
    const failed = nextEvent<{ code: string }>(el, 'error');
    document.body.append(el);
    expect((await failed).detail.code).to.equal('parse');
    await el.updateComplete;
    expect(el.querySelector('.fallback')?.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('renders the headline at heading-level and text fields as text', async () => {
    const el = await fixture<NewsArticle>(html`
      <news-article
        heading-level="4"
        headline="<img src=x onerror=window.__h=1> &lt;b&gt;"
        author="<b>A</b>"
      ></news-article>
    `);
    const heading = shadow(el).querySelector('[part=headline]') as HTMLElement;
    expect(heading.localName).to.equal('h4');
    expect(heading.textContent).to.equal('<img src=x onerror=window.__h=1> <b>');
    expect(heading.querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('[part=byline] b')?.outerHTML).to.equal(undefined);
  });
});

describe('<news-article> body kept across states', () => {
  it('shows the body again after a src load comes and goes', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article headline="Kept" lang="en" .body=${'<p>Body text</p>'}></news-article>`,
    );
    expect(text(el, '[part=body]')).to.equal('Body text');
    el.src = '/__mock?delay=200&body=%7B%7D';
    await el.updateComplete;
    el.src = undefined;
    await el.updateComplete;
    expect(text(el, '[part=body]')).to.equal('Body text');
  });
});

describe('<news-article> reading time', () => {
  it('estimates the reading time of an HTML body', async () => {
    const words = Array.from({ length: 400 }, () => 'كلمة').join(' ');
    const el = await fixture<NewsArticle>(
      html`<news-article lang="en" headline="x" reading-time .body=${`<p>${words}</p>`}></news-article>`,
    );
    expect(text(el, '.reading-time')).to.equal('2 minutes read');
  });

  it('counts every word of a long HTML body, in LTR and RTL', async () => {
    // 5,000 words in 50 paragraphs, 25,000 characters.
    const paragraph = Array.from({ length: 100 }, () => 'كلمة').join(' ');
    const body = Array.from({ length: 50 }, () => `<p>${paragraph}</p>`).join('');
    const ltr = await fixture<NewsArticle>(
      html`<news-article lang="en" headline="x" reading-time .body=${body}></news-article>`,
    );
    const rtl = await fixture<NewsArticle>(
      html`<news-article lang="ar" headline="عنوان" reading-time .body=${body}></news-article>`,
    );
    expect(text(ltr, '.reading-time')).to.equal('25 minutes read');
    expect(text(rtl, '.reading-time')).to.match(/25|٢٥/);
    expect(getComputedStyle(rtl.shadowRoot?.querySelector('article') as Element).direction).to.equal('rtl');
    await expect(ltr).to.be.accessible();
    await expect(rtl).to.be.accessible();
  });
  it("reads a body's text only when it needs it: direction without a language, or reading time", async () => {
    // Reads of the whole body's text: the sanitized fragment's or the rendered body's.
    const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent') as PropertyDescriptor;
    let reads = 0;
    const isBody = (node: Node): boolean =>
      node instanceof DocumentFragment ||
      (node instanceof HTMLElement && node.getAttribute('part') === 'body');
    Object.defineProperty(Node.prototype, 'textContent', {
      ...descriptor,
      get(this: Node) {
        if (isBody(this)) reads++;
        return descriptor.get?.call(this) as string | null;
      },
    });
    const counted = async (make: () => Promise<NewsArticle>): Promise<[NewsArticle, number]> => {
      reads = 0;
      const el = await make();
      // Renders again without a new body: the text, if read, is not read again.
      el.setAttribute('headline', 'y');
      await el.updateComplete;
      return [el, reads];
    };
    const body = `<p>${sample.paragraphs.join('</p><p>')}</p>`;
    try {
      // A language decides: no read, in RTL and LTR.
      const [rtl, rtlReads] = await counted(() =>
        fixture<NewsArticle>(html`<news-article lang="ar" .body=${body}></news-article>`),
      );
      const [ltr, ltrReads] = await counted(() =>
        fixture<NewsArticle>(
          html`<news-article lang="en" .body=${'<p>Plain English text.</p>'}></news-article>`,
        ),
      );
      expect([rtlReads, ltrReads]).to.deep.equal([0, 0]);
      expect(getComputedStyle(inner(rtl)).direction).to.equal('rtl');
      expect(getComputedStyle(inner(ltr)).direction).to.equal('ltr');
      // No language of its own, on an English page: the Arabic body itself says right-to-left.
      const [detected, detectedReads] = await counted(async () => {
        const wrapper = await fixture(html`<div lang="en"><news-article .body=${body}></news-article></div>`);
        const el = wrapper.querySelector('news-article') as NewsArticle;
        await el.updateComplete;
        return el;
      });
      expect(detectedReads).to.equal(1);
      expect(getComputedStyle(inner(detected)).direction).to.equal('rtl');
      // Reading time counts every word, once per body.
      const [timed, timedReads] = await counted(() =>
        fixture<NewsArticle>(html`<news-article lang="ar" reading-time .body=${body}></news-article>`),
      );
      expect(timedReads).to.equal(1);
      expect(text(timed, '.reading-time')).to.contain('دقيق'); // "minute", in a dual or plural form
      for (const el of [rtl, ltr, detected, timed]) await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(Node.prototype, 'textContent', descriptor);
    }
  });

  it('formats reading times and bylines without a new Intl formatter per render, in RTL and LTR', async () => {
    // Locales no other test uses here, so that none is cached yet.
    for (const [lang, dir] of [
      ['ar-OM', 'rtl'],
      ['en-IE', 'ltr'],
    ] as const) {
      const el = await fixture<NewsArticle>(
        html`<news-article lang=${lang} headline="x" reading-time></news-article>`,
      );
      const made = await countIntl(['NumberFormat', 'ListFormat'], async () => {
        for (let i = 1; i <= 10; i++) {
          el.article = { headline: 'x', authors: ['A', 'B'], body: `<p>${'w '.repeat(200 * i)}</p>` };
          await el.updateComplete;
        }
      });
      expect(text(el, '.reading-time'), lang).to.match(/10|١٠/);
      expect(text(el, '[part=byline]'), lang).to.contain('A').and.contain('B');
      expect(getComputedStyle(el.shadowRoot?.querySelector('article') as Element).direction).to.equal(dir);
      // The minutes' format and the authors' list format of that locale: once each.
      expect(made.filter((name) => name === 'ListFormat').length, lang).to.be.at.most(1);
      expect(made.filter((name) => name === 'NumberFormat').length, lang).to.be.at.most(1);
      await expect(el).to.be.accessible();
    }
  });
});
