import { POLICY_NAME, resolvePolicy } from './trusted-types.js';
import { LoadError } from './load-json.js';
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

function builtInGetter(prototype: object, name: string): () => unknown {
  const getter = Object.getOwnPropertyDescriptor(prototype, name)?.get;
  if (!getter) throw new TypeError(`no ${name} getter`);
  return getter;
}

/** Plain text of an HTML fragment: entities decoded, tags dropped, white space collapsed. */
export function textFromHtml(html: string): string {
  if (!/[<&]/.test(html)) return html;
  try {
    // Never parsed when hostile nesting could hang the parser (see markup-depth.ts).
    if (nestsDeeperThan(html, limits().maxNestingDepth)) throw new RangeError('nested too deep');
    const doc = parseDocument(quietInlineCode(html), 'text/html');
    // The built-in getters, not `doc.body`: a Document's named elements override its members,
    // so `<img name="body">` in the markup would replace `doc.body` (DOM clobbering).
    const body = Reflect.apply(builtInGetter(Document.prototype, 'body'), doc, []) as Element | null;
    if (!body) return '';
    // Script and style text is code, not content.
    for (const element of body.querySelectorAll(`script, style, template, noscript, ${QUIET_STYLE_TAG}`))
      element.remove();
    return (Reflect.apply(builtInGetter(Node.prototype, 'textContent'), body, []) as string | null) ?? '';
  } catch {
    return html.replace(/<[^>]*>?/g, ' ');
  }
}
