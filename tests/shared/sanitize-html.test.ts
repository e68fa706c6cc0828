import { LoadError } from '../../src/shared/load-error.js';
import { expect } from '@open-wc/testing';
// Registered, so a <news-article> that slipped through would upgrade into a nested widget.
import '../../src/news-article/define.js';
import { MAX_HTML_LENGTH, htmlToText, sanitizeHtml } from '../../src/shared/sanitize-html.js';
import { textParagraphs } from '../../src/shared/text-paragraphs.js';
import { DEFAULT_LIMITS } from '../../src/shared/limits.js';

const MAX_NESTING_DEPTH = DEFAULT_LIMITS.maxNestingDepth;
import {
  ALLOWED_TAGS,
  CASES,
  MARKER,
  RULES,
  XssSpy,
  createSlot,
  createStage,
  defineEvilElements,
  expectSafe,
  settle,
  title,
  withId,
} from '../fixtures/malicious/attacks.js';

const M = MARKER;

describe('sanitizeHtml: malicious input', () => {
  const spy = new XssSpy();
  const outputs = new Map<string, HTMLElement>();
  let stage: HTMLElement;

  // All inputs are sanitized and inserted into the page up front, then given one chance (every
  // image loaded or failed, plus a few ticks) to run handlers; each test then checks its own.
  before(async () => {
    spy.install();
    defineEvilElements();
    stage = createStage();
    for (const { attack, id } of CASES) {
      const fragment = sanitizeHtml(withId(attack.html, id));
      expect(fragment, id).to.be.instanceOf(DocumentFragment);
      const slot = createSlot(stage);
      slot.append(fragment);
      outputs.set(id, slot);
    }
    await settle(stage);
  });

  after(() => {
    stage.remove();
    spy.uninstall();
  });

  for (const rule of RULES) {
    describe(rule.name, () => {
      for (const { attack, id } of CASES.filter((c) => c.rule === rule.name)) {
        it(title(attack.html), () => {
          const output = outputs.get(id) as HTMLElement;
          spy.expectNone(id);
          expectSafe(output, attack.html);
          attack.check?.(output);
        });
      }
    });
  }
});

describe('sanitizeHtml: what it keeps', () => {
  it('keeps every allowed element, and the attributes news content needs', () => {
    const html =
      `<h2 lang="en" dir="ltr">${M}</h2><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6>` +
      `<p>p <strong>strong</strong> <em>em</em> <b>b</b> <i>i</i> <u>u</u> <s>s</s> <mark>mark</mark> ` +
      `<small>small</small> <sub>sub</sub> <sup>sup</sup> <code>code</code> <abbr title="Abbr">abbr</abbr> ` +
      `<cite>cite</cite> <time datetime="2024-05-01T10:00:00Z">time</time> <bdi>bdi</bdi> ` +
      `<bdo dir="rtl">bdo</bdo> <span translate="no">span</span> <q cite="/source">q</q><br></p><hr>` +
      `<ul><li>li</li></ul><ol start="3" reversed type="a"><li value="5">li</li></ol>` +
      `<blockquote cite="https://example.invalid/">blockquote</blockquote><pre>pre</pre>` +
      `<figure><picture><source srcset="/a.webp 1x" type="image/webp" media="(min-width: 1px)">` +
      `<img src="/a.png" alt="alt" width="10" height="10" sizes="100vw"></picture><figcaption>figcaption</figcaption></figure>` +
      `<a href="https://example.invalid/" hreflang="ar" rel="nofollow ugc">a</a>` +
      `<table><caption>caption</caption><colgroup><col span="2"></colgroup><thead><tr><th scope="col" abbr="H">th</th></tr></thead>` +
      `<tbody><tr><td colspan="2" rowspan="1" headers="h">td</td></tr></tbody><tfoot><tr><td>tfoot</td></tr></tfoot></table>`;
    const root = document.createElement('div');
    root.append(sanitizeHtml(html));
    const seen = new Set([...root.querySelectorAll('*')].map((el) => el.localName));
    expect(
      [...ALLOWED_TAGS].filter((tag) => !seen.has(tag)),
      'allowed elements removed',
    ).to.deep.equal([]);
    const attribute = (selector: string, name: string): string | null =>
      root.querySelector(selector)?.getAttribute(name) ?? null;
    expect(attribute('h2', 'lang')).to.equal('en');
    expect(attribute('h2', 'dir')).to.equal('ltr');
    expect(attribute('bdo', 'dir')).to.equal('rtl');
    expect(attribute('abbr', 'title')).to.equal('Abbr');
    expect(attribute('time', 'datetime')).to.equal('2024-05-01T10:00:00Z');
    expect(attribute('ol', 'start')).to.equal('3');
    expect(attribute('li[value]', 'value')).to.equal('5');
    expect(attribute('q', 'cite')).to.equal('/source');
    expect(attribute('source', 'srcset')).to.equal('/a.webp 1x');
    expect(attribute('img', 'src')).to.equal('/a.png');
    expect(attribute('img', 'alt')).to.equal('alt');
    expect(attribute('a', 'href')).to.equal('https://example.invalid/');
    expect(attribute('a', 'rel')).to.equal('nofollow ugc');
    expect(attribute('td', 'colspan')).to.equal('2');
    expect(attribute('th', 'scope')).to.equal('col');
    expect(root.textContent).to.contain(M);
  });
});

describe('sanitizeHtml: edge cases', () => {
  it('refuses input over MAX_HTML_LENGTH', () => {
    expect(() => sanitizeHtml(' '.repeat(MAX_HTML_LENGTH + 1))).to.throw(LoadError);
  });

  it('never returns the parsed root: <body> in the input gives its content only, without its attributes', () => {
    const fragment = sanitizeHtml(
      '<body onload="alert(1)" dir="ltr" lang="en" class="x"><p>نص</p></body><p>ب</p></body><img src=x onerror=alert(1)>',
    );
    const wrapper = document.createElement('div');
    wrapper.append(fragment);
    expect(wrapper.querySelector('body')).to.equal(null);
    expect([...wrapper.children].map((child) => child.localName)).to.deep.equal(['p', 'p', 'img']);
    expect(wrapper.innerHTML).not.to.match(/onload|onerror|class=|lang=|dir=/);
    expect(wrapper.textContent).to.equal('نصب');
  });

  it('returns an empty fragment for empty input', () => {
    const fragment = sanitizeHtml('');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.childNodes).to.have.length(0);
  });

  it('returns a fragment (no throw) for a frameset document, which has no body', () => {
    const fragment = sanitizeHtml('<frameset><frame src="javascript:__xss()"></frameset>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.querySelector('*')).to.equal(null);
  });

  it('shows markup nested deeper than MAX_NESTING_DEPTH as plain text, and keeps shallower markup', () => {
    const levels = (open: string, n: number): string => `<p>${M}</p>${open.repeat(n)}<em>deep ${M}</em>`;
    const kept = sanitizeHtml(levels('<blockquote>', MAX_NESTING_DEPTH - 1));
    expect(kept.querySelectorAll('blockquote')).to.have.length(MAX_NESTING_DEPTH - 1);
    expect(kept.querySelector('em')?.textContent).to.equal(`deep ${M}`);
    // Unclosed <p> and <li> nest nothing: a long sloppy article is not mistaken for an attack.
    const sloppy = sanitizeHtml(`${'<p>paragraph <br>'.repeat(500)}<ul>${'<li>item'.repeat(500)}</ul>`);
    expect(sloppy.querySelectorAll('p')).to.have.length(500);
    for (const open of ['<table><tr><td>', '<b><i>', '<svg><g>', '<div>']) {
      const deep = sanitizeHtml(levels(open, 10_000));
      expect(deep.querySelector('table, b, i, svg, g, em, div'), open).to.equal(null);
      expect(
        [...deep.children].every((child) => child.localName === 'p'),
        open,
      ).to.equal(true);
      expect(deep.textContent, open).to.contain(`deep ${M}`);
    }
  });

  it('does not use or feed the page’s own DOMPurify hooks', () => {
    // A page-level `window.DOMPurify` with a permissive hook must not affect our instance.
    const page = window as Window & { DOMPurify?: unknown };
    page.DOMPurify = {
      sanitize: () => '<img src=x onerror=__xss()>',
      addHook: () => undefined,
    };
    try {
      const root = document.createElement('div');
      root.append(sanitizeHtml(`<p onclick="__xss()">${M}</p>`));
      expect(root.innerHTML).to.equal(`<p>${M}</p>`);
    } finally {
      delete page.DOMPurify;
    }
  });
});

describe('sanitizeHtml with a base URL (a body fetched from elsewhere)', () => {
  const base = 'https://publisher.example/news/2026/story.html';
  const one = (html: string, selector: string, name: string): string | null | undefined => {
    const holder = document.createElement('div');
    holder.append(sanitizeHtml(html, base));
    return holder.querySelector(selector)?.getAttribute(name);
  };

  it('resolves relative links, images and quotes, and keeps fragments and absolute URLs', () => {
    expect(one('<a href="../other.html">x</a>', 'a', 'href')).to.equal(
      'https://publisher.example/news/other.html',
    );
    expect(one('<a href="//cdn.example/x">x</a>', 'a', 'href')).to.equal('https://cdn.example/x');
    expect(one('<a href="#note-1">x</a>', 'a', 'href')).to.equal('#note-1');
    expect(one('<a href=" #note-1 ">x</a>', 'a', 'href')).to.equal('#note-1');
    expect(one('<a href="mailto:desk@example.invalid">x</a>', 'a', 'href')).to.equal(
      'mailto:desk@example.invalid',
    );
    expect(one('<a href="https://example.org/a b">x</a>', 'a', 'href')).to.equal('https://example.org/a%20b');
    expect(one('<img src="img/a.jpg" alt="">', 'img', 'src')).to.equal(
      'https://publisher.example/news/2026/img/a.jpg',
    );
    expect(one('<q cite="/q/1">x</q>', 'q', 'cite')).to.equal('https://publisher.example/q/1');
  });

  it('reads srcset as a browser does: commas inside URLs, descriptors, candidates', () => {
    const srcset = (value: string): string | null | undefined =>
      one(`<img src="a.jpg" srcset="${value}" alt="">`, 'img', 'srcset');
    expect(srcset('a.jpg 1x, /b.jpg 2x')).to.equal(
      'https://publisher.example/news/2026/a.jpg 1x, https://publisher.example/b.jpg 2x',
    );
    // An image CDN's transformations, with commas, in a relative path and in an absolute one.
    expect(srcset('img/w_300,h_200,c_crop/a.jpg 300w,https://cdn.example/w_600,h_400/a.jpg 600w')).to.equal(
      'https://publisher.example/news/2026/img/w_300,h_200,c_crop/a.jpg 300w, https://cdn.example/w_600,h_400/a.jpg 600w',
    );
    expect(srcset('a.jpg,, b.jpg 2x')).to.equal(
      'https://publisher.example/news/2026/a.jpg, https://publisher.example/news/2026/b.jpg 2x',
    );
    expect(srcset(' a.jpg ')).to.equal('https://publisher.example/news/2026/a.jpg');
    // A fragment is a URL like any other in a srcset; an empty candidate is skipped.
    expect(srcset('#x 1x, img/b.jpg 2x')).to.equal(
      'https://publisher.example/news/2026/story.html#x 1x, https://publisher.example/news/2026/img/b.jpg 2x',
    );
    expect(srcset('a.jpg 1x, ,')).to.equal('https://publisher.example/news/2026/a.jpg 1x');
    // Still refused, base or not.
    expect(srcset('a.jpg 1x, javascript:alert(1) 2x')).to.equal(null);
    expect(srcset('data:image/png;base64,AAAA 1x')).to.equal(null);
  });

  it('stays linear on a URL with a long run of commas inside (no regular expression backtracking)', () => {
    const url = `a${','.repeat(100_000)}x`;
    const start = performance.now();
    const holder = document.createElement('div');
    holder.append(sanitizeHtml(`<img src="a.jpg" srcset="${url} 1x" alt="">`, base));
    expect(performance.now() - start).to.be.below(2000);
    expect(holder.querySelector('img')?.getAttribute('srcset')).to.equal(
      `https://publisher.example/news/2026/${url} 1x`,
    );
  });

  it('leaves every URL as written without a base', () => {
    const holder = document.createElement('div');
    holder.append(
      sanitizeHtml('<a href="../x">x</a><img src="a.jpg" srcset="a.jpg 1x, w_1,h_2/b.jpg 2x" alt="">'),
    );
    expect(holder.querySelector('a')?.getAttribute('href')).to.equal('../x');
    expect(holder.querySelector('img')?.getAttribute('srcset')).to.equal('a.jpg 1x, w_1,h_2/b.jpg 2x');
  });
});

describe('htmlToText (the plain-text fallback)', () => {
  const dropped: string[] = [
    `<p>${M}</p><script>__xss()</script>`,
    `<p>${M}</p><SCRIPT type="text/javascript">__xss()</SCRIPT >`,
    `<p>${M}</p><script>\n__xss();\n</script>`,
    `<p>${M}</p><style>body{background:url(__xss())}</style>`,
    `<p>${M}</p><template><img src=x onerror=__xss()></template>`,
    `<p>${M}</p><noscript><img src=x onerror=__xss()></noscript>`,
    `<p>${M}</p><iframe src="javascript:__xss()">__xss()</iframe>`,
    `<p>${M}</p><object data="x">__xss()</object>`,
    `<p>${M}</p><svg><script>__xss()</script></svg>`,
    `<p>${M}</p><math><mtext>__xss()</mtext></math>`,
    `<p>${M}</p><textarea>__xss()</textarea>`,
    `<p>${M}</p><title>__xss()</title>`,
    `<p>${M}</p><!-- __xss() -->`,
    `<p>${M}<img src=x onerror=__xss()></p>`,
    `<p>${M}<a href="javascript:__xss()" onclick="__xss()">link</a></p>`,
  ];
  for (const html of dropped) {
    it(`drops the code of ${title(html)}`, () => {
      const text = htmlToText(html).join('\n');
      expect(text).to.contain(M);
      expect(text).not.to.contain('__xss');
    });
  }

  const texts: [string, string[]][] = [
    [`<p>${M}</p><p>two</p>`, [M, 'two']],
    [`${M}<br>two<br/>three`, [M, 'two', 'three']],
    [`&lt;img src=x onerror=__xss()&gt;${M}`, [`<img src=x onerror=__xss()>${M}`]],
    [`<a href="/x">${M} \u202egnp.exe</a>`, [`${M} gnp.exe`]],
    [`${M} &#x202E;gnp.exe&#8236; &#x2066;x&#x2069;`, [`${M} gnp.exe x`]],
    [`${M}&#0;&#xFFFFFFF;&unknown;`, [`${M}&unknown;`]],
    [`${M} &amp;lt;b&amp;gt;`, [`${M} &lt;b&gt;`]],
  ];
  for (const [html, expected] of texts) {
    it(`reads ${title(html)} as text`, () => {
      expect(htmlToText(html)).to.deep.equal(expected);
    });
  }

  it('only ever yields text: its paragraphs create no elements but <p>', async () => {
    const spy = new XssSpy();
    spy.install();
    try {
      const root = document.createElement('div');
      document.body.append(root);
      const inputs = [
        '<scr<script></script>ipt>__xss()</script>',
        '&lt;img src=x onerror=__xss()&gt;',
        '<img src=x onerror=__xss()',
        '&#60;script&#62;__xss()&#60;/script&#62;',
        `<svg onload=__xss()>${M}`,
      ];
      for (const html of inputs) root.append(textParagraphs(htmlToText(html)));
      await settle(root);
      expect([...root.querySelectorAll('*')].map((el) => el.localName)).to.satisfy((names: string[]) =>
        names.every((n) => n === 'p'),
      );
      spy.expectNone('#');
      root.remove();
    } finally {
      spy.uninstall();
    }
  });

  it('stays fast on malformed input (no quadratic regular expressions)', () => {
    for (const unit of ['<script', '<!--', '<style a', '<title>', '<!---']) {
      const html = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const start = performance.now();
      htmlToText(html);
      expect(performance.now() - start, `${unit} x ${html.length / unit.length}`).to.be.below(1000);
    }
  });
});
