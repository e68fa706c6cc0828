/**
 * URL allowlists shared by the sanitizer and the data normalizers.
 * A URL is judged by its scheme after the browser's own URL parser has read it, so entity
 * tricks, embedded tabs or newlines, mixed case and leading control characters all resolve
 * the way the browser itself would resolve them.
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/** Some browsers' URL parsers keep these; the HTML spec strips them before resolving. */
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u00a0\u2028\u2029\ufeff]/g;

function schemeOf(url: string): string | undefined {
  const trimmed = url.replace(STRIPPED, '');
  if (trimmed === '') return undefined;
  // A relative URL has no scheme: anything before the first ':' is a path, query or fragment.
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!match) return 'relative';
  try {
    return new URL(trimmed).protocol;
  } catch {
    return 'invalid';
  }
}

function allowed(url: unknown, schemes: Set<string>): url is string {
  if (typeof url !== 'string') return false;
  const scheme = schemeOf(url);
  return scheme === 'relative' || (scheme !== undefined && schemes.has(scheme));
}

/** Links: http(s), mailto, tel and relative URLs. */
export function isSafeLinkUrl(url: unknown): url is string {
  return allowed(url, LINK_SCHEMES);
}

/** Images: http(s) and relative URLs only (no data:, blob: or javascript:). */
export function isSafeImageUrl(url: unknown): url is string {
  return allowed(url, IMAGE_SCHEMES);
}

/** The URL if it is a safe link, else undefined: for values that go straight into a template. */
export function safeLinkUrl(url: unknown): string | undefined {
  return isSafeLinkUrl(url) ? url.trim() : undefined;
}

export function safeImageUrl(url: unknown): string | undefined {
  return isSafeImageUrl(url) ? url.trim() : undefined;
}

/** Checks every candidate of a `srcset` value. */
export function isSafeSrcset(srcset: string): boolean {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .every((url) => url === '' || isSafeImageUrl(url));
}

/** Data sources (`src`): http(s) and relative URLs only. */
export const isFetchableUrl = isSafeImageUrl;
