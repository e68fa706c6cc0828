import { LoadError, parseJson } from './load-error.js';
import { parseDocument, textFromHtml } from './parse-markup.js';
import { resolveLink, withLink, type RelatedItem } from './related-item.js';
import { itemsFromJson, text } from './json-items.js';

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * Direct children of `parent` with that local name (and namespace, when given). A walk over the
 * siblings each time: an item has a handful of children, and an index per item in a WeakMap
 * cost three times as much (DOM nodes as WeakMap keys are slow in Firefox).
 */
function children(parent: Element, localName: string, namespace?: string | null): Element[] {
  const list: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === localName && (namespace === undefined || child.namespaceURI === namespace)) {
      list.push(child);
    }
  }
  return list;
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
    const resolved = resolveLink(url, base);
    if (!resolved) {
      yield undefined; // before any text is parsed (see itemsFromJson)
      continue;
    }
    const image = mediaImage(item);
    const description = childText(item, 'description') ?? childText(item, 'encoded');
    const itemSource = childText(item, 'source');
    yield withLink(
      {
        title: text(childText(item, 'title')),
        image: image.url,
        imageAlt: image.alt,
        published: childText(item, 'pubDate') ?? childText(item, 'date'),
        source: itemSource ?? source,
        author: childText(item, 'creator') ?? childText(item, 'author'),
        summary: () => text(description),
        lang: childText(item, 'language') ?? lang,
      },
      resolved,
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
    const resolved = resolveLink(link?.getAttribute('href'), base);
    if (!resolved) {
      yield undefined; // before any text is parsed (see itemsFromJson)
      continue;
    }
    const image = mediaImage(entry);
    const author = children(entry, 'author', ATOM_NS)[0];
    const entrySource = children(entry, 'source', ATOM_NS)[0];
    yield withLink(
      {
        title: atomText(children(entry, 'title', ATOM_NS)[0]),
        image: image.url,
        imageAlt: image.alt,
        published: childText(entry, 'published', ATOM_NS) ?? childText(entry, 'updated', ATOM_NS),
        source: (entrySource && atomText(children(entrySource, 'title', ATOM_NS)[0])) ?? source,
        author: author ? childText(author, 'name', ATOM_NS) : undefined,
        summary: () =>
          atomText(children(entry, 'summary', ATOM_NS)[0] ?? children(entry, 'content', ATOM_NS)[0]),
        lang: atomLang(entry),
      },
      resolved,
      base,
    );
  }
}

/**
 * The reader of an RSS or Atom feed already parsed (e.g. an XMLHttpRequest's responseXML): the
 * document is checked once here, not on every read (finding a parser error walks all of it).
 * @throws LoadError `parse` for a parser error, `shape` for a document that is not a feed.
 */
export function feedDocumentReader(doc: Document, base?: string): FeedReader {
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new LoadError('parse', 'the feed is not well-formed XML');
  }
  const root = doc.documentElement;
  if (!root) throw new LoadError('parse', 'the feed is empty');
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return () => atomItems(doc, base);
  if (
    root.localName === 'rss' ||
    root.localName === 'RDF' ||
    doc.getElementsByTagName('channel').length > 0
  ) {
    return () => rssItems(doc, base);
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

/** A feed parsed once: each call reads its items again, lazily, from the parsed form. */
export type FeedReader = () => Iterable<RelatedItem | undefined>;

/**
 * Parses a feed or item list (JSON array, `{ items }`, JSON Feed, RSS 2.0, Atom 1.0) once.
 * Relative URLs are resolved against `base` (the feed's URL).
 * @throws LoadError `parse` for malformed JSON or XML, `shape` for an XML document that is not a
 * feed (JSON that is not a list throws `shape` when its items are read).
 */
export function readFeed(textValue: string, contentType = '', base?: string): FeedReader {
  const clean = textValue.replace(/^\ufeff/, '');
  if (detectFormat(clean, contentType) === 'json') {
    const data = parseJson(clean);
    return () => itemsFromJson(data, base);
  }
  return feedDocumentReader(parseDocument(clean, 'application/xml'), base);
}

/** Reads a feed's items lazily: iterate only as far as you need (see readFeed). */
export function parseFeed(
  textValue: string,
  contentType = '',
  base?: string,
): Iterable<RelatedItem | undefined> {
  return readFeed(textValue, contentType, base)();
}
