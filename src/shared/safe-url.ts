/**
 * URL allowlists shared by the sanitizer and the data normalizers.
 * A URL is judged by its scheme as the browser's own URL parser would read it (parsed, unless it
 * is already written as the parser writes it: see canonical-url.ts), so entity tricks, embedded
 * tabs or newlines, mixed case and leading control characters or spaces cannot hide a scheme.
 */

import { isCanonicalHttpUrl } from './canonical-url.js';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/** Some browsers' URL parsers keep these; the HTML spec strips them before resolving. */
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u00a0\u2028\u2029\ufeff]/g;

/** A scheme as the URL parser reads one. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The URL, trimmed (or resolved against `base` when given), if its scheme is one of `schemes`
 * or it is relative; else undefined. The scheme is read as the parser reads it (control
 * characters and white space stripped first), and an absolute URL must parse: once at most,
 * and not at all when `isCanonical` says the parser would write it as it is.
 */
function checked(
  url: unknown,
  schemes: Set<string>,
  base?: string,
  isCanonical?: (url: string) => boolean,
): string | undefined {
  if (typeof url !== 'string') return undefined;
  // The scheme is read from what is returned: String#trim also removes U+3000, U+2000-U+200A
  // and others that STRIPPED keeps, so reading it from the untrimmed URL took
  // "\u3000javascript:..." for a relative URL and returned "javascript:...".
  const trimmed = url.trim();
  const stripped = trimmed.replace(STRIPPED, '');
  if (stripped === '') return undefined;
  // A relative URL has no scheme: anything before the first ':' is a path, query or fragment.
  const scheme = SCHEME.exec(stripped)?.[1]?.toLowerCase();
  if (scheme !== undefined && !schemes.has(`${scheme}:`)) return undefined;
  if (scheme === undefined ? !base : isCanonical?.(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed, base);
    // Resolved against a base too: whatever it says, the result must be one of `schemes`.
    if (!schemes.has(parsed.protocol)) return undefined;
    return base ? parsed.href : trimmed;
  } catch {
    return undefined;
  }
}

/**
 * An http(s) or relative URL, resolved against `base` when given (else returned trimmed), or
 * undefined for any other: a feed item's link and image.
 */
export function resolveHttpUrl(
  url: unknown,
  base?: string,
  isCanonical?: (url: string) => boolean,
): string | undefined {
  return checked(url, IMAGE_SCHEMES, base, isCanonical);
}

/** Images: http(s) and relative URLs only (no data:, blob: or javascript:). */
export function isSafeImageUrl(url: unknown): url is string {
  return safeImageUrl(url) !== undefined;
}

/**
 * The URL if it is a safe link, else undefined: for values that go straight into a template.
 * A relative URL is resolved against `base` when given (a fetched document's URL), else
 * returned trimmed. Most absolute URLs in an article body need no parse (see isCanonicalHttpUrl).
 */
export function safeLinkUrl(url: unknown, base?: string): string | undefined {
  return checked(url, LINK_SCHEMES, base, isCanonicalHttpUrl);
}

export function safeImageUrl(url: unknown, base?: string): string | undefined {
  return checked(url, IMAGE_SCHEMES, base, isCanonicalHttpUrl);
}

/** Checks every candidate of a `srcset` value (every part between commas: stricter than a browser). */
export function isSafeSrcset(srcset: string): boolean {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .every((url) => url === '' || isSafeImageUrl(url));
}

/** Data sources (`src`): http(s) and relative URLs only. */
export const isFetchableUrl = isSafeImageUrl;
