// Language tags alone, apart from directions (language-direction.ts): all <scroll-top-button>
// needs for its label.

/**
 * Remembers a pure function's results for the few keys a page uses (language tags, locales, an
 * element's text): every render asks again (each item of a list, each date), and Intl builds a
 * new object each time.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    if (cache.size >= 100) cache.clear(); // a hostile feed's 10,000 made-up tags stay bounded
    cache.set(key, value);
    return value;
  };
}

const canonical = memoize((lang: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
});

/** A BCP 47 tag in canonical form, or undefined when the value is not a usable language tag. */
export function normalizeLang(lang: unknown): string | undefined {
  if (typeof lang !== 'string' || lang.trim() === '') return undefined;
  return canonical(lang);
}

/** The `lang` of the nearest ancestor (crossing shadow roots), or of the document element. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      // lang="" says the language is unknown there (HTML): it stops inheritance too.
      const lang = node.getAttribute('lang');
      if (lang !== null) return normalizeLang(lang);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return undefined;
}
