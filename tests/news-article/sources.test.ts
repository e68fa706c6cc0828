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

  describe('relative URLs in data from src resolve against the data, not the page', () => {
    /** A document served from /__mock/publisher/news/ (or redirected there), as a partner would fetch it. */
    const served = (data: object, redirect = false): string => {
      const url = `/__mock/publisher/news/article.json?${new URLSearchParams({ body: JSON.stringify(data) })}`;
      return redirect ? `/__mock/elsewhere?${new URLSearchParams({ redirect: url })}` : url;
    };
    const at = (path: string): string => new URL(path, location.origin).href;
    const body =
      '<p><a href="other.html">x</a> <img src="img/a.jpg" srcset="img/a.jpg 1x, /img/b.jpg 2x" alt="a"></p>' +
      '<blockquote cite="../quotes/1"><p>q</p></blockquote><p><a href="https://example.org/abs">y</a> <a href="#note">n</a></p>';
    const cases = [
      { dir: 'rtl', lang: 'ar', headline: sample.headline, name: sample.source },
      { dir: 'ltr', lang: 'en', headline: 'A syndicated story', name: 'The Publisher' },
    ] as const;

    for (const { dir, lang, headline, name } of cases) {
      for (const redirect of [false, true]) {
        it(`${dir}${redirect ? ', after a redirect' : ''}`, async () => {
          const data = { headline, lang, body, image: 'img/lead.jpg', source: name, sourceUrl: '../' };
          const el = document.createElement('news-article');
          const loaded = oneEvent(el, 'load');
          el.src = served(data, redirect);
          document.body.append(el);
          const event = (await loaded) as CustomEvent;
          await el.updateComplete;
          const root = shadow(el);
          const base = at('/__mock/publisher/news/article.json');
          expect(event.detail.article.baseUrl.split('?')[0]).to.equal(base);
          expect(root.querySelector('[part=image]')?.getAttribute('src')).to.equal(
            at('/__mock/publisher/news/img/lead.jpg'),
          );
          expect(root.querySelector('[part=source]')?.getAttribute('href')).to.equal(
            at('/__mock/publisher/'),
          );
          const links = [...root.querySelectorAll('[part=body] a')].map((a) => a.getAttribute('href'));
          expect(links[0]).to.equal(at('/__mock/publisher/news/other.html'));
          expect(links[1]).to.equal('https://example.org/abs');
          // A fragment stays: resolved, it would lead away to the JSON document.
          expect(links[2]).to.equal('#note');
          const img = root.querySelector('[part=body] img');
          expect(img?.getAttribute('src')).to.equal(at('/__mock/publisher/news/img/a.jpg'));
          expect(img?.getAttribute('srcset')).to.equal(
            `${at('/__mock/publisher/news/img/a.jpg')} 1x, ${at('/img/b.jpg')} 2x`,
          );
          expect(root.querySelector('[part=body] blockquote')?.getAttribute('cite')).to.equal(
            at('/__mock/publisher/quotes/1'),
          );
          expect(root.querySelector('article')?.getAttribute('dir')).to.equal(dir);
          await expect(el).to.be.accessible();
          el.remove();
        });
      }
    }

    it("the body resolves against the article's own url when it has one (the page it was written for)", async () => {
      const el = document.createElement('news-article');
      const loaded = oneEvent(el, 'load');
      el.src = served({
        headline: sample.headline,
        lang: 'ar',
        source: sample.source,
        url: '../2026/story.html',
        body,
      });
      document.body.append(el);
      const event = (await loaded) as CustomEvent;
      await el.updateComplete;
      const page = at('/__mock/publisher/2026/story.html');
      expect(event.detail.article.url).to.equal(page);
      expect(event.detail.article.baseUrl).to.equal(page);
      const root = shadow(el);
      expect(root.querySelector('[part=source]')?.getAttribute('href')).to.equal(page);
      expect(root.querySelector('[part=body] a')?.getAttribute('href')).to.equal(
        at('/__mock/publisher/2026/other.html'),
      );
      expect(root.querySelector('[part=body] img')?.getAttribute('src')).to.equal(
        at('/__mock/publisher/2026/img/a.jpg'),
      );
      await expect(el).to.be.accessible();
      el.remove();
    });

    it("a JSON Feed item's body resolves against the item's own url, never its external_url", async () => {
      const feed = (item: object): object => ({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'The Publisher',
        items: [{ id: '1', title: 'A link post', content_html: '<p><a href="rel.html">x</a></p>', ...item }],
      });
      for (const [item, expected] of [
        [{ external_url: 'https://other.example/elsewhere/' }, at('/__mock/publisher/news/rel.html')],
        [{ url: '/posts/1/', external_url: 'https://other.example/' }, at('/posts/1/rel.html')],
      ] as const) {
        const el = document.createElement('news-article');
        el.lang = 'en';
        const loaded = oneEvent(el, 'load');
        el.src = served(feed(item));
        document.body.append(el);
        await loaded;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part=body] a')?.getAttribute('href')).to.equal(expected);
        el.remove();
      }
    });

    it("a body given by the page (`body`, a template) resolves against the page, even beside src's data", async () => {
      const el = document.createElement('news-article');
      const loaded = oneEvent(el, 'load');
      el.src = served({ headline: sample.headline, lang: 'ar', body: '<p><a href="other.html">x</a></p>' });
      document.body.append(el);
      await loaded;
      el.body = '<p><a href="mine.html">مقالي</a></p>';
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('[part=body] a')?.textContent === 'مقالي');
      expect(shadow(el).querySelector('[part=body] a')?.getAttribute('href')).to.equal('mine.html');
      // The same string as the data's body, given by the page: the page's.
      el.body = '<p><a href="other.html">x</a></p>';
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('[part=body] a')?.textContent === 'x');
      expect(shadow(el).querySelector('[part=body] a')?.getAttribute('href')).to.equal('other.html');
      // Back to the data's own body: resolved against the data's URL again (not the cached page body).
      el.body = undefined;
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('[part=body] a')?.textContent === 'x');
      expect(shadow(el).querySelector('[part=body] a')?.getAttribute('href')).to.equal(
        at('/__mock/publisher/news/other.html'),
      );
      el.remove();
    });

    for (const [dir, lang, headline] of [
      ['rtl', 'ar', sample.headline],
      ['ltr', 'en', 'A syndicated story'],
    ] as const) {
      it(`the article property resolves against its own baseUrl (a page that fetched the data itself; ${dir})`, async () => {
        const el = await fixture<NewsArticle>(html`
          <news-article
            .article=${{
              headline,
              lang,
              image: 'img/lead.jpg',
              body: '<p><a href="other.html">x</a> <img src="img/a.jpg" alt="a"> <a href="#n">n</a></p>',
              baseUrl: 'https://publisher.example/news/2026/story.html',
            }}
          ></news-article>
        `);
        await waitUntil(() => shadow(el).querySelector('[part=body] a'));
        const root = shadow(el);
        expect(root.querySelector('[part=image]')?.getAttribute('src')).to.equal(
          'https://publisher.example/news/2026/img/lead.jpg',
        );
        const links = [...root.querySelectorAll('[part=body] a')].map((a) => a.getAttribute('href'));
        expect(links).to.deep.equal(['https://publisher.example/news/2026/other.html', '#n']);
        expect(root.querySelector('[part=body] img')?.getAttribute('src')).to.equal(
          'https://publisher.example/news/2026/img/a.jpg',
        );
        expect(root.querySelector('article')?.getAttribute('dir')).to.equal(dir);
        await expect(el).to.be.accessible();
      });
    }

    it("a load event's model set back as the article property shows the same URLs", async () => {
      const el = document.createElement('news-article');
      const loaded = oneEvent(el, 'load');
      el.src = served({ headline: sample.headline, lang: 'ar', image: 'img/lead.jpg', body });
      document.body.append(el);
      const { detail } = (await loaded) as CustomEvent;
      await el.updateComplete;
      const hrefs = (): (string | null)[] =>
        [...shadow(el).querySelectorAll('[part=body] a, [part=image], [part=body] img')].map(
          (node) => node.getAttribute('href') ?? node.getAttribute('src'),
        );
      const before = hrefs();
      const copy = document.createElement('news-article');
      copy.article = detail.article;
      document.body.append(copy);
      await waitUntil(() => shadow(copy).querySelector('[part=body] a'));
      el.remove();
      const after = [...shadow(copy).querySelectorAll('[part=body] a, [part=image], [part=body] img')].map(
        (node) => node.getAttribute('href') ?? node.getAttribute('src'),
      );
      expect(after).to.deep.equal(before);
      expect(after[0]).to.equal(at('/__mock/publisher/news/img/lead.jpg'));
      copy.remove();
    });

    it('inline JSON-LD and the article property keep relative URLs for the page to resolve', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article
          .article=${{ headline: 'Inline', lang: 'en', image: '__mock/lead.jpg', body: '<p><a href="mine.html">x</a></p>' }}
        ></news-article>
      `);
      await waitUntil(() => shadow(el).querySelector('[part=body] a'));
      expect(shadow(el).querySelector('[part=body] a')?.getAttribute('href')).to.equal('mine.html');
      expect(shadow(el).querySelector('[part=image]')?.getAttribute('src')).to.equal('__mock/lead.jpg');
    });
  });
});
