// Issue 5, part 1: every hostile input through every <related-articles> path: the items
// property, an inline JSON child, and JSON Feed, RSS (CDATA and escaped HTML) and Atom from
// `src`. Titles and summaries take the HTML inputs, links and images the URL inputs, whole
// documents the JSON ones. Several inputs share one element (one feed: the test server takes
// URLs up to 12 KB, and a feed per input would mean thousands of requests); each test finds its
// own items and checks them: no script ran, text only, only safe URLs, nothing fixed, nothing
// fetched, the page not clobbered, the harmless text shown.
import { expect } from '@open-wc/testing';
import '../../src/related-articles/define.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import { createSlot } from '../fixtures/malicious/attacks.js';
import {
  EVIL,
  GROUPS,
  INPUTS,
  M,
  count,
  prepare,
  prepareRaw,
  title,
  type InputKind,
  type SecurityInput,
} from '../fixtures/security/inputs.js';
import { RELATED_ARTICLES_OWN, auditShadow, settleImages, shadowText } from '../fixtures/security/audit.js';
import { atom, jsonFeed, rss, served } from '../fixtures/security/feeds.js';
import { hostileSuite } from '../fixtures/security/hostile-suite.js';

/** One item as the tests mean it; `alt` puts the URLs in each format's other fields. */
interface Item {
  title: string;
  url: string;
  summary?: string;
  image?: string;
  alt?: boolean;
}

/** The items an input becomes. `n` numbers the input within the path. */
function itemsFor(input: SecurityInput, value: string, n: number): Item[] {
  if (input.kind === 'html') return [{ title: value, summary: value, url: `/item/${n}` }];
  return [
    { title: `${M} [${n}.1]`, url: value },
    { title: `${M} [${n}.2]`, url: `/item/${n}`, image: value },
    { title: `${M} [${n}.3]`, url: value, image: value, alt: true },
  ];
}

/** Our own item JSON (the `items` property, an inline script). */
const ownItem = (item: Item): Record<string, unknown> =>
  item.alt
    ? { title: item.title, link: item.url, image: item.image }
    : { title: item.title, url: item.url, summary: item.summary, image: item.image };

interface Format {
  key: string;
  name: string;
  /** A served URL for these items, or a way to put them on the element directly. */
  serve?(items: Item[]): string | undefined;
  mount?(el: RelatedArticles, items: Item[]): void;
}

const FORMATS: Format[] = [
  {
    key: 'items',
    name: 'the items property',
    mount(el, items) {
      el.items = items.map(ownItem);
    },
  },
  {
    key: 'inline',
    name: 'an inline <script type="application/json"> child',
    mount(el, items) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(items.map(ownItem));
      el.append(script);
    },
  },
  {
    key: 'json-feed',
    name: 'src: JSON Feed (title, content_html, url, image; external_url, banner_image)',
    serve: (items) =>
      served(
        jsonFeed(
          items.map((item) =>
            item.alt
              ? { title: item.title, external_url: item.url, banner_image: item.image }
              : { title: item.title, url: item.url, content_html: item.summary, image: item.image },
          ),
        ),
        'application/feed+json',
      ),
  },
  {
    key: 'rss-cdata',
    name: 'src: RSS, CDATA (title, description, link, enclosure; guid, media:content)',
    serve: (items) => served(rss(items.map(rssItem), true), 'application/rss+xml'),
  },
  {
    key: 'rss-escaped',
    name: 'src: RSS, escaped HTML (title, description, link, enclosure; guid, media:content)',
    serve: (items) => served(rss(items.map(rssItem), false), 'application/rss+xml'),
  },
  {
    key: 'atom',
    name: 'src: Atom, type="html" (title, summary, link; enclosure link, media:thumbnail)',
    serve: (items) =>
      served(
        atom(
          items.map((item) =>
            item.alt
              ? { title: item.title, link: item.url, thumbnail: item.image }
              : { title: item.title, link: item.url, summary: item.summary, enclosure: item.image },
          ),
        ),
        'application/atom+xml',
      ),
  },
];

function rssItem(item: Item): Parameters<typeof rss>[0][number] {
  return item.alt
    ? { title: item.title, guid: item.url, media: item.image }
    : { title: item.title, link: item.url, description: item.summary, enclosure: item.image };
}

/** Whole JSON documents (the json-items inputs), one element each. */
const DOCUMENT_PATHS: { key: string; name: string; mount(el: RelatedArticles, text: string): boolean }[] = [
  {
    key: 'items',
    name: 'the items property',
    mount(el, text) {
      el.items = JSON.parse(text) as unknown[];
      return true;
    },
  },
  {
    key: 'inline',
    name: 'an inline <script type="application/json"> child',
    mount(el, text) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      el.append(script);
      return true;
    },
  },
  {
    key: 'json-feed',
    name: 'src: JSON',
    mount(el, text) {
      const url = served(text, 'application/json');
      if (url) el.src = url;
      return url !== undefined;
    },
  },
];

/** Resolves on the element's `load` or `error` event (or after 10 s, for the test to report). */
function loadOf(el: HTMLElement): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), 10_000);
    el.addEventListener('load', () => (clearTimeout(timer), resolve('load')), { once: true });
    el.addEventListener('error', () => (clearTimeout(timer), resolve('error')), { once: true });
  });
}

function newElement(): RelatedArticles {
  const el = document.createElement('related-articles');
  el.lang = 'en';
  el.max = 100;
  el.showSummary = true;
  return el;
}

/** Items per element: a list shows at most 100. */
const BATCH = 90;

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const pathOf = (href: string | null): string => new URL(href ?? '', document.baseURI).pathname;

describe('<related-articles> with hostile content (issue 5)', () => {
  const { spy, resources, stage, pageProblems } = hostileSuite();

  for (const format of FORMATS) {
    describe(`through ${format.name}`, () => {
      const kinds: InputKind[] = ['html', 'url'];
      const inputs = INPUTS.filter((input) => kinds.includes(input.kind));
      /** Each input's element and number; inputs a feed URL cannot carry have none. */
      const placed = new Map<string, { el: RelatedArticles; n: number; value: string }>();
      const elements: RelatedArticles[] = [];
      const idOf = (input: SecurityInput): string => `${input.id}/${format.key}`;

      before(async function () {
        this.timeout(120_000);
        const ready: Promise<unknown>[] = [];
        const start = (batch: { input: SecurityInput; n: number; value: string }[], items: Item[]): void => {
          const el = newElement();
          if (format.serve) {
            el.src = format.serve(items) as string;
            ready.push(loadOf(el));
          } else {
            format.mount?.(el, items);
          }
          createSlot(stage()).append(el);
          elements.push(el);
          for (const { input, n, value } of batch) placed.set(input.id, { el, n, value });
        };
        let batch: { input: SecurityInput; n: number; value: string }[] = [];
        let items: Item[] = [];
        inputs.forEach((input, n) => {
          const id = idOf(input);
          const value = input.kind === 'html' ? prepare(input.value, id) : prepareRaw(input.value, id);
          const own = itemsFor(input, value, n);
          const fits = (list: Item[]): boolean =>
            list.length <= BATCH && (!format.serve || format.serve(list) !== undefined);
          if (!fits([...items, ...own])) {
            if (batch.length > 0) start(batch, items);
            batch = [];
            items = [];
            if (!fits(own)) return; // too long for a feed URL: the in-memory paths carry it
          }
          batch.push({ input, n, value });
          items.push(...own);
        });
        if (batch.length > 0) start(batch, items);
        await Promise.all(ready);
        await Promise.all(elements.map((el) => el.updateComplete));
        await settleImages(elements);
        resources.flush();
      });

      after(() => {
        for (const el of elements) el.parentElement?.remove();
      });

      it('renders every element as a list, clean outside the items too', () => {
        for (const el of elements) {
          expect(root(el).querySelector('[part=error]'), 'error state').to.equal(null);
          expect(root(el).querySelector('[part=list]'), 'the list').to.not.equal(null);
          expect(auditShadow(el, { own: RELATED_ARTICLES_OWN, layout: true })).to.deep.equal([]);
        }
      });

      for (const group of GROUPS) {
        const list = inputs.filter((input) => input.group === group);
        if (list.length === 0) continue;
        describe(group, () => {
          for (const input of list) {
            it(title(input.value), function () {
              const entry = placed.get(input.id);
              if (!entry) this.skip(); // too long for a feed URL: the in-memory paths carry it
              const { el, n, value } = entry as NonNullable<typeof entry>;
              const problems = pageProblems(idOf(input));
              const lis = [...root(el).querySelectorAll('li')];
              if (input.kind === 'html') {
                const mine = lis.filter(
                  (li) => pathOf(li.querySelector('a')?.getAttribute('href') ?? null) === `/item/${n}`,
                );
                expect(mine, 'its one item').to.have.length(1);
                const li = mine[0] as HTMLLIElement;
                problems.push(...auditShadow(el, { own: RELATED_ARTICLES_OWN, layout: true, scope: li }));
                expect(problems, 'problems').to.deep.equal([]);
                const titlePart = li.querySelector('[part=title]');
                const summary = li.querySelector('[part=summary]');
                expect(titlePart?.children.length, 'elements in the title').to.equal(0);
                expect(count(titlePart?.textContent ?? '', M), 'the harmless text in the title').to.equal(
                  count(value, M),
                );
                if (summary) {
                  expect(summary.children.length, 'elements in the summary').to.equal(0);
                  const shown = summary.textContent ?? '';
                  const expected = count(value, M);
                  if (shown.endsWith('…')) expect(count(shown, M)).to.be.at.most(expected);
                  else expect(count(shown, M), 'the harmless text in the summary').to.equal(expected);
                }
              } else {
                const mine = lis.filter((li) => (li.textContent ?? '').includes(`[${n}.`));
                for (const li of mine) {
                  problems.push(...auditShadow(el, { own: RELATED_ARTICLES_OWN, layout: true, scope: li }));
                }
                expect(problems, 'problems').to.deep.equal([]);
                const good = mine.filter((li) => (li.textContent ?? '').includes(`[${n}.2]`));
                expect(good, 'the item with a good link').to.have.length(1);
                expect(pathOf(good[0]?.querySelector('a')?.getAttribute('href') ?? null)).to.equal(
                  `/item/${n}`,
                );
                expect(count(good[0]?.textContent ?? '', M), 'the harmless text').to.equal(1);
              }
            });
          }
        });
      }
    });
  }

  describe('prototype-pollution keys in item JSON', () => {
    const inputs = INPUTS.filter((input) => input.kind === 'json-items');
    for (const path of DOCUMENT_PATHS) {
      describe(`through ${path.name}`, () => {
        const elements = new Map<string, RelatedArticles>();
        before(async () => {
          const ready: Promise<unknown>[] = [];
          for (const input of inputs) {
            const el = newElement();
            const text = prepareRaw(input.value, `${input.id}/${path.key}`);
            if (path.key === 'json-feed') ready.push(loadOf(el));
            if (!path.mount(el, text)) continue;
            createSlot(stage()).append(el);
            elements.set(input.id, el);
          }
          await Promise.all(ready);
          await Promise.all([...elements.values()].map((el) => el.updateComplete));
        });
        after(() => {
          for (const el of elements.values()) el.parentElement?.remove();
        });
        for (const input of inputs) {
          it(title(input.value), () => {
            const el = elements.get(input.id) as RelatedArticles;
            const problems = [
              ...pageProblems(`${input.id}/${path.key}`),
              ...auditShadow(el, { own: RELATED_ARTICLES_OWN, layout: true }),
            ];
            expect(problems, 'problems').to.deep.equal([]);
            expect(shadowText(el), 'text the JSON rules drop').not.to.contain(EVIL);
            if (count(input.value, M) > 0) {
              expect(root(el).querySelector('[part=error]'), 'error state').to.equal(null);
              expect(count(shadowText(el, '[part=title]'), M), 'the harmless text').to.be.above(0);
            } else {
              // Nothing usable (an array-like object is not an array): no guess at items, and
              // the error state where the data came from a source (the items property is the
              // host's own: it gets the error event).
              expect(root(el).querySelectorAll('li'), 'items').to.have.length(0);
              if (path.key !== 'items') {
                expect(root(el).querySelector('[part=error]'), 'error state').to.not.equal(null);
              }
            }
          });
        }
      });
    }
  });

  // Last (Mocha runs a suite's own tests before its nested suites, so this is one of them).
  describe('in the end', () => {
    it('ran nothing at all, late handlers included, and fetched nothing the content asked for', async () => {
      await settleImages([]);
      resources.flush();
      expect(window.__xss).to.equal(spy.fn);
      expect(spy.hits).to.deep.equal([]);
      expect(resources.all()).to.deep.equal([]);
    });
  });
});
