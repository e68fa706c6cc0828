import { LoadError } from './load-error.js';
import { textFromHtml } from './parse-markup.js';
import { resolveLink, withLink, type RawItem, type RelatedItem } from './related-item.js';
import { get, isObject } from './json-object.js';

/** Titles and summaries in feeds often carry HTML and entities: always reduce them to text. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? textFromHtml(value) : undefined;
}

function nameOf(value: unknown): unknown {
  const entry = Array.isArray(value) ? value[0] : value;
  return isObject(entry) ? get(entry, 'name') : entry;
}

/**
 * Items from already-parsed JSON (the `items` property, an inline script, a fetched document):
 * an array of items, `{ "items": [...] }`, or a JSON Feed 1.x.
 */
export function* itemsFromJson(data: unknown, base?: string): Generator<RelatedItem | undefined> {
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
    const link = resolveLink(url, base);
    if (!link) {
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
          summary: () =>
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
          summary: () => text(get(entry, 'summary')),
          lang: get(entry, 'lang') ?? feedLang,
        };
    yield withLink(raw, link, base);
  }
}
