import { cleanText } from './text.js';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';
import { normalizeLang } from './language-direction.js';
import { LoadError } from './load-error.js';
import { get, isObject, type Json } from './json-object.js';

/**
 * One article, whatever it came from. Every source (attributes, our JSON, schema.org JSON-LD,
 * a JSON Feed item) is normalized into this before anything renders.
 */
export interface ArticleData {
  headline?: string | undefined;
  subheadline?: string | undefined;
  /** Author names, shown as a localized list. */
  authors?: string[] | undefined;
  /** ISO 8601. */
  published?: string | undefined;
  /** ISO 8601. */
  modified?: string | undefined;
  /** The publisher's name. */
  source?: string | undefined;
  sourceUrl?: string | undefined;
  image?: string | undefined;
  imageAlt?: string | undefined;
  imageCaption?: string | undefined;
  /** The canonical URL. */
  url?: string | undefined;
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
  /** The body as HTML: always sanitized before it is shown. */
  body?: string | undefined;
  /** The body as plain text (paragraphs separated by blank lines), for sources that give text. */
  bodyText?: string | undefined;
  /**
   * For data from `src`: the URL its body's relative links and images resolve against. That is
   * the article's own `url` (the page the body was written for) when it has one, else the URL
   * of the document (after redirects), against which the other relative URLs resolve. Given in
   * the `article` property (an absolute http(s) URL), all its relative URLs resolve against it.
   */
  baseUrl?: string | undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function html(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function dir(value: unknown): 'ltr' | 'rtl' | undefined {
  return value === 'ltr' || value === 'rtl' ? value : undefined;
}

/** A name from a string, a Person/Organization object or an array of either. */
function names(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((entry) => (isObject(entry) ? get(entry, 'name') : entry))
    .map(cleanText)
    .filter((name): name is string => name !== undefined);
  return list.length > 0 ? list.slice(0, 20) : undefined;
}

/** A URL from a string, an ImageObject/WebPage object (url or @id) or an array. */
function urlOf(value: unknown): unknown {
  const entry = first(value);
  if (isObject(entry)) return get(entry, 'url') ?? get(entry, 'contentUrl') ?? get(entry, '@id');
  return entry;
}

/** `inLanguage` is a BCP 47 string or a schema.org Language object (its alternateName is the tag). */
function languageOf(value: unknown): string | undefined {
  const entry = first(value);
  return normalizeLang(isObject(entry) ? get(entry, 'alternateName') : entry);
}

function typesOf(object: Json): string[] {
  const type = get(object, '@type');
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const ARTICLE_TYPES =
  /(^|:|\/)(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

function isArticleType(object: Json): boolean {
  return typesOf(object).some((type) => ARTICLE_TYPES.test(type));
}

/** Finds the article node of a JSON-LD document: top level, in an array or in an @graph. */
function findJsonLdArticle(data: unknown, depth = 0): Json | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(data)) {
    for (const entry of data.slice(0, 100)) {
      const found = findJsonLdArticle(entry, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(data)) return undefined;
  if (isArticleType(data)) return data;
  const graph = get(data, '@graph');
  return graph ? findJsonLdArticle(graph, depth + 1) : undefined;
}

/** Reads schema.org NewsArticle/Article JSON-LD. */
export function fromJsonLd(node: Json, base?: string): ArticleData {
  const publisher = first(get(node, 'publisher'));
  const image = first(get(node, 'image'));
  const body = get(node, 'articleBody');
  const bodyIsHtml = typeof body === 'string' && /<[a-z][^>]*>/i.test(body);
  return {
    headline: cleanText(get(node, 'headline')) ?? cleanText(get(node, 'name')),
    subheadline: cleanText(get(node, 'alternativeHeadline')) ?? cleanText(get(node, 'description')),
    authors: names(get(node, 'author')),
    published: cleanText(get(node, 'datePublished')),
    modified: cleanText(get(node, 'dateModified')),
    source: isObject(publisher) ? cleanText(get(publisher, 'name')) : cleanText(publisher),
    sourceUrl: isObject(publisher) ? safeLinkUrl(urlOf(publisher), base) : undefined,
    image: safeImageUrl(urlOf(image), base),
    imageAlt: isObject(image)
      ? (cleanText(get(image, 'description')) ?? cleanText(get(image, 'name')))
      : undefined,
    imageCaption: isObject(image) ? cleanText(get(image, 'caption')) : undefined,
    url: safeLinkUrl(urlOf(get(node, 'url')) ?? urlOf(get(node, 'mainEntityOfPage')), base),
    lang: languageOf(get(node, 'inLanguage')),
    body: bodyIsHtml ? body : undefined,
    bodyText: !bodyIsHtml && typeof body === 'string' && body.trim() !== '' ? body : undefined,
  };
}

/** The URL if it is an absolute http(s) one (the only kind a base may be). */
function absoluteHttp(url: string | undefined): string | undefined {
  return url && /^https?:/i.test(url) ? url : undefined;
}

/** A fetched body's base: the page it was written for (http(s)), else the document's URL. */
function pageBase(page: string | undefined, base: string | undefined): string | undefined {
  return base && (absoluteHttp(page) ?? base);
}

/** Reads a JSON Feed 1.1 item (or a one-item feed). */
export function fromJsonFeedItem(item: Json, feed?: Json, base?: string): ArticleData {
  const authors = get(item, 'authors') ?? get(item, 'author') ?? (feed ? get(feed, 'authors') : undefined);
  return {
    headline: cleanText(get(item, 'title')),
    subheadline: cleanText(get(item, 'summary')),
    authors: names(authors),
    published: cleanText(get(item, 'date_published')),
    modified: cleanText(get(item, 'date_modified')),
    source: feed ? cleanText(get(feed, 'title')) : undefined,
    sourceUrl: feed ? safeLinkUrl(get(feed, 'home_page_url'), base) : undefined,
    image: safeImageUrl(get(item, 'image'), base) ?? safeImageUrl(get(item, 'banner_image'), base),
    url: safeLinkUrl(get(item, 'url'), base) ?? safeLinkUrl(get(item, 'external_url'), base),
    lang: normalizeLang(get(item, 'language')) ?? (feed ? normalizeLang(get(feed, 'language')) : undefined),
    body: html(get(item, 'content_html')),
    bodyText: html(get(item, 'content_text')),
    // The item's own page: `external_url` (its fallback for `url`) is another site's, that a link
    // blog comments on, not where the item's body was written.
    baseUrl: pageBase(safeLinkUrl(get(item, 'url'), base), base),
  };
}

/** Reads our own article JSON (the element's attribute names, camel-cased or not). */
export function fromOwnJson(data: Json, base?: string): ArticleData {
  const author = get(data, 'authors') ?? get(data, 'author');
  return {
    headline: cleanText(get(data, 'headline')),
    subheadline: cleanText(get(data, 'subheadline')),
    authors: names(author),
    published: cleanText(get(data, 'published')),
    modified: cleanText(get(data, 'modified')),
    source: cleanText(get(data, 'source')),
    sourceUrl: safeLinkUrl(get(data, 'sourceUrl') ?? get(data, 'source-url'), base),
    image: safeImageUrl(get(data, 'image'), base),
    imageAlt: cleanText(get(data, 'imageAlt') ?? get(data, 'image-alt')),
    imageCaption: cleanText(get(data, 'imageCaption') ?? get(data, 'image-caption')),
    url: safeLinkUrl(get(data, 'url'), base),
    lang: normalizeLang(get(data, 'lang')),
    dir: dir(get(data, 'dir')),
    body: html(get(data, 'body')),
    bodyText: html(get(data, 'bodyText')),
  };
}

function hasContent(article: ArticleData): boolean {
  return Boolean(article.headline || article.body || article.bodyText);
}

/**
 * Normalizes any supported JSON document into an article: our JSON, schema.org JSON-LD
 * (also inside an array or @graph), a JSON Feed item, or a JSON Feed (its first item).
 * Relative URLs resolve against `base` when given (the URL the document was fetched from).
 * @throws LoadError with code `shape` when the document holds no article.
 */
export function normalizeArticle(data: unknown, base?: string): ArticleData {
  const article = articleFrom(data, base);
  if (!article || !hasContent(article)) {
    throw new LoadError('shape', 'the document holds no article (headline or body)');
  }
  return article;
}

function articleFrom(data: unknown, base?: string): ArticleData | undefined {
  const article = readArticle(data, base);
  return article && withoutUndefined({ ...article, baseUrl: article.baseUrl ?? pageBase(article.url, base) });
}

/**
 * A model handed over as the `article` property: its fields get the same rules as any data (a
 * wrong type is dropped, not thrown on in render). Our fields, or schema.org JSON-LD (told by its
 * `@type`); never taken for a JSON Feed item, as an object from a CMS with `id` and `title` would
 * be. Its relative URLs resolve against its own absolute `baseUrl`, if it has one (a page that
 * fetched another site's data itself, or a `load` event's model set back). Undefined when it is
 * not an object.
 */
export function articleFromProperty(data: unknown): ArticleData | undefined {
  const base = isObject(data) ? absoluteHttp(safeImageUrl(get(data, 'baseUrl'))) : undefined;
  const jsonLd = findJsonLdArticle(data);
  const article = jsonLd ? fromJsonLd(jsonLd, base) : isObject(data) ? fromOwnJson(data, base) : undefined;
  return article && withoutUndefined({ ...article, baseUrl: base });
}

function readArticle(data: unknown, base?: string): ArticleData | undefined {
  const jsonLd = findJsonLdArticle(data);
  if (jsonLd) return fromJsonLd(jsonLd, base);
  if (!isObject(data)) return undefined;
  const version = get(data, 'version');
  if (typeof version === 'string' && version.includes('jsonfeed.org')) {
    const items = get(data, 'items');
    const item = Array.isArray(items) ? items.find(isObject) : undefined;
    return item ? fromJsonFeedItem(item, data, base) : undefined;
  }
  const has = (key: string): boolean => Object.hasOwn(data, key);
  if (has('content_html') || has('content_text') || (has('title') && has('id'))) {
    return fromJsonFeedItem(data, undefined, base);
  }
  return fromOwnJson(data, base);
}

/**
 * The model on a null-prototype object: a page that put keys on Object.prototype (old libraries,
 * pollution attacks) must not see them turn up as article fields.
 */
function withoutUndefined(article: ArticleData): ArticleData {
  return Object.assign(
    Object.create(null) as ArticleData,
    Object.fromEntries(Object.entries(article).filter(([, value]) => value !== undefined)),
  );
}
