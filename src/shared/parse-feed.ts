import { LoadError, parseJson } from './load-json.js';
import { parseDocument, textFromHtml } from './parse-markup.js';
import { resolveLink, toRelatedItem, type RawItem, type RelatedItem } from './related-item.js';

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: `__proto__` and `constructor` keys in JSON never reach a prototype. */
function get(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** Titles and summaries in feeds often carry HTML and entities: always reduce them to text. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? textFromHtml(value) : undefined;
}

function nameOf(value: unknown): unknown {
  const entry = Array.isArray(value) ? value[0] : value;
  return isObject(entry) ? get(entry, 'name') : entry;
}

/** Items from JSON: an array of items, `{ "items": [...] }`, or a JSON Feed 1.x. */
function* jsonItems(data: unknown, base: string | undefined): Generator<RelatedItem | undefined> {
  const feed = isObject(data) ? data : undefined;
  const list = Array.isArray(data) ? data : feed ? get(feed, 'items') : undefined;
  if (!Array.isArray(list)) throw new LoadError('shape', 'no items array');
  const isJsonFeed = feed !== undefined && String(get(feed, 'version') ?? '').includes('jsonfeed.org');
  const feedTitle = feed ? get(feed, 'title') : undefined;
  const feedLang = feed ? get(feed, 'language') : undefined;
  for (const entry of list) {
    if (!isObject(entry)) {
      yield undefined;
      continue;
    }
    // The link first: reducing a title's markup to text costs a parse, and a hostile feed of
    // 100,000 unusable items must not cost 100,000 parses.
    const url = isJsonFeed
      ? (get(entry, 'url') ?? get(entry, 'external_url'))
      : (get(entry, 'url') ?? get(entry, 'link'));
    if (!resolveLink(url, base)) {
      yield undefined;
      continue;
    }
    const raw: RawItem = isJsonFeed
      ? {
          title: text(get(entry, 'title')),
          url,
          image: get(entry, 'image') ?? get(entry, 'banner_image'),
          published: get(entry, 'date_published'),
          source: feedTitle,
          author: nameOf(get(entry, 'authors') ?? get(entry, 'author')),
          summary:
            text(get(entry, 'summary')) ?? text(get(entry, 'content_text') ?? get(entry, 'content_html')),
          lang: get(entry, 'language') ?? feedLang,
        }
      : {
          title: text(get(entry, 'title') ?? get(entry, 'headline')),
          url,
          image: get(entry, 'image'),
          imageAlt: get(entry, 'imageAlt') ?? get(entry, 'image-alt'),
          published: get(entry, 'published') ?? get(entry, 'date'),
          source: get(entry, 'source') ?? feedTitle,
          author: nameOf(get(entry, 'author')),
          summary: text(get(entry, 'summary')),
          lang: get(entry, 'lang') ?? feedLang,
        };
    yield toRelatedItem(raw, base);
  }
}

/** Direct children of `parent` with that local name (and namespace, when given). */
function children(parent: Element, localName: string, namespace?: string | null): Element[] {
  return [...parent.children].filter(
    (child) => child.localName === localName && (namespace === undefined || child.namespaceURI === namespace),
  );
}

function childText(parent: Element, localName: string, namespace?: string | null): string | undefined {
  const value = children(parent, localName, namespace)[0]?.textContent?.trim();
  return value ? value : undefined;
}

/** The first image of an item: media:content (image), media:thumbnail, media:group, enclosure. */
function mediaImage(item: Element): { url?: string | undefined; alt?: string | undefined } {
  const candidates = [
    ...children(item, 'content', MEDIA_NS),
    ...children(item, 'group', MEDIA_NS).flatMap((group) => children(group, 'content', MEDIA_NS)),
  ].filter((media) => {
    const medium = media.getAttribute('medium');
    const type = media.getAttribute('type') ?? '';
    return medium === 'image' || type.startsWith('image/') || (!medium && !type);
  });
  const thumbnails = [
    ...children(item, 'thumbnail', MEDIA_NS),
    ...candidates.flatMap((media) => children(media, 'thumbnail', MEDIA_NS)),
  ];
  const enclosures = [...children(item, 'enclosure'), ...children(item, 'link', ATOM_NS)].filter(
    (enclosure) =>
      (enclosure.getAttribute('type') ?? '').startsWith('image/') &&
      (enclosure.localName === 'enclosure' || enclosure.getAttribute('rel') === 'enclosure'),
  );
  const media = candidates[0];
  const url =
    media?.getAttribute('url') ??
    thumbnails[0]?.getAttribute('url') ??
    enclosures[0]?.getAttribute('url') ??
    enclosures[0]?.getAttribute('href') ??
    undefined;
  const alt = media
    ? (childText(media, 'description', MEDIA_NS) ?? childText(media, 'title', MEDIA_NS))
    : undefined;
  return { url, alt: alt ? textFromHtml(alt) : undefined };
}

/** Items of an RSS 2.0 (or RDF/RSS 1.0) feed. */
function* rssItems(doc: Document, base: string | undefined): Generator<RelatedItem | undefined> {
  const channel = doc.getElementsByTagName('channel')[0];
  const source = channel ? childText(channel, 'title') : undefined;
  const lang = channel ? childText(channel, 'language') : undefined;
  for (const item of doc.getElementsByTagName('item')) {
    const url = childText(item, 'link', null) ?? childText(item, 'link') ?? permalink(item);
    if (!resolveLink(url, base)) {
      yield undefined; // before any text is parsed (see jsonItems)
      continue;
    }
    const image = mediaImage(item);
    const description = childText(item, 'description') ?? childText(item, 'encoded');
    const itemSource = childText(item, 'source');
    yield toRelatedItem(
      {
        title: text(childText(item, 'title')),
        url,
        image: image.url,
        imageAlt: image.alt,
        published: childText(item, 'pubDate') ?? childText(item, 'date'),
        source: itemSource ?? source,
        author: childText(item, 'creator') ?? childText(item, 'author'),
        summary: text(description),
        lang: childText(item, 'language') ?? lang,
      },
      base,
    );
  }
}

/** An RSS guid is a link only when it says so (isPermaLink is true by default). */
function permalink(item: Element): string | undefined {
  const guid = children(item, 'guid')[0];
  if (!guid || guid.getAttribute('isPermaLink') === 'false') return undefined;
  return guid.textContent?.trim() || undefined;
}

/** Text of an Atom text construct: type text, html (escaped markup) or xhtml (inline markup). */
function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type');
  const value = element.textContent ?? '';
  return type === 'html' ? textFromHtml(value) : value;
}

function atomLang(element: Element | null): string | undefined {
  for (let node = element; node; node = node.parentElement) {
    const lang = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang');
    if (lang) return lang;
  }
  return undefined;
}

/** Items of an Atom 1.0 feed. */
function* atomItems(doc: Document, base: string | undefined): Generator<RelatedItem | undefined> {
  const feed = doc.documentElement;
  const source = atomText(children(feed, 'title', ATOM_NS)[0]);
  for (const entry of doc.getElementsByTagNameNS(ATOM_NS, 'entry')) {
    const links = children(entry, 'link', ATOM_NS);
    const link =
      links.find(
        (l) =>
          (l.getAttribute('rel') ?? 'alternate') === 'alternate' &&
          l.getAttribute('type') !== 'application/atom+xml',
      ) ?? links.find((l) => !l.getAttribute('rel'));
    if (!resolveLink(link?.getAttribute('href'), base)) {
      yield undefined; // before any text is parsed (see jsonItems)
      continue;
    }
    const image = mediaImage(entry);
    const author = children(entry, 'author', ATOM_NS)[0];
    const entrySource = children(entry, 'source', ATOM_NS)[0];
    yield toRelatedItem(
      {
        title: atomText(children(entry, 'title', ATOM_NS)[0]),
        url: link?.getAttribute('href'),
        image: image.url,
        imageAlt: image.alt,
        published: childText(entry, 'published', ATOM_NS) ?? childText(entry, 'updated', ATOM_NS),
        source: (entrySource && atomText(children(entrySource, 'title', ATOM_NS)[0])) ?? source,
        author: author ? childText(author, 'name', ATOM_NS) : undefined,
        summary: atomText(children(entry, 'summary', ATOM_NS)[0] ?? children(entry, 'content', ATOM_NS)[0]),
        lang: atomLang(entry),
      },
      base,
    );
  }
}

function xmlItems(textValue: string, base: string | undefined): Iterable<RelatedItem | undefined> {
  return feedDocumentItems(parseDocument(textValue, 'application/xml'), base);
}

/** Items of an RSS or Atom feed already parsed (e.g. an XMLHttpRequest's responseXML). */
export function feedDocumentItems(doc: Document, base?: string): Iterable<RelatedItem | undefined> {
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new LoadError('parse', 'the feed is not well-formed XML');
  }
  const root = doc.documentElement;
  if (!root) throw new LoadError('parse', 'the feed is empty');
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return atomItems(doc, base);
  if (
    root.localName === 'rss' ||
    root.localName === 'RDF' ||
    doc.getElementsByTagName('channel').length > 0
  ) {
    return rssItems(doc, base);
  }
  throw new LoadError('shape', `not an RSS or Atom feed (root <${root.localName}>)`);
}

export type FeedFormat = 'json' | 'xml';

/** Decides JSON or XML from the content type, then from the first character. */
export function detectFormat(textValue: string, contentType = ''): FeedFormat {
  const type = contentType.toLowerCase();
  if (/json/.test(type)) return 'json';
  if (/xml|rss|atom/.test(type)) return 'xml';
  return /^\s*</.test(textValue.replace(/^\ufeff/, '')) ? 'xml' : 'json';
}

/**
 * Reads a feed or item list (JSON array, `{ items }`, JSON Feed, RSS 2.0, Atom 1.0) lazily:
 * iterate only as far as you need. Relative URLs are resolved against `base` (the feed's URL).
 * @throws LoadError `parse` for malformed JSON or XML, `shape` for anything that is not a feed.
 */
export function parseFeed(
  textValue: string,
  contentType = '',
  base?: string,
): Iterable<RelatedItem | undefined> {
  const clean = textValue.replace(/^\ufeff/, '');
  return detectFormat(clean, contentType) === 'json'
    ? jsonItems(parseJson(clean), base)
    : xmlItems(clean, base);
}

/** Items from already-parsed JSON (the `items` property or an inline script). */
export function itemsFromJson(data: unknown, base?: string): Iterable<RelatedItem | undefined> {
  return jsonItems(data, base);
}
