import { localeListeners, localize, onDemandWords, type NewsElementsStrings } from './localized-strings.js';
import { LoadError } from './load-error.js';
import { onDemand, type OnDemand } from './on-demand.js';

// Words in languages other than Arabic and English are modules of their own
// (src/<element>/locales/), loaded the first time an element needs them: a page pays only for
// its own language. Apart from localized-strings.ts so that <scroll-top-button>, whose few words
// are all built in, never bundles the loading.

/** One element's words in other languages, by base language: each a module loaded on demand. */
export type WordsOnDemand<S> = Record<string, () => Promise<{ default: S }>>;

/** The words modules, by `element lang`, each loaded once (see on-demand.ts). */
const modules = new Map<string, OnDemand<{ default: unknown }>>();

function renderAgain(): void {
  for (const listener of localeListeners) {
    try {
      listener();
    } catch {
      // One element failing to re-render must not keep the others waiting.
    }
  }
}

/**
 * Starts loading an element's words in a language tag's base language, once, if they come on
 * demand, and returns what to wait for while they load (undefined when there is nothing to wait
 * for). When they arrive the elements render again (localize then finds them); if they cannot
 * load, the language's words stay English, with a warning, and are not asked for again.
 */
export function loadWords<S>(
  element: string,
  loaders: WordsOnDemand<S>,
  lang: string | undefined,
): Promise<unknown> | undefined {
  const base = (lang ?? '').toLowerCase().split('-')[0] as string;
  const key = `${element} ${base}`;
  if (!Object.hasOwn(loaders, base)) return undefined;
  let words = modules.get(key);
  if (!words) {
    const loading = onDemand(`the words for ${key}`, loaders[base] as WordsOnDemand<S>[string]);
    words = loading;
    modules.set(key, loading);
    onDemandWords.set(key, undefined);
    void loading.load().then(() => {
      const module = loading.get();
      if (module instanceof LoadError) console.warn(`news-elements: ${module.message}`);
      else onDemandWords.set(key, module?.default as Record<string, string>);
      renderAgain();
    });
  }
  // Loaded, or failed (then English, not asked for again): nothing to wait for.
  return words.get() === undefined ? words.ready() : undefined;
}

/**
 * An element's words: `stringsFor(lang)` returns the words there are now (until a language's
 * words arrive, the next language's: see localize); `wordsReady(lang)` starts loading them and
 * returns what to wait for, if anything.
 */
export function wordsFor<E extends keyof NewsElementsStrings>(
  element: E,
  builtIn: Record<string, NewsElementsStrings[E]>,
  onDemand: WordsOnDemand<NewsElementsStrings[E]>,
): {
  stringsFor: (lang: string | undefined) => NewsElementsStrings[E];
  wordsReady: (lang: string | undefined) => Promise<unknown> | undefined;
} {
  const wordsReady = (lang: string | undefined): Promise<unknown> | undefined =>
    loadWords(element, onDemand, lang);
  return {
    wordsReady,
    stringsFor: (lang) => {
      wordsReady(lang);
      return localize(element, builtIn, lang);
    },
  };
}
