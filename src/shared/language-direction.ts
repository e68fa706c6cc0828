import { detectDirection } from './text.js';

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left, for engines without `Intl.Locale` text info. */
const RTL_LANGUAGES = new Set([
  'ar', 'arc', 'azb', 'bal', 'bqi', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'ji', 'khw', 'ks', 'ku-arab',
  'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'sdh', 'syr', 'ug', 'ur', 'yi',
]);
/** Scripts written right to left, for tags that name one (az-Arab, pa-Arab, ...). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr', 'mend', 'yezi']);

interface TextInfoLocale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/** A BCP 47 tag in canonical form, or undefined when the value is not a usable language tag. */
export function normalizeLang(lang: unknown): string | undefined {
  if (typeof lang !== 'string' || lang.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The writing direction of a language tag: from the engine's locale data where it has it. */
export function languageDirection(lang: string): Direction {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & TextInfoLocale;
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    const script = locale.script?.toLowerCase();
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    const base = lang.toLowerCase().split('-')[0] ?? '';
    return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
  }
}

/** The `lang` of the nearest ancestor (crossing shadow roots), or of the document element. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null && lang.trim() !== '') return normalizeLang(lang);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return undefined;
}

export interface LanguageContext {
  /** The element's own `dir` attribute, if it is `ltr` or `rtl`. */
  dir?: string | null | undefined;
  /** The article's language: the element's `lang`, else the data's. */
  lang?: string | undefined;
  /** The nearest ancestor's language. */
  inherited?: string | undefined;
  /** The text to detect from when nothing else decides. */
  text?: string | undefined;
}

export interface ResolvedLanguage {
  /** The language to put on the rendered content, if known. */
  lang: string | undefined;
  dir: Direction;
}

/**
 * Resolves language and direction: explicit `dir`, else the article's language, else the
 * nearest ancestor's `lang`, else the text's strong characters. An inherited page language
 * never overrides text that is clearly in a script of the other direction: an Arabic article
 * without a language tag inside an English page stays right-to-left.
 */
export function resolveLanguage(context: LanguageContext): ResolvedLanguage {
  const lang = normalizeLang(context.lang);
  const explicit = context.dir === 'rtl' || context.dir === 'ltr' ? context.dir : undefined;
  if (lang) return { lang, dir: explicit ?? languageDirection(lang) };
  const detected = context.text ? detectDirection(context.text) : undefined;
  const inherited = normalizeLang(context.inherited);
  if (explicit) return { lang: inherited, dir: explicit };
  if (inherited) {
    const dir = languageDirection(inherited);
    if (!detected || detected === dir) return { lang: inherited, dir };
    // The page's language does not describe this text, so do not claim it does.
    return { lang: undefined, dir: detected };
  }
  return { lang: undefined, dir: detected ?? 'ltr' };
}
