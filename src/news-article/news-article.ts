import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { RemoteSource, emitError } from '../shared/remote-source.js';
import { emit } from '../shared/events.js';
import { styles } from './news-article.styles.js';
import { ELEMENT_BRAND, elementBrand } from '../shared/define-element.js';
import type { AddListener, RemoveListener } from '../shared/typed-events.js';
import { NewsElement } from '../shared/news-element.js';
import { articleFromProperty, normalizeArticle, type ArticleData } from '../shared/article-model.js';
import { LoadError, parseJson } from '../shared/load-error.js';
import { textParagraphs } from '../shared/text-paragraphs.js';
import { sanitizer } from './sanitizer-on-demand.js';
import { normalizeLang, resolveElementLanguage, type ElementLanguage } from '../shared/language-direction.js';
import { fill } from '../shared/localized-strings.js';
import { stringsFor, wordsReady, type NewsArticleStrings as Strings } from './strings.js';
import { parseDate } from '../shared/format-date.js';
import {
  DATE_PROPERTIES,
  dateDisplayOptions,
  dateText,
  relativeTimeReady,
  shownDate,
} from '../shared/date-template.js';
import { allReady } from '../shared/on-demand.js';
import { cleanText } from '../shared/text.js';
import { memoize } from '../shared/lang.js';
import { safeImageUrl, safeLinkUrl } from '../shared/safe-url.js';

export type { ArticleData } from '../shared/article-model.js';

/** Where the shown article came from, in `load` events. */
export type ArticleOrigin = 'article' | 'src' | 'json-ld';

export interface NewsArticleLoadDetail {
  article: ArticleData;
  origin: ArticleOrigin;
}

export interface NewsArticleErrorDetail {
  /** `url`, `network`, `http`, `timeout`, `too-large`, `parse`, `type` or `shape`. */
  code: string;
  /** The localized message shown to the reader. */
  message: string;
  /** HTTP status, for `http`. */
  status?: number | undefined;
}

/**
 * The rendered body: one element that keeps the sanitized nodes, so switching to the fallback
 * slot and back (loading, error) shows them again. A fragment would be empty after one insert.
 */
function bodyContainer(fragment: DocumentFragment): HTMLElement {
  const container = document.createElement('div');
  container.className = 'body';
  container.setAttribute('part', 'body');
  container.append(fragment);
  return container;
}

/** A body ready to show, or why it cannot be: its nodes (none for the page's own markup) and text. */
interface BodyNodes {
  html?: string;
  /** The URL the body's relative links and images were resolved against (see ArticleData.baseUrl). */
  base?: string | undefined;
  nodes?: HTMLElement;
  /** Known for text bodies and the page's markup; read from `nodes` only when asked (bodyText). */
  text?: string;
  error?: LoadError;
}

/**
 * The body's text, read from its nodes once, when first needed: reading a 5,000-word body
 * costs about 0.5 ms, and most articles need none of it (a `lang` decides their direction, and
 * only `reading-time` counts words).
 */
function bodyText(body: BodyNodes): string {
  return (body.text ??= body.nodes?.textContent ?? '');
}

/** Too-large input is a LoadError already; anything else a sanitizer throws is unreadable content. */
function asLoadError(error: unknown): LoadError {
  return error instanceof LoadError ? error : new LoadError('shape', String(error));
}

/** The message of each error code (our LoadError's codes; any other: errorGeneric). */
const ERROR_MESSAGES: Record<string, keyof Strings | undefined> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  'too-large': 'errorTooLarge',
  parse: 'errorParse',
  type: 'errorShape',
  shape: 'errorShape',
  url: 'errorUrl',
};

/** Words per minute for the reading-time estimate. */
const READING_SPEED = 200;

// Made once per locale: building an Intl formatter costs more than the rest of the header's
// render (~35 µs), and a body update renders the reading time again.
const minuteFormat = memoize(
  (tag: string) => new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
);
const listFormat = memoize((locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/**
 * One news article, right-to-left first: from attributes, our JSON or schema.org JSON-LD
 * (fetched from `src` or inline), a `<template>`, or the page's own markup inside the tag.
 *
 * Sources, highest precedence first: the `article` property, then data loaded from `src`,
 * then an inline `<script type="application/ld+json">` child. Attributes and properties
 * (`headline`, `author`, ...) override the matching fields of that data. The body is the
 * `body` property, else the data's body, else a `<template>` child, else the element's own
 * children, which also stay visible while loading and on error.
 *
 * @tagname news-article
 * @summary A sanitized, RTL-correct news article.
 *
 * @attr headline - The headline (text).
 * @attr subheadline - The subheadline or standfirst (text).
 * @attr author - Author name(s) (text).
 * @attr published - Publication date, ISO 8601.
 * @attr modified - Last modification date, ISO 8601; shown when it differs from `published`.
 * @attr source - The publisher's name, shown in the footer.
 * @attr source-url - Link for the publisher's name (http(s) or relative).
 * @attr image - Lead image URL (http(s) or relative).
 * @attr image-alt - The lead image's alternative text.
 * @attr url - The article's canonical URL.
 * @attr lang - The article's language; decides its direction unless `dir` is set.
 * @attr dir - `rtl` or `ltr`, to override the direction.
 * @attr src - URL of a JSON document: our article JSON, schema.org NewsArticle JSON-LD, or a JSON Feed 1.1 item.
 * @attr credentials - `include` or `same-origin` to send cookies with `src` (default: none).
 * @attr heading-level - The headline's heading level, 1 to 6 (default 2).
 * @attr numerals - `arab` (Arabic-Indic) or `latn` (Latin) digits; default the language's own.
 * @attr calendar - `gregory`, `islamic-umalqura`, or both (`both`, or the two names separated by a space).
 * @attr hijri-offset - Days (-2 to +2) added to Hijri dates, for local moon sighting.
 * @attr time-zone - IANA time zone for dates (default the reader's).
 * @attr relative-time - Show recent dates as relative time ("منذ ساعتين").
 * @attr relative-time-limit - Hours after which the full date is shown instead (default 24).
 * @attr reading-time - Show an estimated reading time.
 *
 * @prop {string | undefined} body - The body as an HTML string; always sanitized.
 * @prop {ArticleData | undefined} article - The whole article model: our fields or schema.org JSON-LD, normalized like any data.
 *
 * @slot - The page's own markup: the body when no other source gives one, and the fallback shown before JavaScript, while loading and on error.
 *
 * @csspart article - The `<article>` element.
 * @csspart header - The header (headline, subheadline, byline, dates).
 * @csspart headline - The headline.
 * @csspart subheadline - The subheadline.
 * @csspart byline - The author line.
 * @csspart dates - The published and updated dates.
 * @csspart figure - The lead image's figure.
 * @csspart image - The lead image.
 * @csspart caption - The lead image's caption.
 * @csspart body - The body.
 * @csspart footer - The footer.
 * @csspart source - The publisher's name (a link when `source-url` or `url` is set).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --news-article-font-size - Base font size (default: the page's, at least 16px).
 * @cssprop --news-article-font-family - Font stack (default: system fonts with Arabic coverage).
 * @cssprop --news-article-line-height - Body line height (default 1.8).
 * @cssprop --news-article-color - Text color.
 * @cssprop --news-article-muted-color - Color of the subheadline, byline, dates and caption.
 * @cssprop --news-article-background - Background.
 * @cssprop --news-article-padding - Padding of the article.
 * @cssprop --news-article-radius - Corner radius of the article.
 * @cssprop --news-article-max-inline-size - The measure (default 42em).
 * @cssprop --news-article-headline-size - Headline font size (default 1.75em).
 * @cssprop --news-article-headline-font-family - Headline font stack.
 * @cssprop --news-article-headline-color - Headline color.
 * @cssprop --news-article-body-size - Body font size (default 1.0625em).
 * @cssprop --news-article-link-color - Link color.
 * @cssprop --news-article-accent - Accent (blockquote rule).
 * @cssprop --news-article-focus-color - Focus outline color.
 * @cssprop --news-article-image-aspect-ratio - Lead image aspect ratio (default 16 / 9).
 * @cssprop --news-article-image-radius - Lead image corner radius.
 * @cssprop --news-article-error-color - Error accent color.
 * @cssprop --news-article-skeleton-block-size - Height reserved while loading (default 24em).
 *
 * @fires {NewsArticleLoadDetail} load - Data from `src`, inline JSON-LD or `article` was rendered. Bubbles, composed.
 * @fires {NewsArticleErrorDetail} error - Data could not be loaded or read; the error state is shown. Composed; does not bubble (so it never reaches window.onerror): listen on the element or capture on an ancestor.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners (interface below)
export class NewsArticle extends NewsElement {
  static override styles = styles;

  static override defaultTag = 'news-article';

  static override readonly [ELEMENT_BRAND] = elementBrand('news-article');

  static override properties = {
    headline: {},
    subheadline: {},
    author: {},
    published: {},
    modified: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    image: {},
    imageAlt: { attribute: 'image-alt' },
    url: {},
    src: {},
    credentials: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    ...DATE_PROPERTIES,
    readingTime: { type: Boolean, attribute: 'reading-time' },
    body: { attribute: false },
    article: { attribute: false },
    _inline: { state: true },
    _templateBody: { state: true },
    _hasFallback: { state: true },
  };

  declare headline: string | undefined;
  declare subheadline: string | undefined;
  declare author: string | undefined;
  declare published: string | undefined;
  declare modified: string | undefined;
  declare source: string | undefined;
  declare sourceUrl: string | undefined;
  declare image: string | undefined;
  declare imageAlt: string | undefined;
  declare url: string | undefined;
  declare src: string | undefined;
  declare credentials: string | undefined;
  declare headingLevel: number;
  declare numerals: string | undefined;
  declare calendar: string | undefined;
  declare hijriOffset: number | undefined;
  declare timeZone: string | undefined;
  declare relativeTime: boolean;
  declare relativeTimeLimit: number | undefined;
  declare readingTime: boolean;
  declare body: string | undefined;
  declare article: ArticleData | undefined;

  declare private _inline: ArticleData | undefined;
  declare private _templateBody: string | undefined;
  declare private _hasFallback: boolean;

  /** Data from `src`, and the error state for every source. */
  private readonly _source = new RemoteSource<ArticleData>(
    this,
    (text, _type, url) => normalizeArticle(parseJson(text), url),
    'application/json, application/ld+json, application/feed+json',
    // An article's body is HTML: the sanitizer downloads while the document does.
    sanitizer,
  );
  private _observer: MutationObserver | undefined;
  /** The sanitized body (or why it cannot be shown), kept while its HTML string is unchanged. */
  private _bodyCache: BodyNodes | undefined;
  /** The body's error last reported with an `error` event. */
  private _reportedBodyError: LoadError | undefined;
  /** What the last render showed: `load` waits for the content, and an error cancels it. */
  private _shown: 'content' | 'loading' | 'error' = 'loading';
  /** The JSON-LD text and template HTML last read, to skip work when children change otherwise. */
  private _inlineSource = '';
  private _pendingLoad: ArticleOrigin | undefined;
  /** Text of the page's own markup inside the element (for direction and reading time). */
  private _fallbackText = '';

  constructor() {
    super();
    // Defaults only: attributes are read by Lit after construction.
    this.headingLevel = 2;
    this.relativeTime = false;
    this.readingTime = false;
    this._hasFallback = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another place in the page: the inherited language may differ.
    if (this.hasUpdated) this.requestUpdate();
    // The fetch starts now, not after the first update (which may wait for words: see NewsElement).
    else if (this.src) this._source.load(this.src, this.credentials);
    this._readChildren();
    // Children can arrive after upgrade (streamed HTML) or be replaced by the page.
    this._observer ??= new MutationObserver(() => this._readChildren());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('credentials')) this._source.load(this.src, this.credentials);
    if (changed.has('article')) this._pendingLoad = this.article ? 'article' : undefined;
  }

  protected override updated(): void {
    if (this._waiting) return; // events once it renders with its words
    if (this._source.takeLoaded()) this._pendingLoad = 'src';
    // While its body cannot be shown, the data's `load` waits: the `error` event says why, and
    // the sanitizer may still arrive (see _bodyNodes).
    if (this._pendingLoad && this._shown === 'content') {
      const origin = this._pendingLoad;
      this._pendingLoad = undefined;
      emit<NewsArticleLoadDetail>(this, 'load', { article: this._model(), origin });
    }
    const error = this._source.takeError();
    if (error) emitError(this, error, this._errorMessage(this._strings(), error));
    // A body's error, once it is the error shown (not while loading, nor beside a source's).
    const bodyError =
      this._shown === 'error' && this._source.status !== 'error' ? this._bodyCache?.error : undefined;
    if (bodyError && bodyError !== this._reportedBodyError) {
      this._reportedBodyError = bodyError;
      emitError(this, bodyError, this._errorMessage(this._strings(), bodyError));
    }
  }

  /** Reads the inline sources: a JSON-LD script, a template, and whether there is fallback markup. */
  private _readChildren(): void {
    let jsonLd: HTMLScriptElement | undefined;
    let template: HTMLTemplateElement | undefined;
    let fallback = '';
    let hasElement = false;
    for (const node of this.childNodes) {
      if (node instanceof HTMLScriptElement) {
        if (!jsonLd && node.type.trim().toLowerCase() === 'application/ld+json') jsonLd = node;
      } else if (node instanceof HTMLTemplateElement) {
        template ??= node;
      } else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
        fallback += `${node.textContent ?? ''} `;
        if (node.nodeType === Node.ELEMENT_NODE) hasElement = true;
      }
    }
    this._fallbackText = fallback;
    // An image or other element without text is fallback content too.
    this._hasFallback = hasElement || fallback.trim() !== '';
    const jsonText = jsonLd?.textContent ?? '';
    const templateHtml = template?.innerHTML ?? '';
    const key = `${jsonText}\u0000${templateHtml}`;
    if (key === this._inlineSource) return;
    this._inlineSource = key;
    this._templateBody = templateHtml.trim() ? templateHtml : undefined;
    if (!jsonLd || !jsonText.trim()) {
      this._inline = undefined;
      return;
    }
    try {
      this._inline = normalizeArticle(parseJson(jsonText));
      if (!this.src) {
        if (this._source.status === 'error') this._source.load(undefined); // fixed: clear the error
        if (!this.article) this._pendingLoad = 'json-ld';
      }
    } catch (error) {
      this._inline = undefined;
      if (!this.src && !this.article) this._source.fail(error);
    }
  }

  /** The article as shown: data by precedence, then attributes over its fields. */
  private _model(): ArticleData {
    // Every source is normalized (null-prototype objects with checked fields): the `article`
    // property too, which a page may fill with anything.
    const given: ArticleData =
      articleFromProperty(this.article) ?? this._source.value ?? this._inline ?? Object.create(null);
    const body = this.body ?? given.body ?? (given.bodyText ? undefined : this._templateBody);
    return Object.assign(Object.create(null) as ArticleData, given, {
      headline: cleanText(this.headline) ?? given.headline,
      subheadline: cleanText(this.subheadline) ?? given.subheadline,
      authors: this.author ? [cleanText(this.author)].filter((a): a is string => !!a) : given.authors,
      published: cleanText(this.published) ?? given.published,
      modified: cleanText(this.modified) ?? given.modified,
      source: cleanText(this.source) ?? given.source,
      sourceUrl: safeLinkUrl(this.sourceUrl) ?? given.sourceUrl,
      image: safeImageUrl(this.image) ?? given.image,
      imageAlt: cleanText(this.imageAlt) ?? given.imageAlt,
      url: safeLinkUrl(this.url) ?? given.url,
      body,
      // The data's own body resolves against the data's URL; another (`body`, a template) is
      // the page's and resolves against the page.
      baseUrl: this.body == null && given.body ? given.baseUrl : undefined,
    });
  }

  /** The sanitized body last made, if it is this model's: the same HTML and the same base URL. */
  private _cachedBody(model: ArticleData): BodyNodes | undefined {
    const cache = this._bodyCache;
    return cache?.html === model.body && cache?.base === model.baseUrl ? cache : undefined;
  }

  /**
   * The sanitized body nodes for an HTML string, sanitized once per distinct string; the error
   * when it cannot be shown (too large, or the sanitizer could not load); undefined while the
   * sanitizer loads (past the update's wait for it: the element re-renders when it arrives).
   */
  private _bodyNodes(model: ArticleData & { body: string }): BodyNodes | undefined {
    const cached = this._cachedBody(model);
    if (cached) return cached;
    const { body: html, baseUrl: base } = model;
    const loaded = sanitizer.get();
    if (!loaded) {
      void sanitizer.load().then(() => this.requestUpdate());
      return undefined;
    }
    try {
      if (loaded instanceof LoadError) {
        // Shown until a later request (another element's, or this one's next body) loads it.
        void sanitizer.arrived.then(() => {
          if (this._bodyCache?.error === loaded) {
            this._bodyCache = undefined;
            this.requestUpdate();
          }
        });
        throw loaded;
      }
      this._bodyCache = { html, base, nodes: bodyContainer(loaded.sanitizeHtml(html, base)) };
    } catch (error) {
      this._bodyCache = { html, base, text: '', error: asLoadError(error) };
    }
    return this._bodyCache;
  }

  protected override _ready(): Promise<unknown> | undefined {
    const model = this._model();
    // The first render does not wait for the sanitizer: it shows the loading state (an empty
    // element until the module arrives would let the page below it move up, then down).
    const sanitizing = this.hasUpdated ? this._sanitizerReady(model) : undefined;
    return allReady(wordsReady(this._language(model).locale), sanitizing, relativeTimeReady(this));
  }

  protected override _settled(): Promise<unknown> | undefined {
    return this._sanitizerReady(this._model());
  }

  /** Starts loading the sanitizer when the body is HTML not yet sanitized; what to wait for. */
  private _sanitizerReady(model: ArticleData): Promise<unknown> | undefined {
    return model.body && !this._cachedBody(model) ? sanitizer.ready() : undefined;
  }

  private _strings(): Strings {
    return stringsFor(this._language().locale);
  }

  /** Language and direction for the current model (see resolveLanguage for the rules). */
  private _language(model: ArticleData = this._model(), body?: BodyNodes): ElementLanguage {
    // A given language decides without the text (resolveLanguage reads it only when none is).
    // Else the body's first 1,000 characters tell its direction as well as all of it would.
    const text = normalizeLang(this.getAttribute('lang') || model.lang)
      ? ''
      : [model.headline, model.subheadline, body && bodyText(body).slice(0, 1000)].filter(Boolean).join(' ');
    return resolveElementLanguage(this, model, text);
  }

  private _errorMessage(strings: Strings, error: LoadError | undefined): string {
    if (error?.code === 'http') return fill(strings.errorHttp, error.status ?? '');
    return strings[ERROR_MESSAGES[error?.code ?? ''] ?? 'errorGeneric'];
  }

  protected override render(): TemplateResult {
    const model = this._model();
    const shown = this._renderBody(model);
    const body = shown ?? { text: this._fallbackText };
    const { lang, dir, locale } = this._language(model, body);
    const strings = stringsFor(locale);
    // A model handed over as `article` is shown whatever `src` is doing.
    const status = this.article ? 'ready' : this._source.status;
    // Waiting for its words (see NewsElement._waiting): the loading state, without them.
    const loading = this._waiting || status === 'loading' || !shown;
    // A body that cannot be shown (too large) is an error of its own: another body clears it.
    const error = status === 'error' ? this._source.error : body.error;
    const failed = !loading && !!error;
    const showContent = !loading && !failed;
    this._shown = loading ? 'loading' : failed ? 'error' : 'content';
    return html`
      <article part="article" lang=${lang ?? ''} dir=${dir} aria-busy=${loading ? 'true' : 'false'}>
        ${
          loading
            ? html`${this._waiting ? nothing : html`<p class="visually-hidden" role="status">${strings.loading}</p>`}
              ${
                this._hasFallback
                  ? nothing
                  : html`<div class="skeleton" part="skeleton" aria-hidden="true">
                      <span></span><span></span><span></span><span></span><span></span><span></span>
                    </div>`
              }`
            : nothing
        }
        ${failed ? html`<p class="error" part="error" role="alert">${this._errorMessage(strings, error)}</p>` : nothing}
        ${showContent ? this._renderHeader(model, locale, strings, body) : nothing}
        ${showContent ? this._renderImage(model) : nothing}
        ${showContent && body.nodes ? body.nodes : html`<div class="body" part="body"><slot></slot></div>`}
        ${showContent ? this._renderFooter(model, strings) : nothing}
      </article>
    `;
  }

  /** The body to show: sanitized HTML, text paragraphs or the page's markup; undefined while pending. */
  private _renderBody(model: ArticleData): BodyNodes | undefined {
    if (model.body) return this._bodyNodes(model as ArticleData & { body: string });
    if (model.bodyText) {
      const key = `text:${model.bodyText}`;
      // Split and cleaned once per text, not on every render.
      if (this._bodyCache?.html !== key) {
        const paragraphs = model.bodyText
          .split(/\n\s*\n|\r?\n/)
          .map((p) => cleanText(p))
          .filter((p): p is string => !!p);
        this._bodyCache = {
          html: key,
          nodes: bodyContainer(textParagraphs(paragraphs)),
          text: paragraphs.join(' '),
        };
      }
      return this._bodyCache;
    }
    return { text: this._fallbackText };
  }

  private _renderDate(
    iso: string,
    label: string,
    locale: string,
    part: string,
  ): TemplateResult | typeof nothing {
    const date = shownDate(iso, dateDisplayOptions(this, locale));
    if (!date) return nothing; // a label without its date says nothing
    return html`<p class=${part}>
      <span>${label}</span> <time datetime=${date.iso} title=${date.full}>${dateText(date)}</time>
    </p>`;
  }

  private _renderHeader(
    model: ArticleData,
    locale: string,
    strings: Strings,
    body: BodyNodes,
  ): TemplateResult {
    const authors = model.authors ?? [];
    const published = model.published ? parseDate(model.published) : undefined;
    const modified = model.modified ? parseDate(model.modified) : undefined;
    const showModified = modified && (!published || modified.getTime() - published.getTime() >= 60_000);
    const words = this.readingTime ? bodyText(body).split(/\s+/).filter(Boolean).length : 0;
    const hasMeta = authors.length > 0 || published || showModified || words > 0;
    if (!model.headline && !model.subheadline && !hasMeta) return html``;
    return html`<header part="header">
      ${model.headline ? heading(this.headingLevel, 'headline', model.headline) : nothing}
      ${model.subheadline ? html`<p class="subheadline" part="subheadline">${model.subheadline}</p>` : nothing}
      ${
        hasMeta
          ? html`<div class="meta">
              ${authors.length > 0 ? html`<p class="byline" part="byline">${this._byline(authors, locale, strings)}</p>` : nothing}
              <div class="dates" part="dates">
                ${model.published ? this._renderDate(model.published, strings.published, locale, 'published') : nothing}
                ${showModified && model.modified ? this._renderDate(model.modified, strings.updated, locale, 'modified') : nothing}
              </div>
              ${
                words > 0
                  ? html`<p class="reading-time">
                      ${fill(strings.readingTime, this._minutes(words, locale))}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </header>`;
  }

  /** "بقلم أ، ب و ج": names isolated (bidi) inside the localized list. */
  private _byline(authors: string[], locale: string, strings: Strings): TemplateResult[] {
    const list = listFormat(locale).formatToParts(authors);
    const names = list.map((part) =>
      part.type === 'element' ? html`<bdi>${part.value}</bdi>` : html`${part.value}`,
    );
    const [before = '', after = ''] = strings.byline.split('{0}');
    return [html`${before}`, ...names, html`${after}`];
  }

  private _minutes(words: number, locale: string): string {
    const minutes = Math.max(1, Math.round(words / READING_SPEED));
    try {
      return minuteFormat(this.numerals ? `${locale}-u-nu-${this.numerals}` : locale).format(minutes);
    } catch {
      return String(minutes);
    }
  }

  private _renderImage(model: ArticleData): TemplateResult | typeof nothing {
    if (!model.image) return nothing;
    return html`<figure part="figure">
      <img
        class="image"
        part="image"
        src=${model.image}
        alt=${model.imageAlt ?? ''}
        loading="lazy"
        decoding="async"
      />
      ${model.imageCaption ? html`<figcaption part="caption">${model.imageCaption}</figcaption>` : nothing}
    </figure>`;
  }

  private _renderFooter(model: ArticleData, strings: Strings): TemplateResult | typeof nothing {
    if (!model.source) return nothing;
    const href = model.sourceUrl ?? model.url;
    const name = html`<bdi>${model.source}</bdi>`;
    return html`<footer part="footer">
      <span>${strings.source}:</span>
      ${
        href
          ? html`<a class="source" part="source" href=${href} rel="noopener noreferrer">${name}</a>`
          : html`<span class="source" part="source">${name}</span>`
      }
    </footer>`;
  }
}

/** The events of <news-article>, for typed listeners. */
export interface NewsArticleEventMap {
  load: CustomEvent<NewsArticleLoadDetail>;
  error: CustomEvent<NewsArticleErrorDetail>;
}

/** Typed listeners for the element's own events (with the usual HTMLElement ones beside them). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- overloads only, no fields
export interface NewsArticle {
  addEventListener: AddListener<NewsArticle, NewsArticleEventMap>;
  removeEventListener: RemoveListener<NewsArticle, NewsArticleEventMap>;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
