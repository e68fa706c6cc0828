// Issue 5, part 3: hostile hosts. The elements embedded in pages that load the library twice,
// pollute Object.prototype and Array.prototype, bring their own permissive window.DOMPurify,
// style everything with !important, nest the elements in another component's shadow root or
// in an RTL wrapper on an LTR page, or put them in an iframe. Each page is a same-origin srcdoc
// iframe (its own registry, prototypes and globals); dist/ must be built (`npm run build`).
import { expect, waitUntil } from '@open-wc/testing';
import { GROUPS, INPUTS, M, count, prepare, title, type SecurityInput } from '../fixtures/security/inputs.js';
import {
  NEWS_ARTICLE_OWN,
  RELATED_ARTICLES_OWN,
  auditShadow,
  createHiddenStage,
  settleImages,
  shadowText,
} from '../fixtures/security/audit.js';
import { at, elementsSettled, openFrame, type FrameWindow } from '../fixtures/security/frames.js';

const CDN = at('/dist/cdn/news-elements.js');
/** The same bundle under another URL (%63 is "c"): the module map evaluates a second copy. */
const CDN_AGAIN = at('/dist/%63dn/news-elements.js');
const NPM_ROOT = at('/dist/index.js');
/** The npm build as `news-elements/news-article.js` etc. (dist/<element>/define.js) register it. */
const NPM = ['news-article', 'related-articles', 'scroll-top-button'].map((name) =>
  at(`/dist/${name}/define.js`),
);
const DOMPURIFY = at('/node_modules/dompurify/dist/purify.es.mjs');
const FEED = at('/tests/fixtures/feeds/related.json');
const ARTICLE = at('/tests/fixtures/sample-article.json');

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element | null | undefined, name: string): Element | null =>
  el?.shadowRoot?.querySelector(`[part~=${name}]`) ?? null;

/** Lit's development build warns on every page ("Lit is in dev mode"); production builds do not. */
const ownWarnings = (warnings: string[]): string[] =>
  warnings.filter((w) => !/Lit is in dev mode|Multiple versions of Lit loaded/.test(w));

/** A module script that uses every element and every kind of source, in the frame's realm. */
const USE_EVERY_ELEMENT = `
  const add = (tag, setup) => { const el = document.createElement(tag); el.lang = 'en'; setup(el); document.body.append(el); return el; };
  add('news-article', (el) => { el.id = 'body'; el.headline = 'Body'; el.body = '<p>One <strong>two</strong> <img src=x onerror="__xss(1)"></p>'; });
  add('news-article', (el) => { el.id = 'src'; el.setAttribute('src', '${ARTICLE}'); });
  add('news-article', (el) => {
    el.id = 'json-ld';
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({ '@type': 'NewsArticle', headline: 'JSON-LD', articleBody: '<p>Three <em>four</em></p>' });
    el.append(script);
  });
  add('related-articles', (el) => { el.id = 'items'; el.items = [{ title: 'One', url: '/1' }, { title: 'Two', url: '/2' }]; });
  add('related-articles', (el) => { el.id = 'feed'; el.setAttribute('src', '${FEED}'); });
  add('scroll-top-button', (el) => { el.id = 'top'; el.innerHTML = '<a href="#top">Top</a>'; });
`;

/** Every element of USE_EVERY_ELEMENT rendered what it was given. */
function expectEveryElementWorks(doc: Document): void {
  const get = (id: string): Element | null => doc.getElementById(id);
  expect(clean(part(get('body'), 'headline')?.textContent)).to.equal('Body');
  expect(part(get('body'), 'body')?.querySelector('strong')?.textContent).to.equal('two');
  expect(clean(part(get('src'), 'headline')?.textContent)).to.match(/أرمينيا/);
  expect(part(get('json-ld'), 'body')?.querySelector('em')?.textContent).to.equal('four');
  expect(
    [...(get('items')?.shadowRoot?.querySelectorAll('[part=title]') ?? [])].map((t) => clean(t.textContent)),
  ).to.deep.equal(['One', 'Two']);
  expect(get('feed')?.shadowRoot?.querySelectorAll('[part=item]').length, 'feed items').to.be.above(0);
  expect(get('top')?.shadowRoot?.querySelector('button'), 'the scroll-top button').to.not.equal(null);
  for (const id of ['body', 'src', 'json-ld']) {
    expect(
      auditShadow(get(id) as Element, { own: NEWS_ARTICLE_OWN, content: '[part=body]' }),
      id,
    ).to.deep.equal([]);
  }
}

describe('hostile hosts (issue 5)', function () {
  this.timeout(30_000);
  /** Frames opened by a test are removed after it; those of a `before` hook, after the suite. */
  const frames: HTMLIFrameElement[] = [];
  const suiteFrames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });
  after(() => {
    for (const frame of suiteFrames.splice(0)) frame.remove();
  });
  const open = async (options: Parameters<typeof openFrame>[0], forSuite = false): Promise<FrameWindow> => {
    const { frame, win } = await openFrame(options);
    (forSuite ? suiteFrames : frames).push(frame);
    return win;
  };

  describe('double loading', () => {
    const cases: [string, string[]][] = [
      ['the CDN bundle twice, by two URLs', [CDN, CDN_AGAIN]],
      ['the CDN bundle, then the npm build (dist/*/define.js)', [CDN, NPM_ROOT, ...NPM]],
      ['the npm build (dist/*/define.js), then the CDN bundle', [NPM_ROOT, ...NPM, CDN]],
    ];
    for (const [name, urls] of cases) {
      it(`${name}: no exception, every element works, one console warning at most`, async () => {
        const win = await open({
          module: `${urls.map((url) => `await import('${url}');`).join('\n')}\n${USE_EVERY_ELEMENT}`,
        });
        await elementsSettled(win.document);
        expect(win.__report.errors, 'errors').to.deep.equal([]);
        expect(ownWarnings(win.__report.warnings).length, 'console warnings').to.be.at.most(1);
        expect(win.__report.xss, 'script ran').to.deep.equal([]);
        expectEveryElementWorks(win.document);
      });
    }
  });

  it('registers every element when the npm build’s package root (dist/index.js) is imported', async () => {
    const win = await open({ module: `await import('${NPM_ROOT}');\n${USE_EVERY_ELEMENT}` });
    expect(win.customElements.get('news-article'), 'news-article').to.be.a('function');
    expect(win.customElements.get('related-articles'), 'related-articles').to.be.a('function');
    expect(win.customElements.get('scroll-top-button'), 'scroll-top-button').to.be.a('function');
    await elementsSettled(win.document);
    expectEveryElementWorks(win.document);
  });

  describe('a page that extends Object.prototype and Array.prototype and has its own permissive DOMPurify', () => {
    const EVIL = 'EVIL-TEXT';
    /**
     * Enumerable keys on Object.prototype, as careless code adds them: every DOMPurify option,
     * set to its most permissive value, and methods on Array.prototype. (Not the keys that would
     * break the page itself before the library is even loaded: fetch's body/method, property
     * descriptors' get/set, then, toJSON, Lit's property options.)
     */
    const POLLUTE_SANITIZER = `
      const polluted = {
        ALLOWED_TAGS: ['script', 'iframe', 'style', 'svg', 'img', 'object', 'form'],
        ALLOWED_ATTR: ['onerror', 'onload', 'onclick', 'style', 'id', 'name', 'src', 'href', 'srcdoc', 'action'],
        ADD_TAGS: ['script', 'iframe', 'style', 'svg', 'math', 'form', 'input', 'dialog'],
        ADD_ATTR: ['onerror', 'onload', 'onclick', 'style', 'id', 'name', 'srcdoc', 'formaction', 'popover'],
        FORBID_TAGS: [], FORBID_ATTR: [], FORBID_CONTENTS: [],
        ALLOWED_URI_REGEXP: /.*/, ADD_URI_SAFE_ATTR: ['href', 'src'], ADD_DATA_URI_TAGS: ['a', 'img'],
        ALLOW_UNKNOWN_PROTOCOLS: true, ALLOW_DATA_ATTR: true, ALLOW_ARIA_ATTR: true, ALLOW_SELF_CLOSE_IN_ATTR: true,
        SAFE_FOR_TEMPLATES: false, SAFE_FOR_XML: false, WHOLE_DOCUMENT: true, RETURN_DOM: true, FORCE_BODY: true,
        SANITIZE_DOM: false, SANITIZE_NAMED_PROPS: false, KEEP_CONTENT: false, IN_PLACE: true,
        USE_PROFILES: { html: true, svg: true, svgFilters: true, mathMl: true },
        CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /.*/, attributeNameCheck: /.*/, allowCustomizedBuiltInElements: true },
        PARSER_MEDIA_TYPE: 'application/xhtml+xml', NAMESPACE: 'http://www.w3.org/2000/svg',
        target: '_top', rel: 'opener', loading: 'eager', decoding: 'sync',
      };
      for (const [key, value] of Object.entries(polluted)) Object.prototype[key] = value;
      Array.prototype.evil = function () { return 'EVIL'; };
      Array.prototype.remove = function (x) { return this.filter((y) => y !== x); };
      Array.prototype.last = function () { return this[this.length - 1]; };
      window.__polluted = Object.keys(polluted);
    `;
    /** The fields of the library's models and options, and of the JSON it reads. */
    const POLLUTE_FIELDS = `
      const EVIL = '${EVIL}';
      const fields = {
        image: 'javascript:__xss("proto-image")', imageAlt: EVIL, imageCaption: EVIL, summary: EVIL,
        source: EVIL, sourceUrl: 'javascript:__xss("proto-source-url")', author: EVIL, authors: [EVIL],
        subheadline: EVIL, published: '2000-01-01', modified: '2001-01-01', bodyText: EVIL,
        articleBody: EVIL, content_html: EVIL,
        content_text: EVIL, items: [{ title: EVIL, url: '/evil' }], '@type': 'NewsArticle', '@graph': [],
        version: 'https://jsonfeed.org/version/1.1', url: 'javascript:__xss("proto-url")', link: '/evil',
        timeout: 1, maxBytes: 10, accept: 'text/evil', lang: 'x-evil', dir: 'ltr',
      };
      for (const [key, value] of Object.entries(fields)) Object.prototype[key] = value;
    `;
    /** The model's `body`: also a member of fetch()'s RequestInit, which is read through the prototype. */
    const POLLUTE_BODY = `Object.prototype.body = '<img src=x onerror=__xss("proto-body")>${EVIL}';`;

    /** Every element of USE_EVERY_ELEMENT works and shows nothing from the prototype. */
    function expectUnpolluted(win: FrameWindow): void {
      expect(win.__report.errors, 'errors').to.deep.equal([]);
      expectEveryElementWorks(win.document);
      for (const el of win.document.querySelectorAll('news-article, related-articles')) {
        expect(shadowText(el), `<${el.localName}#${el.id}>`).not.to.contain(EVIL);
        const article = el.localName === 'news-article';
        expect(
          auditShadow(el, {
            own: article ? NEWS_ARTICLE_OWN : RELATED_ARTICLES_OWN,
            content: article ? '[part=body]' : undefined,
          }),
        ).to.deep.equal([]);
        for (const img of el.shadowRoot?.querySelectorAll('img') ?? []) {
          expect(img.getAttribute('src'), 'an image from the prototype').not.to.match(/^javascript:/);
        }
      }
      expect(win.__report.xss).to.deep.equal([]);
    }
    /** The host's own DOMPurify: permissive settings and hooks that would keep anything. */
    const HOST_DOMPURIFY = `
      const { default: DOMPurify } = await import('${DOMPURIFY}');
      window.DOMPurify = DOMPurify;
      window.__hostHookCalls = 0;
      DOMPurify.setConfig({
        ADD_TAGS: ['script', 'iframe', 'style', 'svg'], ADD_ATTR: ['onerror', 'onload', 'style', 'srcdoc'],
        ALLOW_UNKNOWN_PROTOCOLS: true, ALLOWED_URI_REGEXP: /.*/, FORCE_BODY: true,
      });
      DOMPurify.addHook('uponSanitizeElement', (node, data) => { window.__hostHookCalls++; if (data.allowedTags) data.allowedTags[data.tagName] = true; });
      DOMPurify.addHook('uponSanitizeAttribute', (node, data) => { window.__hostHookCalls++; data.forceKeepAttr = true; data.keepAttr = true; });
      DOMPurify.addHook('afterSanitizeAttributes', (node) => { window.__hostHookCalls++; if (node.setAttribute) node.setAttribute('onclick', '__xss("host-hook")'); });
    `;

    for (const [variant, urls] of [
      ['the CDN bundle', [CDN]],
      ['the npm build (sharing the page’s dompurify module)', NPM],
    ] as const) {
      describe(`with ${variant}`, () => {
        let win: FrameWindow;
        const articles = new Map<string, Element>();
        const lists = new Map<string, Element>();
        const inputs = INPUTS.filter((input) => input.kind === 'html' && !input.heavy);
        const idOf = (input: SecurityInput, where: string): string => `${input.id}/proto-${where}`;

        before(async function () {
          this.timeout(60_000);
          const imports = urls.map((url) => `await import('${url}');`).join('\n');
          win = await open({ prelude: POLLUTE_SANITIZER, module: `${HOST_DOMPURIFY}\n${imports}` }, true);
          const doc = win.document;
          const stage = createHiddenStage(doc);
          for (const input of inputs) {
            const slot = doc.createElement('div');
            slot.style.cssText = 'position:absolute;inset:0;overflow:hidden';
            const article = doc.createElement('news-article') as Element & { body?: string };
            article.setAttribute('lang', 'en');
            article.body = prepare(input.value, idOf(input, 'article'));
            const list = doc.createElement('related-articles') as Element & { items?: unknown };
            list.setAttribute('lang', 'en');
            list.setAttribute('show-summary', '');
            const html = prepare(input.value, idOf(input, 'list'));
            // Items from the page's own realm, so they inherit its polluted prototypes.
            list.items = (win as unknown as { JSON: JSON }).JSON.parse(
              JSON.stringify([{ title: html, summary: html, url: '/item' }]),
            );
            slot.append(article, list);
            stage.append(slot);
            articles.set(input.id, article);
            lists.set(input.id, list);
          }
          await elementsSettled(doc, 20_000);
          await settleImages([...articles.values()]);
        });

        it('loaded with the prototypes polluted and the page’s DOMPurify in place, without errors', () => {
          expect(win.__report.errors, 'errors').to.deep.equal([]);
          expect((win.__polluted as string[]).length).to.be.above(30);
          expect(win.DOMPurify, 'window.DOMPurify is the page’s').to.be.a('function');
        });

        it('left the page’s DOMPurify as the page set it up: its hooks never ran for the library', () => {
          expect(win.__hostHookCalls, 'host hooks called by the library').to.equal(0);
          const purify = win.DOMPurify as unknown as { sanitize(html: string): string };
          expect(purify.sanitize('<img src=x onerror="y()">'), 'the page’s own settings').to.contain(
            'onerror',
          );
          expect(win.__hostHookCalls, 'the page’s hooks still run for the page').to.be.above(0);
        });

        const xssOf = (input: SecurityInput): string[] =>
          win.__report.xss.filter((id) => id.startsWith(`${input.id}/`) || !id.startsWith('#'));

        for (const group of GROUPS) {
          const list = inputs.filter((input) => input.group === group);
          if (list.length === 0) continue;
          describe(group, () => {
            for (const input of list) {
              it(`<news-article>: ${title(input.value)}`, () => {
                const article = articles.get(input.id) as Element;
                expect(xssOf(input), 'script ran').to.deep.equal([]);
                expect(
                  auditShadow(article, { own: NEWS_ARTICLE_OWN, content: '[part=body]', layout: true }),
                ).to.deep.equal([]);
                const body = part(article, 'body');
                expect(body?.querySelector('slot'), 'the body shows the content').to.equal(null);
                expect(count(body?.textContent ?? '', M), 'the harmless text').to.equal(
                  count(input.value, M),
                );
              });
              it(`<related-articles>: ${title(input.value)}`, () => {
                const related = lists.get(input.id) as Element;
                expect(xssOf(input), 'script ran').to.deep.equal([]);
                expect(auditShadow(related, { own: RELATED_ARTICLES_OWN, layout: true })).to.deep.equal([]);
                expect(count(shadowText(related, '[part=title]'), M), 'the harmless text').to.equal(
                  count(input.value, M),
                );
              });
            }
          });
        }
      });
    }

    // Keys on Object.prototype must not turn up as model fields or options: no headline lost to
    // `'content_html' in data`, no `timeout`/`maxBytes` default replaced, no inherited `image`
    // of a RelatedItem skipping safeImageUrl().
    it('shows nothing from a polluted prototype and still loads src', async () => {
      const win = await open({
        prelude: `${POLLUTE_SANITIZER}\n${POLLUTE_FIELDS}`,
        module: `await import('${CDN}');\n${USE_EVERY_ELEMENT}`,
      });
      await elementsSettled(win.document);
      expectUnpolluted(win);
    });

    // fetch() reads RequestInit members through the prototype: Object.prototype.body must not
    // turn the library's GET into an error.
    it('still loads src when Object.prototype.body is set', async () => {
      const win = await open({
        prelude: `${POLLUTE_SANITIZER}\n${POLLUTE_FIELDS}\n${POLLUTE_BODY}`,
        module: `await import('${CDN}');\n${USE_EVERY_ELEMENT}`,
      });
      await elementsSettled(win.document);
      expectUnpolluted(win);
    });
  });

  describe('aggressive host CSS', () => {
    const HOSTILE_CSS = `
      html { font-size: 10px }
      * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important;
          line-height: 3 !important; margin: 13px !important; padding: 7px !important }
      [dir] { direction: ltr !important }
      button { display: none !important }
    `;
    const BODY = `
      <news-article id="article" lang="en" headline="A headline">
        <template><p>First paragraph with <a href="/x">a link</a>.</p><p>Second paragraph.</p></template>
      </news-article>
      <news-article id="arabic" lang="ar" dir="rtl" headline="عنوان">
        <template><p>فقرة أولى مع <a href="/x">رابط</a>.</p></template>
      </news-article>
      <related-articles id="related" lang="en"><script type="application/json">[{"title":"One","url":"/1"},{"title":"Two","url":"/2"}]</script></related-articles>
      <scroll-top-button id="top" show-label label="Back to top"><a href="#top">Top</a></scroll-top-button>
    `;
    const PROPERTIES = [
      'color',
      'font-family',
      'font-size',
      'line-height',
      'font-weight',
      'margin-top',
      'margin-right',
      'margin-bottom',
      'margin-left',
      'padding-top',
      'padding-right',
      'padding-bottom',
      'padding-left',
      'direction',
      'display',
    ];
    /** Inherited properties: a page rule on the host element passes them into the shadow tree. */
    const INHERITED = ['color', 'font-family', 'line-height'];
    const TARGETS: [string, string, string][] = [
      ['article', 'headline', '<news-article> headline'],
      ['article', 'body', '<news-article> body'],
      ['article', 'body p', '<news-article> paragraph'],
      ['article', 'body a', '<news-article> link'],
      ['arabic', 'headline', '<news-article dir=rtl> headline'],
      ['arabic', 'body p', '<news-article dir=rtl> paragraph'],
      ['related', 'heading', '<related-articles> heading'],
      ['related', 'link', '<related-articles> link'],
      ['related', 'title', '<related-articles> title'],
      ['top', 'button', '<scroll-top-button> button'],
      ['top', 'label', '<scroll-top-button> label'],
    ];

    function styles(win: FrameWindow): Record<string, Record<string, string>> {
      const result: Record<string, Record<string, string>> = {};
      for (const [id, selector, name] of TARGETS) {
        const host = win.document.getElementById(id);
        const [first, ...rest] = selector.split(' ');
        const base = part(host, first as string);
        const el = rest.length ? base?.querySelector(rest.join(' ')) : base;
        const computed = el ? win.getComputedStyle(el) : undefined;
        result[name] = Object.fromEntries(
          PROPERTIES.map((p) => [p, computed?.getPropertyValue(p) ?? 'missing']),
        );
      }
      return result;
    }

    let cleanStyles: Record<string, Record<string, string>>;
    let hostileStyles: Record<string, Record<string, string>>;

    before(async () => {
      const load = async (css: string): Promise<Record<string, Record<string, string>>> => {
        const win = await open({ css, body: BODY, module: `await import('${CDN}');` }, true);
        await elementsSettled(win.document);
        return styles(win);
      };
      cleanStyles = await load('');
      hostileStyles = await load(HOSTILE_CSS);
    });

    it('renders every target on both pages', () => {
      for (const [, , name] of TARGETS) {
        expect(cleanStyles[name]?.display, `${name} on the clean page`).to.not.equal('missing');
        expect(hostileStyles[name]?.display, `${name} on the hostile page`).to.not.equal('missing');
      }
    });

    /** Not inherited from the host element: the document's `*` rule cannot reach them. */
    const BOX = PROPERTIES.filter((p) => !INHERITED.includes(p));
    const differences = (name: string, properties: string[]): string[] =>
      properties
        .filter((p) => cleanStyles[name]?.[p] !== hostileStyles[name]?.[p])
        .map((p) => `${name}: ${p}: ${cleanStyles[name]?.[p]} -> ${hostileStyles[name]?.[p]}`);

    for (const [, , name] of TARGETS) {
      it(`${name}: the same ${BOX.join(', ')} under html{font-size:10px}, *{margin;padding !important}, [dir]{direction:ltr !important}, button{display:none !important}`, () => {
        expect(differences(name, BOX)).to.deep.equal([]);
      });
    }

    // `*` matches the host element itself and a page's !important beats :host: the elements set
    // these again on their top inner elements, which no page rule reaches.
    it(`keeps ${INHERITED.join(', ')} of every target under *{color;font-family;line-height !important}`, () => {
      expect(TARGETS.flatMap(([, , name]) => differences(name, INHERITED))).to.deep.equal([]);
    });
  });

  describe('placement', () => {
    it('works inside another component’s shadow root', async () => {
      const win = await open({
        module: `
          await import('${CDN}');
          customElements.define('x-host-widget', class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'open' }).innerHTML = \`
                <news-article id="body" lang="en" headline="Body"><template><p>One <strong>two</strong></p></template></news-article>
                <related-articles id="items" lang="en"><script type="application/json">[{"title":"One","url":"/1"},{"title":"Two","url":"/2"}]<\\/script></related-articles>
                <scroll-top-button id="top"><a href="#top">Top</a></scroll-top-button>\`;
            }
          });
          document.body.append(document.createElement('x-host-widget'));
        `,
      });
      const root = win.document.querySelector('x-host-widget')?.shadowRoot as ShadowRoot;
      await elementsSettled(root);
      expect(win.__report.errors).to.deep.equal([]);
      const get = (id: string): Element | null => root.getElementById(id);
      expect(clean(part(get('body'), 'headline')?.textContent)).to.equal('Body');
      expect(part(get('body'), 'body')?.querySelector('strong')?.textContent).to.equal('two');
      expect(
        [...(get('items')?.shadowRoot?.querySelectorAll('[part=title]') ?? [])].map((t) =>
          clean(t.textContent),
        ),
      ).to.deep.equal(['One', 'Two']);
      expect(get('top')?.shadowRoot?.querySelector('button')).to.not.equal(null);
      expect(ownWarnings(win.__report.warnings)).to.deep.equal([]);
    });

    it('takes the direction and language of a dir="rtl" lang="ar" wrapper on an LTR page, and leaves <html> alone', async () => {
      const win = await open({
        html: 'lang="en" dir="ltr"',
        body: `
          <p>An English page.</p>
          <div dir="rtl" lang="ar">
            <news-article id="arabic"><template><p>أفادت الرئاسة الفرنسية لوسائل الإعلام أن البلدين يتجهان إلى هدنة.</p></template></news-article>
            <news-article id="english"><template><p>The French presidency told the press on Friday that a truce was near.</p></template></news-article>
            <related-articles id="related"><script type="application/json">[{"title":"مجلس الأمن يدعو إلى وقف إطلاق النار","url":"/1"}]</script></related-articles>
            <scroll-top-button id="top"><a href="#top">Top</a></scroll-top-button>
          </div>`,
        module: `await import('${CDN}');`,
      });
      await elementsSettled(win.document);
      const doc = win.document;
      const article = (id: string): HTMLElement => part(doc.getElementById(id), 'article') as HTMLElement;
      expect(win.getComputedStyle(article('arabic')).direction).to.equal('rtl');
      expect(article('arabic').lang).to.equal('ar');
      const nav = part(doc.getElementById('related'), 'nav') as HTMLElement;
      expect(win.getComputedStyle(nav).direction).to.equal('rtl');
      expect(clean(part(doc.getElementById('related'), 'heading')?.textContent)).to.equal('مقالات ذات صلة');
      const button = part(doc.getElementById('top'), 'button') as HTMLElement;
      expect(clean(button.textContent)).to.contain('العودة إلى الأعلى');
      // At the inline end of an RTL place: the bottom-left corner.
      const box = (doc.getElementById('top') as HTMLElement).getBoundingClientRect();
      expect(box.left, 'left half').to.be.below(400);
      expect(doc.documentElement.getAttribute('lang')).to.equal('en');
      expect(doc.documentElement.getAttribute('dir')).to.equal('ltr');
      expect(win.__report.errors).to.deep.equal([]);
    });

    // The body's text decides the direction too (README: an article whose letters are clearly of
    // the other direction keeps its own direction in a wrapper of the other).
    it('reads an English HTML body in a dir="rtl" lang="ar" wrapper left-to-right', async () => {
      const win = await open({
        html: 'lang="en" dir="ltr"',
        body: `<div dir="rtl" lang="ar"><news-article id="english"><template><p>The French presidency told the press on Friday that a truce was near.</p></template></news-article></div>`,
        module: `await import('${CDN}');`,
      });
      await elementsSettled(win.document);
      const article = part(win.document.getElementById('english'), 'article') as HTMLElement;
      expect(win.getComputedStyle(article).direction).to.equal('ltr');
    });

    it('works in an iframe: renders, and the button follows the iframe’s own scrolling', async () => {
      const win = await open({
        height: 400,
        body: `
          <main id="main" style="height: 3000px">
            <news-article id="body" lang="en" headline="In a frame"><template><p>One <strong>two</strong></p></template></news-article>
            <related-articles id="items" lang="en"><script type="application/json">[{"title":"One","url":"/1"}]</script></related-articles>
          </main>
          <scroll-top-button id="top" threshold="100"><a href="#top">Top</a></scroll-top-button>`,
        module: `await import('${CDN}');`,
      });
      await elementsSettled(win.document);
      const doc = win.document;
      expect(part(doc.getElementById('body'), 'body')?.querySelector('strong')).to.not.equal(null);
      expect(doc.getElementById('items')?.shadowRoot?.querySelectorAll('[part=item]')).to.have.length(1);
      const button = part(doc.getElementById('top'), 'button') as HTMLElement;
      const shown = (): boolean => win.getComputedStyle(button).visibility === 'visible';
      expect(shown(), 'hidden at the top').to.equal(false);
      win.scrollTo(0, 1000);
      await waitUntil(shown, 'shown after scrolling the frame', { timeout: 3000 });
      expect(win.__report.errors).to.deep.equal([]);
    });
  });
});
