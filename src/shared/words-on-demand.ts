import { localeListeners, localize, onDemandWords, type NewsElementsStrings } from './localized-strings.js';

// Words in languages other than Arabic and English are modules of their own
// (src/<element>/locales/), loaded the first time an element needs them: a page pays only for
// its own language. Apart from localized-strings.ts so that <scroll-top-button>, whose few words
// are all built in, never bundles the loading.

/** One element's words in other languages, by base language: each a module loaded on demand. */
export type WordsOnDemand<S> = Record<string, () => Promise<{ default: S }>>;

/** The loads elements' updates wait for, each for at most 3 s (then they render without). */
const awaited = new Set<Promise<unknown>>();

/**
 * Starts loading an element's words in a language tag's base language, once, if they come on
 * demand. When they arrive the elements render again (localize then finds them); if they cannot
 * load, the language's words stay English, with a warning, and are not asked for again.
 */
export function loadWords<S>(element: string, onDemand: WordsOnDemand<S>, lang: string | undefined): void {
  const base = (lang ?? '').toLowerCase().split('-')[0] as string;
  const key = `${element} ${base}`;
  if (!Object.hasOwn(onDemand, base) || onDemandWords.has(key)) return;
  onDemandWords.set(key, undefined);
  const wait: Promise<unknown> = Promise.race([
    (onDemand[base] as WordsOnDemand<S>[string])()
      .then(
        (module) => void onDemandWords.set(key, module.default as Record<string, string>),
        (error: unknown) => console.warn(`news-elements: no words for ${key}`, error),
      )
      .then(() => localeListeners.forEach((listener) => listener())),
    new Promise((timeUp) => setTimeout(timeUp, 3000)),
  ]).then(() => awaited.delete(wait));
  awaited.add(wait);
}

/**
 * Settles when the words loading now have arrived (or were waited for long enough); undefined
 * when none are loading. Elements hold their update until then: a French page never shows English.
 */
export const wordsLoading = (): Promise<unknown> | undefined =>
  awaited.size > 0 ? Promise.all(awaited) : undefined;

/**
 * An element's `stringsFor(lang)`: starts loading the language's words if they come on demand,
 * and returns the words there are now (until they arrive, the next language's: see localize).
 */
export function wordsFor<E extends keyof NewsElementsStrings>(
  element: E,
  builtIn: Record<string, NewsElementsStrings[E]>,
  onDemand: WordsOnDemand<NewsElementsStrings[E]>,
): (lang: string | undefined) => NewsElementsStrings[E] {
  return (lang) => {
    loadWords(element, onDemand, lang);
    return localize(element, builtIn, lang);
  };
}
