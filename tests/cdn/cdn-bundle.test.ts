// Runs against the built CDN bundle (dist/cdn), as a publisher's page would load it.
import { expect, waitUntil } from '@open-wc/testing';
import { sample } from '../fixtures/sample.js';

const CDN = '/dist/cdn/news-elements.js';

interface LoadedArticle extends HTMLElement {
  updateComplete: Promise<boolean>;
  body: string;
}

const shadowText = (el: Element, selector: string): string =>
  (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Every module an entry loads, with the specifiers each one imports; `upFront`: only through
 * static imports (what loads with the entry, before any import() on demand).
 */
async function moduleGraph(entry: string, { upFront = false } = {}): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (graph.has(url)) continue;
    const code = await (await fetch(url)).text();
    // Static imports and dynamic import() (lazy chunks), quoted either way.
    const pattern = upFront
      ? /(?:\bimport|\bfrom)\s*["'`]([^"'`]+)["'`]/g
      : /(?:import|from)\s*\(?\s*["'`]([^"'`]+)["'`]/g;
    const specifiers = [...code.matchAll(pattern)].map((m) => m[1] as string);
    graph.set(url, specifiers);
    for (const specifier of specifiers) {
      if (/^\.{1,2}\//.test(specifier)) queue.push(new URL(specifier, new URL(url, location.href)).pathname);
    }
  }
  return graph;
}

describe('dist/cdn/news-elements.js', () => {
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;
  before(async () => {
    console.warn = (...args: unknown[]) => void warnings.push(args);
    await import(/* @vite-ignore */ CDN);
  });
  after(() => (console.warn = originalWarn));

  it('registers every element', () => {
    expect(customElements.get('news-article')).to.be.a('function');
    expect(customElements.get('related-articles')).to.be.a('function');
    expect(customElements.get('scroll-top-button')).to.be.a('function');
  });

  it('loads the scroll script only for a button that needs one (RTL and LTR)', async () => {
    const loaded = (): boolean =>
      performance.getEntriesByType('resource').some((entry) => /\/scroll-script-[^/]*\.js$/.test(entry.name));
    const plain = document.createElement('scroll-top-button');
    plain.setAttribute('dir', 'rtl');
    plain.setAttribute('lang', 'ar');
    const labelled = document.createElement('scroll-top-button');
    labelled.setAttribute('dir', 'ltr');
    labelled.setAttribute('show-label', '');
    document.body.append(plain, labelled);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Thresholds on the window are IntersectionObservers: nothing more to download.
    expect(loaded()).to.equal(false);
    const following = document.createElement('scroll-top-button');
    following.setAttribute('progress', '');
    following.setAttribute('progress-target', 'body');
    document.body.append(following);
    await waitUntil(loaded, 'a ring that follows an element loads the scroll script', { timeout: 5000 });
    plain.remove();
    labelled.remove();
    following.remove();
  });
  it('shows the sample RSS feed as related articles', async () => {
    const el = document.createElement('related-articles');
    el.setAttribute('src', '/tests/fixtures/feeds/related.rss');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part=list]'), 'the list renders', { timeout: 5000 });
    expect(shadowText(el, '[part=heading]')).to.equal('مقالات ذات صلة');
    expect(el.shadowRoot?.querySelectorAll('[part=item]')).to.have.length(6);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('loads the words of a Hebrew or French page from the CDN chunks beside it (RTL and LTR)', async () => {
    for (const [lang, heading, published] of [
      ['he', 'כתבות קשורות', 'פורסם'],
      ['fr', 'Articles liés', 'Publié'],
    ]) {
      const host = document.createElement('div');
      host.lang = lang as string;
      const list = document.createElement('related-articles') as HTMLElement & { items: unknown };
      list.items = [{ title: lang === 'he' ? 'כותרת' : 'Titre', url: 'https://example.com/1' }];
      const article = document.createElement('news-article') as unknown as LoadedArticle;
      article.setAttribute('headline', lang === 'he' ? 'כותרת הכתבה' : 'Le titre de l’article');
      article.setAttribute('published', '2020-10-09T11:00:00Z');
      host.append(list, article);
      document.body.append(host);
      await (list as unknown as LoadedArticle).updateComplete;
      await article.updateComplete;
      expect(shadowText(list, '[part=heading]'), lang).to.equal(heading);
      expect(shadowText(article, '.published'), lang).to.contain(published as string);
      await expect(list).to.be.accessible();
      await expect(article).to.be.accessible();
      host.remove();
    }
  });

  it('is self-contained: no bare imports in any entry or chunk', async () => {
    for (const entry of [
      CDN,
      '/dist/cdn/news-article.js',
      '/dist/cdn/related-articles.js',
      '/dist/cdn/scroll-top-button.js',
    ]) {
      const graph = await moduleGraph(entry);
      expect(graph.size).to.be.greaterThan(1);
      for (const specifiers of graph.values()) {
        for (const specifier of specifiers) expect(specifier).to.match(/^\.{1,2}\//);
      }
    }
  });

  it('has no chunk that imports an entry: `related-articles.js?ver=6` (as WordPress writes it) loads it once', async () => {
    const entries = ['news-elements', 'news-article', 'related-articles', 'scroll-top-button'].map(
      (name) => `/dist/cdn/${name}.js`,
    );
    for (const entry of entries) {
      for (const [url, specifiers] of await moduleGraph(entry)) {
        if (!url.includes('/chunks/')) continue;
        const imported = specifiers.map(
          (specifier) => new URL(specifier, new URL(url, location.href)).pathname,
        );
        expect(
          imported.filter((path) => entries.includes(path)),
          url,
        ).to.deep.equal([]);
      }
    }
  });

  it('keeps DOMPurify out of related-articles and scroll-top-button (text only) and in news-article, on demand', async () => {
    const code = async (entry: string, upFront = false): Promise<string> => {
      const files = [...(await moduleGraph(entry, { upFront })).keys()];
      return (await Promise.all(files.map(async (file) => (await fetch(file)).text()))).join('\n');
    };
    expect(await code('/dist/cdn/related-articles.js')).to.not.match(/dompurify/i);
    expect(await code('/dist/cdn/scroll-top-button.js')).to.not.match(/dompurify/i);
    expect(await code('/dist/cdn/news-article.js')).to.match(/dompurify/i);
    // Loaded with the first HTML to show, not with the entry.
    expect(await code('/dist/cdn/news-article.js', true)).to.not.match(/dompurify/i);
    expect(await code(CDN, true)).to.not.match(/dompurify/i);
  });

  it('shows the sample from <news-article src="article.json">: RTL, heading, every paragraph, source', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<news-article src="/tests/fixtures/sample-article.json"></news-article>';
    document.body.append(host);
    const el = host.firstElementChild as LoadedArticle;
    await waitUntil(() => shadowText(el, '[part=headline]') !== '', 'the article renders', { timeout: 5000 });
    const article = el.shadowRoot?.querySelector('article') as HTMLElement;
    expect(article.getAttribute('dir')).to.equal('rtl');
    const headline = el.shadowRoot?.querySelector('[part=headline]') as HTMLElement;
    expect(headline.localName).to.equal('h2');
    expect(headline.textContent?.trim()).to.equal(sample.headline);
    const paragraphs = [...(el.shadowRoot?.querySelectorAll('[part=body] p') ?? [])].map((p) =>
      p.textContent?.trim(),
    );
    expect(paragraphs).to.deep.equal([...sample.paragraphs]);
    expect(shadowText(el, '[part=source]')).to.equal(sample.source);
    expect(getComputedStyle(article).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    host.remove();
  });

  it('runs no script from a malicious body', async () => {
    const w = window as unknown as { __cdnXss?: number };
    w.__cdnXss = 0;
    const el = document.createElement('news-article') as LoadedArticle;
    document.body.append(el);
    el.body =
      '<p>Safe text</p><img src=x onerror="window.__cdnXss++"><script>window.__cdnXss++</script>' +
      '<svg onload="window.__cdnXss++"></svg><a href="javascript:window.__cdnXss++">link</a>' +
      '<iframe srcdoc="<script>parent.__cdnXss++</script>"></iframe>';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    (el.shadowRoot?.querySelector('a') as HTMLAnchorElement | null)?.click();
    expect(w.__cdnXss).to.equal(0);
    expect(shadowText(el, '[part=body]')).to.contain('Safe text');
    expect(el.shadowRoot?.querySelector('[part=body] a')?.hasAttribute('href')).to.equal(false);
    el.remove();
  });

  it('can be loaded twice, and beside the npm build, without throwing or warning', async () => {
    await import(/* @vite-ignore */ `${CDN}?copy=2`);
    // Paths in variables: these files exist only after the build, so TypeScript must not resolve them.
    const copy = '/dist/cdn/news-article.js?copy=3';
    const npmBuild = '/dist/index.js';
    await import(/* @vite-ignore */ copy);
    await import(/* @vite-ignore */ npmBuild);
    expect(warnings.filter((w) => String(w[0]).includes('news-elements'))).to.have.length(0);
  });
});

describe('dist/index.js (the npm build)', () => {
  it('registers every element when the package root is imported', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module">
      await import('${location.origin}/dist/index.js');
      window.__tags = ['news-article', 'related-articles', 'scroll-top-button'].map((t) => !!customElements.get(t));
    </script>`;
    document.body.append(frame);
    const win = (): (Window & { __tags?: boolean[] }) | null => frame.contentWindow as never;
    await waitUntil(() => win()?.__tags, 'the npm build loaded', { timeout: 5000 });
    expect(win()?.__tags).to.deep.equal([true, true, true]);
    frame.remove();
  });
});
