import { expect } from '@open-wc/testing';
import {
  isFetchableUrl,
  isSafeImageUrl,
  isSafeSrcset,
  safeImageUrl,
  safeLinkUrl,
  resolveHttpUrl,
} from '../../src/shared/safe-url.js';
import { isCanonicalHttpUrl } from '../../src/shared/canonical-url.js';
import { RAW_BAD_URLS, protocolOf, srcsetUrls } from '../fixtures/malicious/attacks.js';

/** Links: http(s), mailto, tel and relative URLs (safeLinkUrl's verdict). */
const isSafeLinkUrl = (url: unknown): boolean => safeLinkUrl(url) !== undefined;

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
const IMAGE_PROTOCOLS = ['http:', 'https:'];

/** Shown in test titles: control and invisible characters escaped. */
const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Bad for links and images alike. */
const BAD: string[] = [
  ...RAW_BAD_URLS,
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'javascript\t:alert(1)',
  'java\rscript:alert(1)',
  '\u0000 \u001fjavascript:alert(1)',
  '\u2028javascript:alert(1)',
  '  \n\tjavascript:alert(1)  ',
  'javascript://example.com/%0aalert(1)',
  'VBScript:msgbox(1)',
  'data:,alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '\tDaTa:text/html,x',
  'blob:null/1',
  'filesystem:https://example.com/temporary/x',
  'chrome://settings',
  'view-source:https://example.com/',
  'ws://example.com/',
  'wss://example.com/',
  'jar:https://example.com/x.jar!/',
  'intent://x#Intent;scheme=javascript;end',
  'ms-settings:privacy',
  'x-unknown:payload',
];

const GOOD_FOR_BOTH: string[] = [
  'https://example.com/a.png',
  'http://example.com/',
  'HTTPS://EXAMPLE.COM/',
  ' https://example.com/ ',
  '//example.com/a.png',
  '/a.png',
  'a.png',
  './a.png',
  '../a.png',
  '#x',
  '?x=1',
  'path/with:colon',
  '1x:not-a-scheme',
];

const LINK_ONLY: string[] = ['mailto:desk@example.com', 'MAILTO:desk@example.com', 'tel:+966110000000'];

const NOT_STRINGS: unknown[] = [
  undefined,
  null,
  42,
  true,
  {},
  ['https://example.com/'],
  { toString: () => 'https://example.com/' },
  new String('https://example.com/'),
  Symbol('https://example.com/'),
];

describe('isSafeLinkUrl', () => {
  for (const url of BAD) {
    it(`refuses ${show(url)}`, () => expect(isSafeLinkUrl(url)).to.equal(false));
  }
  for (const url of [...GOOD_FOR_BOTH, ...LINK_ONLY]) {
    it(`accepts ${show(url)}`, () => expect(isSafeLinkUrl(url)).to.equal(true));
  }
  for (const value of NOT_STRINGS) {
    it(`refuses the non-string ${String(show(value))}`, () => expect(isSafeLinkUrl(value)).to.equal(false));
  }
  it('safeLinkUrl trims what it accepts and drops what it refuses', () => {
    expect(safeLinkUrl(' https://example.com/ ')).to.equal('https://example.com/');
    expect(safeLinkUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl(42)).to.equal(undefined);
  });
});

describe('isSafeImageUrl', () => {
  for (const url of [...BAD, ...LINK_ONLY]) {
    it(`refuses ${show(url)}`, () => {
      expect(isSafeImageUrl(url)).to.equal(false);
      expect(isFetchableUrl(url)).to.equal(false);
    });
  }
  for (const url of GOOD_FOR_BOTH) {
    it(`accepts ${show(url)}`, () => expect(isSafeImageUrl(url)).to.equal(true));
  }
  for (const value of NOT_STRINGS) {
    it(`refuses the non-string ${String(show(value))}`, () => expect(isSafeImageUrl(value)).to.equal(false));
  }
  it('safeImageUrl trims what it accepts and drops what it refuses', () => {
    expect(safeImageUrl('\n/a.png ')).to.equal('/a.png');
    expect(safeImageUrl('data:image/png;base64,iVBORw0KGgo=')).to.equal(undefined);
  });
});

describe('isSafeSrcset', () => {
  const bad: string[] = [
    'javascript:alert(1)',
    'javascript:alert(1) 1x',
    'a.png 1x, javascript:alert(1) 2x',
    'a.png 1x,javascript:alert(1) 2x',
    'a.png 1x ,JAVASCRIPT:alert(1) 2x',
    'a.png 1x,\tjavascript:alert(1) 2x',
    'a.png 1x,\u0001javascript:alert(1) 2x',
    ',javascript:alert(1)',
    'a.png (1x,) ,javascript:alert(1) 2x',
    'data:image/svg+xml;base64,PHN2Zz4= 1x',
    'a.png 1x, data:image/png;base64,iVBORw0KGgo= 2x',
    'blob:https://example.com/x 1x',
    'a.png 480w,, , file:///etc/passwd 800w',
    'a.png 1x, vbscript:x 2x',
    'a.png 1x, mailto:x@example.com 2x',
  ];
  for (const srcset of bad) {
    it(`refuses ${show(srcset)}`, () => expect(isSafeSrcset(srcset)).to.equal(false));
  }
  const good: string[] = [
    '',
    'a.png',
    'a.png 1x, b.png 2x',
    'https://example.com/a.png 480w, /b.png 800w',
    '  a.png  1x  ,  b.png 2x ',
    '//example.com/a.png 1.5x',
  ];
  for (const srcset of good) {
    it(`accepts ${show(srcset)}`, () => expect(isSafeSrcset(srcset)).to.equal(true));
  }
});

/**
 * The property that matters, checked against the browser's own URL parser over generated
 * variants: whatever the checks accept, the browser resolves to an allowed scheme.
 */
describe('safe-url agrees with the browser', () => {
  // With every character String#trim removes that the URL parser does not (U+1680, U+2000-U+200A,
  // U+202F, U+205F, U+3000...): "\u3000javascript:" once passed as relative and came back trimmed.
  const prefixes = [
    '',
    ' ',
    '\t',
    '\n',
    '\u0000',
    '\u0001',
    '\u001f',
    '\u0085',
    '\u00a0',
    '\u1680',
    '\u2000',
    '\u2005',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '\u3000\u00a0 ',
    '%20',
  ];
  const schemes = [
    'javascript',
    'JaVaScRiPt',
    'java\tscript',
    'java\nscript',
    'jav\u0000ascript',
    'data',
    'vbscript',
  ];
  const extra = ['http', 'https', 'mailto', 'tel', 'blob', 'file', 'x'];
  const separators = [':', '\t:', ':\t', '\n:', '%3a', '&colon;', '\u00a0:'];
  const variants: string[] = [];
  for (const prefix of prefixes) {
    for (const scheme of [...schemes, ...extra]) {
      for (const separator of separators) variants.push(`${prefix}${scheme}${separator}alert(1)`);
    }
  }

  it(`links: never accepts what the browser reads as another scheme (${variants.length} variants)`, () => {
    const wrong = variants.filter((url) => isSafeLinkUrl(url) && !LINK_PROTOCOLS.includes(protocolOf(url)));
    expect(wrong.map(show)).to.deep.equal([]);
  });

  it(`images: never accepts what the browser reads as another scheme (${variants.length} variants)`, () => {
    const wrong = variants.filter((url) => isSafeImageUrl(url) && !IMAGE_PROTOCOLS.includes(protocolOf(url)));
    expect(wrong.map(show)).to.deep.equal([]);
  });

  it('refuses every variant whose scheme the browser reads as javascript, data or vbscript', () => {
    const dangerous = variants.filter((url) =>
      ['javascript:', 'data:', 'vbscript:'].includes(protocolOf(url)),
    );
    expect(dangerous.length, 'the generator makes dangerous variants').to.be.above(50);
    expect(dangerous.filter((url) => isSafeLinkUrl(url) || isSafeImageUrl(url)).map(show)).to.deep.equal([]);
  });

  it('the same holds for an <a> element (the href the browser would follow)', () => {
    const link = document.createElement('a');
    const wrong = variants.filter((url) => {
      link.setAttribute('href', url);
      return isSafeLinkUrl(url) && !LINK_PROTOCOLS.includes(link.protocol);
    });
    expect(wrong.map(show)).to.deep.equal([]);
  });

  it('safeLinkUrl and safeImageUrl return nothing the browser reads as another scheme, once trimmed', () => {
    // They trim with String#trim, which also removes U+00A0, U+FEFF and U+2028: a check that
    // let those through as "relative" would hand out a javascript: URL here.
    const links = variants.map((url) => safeLinkUrl(url)).filter((url): url is string => url !== undefined);
    const images = variants.map((url) => safeImageUrl(url)).filter((url): url is string => url !== undefined);
    expect(links.filter((url) => !LINK_PROTOCOLS.includes(protocolOf(url))).map(show)).to.deep.equal([]);
    expect(images.filter((url) => !IMAGE_PROTOCOLS.includes(protocolOf(url))).map(show)).to.deep.equal([]);
  });

  it('resolveHttpUrl against a base returns only http(s) URLs, whatever the variant', () => {
    const base = 'https://example.com/feed.xml';
    const resolved = variants
      .map((url) => resolveHttpUrl(url, base))
      .filter((url): url is string => url !== undefined);
    expect(resolved.length, 'relative variants resolve').to.be.above(0);
    expect(resolved.filter((url) => !IMAGE_PROTOCOLS.includes(protocolOf(url))).map(show)).to.deep.equal([]);
  });

  it('srcset: every URL the spec parser would read is http(s) or relative', () => {
    const srcsets = variants.flatMap((url) => [
      `${url} 1x`,
      `a.png 1x, ${url} 2x`,
      `a.png 1x,${url}`,
      `${url},a.png 2x`,
    ]);
    const wrong = srcsets.filter(
      (srcset) =>
        isSafeSrcset(srcset) && !srcsetUrls(srcset).every((url) => IMAGE_PROTOCOLS.includes(protocolOf(url))),
    );
    expect(wrong.map(show)).to.deep.equal([]);
  });
});

describe('resolveHttpUrl', () => {
  const base = 'https://feeds.example.com/ar/rss.xml';
  for (const url of [...BAD, ...LINK_ONLY]) {
    it(`refuses ${show(url)}`, () => {
      expect(resolveHttpUrl(url)).to.equal(undefined);
      expect(resolveHttpUrl(url, base)).to.equal(undefined);
    });
  }
  for (const value of NOT_STRINGS) {
    it(`refuses the non-string ${String(show(value))}`, () =>
      expect(resolveHttpUrl(value, base)).to.equal(undefined));
  }
  it('resolves against the base what the browser resolves, as the browser writes it', () => {
    for (const url of GOOD_FOR_BOTH) {
      expect(resolveHttpUrl(url, base), show(url)).to.equal(new URL(url.trim(), base).href);
    }
    expect(resolveHttpUrl('../news/مقال?id=1#top', base)).to.equal(
      'https://feeds.example.com/news/%D9%85%D9%82%D8%A7%D9%84?id=1#top',
    );
    expect(resolveHttpUrl('HTTPS://Example.COM:443/a/./b/../c', base)).to.equal('https://example.com/a/c');
  });
  it('without a base, keeps a relative or absolute URL as given (trimmed)', () => {
    expect(resolveHttpUrl(' /a/b ')).to.equal('/a/b');
    expect(resolveHttpUrl('HTTPS://Example.COM/x')).to.equal('HTTPS://Example.COM/x');
  });
  it('refuses an absolute URL the parser cannot read', () => {
    expect(resolveHttpUrl('http://[::1/', base)).to.equal(undefined);
  });
});

/**
 * URLs that skip the parser must be exactly what the parser would write: checked against it
 * over URLs made to sit on every edge of the fast path (case, ports, IP hosts, punycode, dot
 * segments, characters the parser encodes).
 */
describe('isCanonicalHttpUrl agrees with the URL parser', () => {
  const hosts = [
    'example.com',
    'a-b.example.co',
    'localhost',
    'Example.com',
    '127.0.0.1',
    '0x7f.1',
    '1.2.3.4a',
    'xn--mgbh0fb.example',
    'example.com.',
    'example.com:443',
    'example.com:8080',
    'user@example.com',
    'a..b',
    'exa_mple.com',
    '[::1]',
    'مثال.com',
  ];
  const paths = [
    '',
    '/',
    '/a/b',
    '/a/./b',
    '/a/../b',
    '/a/%2e%2e/b',
    '/a/%2E/b',
    '/.',
    '/a/..',
    '/a b',
    '/a"b',
    '/a<b>',
    '/a`b',
    '/a{b}',
    '/a|b',
    '/a\\b',
    '/a^b',
    "/a'b",
    '/%D9%85',
    '/%zz',
    '/مقال',
    '/a;b=c,d',
    '/~u/_x-y.z',
  ];
  const queries = ['', '?', '?a=1&b=2', "?a='1'", '?a b', '?a=<b>', '?x=/y?z', '?a=%20'];
  const fragments = ['', '#', '#top', '#a b', '#a`b', '#/x?y', '#a#b?c'];
  const urls: string[] = [];
  for (const scheme of ['http', 'https', 'HTTP', 'ftp'])
    for (const host of hosts)
      for (const path of paths)
        for (const query of queries.slice(0, 4))
          urls.push(`${scheme}://${host}${path}${query}${fragments[urls.length % fragments.length] ?? ''}`);
  for (const query of queries)
    for (const fragment of fragments) urls.push(`https://example.com/a${query}${fragment}`);

  it(`takes only URLs the parser writes as they are (${urls.length} URLs)`, () => {
    const wrong = urls.filter((url) => {
      if (!isCanonicalHttpUrl(url)) return false;
      try {
        return new URL(url).href !== url;
      } catch {
        return true;
      }
    });
    expect(wrong).to.deep.equal([]);
  });

  it('spares the links and images of a body a parse, with the answer the parse gives', () => {
    const Real = globalThis.URL;
    let parsed = 0;
    globalThis.URL = class extends Real {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        parsed++;
      }
    };
    const canonical = urls.filter(isCanonicalHttpUrl);
    try {
      for (const url of canonical) {
        expect(safeLinkUrl(url), url).to.equal(url);
        expect(safeImageUrl(url), url).to.equal(url);
      }
    } finally {
      globalThis.URL = Real;
    }
    expect(parsed, `parses for ${canonical.length} URLs`).to.equal(0);
    // Every URL, on or off the fast path: the verdict of the parse (resolveHttpUrl without a base).
    for (const url of urls) expect(safeImageUrl(url), url).to.equal(resolveHttpUrl(url));
  });

  it('takes the links feeds are made of', () => {
    expect(urls.filter(isCanonicalHttpUrl).length, 'the fast path is used').to.be.above(50);
    for (const url of [
      'https://example.com/ar/news/related-1',
      'https://www.example.com/2024/01/02/story.html?utm_source=rss#comments',
      'http://example.com/%D9%85%D9%82%D8%A7%D9%84/',
    ]) {
      expect(isCanonicalHttpUrl(url), url).to.equal(true);
    }
  });
});
