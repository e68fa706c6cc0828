import { cleanText } from './text.js';
import { resolveHttpUrl } from './safe-url.js';
import { isCanonicalHttpUrl } from './canonical-url.js';
import { normalizeLang } from './language-direction.js';

/** One related link, whatever it came from (array, JSON Feed, RSS, Atom, the page's own links). */
export interface RelatedItem {
  title: string;
  /** http(s) or relative (resolved against the feed's URL when it came from one). */
  url: string;
  image?: string | undefined;
  imageAlt?: string | undefined;
  /** ISO 8601 or any date the engine reads (RSS uses RFC 822). */
  published?: string | undefined;
  /** The publisher's name. */
  source?: string | undefined;
  author?: string | undefined;
  /** Plain text. */
  summary?: string | undefined;
  lang?: string | undefined;
}

/** Summaries are a teaser, not the article: longer text is cut at a word. */
const SUMMARY_LENGTH = 300;

export function truncate(text: string | undefined, length = SUMMARY_LENGTH): string | undefined {
  if (!text || text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The item's link: http(s) or relative, resolved against `base` when given; else undefined. */
export function resolveLink(url: unknown, base: string | undefined): string | undefined {
  return resolveHttpUrl(url, base, isCanonicalHttpUrl);
}

/** Raw fields from any source, before the item rules apply. */
export interface RawItem {
  title?: unknown;
  url?: unknown;
  image?: unknown;
  imageAlt?: unknown;
  published?: unknown;
  source?: unknown;
  author?: unknown;
  /** Or a function that reads it, called only when the summary is first read (see lazySummary). */
  summary?: unknown;
  lang?: unknown;
}

/**
 * Applies the item rules: a title (text) and an http(s) or relative URL are required, else
 * the item is dropped (undefined); images must be http(s) or relative; text is cleaned.
 */
export function toRelatedItem(raw: RawItem, base?: string): RelatedItem | undefined {
  const url = resolveLink(raw.url, base);
  return url ? withLink(raw, url, base) : undefined;
}

/**
 * toRelatedItem for a link already resolved by resolveLink: feed readers check the link before
 * anything else (see itemsFromJson), and need not parse it again.
 */
export function withLink(raw: RawItem, url: string, base?: string): RelatedItem | undefined {
  const title = cleanText(raw.title);
  if (!title) return undefined;
  // Null prototype: a polluted Object.prototype must not supply fields (an unchecked image URL).
  const item: RelatedItem = Object.assign(Object.create(null) as RelatedItem, { title, url });
  const image = resolveLink(raw.image, base);
  if (image) item.image = image;
  const imageAlt = cleanText(raw.imageAlt);
  if (imageAlt) item.imageAlt = imageAlt;
  const published = cleanText(raw.published);
  if (published) item.published = published;
  const source = cleanText(raw.source);
  if (source) item.source = source;
  const author = cleanText(raw.author);
  if (author) item.author = author;
  if (typeof raw.summary === 'function') {
    lazySummary(item, raw.summary as () => unknown);
  } else {
    const summary = truncate(cleanText(raw.summary));
    if (summary) item.summary = summary;
  }
  const lang = normalizeLang(raw.lang);
  if (lang) item.lang = lang;
  return item;
}

/**
 * A feed's summaries carry markup that costs a parse each, and most lists never show them: the
 * summary is reduced to text when first read, then kept as a plain property.
 */
function lazySummary(item: RelatedItem, read: () => unknown): void {
  Object.defineProperty(item, 'summary', {
    configurable: true,
    enumerable: true,
    get(): string | undefined {
      const summary = truncate(cleanText(read()));
      if (summary)
        Object.defineProperty(item, 'summary', { value: summary, enumerable: true, writable: true });
      else delete item.summary;
      return summary;
    },
    set(value: string | undefined): void {
      Object.defineProperty(item, 'summary', { value, enumerable: true, writable: true, configurable: true });
    },
  });
}

/** The key of an href as the URL parser writes it: no fragment, no trailing slash. */
const keyOf = (href: string): string => href.replace(/#.*$/s, '').replace(/\/$/, '');

/** A URL in a comparable form: absolute, no fragment, no trailing slash. */
export function urlKey(url: string, base = globalThis.document?.baseURI): string {
  if (isCanonicalHttpUrl(url)) return keyOf(url);
  try {
    return keyOf(new URL(url, base).href);
  } catch {
    return url;
  }
}

/**
 * Takes items in order until `max` are kept: valid ones only, no duplicate URLs, none of the
 * excluded URLs. Reads the source lazily, so a 10,000-item feed costs only what `max` needs.
 */
export function selectItems(
  source: Iterable<RelatedItem | undefined>,
  max: number,
  exclude: Iterable<string> = [],
): RelatedItem[] {
  const seen = new Set<string>([...exclude].map((url) => urlKey(url)));
  const items: RelatedItem[] = [];
  if (max <= 0) return items;
  for (const item of source) {
    if (!item) continue;
    const key = urlKey(item.url);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
    if (items.length >= max) break;
  }
  return items;
}
