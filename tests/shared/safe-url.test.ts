import { expect } from '@open-wc/testing';
import {
  isFetchableUrl,
  isSafeImageUrl,
  isSafeLinkUrl,
  isSafeSrcset,
  safeImageUrl,
  safeLinkUrl,
} from '../../src/shared/safe-url.js';
import { RAW_BAD_URLS, protocolOf, srcsetUrls } from '../fixtures/malicious/attacks.js';

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
  const prefixes = ['', ' ', '\t', '\n', '\u0000', '\u0001', '\u001f', '\u00a0', '\ufeff', '\u2028', '%20'];
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
    const links = variants.map(safeLinkUrl).filter((url): url is string => url !== undefined);
    const images = variants.map(safeImageUrl).filter((url): url is string => url !== undefined);
    expect(links.filter((url) => !LINK_PROTOCOLS.includes(protocolOf(url))).map(show)).to.deep.equal([]);
    expect(images.filter((url) => !IMAGE_PROTOCOLS.includes(protocolOf(url))).map(show)).to.deep.equal([]);
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
