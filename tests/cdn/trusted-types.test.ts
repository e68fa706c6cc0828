// Enforced Trusted Types: the bundle renders sanitized HTML through its `news-elements` policy, and
// falls back to plain text (with a console warning naming the policy) when the page does not allow it.
import { expect, waitUntil } from '@open-wc/testing';

interface FrameResult {
  paragraphs: string[];
  strong: number;
  warnings: string[];
  violations: string[];
  xss: number;
}

/** Loads the CDN bundle in a same-origin frame whose CSP enforces Trusted Types. */
async function renderUnderCsp(trustedTypes: string): Promise<FrameResult> {
  const frame = document.createElement('iframe');
  const csp = `require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
  frame.srcdoc = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    </head><body><news-article lang="en" headline="Under CSP"></news-article>
    <script type="module">
      window.__warnings = []; window.__violations = []; window.__xss = 0; window.__errors = [];
      window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
      const warn = console.warn; console.warn = (...a) => { window.__warnings.push(String(a[0])); warn(...a); };
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
      await import('${location.origin}/dist/cdn/news-elements.js'); // absolute: WebKit resolves srcdoc imports against about:srcdoc
      const el = document.querySelector('news-article');
      el.body = '<p>One <strong>bold</strong></p><p>Two</p><img src=x onerror="window.__xss++">';
      await el.updateComplete;
      window.__done = true;
    </script></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & Record<string, unknown>) | null;
  await waitUntil(
    () => win()?.__done === true || (win()?.__errors as string[] | undefined)?.length,
    'frame rendered',
    {
      timeout: 5000,
    },
  );
  expect(win()?.__errors, 'errors in the frame').to.deep.equal([]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const el = frame.contentDocument?.querySelector('news-article');
  const root = el?.shadowRoot;
  const result: FrameResult = {
    paragraphs: [...(root?.querySelectorAll('[part=body] p') ?? [])].map((p) => p.textContent?.trim() ?? ''),
    strong: root?.querySelectorAll('[part=body] strong').length ?? 0,
    warnings: win()?.__warnings as string[],
    violations: win()?.__violations as string[],
    xss: win()?.__xss as number,
  };
  frame.remove();
  return result;
}

describe('Trusted Types (enforced)', function () {
  before(function () {
    if (!('trustedTypes' in window)) this.skip(); // the engine has no Trusted Types
  });

  it('renders sanitized HTML with the news-elements and lit-html policies allowed, no violation', async () => {
    const result = await renderUnderCsp('news-elements lit-html');
    expect(result.paragraphs).to.deep.equal(['One bold', 'Two']);
    expect(result.strong).to.equal(1);
    expect(result.violations).to.deep.equal([]);
    expect(result.xss).to.equal(0);
  });

  it('renders text only and names the policy when news-elements is not allowed', async () => {
    const result = await renderUnderCsp('lit-html');
    expect(result.paragraphs).to.deep.equal(['One bold', 'Two']);
    expect(result.strong).to.equal(0);
    expect(result.xss).to.equal(0);
    expect(result.warnings.some((w) => w.includes('"news-elements" is not allowed'))).to.equal(true);
  });
});
