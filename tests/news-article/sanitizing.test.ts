import { expect } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type {
  NewsArticle,
  NewsArticleErrorDetail,
  NewsArticleLoadDetail,
} from '../../src/news-article/news-article.js';
import {
  BIDI_CONTROL,
  CASES,
  GOOD_LINK_URLS,
  MARKER,
  RAW_BAD_URLS,
  RULES,
  XssSpy,
  count,
  createSlot,
  createStage,
  defineEvilElements,
  expectSafe,
  protocolOf,
  settle,
  title,
  withId,
} from '../fixtures/malicious/attacks.js';

const M = MARKER;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
const IMAGE_PROTOCOLS = ['http:', 'https:'];

const shadow = (el: NewsArticle): ShadowRoot => el.shadowRoot as ShadowRoot;

/** The rendered body: the sanitized content, not the fallback slot or an error. */
function bodyOf(el: NewsArticle): HTMLElement {
  const root = shadow(el);
  expect(root.querySelector('[part=error]'), 'error state').to.equal(null);
  const body = root.querySelector<HTMLElement>('[part=body]');
  expect(body, 'the body part').to.not.equal(null);
  expect(body?.querySelector('slot'), 'the body shows the content, not the fallback slot').to.equal(null);
  return body as HTMLElement;
}

/** Every URL in the whole shadow root (header, image, footer too) has an allowed scheme. */
function expectUrlsSafe(el: NewsArticle): void {
  for (const node of shadow(el).querySelectorAll('[href], [cite]')) {
    for (const name of ['href', 'cite']) {
      const value = node.getAttribute(name);
      if (value !== null) expect(LINK_PROTOCOLS, `${name}="${value}"`).to.include(protocolOf(value));
    }
  }
  for (const node of shadow(el).querySelectorAll('[src]')) {
    expect(IMAGE_PROTOCOLS, `src="${node.getAttribute('src')}"`).to.include(
      protocolOf(node.getAttribute('src') ?? ''),
    );
  }
}

/** The elements the element's own template renders around the body. */
const OWN_ELEMENTS = new Set(
  'article header h2 p div span bdi time figure img figcaption footer a slot'.split(' '),
);

/** Outside the body, only the element's own template's elements: nothing from the data. */
function expectChromeClean(el: NewsArticle): void {
  const root = shadow(el);
  const body = root.querySelector('[part=body]');
  const foreign = [...root.querySelectorAll('*')].filter(
    (node) => !body?.contains(node) && !OWN_ELEMENTS.has(node.localName),
  );
  expect(foreign.map((node) => node.localName)).to.deep.equal([]);
  for (const node of root.querySelectorAll('header *, footer *, figure *')) {
    for (const attr of node.attributes) expect(attr.name, 'attribute from the data').not.to.match(/^on/i);
  }
  expect(
    BIDI_CONTROL.test(root.querySelector('header')?.textContent ?? ''),
    'bidi controls in the header',
  ).to.equal(false);
  expectUrlsSafe(el);
}

interface Mode {
  key: string;
  name: string;
  mount(el: NewsArticle, html: string): void;
}

const MODES: Mode[] = [
  {
    key: 'body',
    name: 'the body property',
    mount(el, html) {
      el.body = html;
    },
  },
  {
    key: 'template',
    name: 'a <template> child',
    mount(el, html) {
      // Parsed into the template's inert document: nothing in it loads or runs.
      const template = document.createElement('template');
      template.innerHTML = html;
      el.append(template);
    },
  },
  {
    key: 'json-ld',
    name: 'inline JSON-LD (articleBody)',
    mount(el, html) {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Headline',
        articleBody: html,
      });
      el.append(script);
    },
  },
];

describe('<news-article> sanitizing', () => {
  const spy = new XssSpy();
  let stage: HTMLElement;

  before(() => {
    spy.install();
    defineEvilElements();
    stage = createStage();
  });

  after(() => {
    stage.remove();
    spy.uninstall();
  });

  // One element per input, all rendered up front and given one chance (every image loaded or
  // failed, plus a few ticks) to run handlers; each test then checks its own shadow DOM.
  for (const mode of MODES) {
    describe(`malicious HTML through ${mode.name}`, () => {
      const elements = new Map<string, NewsArticle>();
      const idOf = (id: string): string => `${id}/${mode.key}`;

      before(async () => {
        for (const { attack, id } of CASES) {
          const el = document.createElement('news-article');
          el.lang = 'en';
          mode.mount(el, withId(attack.html, idOf(id)));
          createSlot(stage).append(el);
          elements.set(id, el);
        }
        await Promise.all([...elements.values()].map((el) => el.updateComplete));
        await settle(stage);
      });

      after(() => {
        for (const el of elements.values()) el.parentElement?.remove();
      });

      for (const rule of RULES) {
        describe(rule.name, () => {
          for (const { attack, id } of CASES.filter((c) => c.rule === rule.name)) {
            it(title(attack.html), () => {
              const el = elements.get(id) as NewsArticle;
              const body = bodyOf(el);
              spy.expectNone(idOf(id));
              expectSafe(body, attack.html);
              attack.check?.(body);
            });
          }
        });
      }
    });
  }

  describe('malicious data loaded from src', () => {
    interface Source {
      file: string;
      id: string;
      body(data: unknown): string;
    }
    const sources: Source[] = [
      { file: 'article.json', id: '#src-own', body: (data) => (data as { body: string }).body },
      {
        file: 'article.jsonld',
        id: '#src-ld',
        body: (data) => (data as { articleBody: string }).articleBody,
      },
      {
        file: 'feed.json',
        id: '#src-feed',
        body: (data) => (data as { items: { content_html: string }[] }).items[0]?.content_html ?? '',
      },
    ];
    for (const source of sources) {
      it(`${source.file}: the body, headline, byline, image and links`, async () => {
        const url = new URL(`../fixtures/malicious/${source.file}`, import.meta.url).href;
        const raw = (await (await fetch(url)).json()) as unknown;
        const html = source.body(raw);
        expect(count(html, M), 'the fixture has markers').to.be.above(20);

        const el = document.createElement('news-article');
        const loaded = new Promise<CustomEvent<NewsArticleLoadDetail>>((resolve, reject) => {
          el.addEventListener('load', (event) => resolve(event as CustomEvent<NewsArticleLoadDetail>), {
            once: true,
          });
          el.addEventListener(
            'error',
            (event) => {
              const { detail } = event as Event as CustomEvent<NewsArticleErrorDetail>;
              reject(new Error(`${source.file} did not load: ${JSON.stringify(detail)}`));
            },
            { once: true },
          );
        });
        el.src = url;
        createSlot(stage).append(el);
        expect((await loaded).detail.origin).to.equal('src');
        await el.updateComplete;
        await settle(stage);

        spy.expectNone(source.id);
        const body = bodyOf(el);
        expectSafe(body, html);
        expectChromeClean(el);
        const headline = shadow(el).querySelector('[part=headline]');
        // The markup in the headline is shown as text, and only as text.
        expect(headline?.textContent).to.contain('<img src=x onerror=').and.contain(M);
        expect(headline?.children).to.have.length(0);
        expect(shadow(el).querySelector('[part=image]'), 'the javascript:/data:/blob: lead image').to.equal(
          null,
        );
        expect(shadow(el).querySelector('footer a'), 'a javascript: source link').to.equal(null);
        el.parentElement?.remove();
      });
    }
  });

  describe('malicious attribute and property values', () => {
    let el: NewsArticle;

    before(async () => {
      el = document.createElement('news-article');
      el.lang = 'en';
      el.body = `<p>${M}</p>`;
      createSlot(stage).append(el);
      await el.updateComplete;
    });

    after(() => {
      el.parentElement?.remove();
    });

    const texts: string[] = [
      `<img src=x onerror=__xss()>${M}`,
      `<script>__xss()</script>${M}`,
      `"><svg onload=__xss()>${M}`,
      `'><iframe src=javascript:__xss()>${M}`,
      `</h2><img src=x onerror=__xss()>${M}`,
      `<news-article body="<img src=x onerror=__xss()>">${M}`,
      `\${__xss()}{{constructor.constructor('__xss()')()}}${M}`,
      `\u202e${M}gnp.exe\u2066`,
    ];
    texts.forEach((value, i) => {
      it(`shows ${title(value)} as text in the headline, subheadline, byline, caption and source`, async () => {
        const id = `#attr-text-${i}`;
        const payload = withId(value, id);
        el.headline = payload;
        el.subheadline = payload;
        el.author = payload;
        el.source = payload;
        el.imageAlt = payload;
        await el.updateComplete;
        await settle(shadow(el));
        spy.expectNone(id);
        expectChromeClean(el);
        const shown = payload.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
        for (const part of ['headline', 'subheadline']) {
          const node = shadow(el).querySelector(`[part=${part}]`);
          expect(node?.textContent, part).to.equal(shown);
          expect(node?.children, part).to.have.length(0);
        }
        expect(shadow(el).querySelector('[part=byline]')?.textContent).to.contain(shown);
        expect(shadow(el).querySelector('[part=source]')?.textContent).to.contain(shown);
      });
    });

    RAW_BAD_URLS.forEach((value, i) => {
      it(`drops ${title(value)} as source-url, url and image`, async () => {
        const id = `#attr-url-${i}`;
        const url = withId(value, id);
        el.source = M;
        el.sourceUrl = url;
        el.url = url;
        el.image = url;
        el.setAttribute('source-url', url);
        await el.updateComplete;
        await settle(shadow(el));
        spy.expectNone(id);
        expectChromeClean(el);
        expect(shadow(el).querySelector('[part=image]'), 'lead image').to.equal(null);
        expect(shadow(el).querySelector('footer a'), 'source link').to.equal(null);
        expect(shadow(el).querySelector('[part=source]')?.textContent).to.equal(M);
      });
    });

    it('keeps good URLs (so the checks above are not vacuous)', async () => {
      for (const url of GOOD_LINK_URLS) {
        el.removeAttribute('source-url');
        el.source = M;
        el.sourceUrl = url;
        el.url = undefined;
        el.image = '/tests/fixtures/malicious/pixel.png';
        await el.updateComplete;
        expect(shadow(el).querySelector('footer a')?.getAttribute('href'), url).to.equal(url);
        expect(shadow(el).querySelector('footer a')?.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(shadow(el).querySelector('[part=image]')?.getAttribute('src')).to.equal(
          '/tests/fixtures/malicious/pixel.png',
        );
        expectUrlsSafe(el);
      }
    });
  });

  // Last (Mocha runs a suite's own tests before its nested suites, so this is one of them).
  describe('in the end', () => {
    it('ran nothing at all, late handlers included', async () => {
      await settle(document.body);
      expect(window.__xss).to.equal(spy.fn);
      expect(spy.hits).to.deep.equal([]);
    });
  });
});
