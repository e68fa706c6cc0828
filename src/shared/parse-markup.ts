import { POLICY_NAME, resolvePolicy } from './trusted-types.js';
import { LoadError } from './load-json.js';

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

/** Plain text of an HTML fragment: entities decoded, tags dropped, white space collapsed. */
export function textFromHtml(html: string): string {
  if (!/[<&]/.test(html)) return html;
  try {
    const doc = parseDocument(html, 'text/html');
    // Script and style text is code, not content.
    for (const element of doc.querySelectorAll('script, style, template, noscript')) element.remove();
    return doc.body.textContent ?? '';
  } catch {
    return html.replace(/<[^>]*>?/g, ' ');
  }
}
