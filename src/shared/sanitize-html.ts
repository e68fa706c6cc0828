import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { resolvePolicy, watchPolicy, type PolicyState } from './trusted-types.js';
import { isSafeSrcset, safeImageUrl, safeLinkUrl } from './safe-url.js';
import { stripBidiControls } from './text.js';
import { LoadError } from './load-error.js';
import { nestsDeeperThan } from './markup-depth.js';
import { DEFAULT_LIMITS, limits } from './limits.js';
import { QUIET_STYLE_TAG, quietInlineCode } from './quiet-inline-code.js';
import { textParagraphs } from './text-paragraphs.js';

/** The default of the `maxHtmlLength` limit: longer HTML is refused rather than frozen on (see setLimits). */
export const MAX_HTML_LENGTH = DEFAULT_LIMITS.maxHtmlLength;

/**
 * The elements news content may use; everything else is removed (its text kept). `body` is the
 * parsed input's root, never returned (only its children are): DOMPurify 3.4 sanitizes the root
 * too, and a root it may not keep has all its content deep-cloned first (1.5 ms for 5,000 words).
 */
const ALLOWED_TAGS = (
  'body p h2 h3 h4 h5 h6 ul ol li blockquote q figure figcaption img picture source a strong em b i u s ' +
  'mark small sub sup br hr table caption colgroup col thead tbody tfoot tr th td code pre abbr ' +
  'cite time bdi bdo span'
).split(' ');

/** No id, name, class, style, slot, part, exportparts, popover*, ping, event handlers or data-*. */
const ALLOWED_ATTR = (
  'href src srcset sizes alt title width height lang dir cite datetime colspan rowspan scope ' +
  'headers start reversed type media target rel abbr value span hreflang translate'
).split(' ');

/** Each URL attribute's check: the value to keep (resolved against `base` when given), or undefined. */
const URL_ATTRIBUTES: Record<string, (value: string, base?: string) => string | undefined> = {
  href: safeLinkUrl,
  cite: safeLinkUrl,
  src: safeImageUrl,
  srcset: (srcset, base) => (!isSafeSrcset(srcset) ? undefined : base ? resolveSrcset(srcset, base) : srcset),
};

/**
 * A safe `srcset` with each candidate's URL resolved against `base`. Its candidates are read as the
 * browser reads them: a URL is everything up to white space, commas included (image CDNs write
 * `w_300,h_200` in paths), then descriptors up to a comma outside parentheses.
 */
function resolveSrcset(srcset: string, base: string): string | undefined {
  const candidates: string[] = [];
  // Leading white space and commas are skipped: a URL starts with neither.
  const url = /[\s,]*([^\s,]\S*)/y;
  const descriptors = /(?:[^,(]|\([^)]*\)?)*,?/y;
  for (let match = url.exec(srcset); match; match = url.exec(srcset)) {
    let found = match[1] as string;
    // A URL ending in commas ends its candidate (stripped in a loop: /,+$/ is quadratic on a
    // long run of commas inside a URL); else its descriptors follow.
    let end = found.length;
    while (found.charCodeAt(end - 1) === 44) end--;
    let rest = '';
    if (end < found.length) found = found.slice(0, end);
    else {
      descriptors.lastIndex = url.lastIndex;
      rest = (descriptors.exec(srcset)?.[0] ?? '').replace(/,$/, '').trim();
      url.lastIndex = descriptors.lastIndex;
    }
    const resolved = safeImageUrl(found, base);
    if (!resolved) return undefined;
    candidates.push(rest ? `${resolved} ${rest}` : resolved);
  }
  return candidates.join(', ');
}

/** Only these survive in a link's rel: the rest could change how the link behaves. */
const REL_TOKENS = new Set(
  'nofollow ugc sponsored noopener noreferrer external author license tag'.split(' '),
);

/** Exported for the benchmark, whose baseline must sanitize with exactly this configuration. */
export const BASE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // http(s), mailto, tel and relative URLs; finish() checks again with the URL parser.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: [QUIET_STYLE_TAG],
  RETURN_DOM_FRAGMENT: true,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
};

const URL_CHECKS = Object.entries(URL_ATTRIBUTES);

/** The only elements the rules below can change: most of a body (its paragraphs) is none. */
const TO_FINISH = 'a,img,[href],[src],[srcset],[cite],[title]';

/**
 * The library's rules on what DOMPurify kept: URLs checked with the URL parser, titles and link
 * text without bidi controls, `target` and `rel` of links, lazy images. One pass over the few
 * elements concerned rather than a DOMPurify hook, which runs for every element (0.5 ms of a
 * 5,000-word body's 5 ms). The fragment still belongs to DOMPurify's inert document, so no image
 * has started loading before it is marked lazy.
 */
function finish(fragment: DocumentFragment, base: string | undefined): void {
  for (const node of fragment.querySelectorAll(TO_FINISH)) {
    for (const [name, check] of URL_CHECKS) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      // Resolved here: in the page, a relative URL would resolve against the page's URL. A
      // fragment (`#note`) stays: resolved, it would lead away to the document it came from.
      const kept = check(value, name !== 'srcset' && value.trim()[0] === '#' ? undefined : base);
      if (kept === undefined) node.removeAttribute(name);
      else if (base) node.setAttribute(name, kept);
    }
    const title = node.getAttribute('title');
    if (title !== null) node.setAttribute('title', stripBidiControls(title));
    const tag = node.localName;
    if (tag === 'a') finishLink(node);
    else if (tag === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  }
}

function finishLink(link: Element): void {
  const target = link.getAttribute('target');
  const given = link.getAttribute('rel');
  if (target !== null && target !== '_blank') link.removeAttribute('target');
  if (given !== null || target === '_blank') {
    const rel =
      given
        ?.toLowerCase()
        .split(/\s+/)
        .filter((token) => REL_TOKENS.has(token)) ?? [];
    if (target === '_blank') rel.push('noopener', 'noreferrer');
    if (rel.length > 0) link.setAttribute('rel', [...new Set(rel)].join(' '));
    else link.removeAttribute('rel');
  }
  // Link text must read as what it is: no bidi overrides that could disguise a URL or name.
  const text = link.textContent ?? '';
  if (stripBidiControls(text) === text) return;
  const walker = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const clean = stripBidiControls(value);
    if (clean !== value) node.nodeValue = clean;
  }
}

let purifier: DOMPurify | undefined;
let policyState: PolicyState | undefined;

watchPolicy(() => {
  purifier = undefined;
  policyState = undefined;
});

/** A private DOMPurify instance: never the page's `window.DOMPurify`, never its hooks. */
function getPurifier(state: PolicyState): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(window);
  instance.setConfig({
    ...BASE_CONFIG,
    // null: no policy needed, and keeps DOMPurify from creating its own.
    TRUSTED_TYPES_POLICY: state.kind === 'policy' ? state.policy : null,
  } as Config);
  purifier = instance;
  return instance;
}

/**
 * Sanitizes an HTML string from outside the host page into DOM nodes, ready to insert; relative
 * URLs in it resolve against `base` when given (the URL of the document it was fetched in).
 * Where Trusted Types are enforced and our policy is not allowed, the content is shown as
 * plain text paragraphs instead, and the console names the policy to allow.
 * @throws LoadError `too-large` for input over the `maxHtmlLength` limit (see setLimits).
 */
export function sanitizeHtml(html: string, base?: string): DocumentFragment {
  const { maxHtmlLength, maxNestingDepth } = limits();
  if (html.length > maxHtmlLength) throw new LoadError('too-large', 'content too large');
  policyState ??= resolvePolicy();
  if (policyState.kind === 'blocked' || nestsDeeperThan(html, maxNestingDepth)) {
    return textParagraphs(htmlToText(html));
  }
  // The configuration was set once on our instance (RETURN_DOM_FRAGMENT among it).
  // DOMPurify returns null for markup that parses to a document without a body (a leading
  // <frameset>): show nothing rather than throw a TypeError that breaks the element.
  const fragment =
    (getPurifier(policyState).sanitize(quietInlineCode(html)) as unknown as DocumentFragment | null) ??
    document.createDocumentFragment();
  finish(fragment, base);
  return fragment;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Text of an HTML string without parsing it (for when no parser may be used): tags removed,
 * the contents of script, style and similar elements dropped, block ends turned into
 * paragraph breaks and common entities decoded. The result only ever becomes text nodes.
 */
export function htmlToText(html: string): string[] {
  const text = dropHiddenContent(html)
    .replace(
      /<\/(p|div|h[1-6]|li|blockquote|figure|figcaption|tr|pre|section|article)\s*>|<br\s*\/?>/gi,
      '\n\n',
    )
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') {
        const point =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
      }
      return ENTITIES[code.toLowerCase()] ?? entity;
    });
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => stripBidiControls(paragraph).replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Removes comments and script, style and similar elements with their contents. Written as a
 * loop rather than lazy regular expressions (`<script\b[\s\S]*?<\/script>`), which rescan the
 * rest of the input for every unclosed opener: quadratic, minutes for a few MB of `<script`.
 * Here each closer is searched once; a name found unclosed is not searched for again.
 */
function dropHiddenContent(html: string): string {
  const opener = /<(script|style|template|noscript|iframe|object|svg|math|textarea|title)\b|<!--/gi;
  const unclosed = new Set<string>();
  let kept = '';
  let from = 0;
  for (let open = opener.exec(html); open; open = opener.exec(html)) {
    const name = open[1]?.toLowerCase() ?? '!--';
    if (unclosed.has(name)) continue;
    const closer = name === '!--' ? /-->/g : new RegExp(`</${name}\\s*>`, 'gi');
    closer.lastIndex = opener.lastIndex;
    const close = closer.exec(html);
    if (!close) {
      unclosed.add(name);
      continue;
    }
    kept += html.slice(from, open.index);
    from = opener.lastIndex = close.index + close[0].length;
  }
  return kept + html.slice(from);
}
