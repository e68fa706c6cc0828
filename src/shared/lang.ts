// Language tags alone, apart from directions (language-direction.ts): all <scroll-top-button>
// needs for its label.

/** A BCP 47 tag in canonical form, or undefined when the value is not a usable language tag. */
export function normalizeLang(lang: unknown): string | undefined {
  if (typeof lang !== 'string' || lang.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
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
