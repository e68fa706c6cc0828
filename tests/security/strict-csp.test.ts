// Issue 5, part 2: the built CDN bundle (dist/cdn, `npm run build` first) under a strict
// Content-Security-Policy with Trusted Types enforced:
//   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';
//   base-uri 'none'; require-trusted-types-for 'script'; trusted-types <variant>
// sent as a header by web-test-runner.config.mjs for tests/fixtures/security/csp/*.html?csp=<variant>.
// Inline scripts are forbidden there, so the pages run external scripts (hooks.js records
// violations, warnings and errors; main.js sets the scenario up) and this test reads the frame.
import { expect, waitUntil } from '@open-wc/testing';
import { NEWS_ARTICLE_OWN, RELATED_ARTICLES_OWN, auditShadow } from '../fixtures/security/audit.js';

interface Report {
  violations: string[];
  warnings: string[];
  errors: string[];
  xss: number;
  secondCopy: string;
  started?: boolean;
}

interface Shown {
  tag: string;
  error: string | null;
  headline: string;
  /** Paragraphs of the rendered body (not the fallback). */
  paragraphs: string[];
  /** Elements inside the rendered body other than paragraphs (strong, a, img, ...). */
  markup: number;
  /** The body shows the page's own markup (the slot). */
  fallback: boolean;
  titles: string[];
  button: boolean;
  /** The host's computed position (fixed for the button when its styles apply). */
  position: string;
  /** `<style nonce>` elements in the shadow root (Lit's fallback without adoptedStyleSheets). */
  nonceStyles: number;
  /** Everything visible in the shadow root and the slotted light DOM. */
  text: string;
  problems: string[];
}

interface Page {
  report: Report;
  elements: Record<string, Shown>;
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function read(el: Element): Shown {
  const root = el.shadowRoot;
  const body = root?.querySelector('[part=body]');
  const fallback = body?.querySelector('slot') !== null && body !== null && body !== undefined;
  const own = el.localName === 'news-article' ? NEWS_ARTICLE_OWN : RELATED_ARTICLES_OWN;
  return {
    tag: el.localName,
    error: root?.querySelector('[part=error]')?.textContent?.trim() ?? null,
    headline: clean(root?.querySelector('[part=headline]')?.textContent),
    paragraphs: fallback ? [] : [...(body?.querySelectorAll('p') ?? [])].map((p) => clean(p.textContent)),
    markup: fallback ? 0 : (body?.querySelectorAll('*:not(p)').length ?? 0),
    fallback,
    titles: [...(root?.querySelectorAll('[part=title]') ?? [])].map((t) => clean(t.textContent)),
    button: root?.querySelector('button') !== null && root?.querySelector('button') !== undefined,
    position: el.ownerDocument.defaultView?.getComputedStyle(el).position ?? '',
    nonceStyles: root?.querySelectorAll('style[nonce]').length ?? 0,
    text: clean(`${root?.textContent ?? ''} ${fallback ? (el.textContent ?? '') : ''}`),
    problems:
      el.localName === 'scroll-top-button'
        ? []
        : withoutLitStyles(
            root,
            auditShadow(el, {
              own,
              content: el.localName === 'news-article' ? '[part=body]' : undefined,
              layout: true,
            }),
          ),
  };
}

/**
 * Without constructable stylesheets Lit appends its own `<style nonce>` elements to the shadow
 * root: those (direct children of the root, with a nonce, which no content style has) are the
 * elements' own styles, not content.
 */
function withoutLitStyles(root: ShadowRoot | null, problems: string[]): string[] {
  const lit = [...(root?.children ?? [])].filter(
    (child) => child.localName === 'style' && child.hasAttribute('nonce'),
  ).length;
  if (!lit) return problems;
  let skipped = 0;
  return problems.filter((problem) => {
    if (problem === `${lit} style sheet(s) from elements in the shadow root`) return false;
    if (problem.startsWith('<style nonce=') && skipped < lit) return (skipped++, false);
    return true;
  });
}

/** Loads a page of tests/fixtures/security/csp/ in an iframe and reads what it rendered. */
async function openPage(file: string, csp: string, scenario = 'all'): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText =
    'position:fixed;left:0;top:0;width:800px;height:600px;opacity:0.01;pointer-events:none';
  frame.src = `/tests/fixtures/security/csp/${file}?csp=${csp}&scenario=${scenario}`;
  document.body.append(frame);
  try {
    const win = (): (Window & { __report?: Report }) | null =>
      frame.contentWindow as Window & { __report?: Report };
    const elements = (): Element[] => [
      ...(frame.contentDocument?.querySelectorAll('news-article, related-articles, scroll-top-button') ?? []),
    ];
    const settled = (el: Element): boolean =>
      el.localName === 'scroll-top-button'
        ? !!el.shadowRoot?.querySelector('button')
        : !!el.shadowRoot?.querySelector('[aria-busy="false"]');
    await waitUntil(
      () =>
        frame.contentDocument?.readyState === 'complete' &&
        win()?.__report &&
        elements().length > 0 &&
        elements().every(settled) &&
        (scenario !== 'two-copies' || win()?.__report?.secondCopy !== 'not loaded'),
      'every element rendered',
      { timeout: 8000 },
    );
    // Late events: images failing, violations reported asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const report = win()?.__report as Report;
    const shown: Record<string, Shown> = {};
    for (const el of elements()) shown[el.id] = read(el);
    return { report: structuredClone(report), elements: shown };
  } finally {
    frame.remove();
  }
}

const ARTICLES: Record<string, { headline: string; paragraphs: string[] }> = {
  body: { headline: 'From the body property', paragraphs: ['Body property.', 'Second paragraph.'] },
  'src-json': {
    headline: 'From src (article JSON)',
    paragraphs: ['Article JSON body.', 'Second paragraph.'],
  },
  'src-json-ld': { headline: 'From src (JSON-LD)', paragraphs: ['JSON-LD src body.', 'Second paragraph.'] },
  'src-json-feed': {
    headline: 'From src (JSON Feed item)',
    paragraphs: ['JSON Feed item body.', 'Second paragraph.'],
  },
  'inline-json-ld': {
    headline: 'From inline JSON-LD',
    paragraphs: ['Inline JSON-LD body.', 'Second paragraph.'],
  },
  template: { headline: 'From a template', paragraphs: ['Template body.', 'Second paragraph.'] },
};

const LISTS: Record<string, string[]> = {
  rss: ['RSS one', 'RSS two'],
  atom: ['Atom one', 'Atom two'],
  'json-feed': ['JSON Feed one', 'JSON Feed two'],
  'inline-json': ['Inline one', 'Inline two'],
  items: ['Item one', 'Item two'],
  links: ['Link one', 'Link two'],
};

/** Every element rendered every source; `html`: with the sanitized markup, else as text only. */
function expectRendered(page: Page, html: boolean, lists: Record<string, string[]> = LISTS): void {
  const { elements, report } = page;
  expect(report.errors, 'errors in the page').to.deep.equal([]);
  expect(report.xss, 'script from the content ran').to.equal(0);
  for (const [id, shown] of Object.entries(elements)) {
    expect(shown.problems, `${id}: shadow DOM`).to.deep.equal([]);
    expect(shown.text, `${id} is blank`).not.to.equal('');
  }
  if (elements.attributes) {
    expect(elements.attributes.headline).to.equal('From attributes');
    expect(elements.attributes.fallback, 'the page markup as the body').to.equal(true);
    expect(elements.attributes.text).to.contain("The page's own markup: the body.");
  }
  for (const [id, expected] of Object.entries(ARTICLES)) {
    if (!elements[id]) continue;
    const shown = elements[id] as Shown;
    expect(shown.error, `${id}: error`).to.equal(null);
    expect(shown.headline, `${id}: headline`).to.equal(expected.headline);
    expect(shown.paragraphs, `${id}: body`).to.deep.equal(expected.paragraphs);
    if (html) expect(shown.markup, `${id}: sanitized markup kept`).to.be.above(0);
    else expect(shown.markup, `${id}: text only`).to.equal(0);
  }
  for (const [id, titles] of Object.entries(lists)) {
    if (!elements[id]) continue;
    expect(elements[id]?.error, `${id}: error`).to.equal(null);
    expect(elements[id]?.titles, `${id}: titles`).to.deep.equal(titles);
  }
  expect(elements['scroll-top']?.button, 'the scroll-top button').to.equal(true);
}

const isTrustedTypes = (violation: string): boolean =>
  /^(trusted-types|require-trusted-types-for)\b/.test(violation);

describe('strict CSP with Trusted Types (issue 5, dist/cdn)', function () {
  this.timeout(20_000);

  before(function () {
    if (!('trustedTypes' in window)) this.skip(); // the engine has no Trusted Types
  });

  it('renders every source of all three elements with no violation (trusted-types news-elements lit-html)', async () => {
    const page = await openPage('page.html', 'strict');
    expectRendered(page, true);
    expect(page.report.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(page.report.warnings, 'console warnings').to.deep.equal([]);
  });

  // Chromium reports a content's inline handlers and styles as violations even while parsing it
  // into an inert document: they are renamed before any parser sees them (quiet-inline-code.ts).
  it('reports no violation at all while it parses hostile content (inline handlers and styles included)', async () => {
    for (const file of ['page.html', 'related.html']) {
      const page = await openPage(file, 'strict');
      expect(page.report.violations, `${file}: securitypolicyviolation events`).to.deep.equal([]);
    }
  });

  // DOMParser is a Trusted Types sink even for XML: without our policy RSS and Atom are fetched
  // again through XMLHttpRequest, whose responseXML is parsed without a sink.
  it('renders text only (RSS and Atom included), never blank, and names the policy once, without news-elements in trusted-types', async () => {
    const page = await openPage('page.html', 'no-policy');
    expectRendered(page, false);
    expect(page.report.violations.filter((v) => !isTrustedTypes(v))).to.deep.equal([]);
    const named = page.report.warnings.filter((w) => w.includes('"news-elements"'));
    expect(named, 'a console warning naming the policy').to.have.length(1);
  });

  it('renders <related-articles> alone (text-only bundle) with no violation', async () => {
    const page = await openPage('related.html', 'strict');
    expectRendered(page, true);
    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.warnings).to.deep.equal([]);
  });

  it('renders <related-articles> alone as text, never blank, without news-elements in trusted-types', async () => {
    const page = await openPage('related.html', 'no-policy');
    expectRendered(page, false);
    expect(page.report.violations.filter((v) => !isTrustedTypes(v))).to.deep.equal([]);
  });

  // The warning is decided where the 'blocked' state is (resolvePolicy), once per page: a page
  // with only the text-only bundle is told which policy to allow too.
  it('names the policy in the console when only <related-articles> is on the page', async () => {
    const page = await openPage('related.html', 'no-policy');
    expect(
      page.report.warnings.filter((w) => w.includes('"news-elements"')),
      'a console warning naming the policy',
    ).to.have.length(1);
  });

  it("renders with <style nonce> where constructable stylesheets are missing (style-src 'nonce-…', window.litNonce)", async () => {
    const page = await openPage('page.html', 'nonce', 'nonce');
    expectRendered(page, true);
    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.warnings).to.deep.equal([]);
    for (const [id, shown] of Object.entries(page.elements)) {
      expect(shown.nonceStyles, `${id}: <style nonce> in its shadow root`).to.be.above(0);
    }
    expect(page.elements['scroll-top']?.position, 'the button styled (position: fixed)').to.equal('fixed');
  });

  it("loads a second copy of the bundle with 'allow-duplicates': no exception, no violation, every element works", async () => {
    const page = await openPage('page.html', 'duplicates', 'two-copies');
    expect(page.report.secondCopy).to.equal('loaded');
    expectRendered(page, true);
    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.warnings.length, 'console warnings').to.be.at.most(1);
  });

  it("keeps every element of the first copy working when a second copy loads without 'allow-duplicates'", async () => {
    const page = await openPage('page.html', 'strict', 'two-copies');
    expectRendered(page, true);
    // The second copy's Lit cannot create its `lit-html` policy again, so that import fails:
    // the one violation SECURITY.md warns about ("add 'allow-duplicates' if two copies of Lit
    // can load"). (WebKit allows the duplicate name.) The library's own policy is shared between
    // copies and never created twice.
    expect(page.report.secondCopy).to.match(/^(loaded$|failed: .*lit-html)/);
    const violations = page.report.violations.map((v) => v.split(' ').slice(0, 3).join(' '));
    expect(violations).to.deep.equal(
      page.report.secondCopy === 'loaded' ? [] : ['trusted-types trusted-types-policy lit-html'],
    );
    expect(page.report.warnings.length, 'console warnings').to.be.at.most(1);
  });

  it('renders HTML through a host policy given with setTrustedTypesPolicy() (trusted-types my-news lit-html), no violation', async () => {
    const page = await openPage('page.html', 'host', 'host');
    expectRendered(page, true);
    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.warnings).to.deep.equal([]);
  });
});
