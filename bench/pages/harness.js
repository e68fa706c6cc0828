// In-page side of cases 1, 2, 3 and 7: each function does one measured run and returns its
// times (performance.now(), ms). The runner (bench/run.mjs) calls them through page.evaluate,
// alternating the library and its baseline.
import '/dist/cdn/news-elements.js';
import createDOMPurify from 'dompurify';
import { html, render } from 'lit';
import { BASE_CONFIG } from '/dist/shared/sanitize-html.js';

// The library's own sanitizer configuration (the npm build's module, so the two cannot drift
// apart). The library's own rules after DOMPurify (finish(): URL checks, rel/target rules, lazy
// images, the bidi strip in links) are NOT used here: they are part of what the library costs
// over the baseline.

/** The baseline: a private instance, same config, returning a string for innerHTML. */
const purify = createDOMPurify(window);
purify.setConfig({ ...BASE_CONFIG, RETURN_DOM_FRAGMENT: false, TRUSTED_TYPES_POLICY: null });
/** The same config returning a fragment, as the library asks (breakdown only). */
const purifyFragment = createDOMPurify(window);
purifyFragment.setConfig({ ...BASE_CONFIG, TRUSTED_TYPES_POLICY: null });

const stage = document.getElementById('stage');
const now = () => performance.now();
const gc = () => globalThis.gc?.();
/** A rendering opportunity and a task: the previous run's work (style, layout, paint) is done. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let data;
let libSanitize;
let libSanitizeError;
let npmError;

async function init() {
  data = await (await fetch('/bench/gen/harness-data.json')).json();
  await Promise.all(
    ['news-article', 'related-articles', 'scroll-top-button'].map((tag) => customElements.whenDefined(tag)),
  );
  try {
    // The npm build's sanitizer (same source as the CDN bundle's), for the sanitize-only breakdown.
    ({ sanitizeHtml: libSanitize } = await import('/dist/shared/sanitize-html.js'));
  } catch (error) {
    libSanitizeError = String(error);
  }
  try {
    // The same element class from the npm build (dist/, not minified), under another tag: tells
    // the cost of the code from the cost of the CDN build's minification.
    const { NewsArticle } = await import('/dist/news-article/news-article.js');
    NewsArticle.define('npm-news-article');
    await customElements.whenDefined('npm-news-article');
  } catch (error) {
    npmError = String(error);
  }
  return {
    npmElement: !npmError,
    npmError,
    words: data.big.words,
    images: data.big.images,
    links: data.big.links,
    bodies: data.bodies.length,
    libSanitize: !!libSanitize,
    libSanitizeError,
    crossOriginIsolated: globalThis.crossOriginIsolated,
    gc: typeof globalThis.gc === 'function',
  };
}

const sheetsOf = (tag) => customElements.get(tag).elementStyles.map((style) => style.styleSheet);

/** A shadow host that adopts the element's own stylesheets, like the element's shadow root. */
function baselineHost(tag) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheetsOf(tag);
  stage.append(host);
  return { host, root };
}

const articleShell = (clean) =>
  `<article part="article" lang="ar" dir="rtl"><div class="body" part="body">${clean}</div></article>`;

/** A body that differs from run to run (nothing can be reused between runs). */
const variant = (body, i) => body.replace('</p>', ` ${i}</p>`);

// Case 1 ---------------------------------------------------------------------------------------
async function articleRender(kind, i) {
  const body = variant(data.big.html, i);
  if (kind === 'lib' || kind === 'lib-npm') {
    const el = document.createElement(kind === 'lib' ? 'news-article' : 'npm-news-article');
    el.setAttribute('lang', 'ar');
    stage.append(el);
    await el.updateComplete;
    gc();
    await settle();
    const t0 = now();
    el.body = body;
    await el.updateComplete;
    const t1 = now();
    void el.offsetHeight;
    const t2 = now();
    const check = {
      images: el.shadowRoot.querySelectorAll('.body img').length,
      links: el.shadowRoot.querySelectorAll('.body a').length,
      height: el.offsetHeight,
    };
    el.remove();
    return { script: t1 - t0, total: t2 - t0, check };
  }
  if (kind === 'base') {
    const { host, root } = baselineHost('news-article');
    gc();
    await settle();
    const t0 = now();
    root.innerHTML = articleShell(purify.sanitize(body));
    const t1 = now();
    void host.offsetHeight;
    const t2 = now();
    const check = {
      images: root.querySelectorAll('.body img').length,
      links: root.querySelectorAll('.body a').length,
      height: host.offsetHeight,
    };
    host.remove();
    return { script: t1 - t0, total: t2 - t0, check };
  }
  if (kind === 'lib-sanitize-insert') {
    // The library's sanitizer, then its nodes inserted as the element does (a .body container
    // in a shadow root), without Lit or the element: what the element adds is lib minus this.
    if (!libSanitize) throw new Error(`dist/shared/sanitize-html.js did not load: ${libSanitizeError}`);
    const { host, root } = baselineHost('news-article');
    root.innerHTML = articleShell('');
    const article = root.querySelector('article');
    article.textContent = '';
    gc();
    await settle();
    const t0 = now();
    const container = document.createElement('div');
    container.className = 'body';
    container.setAttribute('part', 'body');
    container.append(libSanitize(body));
    article.append(container);
    const t1 = now();
    void host.offsetHeight;
    const t2 = now();
    host.remove();
    return { script: t1 - t0, total: t2 - t0 };
  }
  // Breakdown: sanitizing alone.
  gc();
  await settle();
  const t0 = now();
  if (kind === 'lib-sanitize') {
    if (!libSanitize) throw new Error(`dist/shared/sanitize-html.js did not load: ${libSanitizeError}`);
    libSanitize(body);
  } else if (kind === 'base-sanitize') {
    purify.sanitize(body);
  } else if (kind === 'base-sanitize-fragment') {
    purifyFragment.sanitize(body);
  } else {
    throw new Error(`unknown kind ${kind}`);
  }
  const t1 = now();
  return { script: t1 - t0, total: t1 - t0 };
}

// Case 2 ---------------------------------------------------------------------------------------
async function articleUpdate(kind, i) {
  const bodies = data.bodies.map((body) => variant(body, i));
  let script = 0;
  if (kind === 'lib' || kind === 'lib-npm') {
    const el = document.createElement(kind === 'lib' ? 'news-article' : 'npm-news-article');
    el.setAttribute('lang', 'ar');
    stage.append(el);
    await el.updateComplete;
    gc();
    await settle();
    const t0 = now();
    for (const body of bodies) {
      const a = now();
      el.body = body;
      await el.updateComplete;
      script += now() - a;
      void el.offsetHeight;
    }
    const total = now() - t0;
    const check = { text: el.shadowRoot.querySelector('.body')?.textContent.includes(`${bodies.length}`) };
    el.remove();
    return { script, total, check };
  }
  const { host, root } = baselineHost('news-article');
  gc();
  await settle();
  const t0 = now();
  for (const body of bodies) {
    const a = now();
    root.innerHTML = articleShell(purify.sanitize(body));
    script += now() - a;
    void host.offsetHeight;
  }
  const total = now() - t0;
  host.remove();
  return { script, total };
}

// Case 3 ---------------------------------------------------------------------------------------
const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const dateFormat = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric' });

/** The hand-written baseline: fetch, DOMParser, the first `count` items, a Lit template. */
function baselineItems(text, count) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const channel = doc.getElementsByTagName('channel')[0];
  const source = channel.getElementsByTagName('title')[0]?.textContent.trim();
  return [...doc.getElementsByTagName('item')].slice(0, count).map((item) => {
    const published = new Date(item.getElementsByTagName('pubDate')[0]?.textContent.trim());
    return {
      title: item.getElementsByTagName('title')[0]?.textContent.trim(),
      url: item.getElementsByTagName('link')[0]?.textContent.trim(),
      image: item.getElementsByTagNameNS(MEDIA_NS, 'thumbnail')[0]?.getAttribute('url'),
      published,
      source,
    };
  });
}

const fullItem = (item) =>
  html`<li part="item">
    <a part="link" href=${item.url}
      ><img class="thumb" part="image" src=${item.image} alt="" loading="lazy" decoding="async" /><span
        class="text"
        ><bdi class="title" part="title">${item.title}</bdi
        ><span class="meta"
          ><bdi part="source">${item.source}</bdi
          ><span part="date"
            ><time datetime=${item.published.toISOString()}>${dateFormat.format(item.published)}</time></span
          ></span
        ></span
      ></a
    >
  </li>`;
const linkItem = (item) =>
  html`<li part="item">
    <a part="link" href=${item.url}
      ><span class="text"><bdi class="title" part="title">${item.title}</bdi></span></a
    >
  </li>`;
const listTemplate = (items, links) =>
  html`<nav part="nav" class="auto" lang="ar" dir="rtl" aria-labelledby="h">
    <h2 class="heading" part="heading" id="h">مقالات ذات صلة</h2>
    <ul part="list">
      ${items.map(links ? linkItem : fullItem)}
    </ul>
  </nav>`;

async function relatedList(kind, i, count) {
  const url = `/bench/gen/related-200.rss?run=${i}`;
  const links = kind.endsWith('-links');
  if (kind.startsWith('lib')) {
    const el = document.createElement('related-articles');
    el.setAttribute('max', '200');
    if (links) {
      for (const name of ['hide-images', 'hide-dates', 'hide-source']) el.setAttribute(name, '');
    }
    stage.append(el);
    await el.updateComplete;
    gc();
    await settle();
    const t0 = now();
    const loaded = new Promise((resolve, reject) => {
      el.addEventListener('load', resolve, { once: true });
      el.addEventListener(
        'error',
        (event) => reject(new Error(`related-articles error: ${event.detail?.code}`)),
        {
          once: true,
        },
      );
    });
    el.src = url;
    await loaded;
    await el.updateComplete;
    const t1 = now();
    void el.offsetHeight;
    const t2 = now();
    const shown = el.shadowRoot.querySelectorAll('li').length;
    el.remove();
    return { script: t1 - t0, total: t2 - t0, check: { shown } };
  }
  const { host, root } = baselineHost('related-articles');
  gc();
  await settle();
  const t0 = now();
  const response = await fetch(url, { credentials: 'omit' });
  const text = await response.text();
  render(listTemplate(baselineItems(text, count), links), root);
  const t1 = now();
  void host.offsetHeight;
  const t2 = now();
  const shown = root.querySelectorAll('li').length;
  host.remove();
  return { script: t1 - t0, total: t2 - t0, check: { shown } };
}

// Case 7 ---------------------------------------------------------------------------------------
/** `n` create/attach/render/remove cycles of one element (or the plain DOM baseline). */
async function cycles(kind, n) {
  const t0 = now();
  for (let i = 0; i < n; i++) {
    if (kind === 'news-article') {
      const el = document.createElement('news-article');
      el.setAttribute('headline', data.sample.headline);
      el.setAttribute('source', data.sample.source);
      el.setAttribute('published', data.sample.published);
      el.setAttribute('lang', 'ar');
      el.body = data.sample.body;
      stage.append(el);
      await el.updateComplete;
      el.remove();
    } else if (kind === 'related-articles') {
      const el = document.createElement('related-articles');
      el.items = data.relatedItems;
      stage.append(el);
      await el.updateComplete;
      el.remove();
    } else if (kind === 'scroll-top-button') {
      const el = document.createElement('scroll-top-button');
      el.innerHTML = '<a href="#top">Back to top</a>';
      stage.append(el);
      await el.updateComplete;
      el.remove();
    } else if (kind === 'baseline') {
      const { host, root } = baselineHost('news-article');
      root.innerHTML = articleShell(purify.sanitize(data.sample.body));
      host.remove();
    } else {
      throw new Error(`unknown kind ${kind}`);
    }
    // Let tasks queued by the cycle run now and then (observers, timers), as on a real page.
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await settle();
  return { ms: now() - t0, stage: stage.childNodes.length };
}

window.bench = { ready: init(), articleRender, articleUpdate, relatedList, cycles };
