import type { NewsArticleStrings } from '../news-article/strings.js';
import type { RelatedArticlesStrings } from '../related-articles/strings.js';
import type { ScrollTopButtonStrings } from '../scroll-top-button/strings.js';
import { normalizeLang } from './lang.js';

/**
 * Every UI string of every element, by element. Each element keeps its built-in table beside it
 * (src/<element>/strings.ts), so a page loads only the words of the elements it uses; what
 * registerLocale() adds is looked up first.
 */
export interface NewsElementsStrings {
  'news-article': NewsArticleStrings;
  'related-articles': RelatedArticlesStrings;
  'scroll-top-button': ScrollTopButtonStrings;
}

/** What registerLocale() takes: any of the elements, any of their strings. */
export type LocaleStrings = {
  [E in keyof NewsElementsStrings]?: Partial<NewsElementsStrings[E]>;
};

const registered = new Map<string, LocaleStrings>();
/** Called after every registerLocale() (the elements render again). */
export const localeListeners = new Set<() => void>();

/**
 * Adds or overrides the words of one language for any element, e.g.
 * `registerLocale('de', { 'scroll-top-button': { label: 'Nach oben' } })`. Strings left out come
 * from the next language in the chain (`de-AT` → `de` → `en`), so a regional variant can change
 * a single word. Elements already on the page render again. `{0}` marks where a value goes.
 */
export function registerLocale(lang: string, strings: LocaleStrings): void {
  const tag = normalizeLang(lang)?.toLowerCase();
  if (!tag) return console.warn(`news-elements: registerLocale(): not a language tag: ${String(lang)}`);
  const merged = registered.get(tag) ?? {};
  // Own keys and string values only: a polluted prototype or a stray number adds no word.
  for (const element of Object.keys(strings ?? {}) as (keyof LocaleStrings)[]) {
    const words: Record<string, string> = { ...merged[element] };
    for (const [name, word] of Object.entries(strings[element] ?? {})) {
      if (typeof word === 'string') words[name] = word;
    }
    merged[element] = words as never;
  }
  registered.set(tag, merged);
  for (const listener of localeListeners) listener();
}

/** Tables loaded on demand by `element lang` (see words-on-demand.ts): undefined while loading. */
export const onDemandWords = new Map<string, Record<string, string> | undefined>();

/**
 * An element's words for a language tag, string by string: from the full tag (`ar-eg`), then its
 * base language (`ar`), then English; at each step what registerLocale() added comes before the
 * built-in table, or the one loaded on demand once it has arrived.
 */
export function localize<E extends keyof NewsElementsStrings>(
  element: E,
  builtIn: Record<string, NewsElementsStrings[E]>,
  lang: string | undefined,
): NewsElementsStrings[E] {
  const tag = (lang ?? 'en').toLowerCase();
  const words = {};
  // From English to the full tag, so that the most specific word wins.
  for (const step of ['en', tag.split('-')[0] as string, tag]) {
    Object.assign(
      words,
      Object.hasOwn(builtIn, step) ? builtIn[step] : onDemandWords.get(`${element} ${step}`),
      registered.get(step)?.[element],
    );
  }
  return words as NewsElementsStrings[E];
}

/** Fills `{0}` placeholders. */
export function fill(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
