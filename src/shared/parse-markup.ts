import { POLICY_NAME, resolvePolicy } from './trusted-types.js';
import { LoadError } from './load-error.js';
import { nestsDeeperThan } from './markup-depth.js';
import { limits } from './limits.js';
import { QUIET_STYLE_TAG, quietInlineCode } from './quiet-inline-code.js';

/**
 * Parses a string into an inert document (never attached, no scripts run, nothing loads).
 * `DOMParser.parseFromString` is a Trusted Types sink even for XML, so the string goes through
 * the library's policy where Trusted Types are enforced.
 * @throws LoadError `blocked` when Trusted Types are enforced and no policy is allowed.
 */
export function parseDocument(text: string, type: DOMParserSupportedType): Document {
  const state = resolvePolicy();
  if (state.kind === 'blocked') {
    throw new LoadError('blocked', `Trusted Types policy "${POLICY_NAME}" is not allowed`);
  }
  const input = state.kind === 'policy' ? (state.policy.createHTML(text) as string) : text;
  return new DOMParser().parseFromString(input, type);
}

let inert: HTMLElement | undefined;

/**
 * The root of a document of our own, made once: parsing into it runs no script and loads
 * nothing (the document has no browsing context), and costs far less than a new DOMParser
 * document per title (a 200-item feed has 400 of them). Markup set on an <html> element is
 * parsed as a whole document is (head, then body), so the text is what DOMParser gave.
 */
function inertRoot(): HTMLElement {
  return (inert ??= document.implementation.createHTMLDocument('').documentElement);
}

/** Plain text of an HTML fragment: entities decoded, tags dropped, white space collapsed. */
export function textFromHtml(html: string): string {
  if (!/[<&]/.test(html)) return html;
  try {
    // Never parsed when hostile nesting could hang the parser (see markup-depth.ts).
    if (nestsDeeperThan(html, limits().maxNestingDepth)) throw new RangeError('nested too deep');
    const state = resolvePolicy();
    if (state.kind === 'blocked') throw new LoadError('blocked', 'no Trusted Types policy');
    const markup = quietInlineCode(html);
    const root = inertRoot();
    root.innerHTML = state.kind === 'policy' ? (state.policy.createHTML(markup) as string) : markup;
    // The parsed body is the root's last child (an element's children cannot be clobbered by
    // named elements, unlike `document.body`).
    const body = root.lastElementChild;
    // Script and style text is code, not content.
    for (const element of body?.querySelectorAll(`script, style, template, noscript, ${QUIET_STYLE_TAG}`) ??
      [])
      element.remove();
    const text = body?.textContent ?? '';
    root.replaceChildren(); // not innerHTML = '': that is a Trusted Types sink too
    if (root.attributes.length > 0) inert = undefined; // `<html lang>` in the markup: start clean
    return text;
  } catch {
    return html.replace(/<[^>]*>?/g, ' ');
  }
}
