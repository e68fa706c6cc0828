import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { RemoteSource, emitError } from '../shared/remote-source.js';
import { emit } from '../shared/events.js';
import { styles } from './related-articles.styles.js';
import { ELEMENT_BRAND, elementBrand } from '../shared/define-element.js';
import type { AddListener, RemoveListener } from '../shared/typed-events.js';
import { NewsElement } from '../shared/news-element.js';
import { LoadError, parseJson } from '../shared/load-error.js';
import { itemsFromJson } from '../shared/json-items.js';
import type { FeedReader } from '../shared/parse-feed.js';
import { selectItems, toRelatedItem, type RelatedItem } from '../shared/related-item.js';
import {
  languageDirection,
  normalizeLang,
  resolveElementLanguage,
  type ElementLanguage,
} from '../shared/language-direction.js';
import { fill } from '../shared/localized-strings.js';
import { stringsFor, wordsReady, type RelatedArticlesStrings as Strings } from './strings.js';
import {
  DATE_PROPERTIES,
  dateDisplayOptions,
  dateText,
  relativeTimeReady,
  shownDate,
  type ShownDate,
} from '../shared/date-template.js';
import { cleanText } from '../shared/text.js';
import { allReady } from '../shared/on-demand.js';
import { feedReaders } from './feed-readers-on-demand.js';

export type { RelatedItem } from '../shared/related-item.js';

export type RelatedLayout = 'list' | 'grid' | 'compact';

export interface RelatedArticlesSelectDetail {
  item: RelatedItem;
  /** 1-based position in the shown list. */
  position: number;
}

export interface RelatedArticlesLoadDetail {
  items: RelatedItem[];
  origin: 'items' | 'src' | 'json' | 'links';
}

export interface RelatedArticlesErrorDetail {
  code: string;
  message: string;
  status?: number | undefined;
}

/** A feed from `src`, parsed once; each call reads its items again (see readFeed). */
type Feed = FeedReader;

let nextId = 0;

/**
 * A list or grid of related articles from data, JSON, JSON Feed, RSS or Atom. Renders text only
 * (titles and summaries from feeds are reduced to text), so it needs no HTML sanitizer.
 *
 * Sources, highest precedence first: the `items` property, then `src`, then an inline
 * `<script type="application/json">` child, then the links among the element's own children
 * (which are also the fallback shown before JavaScript, while loading and on error).
 *
 * @tagname related-articles
 * @summary Related links from data or feeds, RTL-correct and accessible.
 *
 * @attr heading - The heading (default localized: "مقالات ذات صلة", "Related articles", ...).
 * @attr heading-level - The heading's level, 1 to 6 (default 2).
 * @attr max - How many items to show (default 6).
 * @attr layout - `list`, `grid` or `compact`; by default a list in a narrow column and a grid in a wide one.
 * @attr exclude - A URL not to list. The page's canonical URL and any `<news-article>`'s URL are always left out.
 * @attr lang - The list's language; decides its direction unless `dir` is set.
 * @attr dir - `rtl` or `ltr`.
 * @attr link-target - `target` for the links (`_blank` adds rel="noopener noreferrer").
 * @attr src - URL of a JSON array of items, `{ "items": [...] }`, a JSON Feed, an RSS 2.0 or an Atom 1.0 feed.
 * @attr credentials - `include` or `same-origin` to send cookies with `src` (default: none).
 * @attr hide-images - Show no images.
 * @attr hide-dates - Show no dates.
 * @attr hide-source - Show no source names.
 * @attr show-summary - Show each item's summary.
 * @attr numerals - `arab` or `latn` digits in dates.
 * @attr calendar - `gregory`, `islamic-umalqura` or both.
 * @attr hijri-offset - Days (-2 to +2) added to Hijri dates.
 * @attr time-zone - IANA time zone for dates.
 * @attr relative-time - Recent dates as relative time ("منذ ساعتين").
 * @attr relative-time-limit - Hours after which the full date is shown (default 24).
 *
 * @prop {RelatedItem[] | undefined} items - The items, as an array (the same fields as the JSON).
 *
 * @slot - Fallback: the page's own list of links, shown before JavaScript, while loading and on error; its links are read as items when no other source gives any.
 *
 * @csspart nav - The landmark around the list.
 * @csspart heading - The heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Each item's link.
 * @csspart image - Each item's image.
 * @csspart title - Each item's title.
 * @csspart date - Each item's date.
 * @csspart source - Each item's source name.
 * @csspart summary - Each item's summary.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error message.
 *
 * @cssprop --related-articles-font-size - Base font size (default: the page's, at least 16px).
 * @cssprop --related-articles-font-family - Font stack.
 * @cssprop --related-articles-color - Text color.
 * @cssprop --related-articles-muted-color - Color of dates, sources and summaries.
 * @cssprop --related-articles-heading-size - Heading font size (default 1.25em).
 * @cssprop --related-articles-heading-color - Heading color.
 * @cssprop --related-articles-title-color - Title color.
 * @cssprop --related-articles-link-hover-color - Title color on hover and focus.
 * @cssprop --related-articles-focus-color - Focus outline color.
 * @cssprop --related-articles-gap - Space between items (default 1em).
 * @cssprop --related-articles-card-min - Narrowest grid column (default 13em).
 * @cssprop --related-articles-image-size - Image width in the list layout (default 6em).
 * @cssprop --related-articles-image-aspect-ratio - Image aspect ratio (default 16 / 9).
 * @cssprop --related-articles-image-radius - Image corner radius.
 * @cssprop --related-articles-error-color - Error accent color.
 *
 * @fires {RelatedArticlesSelectDetail} related-articles-select - A link was activated, before navigation. Bubbles, composed, cancelable: cancel it to handle navigation yourself.
 * @fires {RelatedArticlesImpressionDetail} impression - The list became at least half visible; once per element. Bubbles, composed.
 * @fires {RelatedArticlesLoadDetail} load - Items from a source were rendered. Bubbles, composed.
 * @fires {RelatedArticlesErrorDetail} error - A source could not be loaded or read. Composed, does not bubble (so it never reaches window.onerror).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners (interface below)
export class RelatedArticles extends NewsElement {
  static override styles = styles;

  static override defaultTag = 'related-articles';

  static override readonly [ELEMENT_BRAND] = elementBrand('related-articles');

  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    max: { type: Number },
    layout: {},
    exclude: {},
    linkTarget: { attribute: 'link-target' },
    src: {},
    credentials: {},
    hideImages: { type: Boolean, attribute: 'hide-images' },
    hideDates: { type: Boolean, attribute: 'hide-dates' },
    hideSource: { type: Boolean, attribute: 'hide-source' },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    ...DATE_PROPERTIES,
    items: { attribute: false },
    _inline: { state: true },
    _links: { state: true },
  };

  declare heading: string | undefined;
  declare headingLevel: number;
  declare max: number;
  declare layout: string | undefined;
  declare exclude: string | undefined;
  declare linkTarget: string | undefined;
  declare src: string | undefined;
  declare credentials: string | undefined;
  declare hideImages: boolean;
  declare hideDates: boolean;
  declare hideSource: boolean;
  declare showSummary: boolean;
  declare numerals: string | undefined;
  declare calendar: string | undefined;
  declare hijriOffset: number | undefined;
  declare timeZone: string | undefined;
  declare relativeTime: boolean;
  declare relativeTimeLimit: number | undefined;
  declare items: unknown[] | undefined;

  declare private _inline: unknown;
  declare private _links: RelatedItem[] | undefined;

  /**
   * The feed from `src`, parsed once on arrival and read lazily, only as far as `max` needs;
   * reading its first item turns a malformed or empty feed into the error state.
   */
  private readonly _source = new RemoteSource<Feed>(
    this,
    async (text, type, base, context) =>
      (await feedReaders.module()).readFeedSource(text, type, base, context),
    'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8',
    // The feed readers download while the feed does; a failure shows when the feed arrives.
    feedReaders,
  );
  private _observer: MutationObserver | undefined;
  private _visibility: IntersectionObserver | undefined;
  private _impressed = false;
  private _inlineText = '';
  private _pendingLoad: RelatedArticlesLoadDetail['origin'] | undefined;
  private _shown: RelatedItem[] = [];
  private _itemsCache:
    { source: unknown; key: string; result: { items: RelatedItem[]; failed: unknown } } | undefined;
  private readonly _headingId = `related-articles-heading-${++nextId}`;

  constructor() {
    super();
    this.headingLevel = 2;
    this.max = 6;
    this.hideImages = false;
    this.hideDates = false;
    this.hideSource = false;
    this.showSummary = false;
    this.relativeTime = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
    // The fetch starts now, not after the first update (which may wait for words: see NewsElement).
    else if (this.src) this._source.load(this.src, this.credentials);
    this._readChildren();
    this._observer ??= new MutationObserver(() => this._readChildren());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._visibility?.disconnect();
    this._visibility = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('credentials')) this._source.load(this.src, this.credentials);
    if (changed.has('items') && this.items) this._pendingLoad = 'items';
  }

  protected override updated(): void {
    if (this._waiting) return; // events once it renders with its words
    if (this._source.takeLoaded()) this._pendingLoad = 'src';
    if (this._pendingLoad && this._source.status !== 'loading') {
      const origin = this._pendingLoad;
      this._pendingLoad = undefined;
      emit<RelatedArticlesLoadDetail>(this, 'load', { items: this._shown, origin });
    }
    const error = this._source.takeError();
    if (error) emitError(this, error, this._errorMessage(this._strings(), error));
    this._watchVisibility();
  }

  /** Fires `impression` once, the first time at least half of the list is in view. */
  private _watchVisibility(): void {
    if (
      this._impressed ||
      this._visibility ||
      this._shown.length === 0 ||
      !('IntersectionObserver' in window)
    ) {
      return;
    }
    const list = this.renderRoot.querySelector('ul');
    if (!list) return;
    this._visibility = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry?.isIntersecting) return;
        // A list taller than the viewport counts once it fills half of it.
        const viewport = entry.rootBounds?.height ?? window.innerHeight;
        const seen = entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport * 0.5;
        if (!seen || this._impressed) return;
        this._impressed = true;
        this._visibility?.disconnect();
        this._visibility = undefined;
        emit(this, 'impression', { count: this._shown.length, items: this._shown });
      },
      { threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    this._visibility.observe(list);
  }

  /** Reads the inline JSON child and the fallback links. */
  private _readChildren(): void {
    const script = [...this.children].find(
      (child): child is HTMLScriptElement =>
        child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json',
    );
    const json = script?.textContent ?? '';
    if (json !== this._inlineText) {
      this._inlineText = json;
      if (!json.trim()) {
        this._inline = undefined;
      } else {
        try {
          this._inline = parseJson(json);
          if (!this.src && !this.items) this._pendingLoad = 'json';
        } catch (error) {
          this._inline = undefined;
          if (!this.src && !this.items) this._source.fail(error);
        }
      }
    }
    const links = [...this.querySelectorAll('a[href]')]
      .map((link) =>
        toRelatedItem({
          title: link.textContent,
          url: link.getAttribute('href'),
          lang: link.closest('[lang]')?.getAttribute('lang') ?? undefined,
        }),
      )
      .filter((item): item is RelatedItem => item !== undefined);
    const changed = JSON.stringify(links) !== JSON.stringify(this._links ?? []);
    if (changed) this._links = links.length > 0 ? links : undefined;
  }

  /** URLs never to list: `exclude`, the page's canonical URL, and any `<news-article>`'s URL. */
  private _excluded(): string[] {
    const urls: string[] = [];
    if (this.exclude) urls.push(this.exclude);
    const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
    if (canonical) urls.push(canonical);
    for (const article of document.querySelectorAll('news-article')) {
      const url = article.getAttribute('url') ?? (article as { article?: { url?: string } }).article?.url;
      if (url) urls.push(url);
    }
    return urls;
  }

  /** The shown items: from the first source that has any, by precedence, after the item rules. */
  private _items(): { items: RelatedItem[]; failed: unknown } {
    const max = Number.isFinite(this.max) ? Math.max(0, Math.min(100, Math.trunc(this.max))) : 6;
    const exclude = this._excluded();
    const source = this.items ?? this._source.value ?? this._inline ?? this._links ?? [];
    const key = `${max}\u0000${exclude.join('\u0000')}`;
    // A feed is parsed once per source, max and exclusions, not on every render.
    if (this._itemsCache?.source === source && this._itemsCache.key === key) return this._itemsCache.result;
    let result: { items: RelatedItem[]; failed: unknown };
    try {
      const candidates =
        source === this._source.value
          ? this._source.value()
          : source === this._links
            ? this._links
            : itemsFromJson(source);
      result = { items: selectItems(candidates, max, exclude), failed: undefined };
    } catch (error) {
      result = { items: [], failed: error };
    }
    this._itemsCache = { source, key, result };
    return result;
  }

  protected override _ready(): Promise<unknown> | undefined {
    return allReady(wordsReady(this._language(this._items().items).locale), relativeTimeReady(this));
  }

  private _strings(): Strings {
    return stringsFor(this._language([]).locale);
  }

  private _language(items: RelatedItem[]): ElementLanguage {
    const text = [this.heading ?? '', ...items.slice(0, 10).map((item) => item.title)].join(' ');
    // The language most items declare (a feed's <language>) speaks for the list; the others
    // are marked on their own item.
    const counts = new Map<string, number>();
    for (const item of items) if (item.lang) counts.set(item.lang, (counts.get(item.lang) ?? 0) + 1);
    const [lang, count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    return resolveElementLanguage(this, { lang: count * 2 >= items.length ? lang : undefined }, text);
  }

  private _errorMessage(strings: Strings, error: LoadError | undefined): string {
    const code = error?.code ?? '';
    if (code === 'http') return fill(strings.errorHttp, error?.status ?? '');
    if (code === 'network' || code === 'timeout') return strings.errorNetwork;
    // Data that is not a readable feed, whatever the reason.
    return /^(parse|type|shape|too-large)$/.test(code) ? strings.errorFeed : strings.errorGeneric;
  }

  /** A click on an item's link: `related-articles-select`, which may cancel the navigation. */
  private readonly _onClick = (event: MouseEvent): void => {
    const list = event.currentTarget as HTMLUListElement;
    const link = (event.target as Element).closest?.('a');
    const index = link ? [...list.children].indexOf(link.parentElement as Element) : -1;
    const item = this._shown[index];
    if (!item) return;
    const allowed = emit<RelatedArticlesSelectDetail>(
      this,
      'related-articles-select',
      { item, position: index + 1 },
      true,
      true,
    );
    if (!allowed) event.preventDefault();
  };

  protected override render(): TemplateResult {
    // Waiting for its words (see NewsElement._waiting): the page's links, else a skeleton.
    if (this._waiting) {
      return this._hasFallback() ? html`<slot></slot>` : this._skeleton();
    }
    const { items, failed } = this._items();
    if (failed && this._source.status !== 'error') queueMicrotask(() => this._source.fail(failed));
    this._shown = items;
    const { lang, dir, locale } = this._language(items);
    const strings = stringsFor(locale);
    const headingText = cleanText(this.heading) ?? strings.heading;
    const loading = this._source.status === 'loading' && !this.items;
    const failedState = this._source.status === 'error' && !this.items;
    const layout =
      this.layout === 'list' || this.layout === 'grid' || this.layout === 'compact' ? this.layout : 'auto';
    const showList = !loading && !failedState && items.length > 0;
    const hasFallback = this._hasFallback();
    return html`
      <nav
        part="nav"
        class=${layout}
        lang=${lang ?? ''}
        dir=${dir}
        aria-labelledby=${this._headingId}
        aria-busy=${loading ? 'true' : 'false'}
      >
        ${heading(this.headingLevel, 'heading', headingText, this._headingId)}
        ${
          loading
            ? html`<p class="visually-hidden" role="status">${strings.loading}</p>
                ${hasFallback ? nothing : this._skeleton()}`
            : nothing
        }
        ${failedState ? html`<p class="error" part="error" role="alert">${this._errorMessage(strings, this._source.error)}</p>` : nothing}
        ${showList ? this._renderList(items, locale, dir) : html`<slot></slot>`}
      </nav>
    `;
  }

  /** The page's own links inside the tag: shown before and without JavaScript, and while loading. */
  private _hasFallback(): boolean {
    return this.querySelector(':scope > :not(script)') !== null;
  }

  /** The placeholder while loading: a line per item to come (six at most). */
  private _skeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${Array.from({ length: Math.min(this.max || 6, 6) }, () => html`<span></span>`)}
    </div>`;
  }

  private _renderList(items: RelatedItem[], locale: string, listDir: string): TemplateResult {
    const target = this.linkTarget?.trim() || undefined;
    const compact = this.layout === 'compact';
    const rel = target === '_blank' ? 'noopener noreferrer' : nothing;
    const options = dateDisplayOptions(this, locale, true);
    // One listener for the list, not one per link (see _onClick).
    return html`<ul part="list" @click=${this._onClick}>
      ${items.map((item) => {
        // An item in another language carries its own language and direction.
        const itemLang =
          item.lang && normalizeLang(item.lang) !== normalizeLang(locale) ? item.lang : undefined;
        const itemDir = itemLang ? languageDirection(itemLang) : undefined;
        const dir = itemDir && itemDir !== listDir ? itemDir : undefined;
        const showImage = !this.hideImages && !compact && item.image;
        const itemDates = itemLang ? dateDisplayOptions(this, itemLang, true) : options;
        const summary =
          this.showSummary && !compact && item.summary
            ? html`<span class="summary" part="summary">${item.summary}</span>`
            : nothing;
        const date = !this.hideDates && !compact ? shownDate(item.published, itemDates) : undefined;
        const source = !this.hideSource && !compact ? item.source : undefined;
        // Feeds' usual item (image, source and date) is one template with no nested one: a
        // 100-item list clones every node and instantiates every nested template 100 times.
        // No white space between the tags: each text node would be cloned for every item too.
        // prettier-ignore
        return showImage && source && date
          ? html`<li part="item" lang=${itemLang ?? nothing} dir=${dir ?? nothing}><a part="link" href=${item.url} target=${target ?? nothing} rel=${rel}><img class="thumb" part="image" src=${item.image} alt=${item.imageAlt ?? ''} loading="lazy" decoding="async"><span class="text"><bdi class="title" part="title">${item.title}</bdi><span class="meta"><bdi part="source">${source}</bdi><span part="date"><time datetime=${date.iso} title=${date.full}>${dateText(date)}</time></span></span>${summary}</span></a></li>`
          : html`<li part="item" lang=${itemLang ?? nothing} dir=${dir ?? nothing}><a part="link" href=${item.url} target=${target ?? nothing} rel=${rel}>${showImage ? html`<img class="thumb" part="image" src=${item.image} alt=${item.imageAlt ?? ''} loading="lazy" decoding="async">` : nothing}<span class="text"><bdi class="title" part="title">${item.title}</bdi>${renderMeta(source, date)}${summary}</span></a></li>`;
      })}
    </ul>`;
  }
}

/** An item's source and date line, when it is not in the item's own template (see _renderList). */
function renderMeta(
  source: string | undefined,
  date: ShownDate | undefined,
): TemplateResult | typeof nothing {
  // prettier-ignore
  if (!date) return source ? html`<span class="meta"><bdi part="source">${source}</bdi></span>` : nothing;
  // prettier-ignore
  return source
    ? html`<span class="meta"><bdi part="source">${source}</bdi><span part="date"><time datetime=${date.iso} title=${date.full}>${dateText(date)}</time></span></span>`
    : html`<span class="meta"><span part="date"><time datetime=${date.iso} title=${date.full}>${dateText(date)}</time></span></span>`;
}

export interface RelatedArticlesImpressionDetail {
  count: number;
  items: RelatedItem[];
}

/** The events of <related-articles>, for typed listeners. */
export interface RelatedArticlesEventMap {
  'related-articles-select': CustomEvent<RelatedArticlesSelectDetail>;
  impression: CustomEvent<RelatedArticlesImpressionDetail>;
  load: CustomEvent<RelatedArticlesLoadDetail>;
  error: CustomEvent<RelatedArticlesErrorDetail>;
}

/** Typed listeners for the element's own events (with the usual HTMLElement ones beside them). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- overloads only, no fields
export interface RelatedArticles {
  addEventListener: AddListener<RelatedArticles, RelatedArticlesEventMap>;
  removeEventListener: RemoveListener<RelatedArticles, RelatedArticlesEventMap>;
}

declare global {
  // Names of their own: typed wherever they are listened to (they bubble).
  interface HTMLElementEventMap {
    'related-articles-select': CustomEvent<RelatedArticlesSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
}
