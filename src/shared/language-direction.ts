import { detectDirection } from './text.js';
import { inheritedLang, memoize, normalizeLang } from './lang.js';

export { inheritedLang, normalizeLang } from './lang.js';

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left, for engines without `Intl.Locale` text info. */
const RTL_LANGUAGES = new Set(
  'ar arc azb bal bqi ckb dv fa glk he iw ji khw ks ku-arab lrc mzn nqo pnb ps sd sdh syr ug ur yi'.split(
    ' ',
  ),
);
/** Scripts written right to left, named in a tag (az-Arab) or implied by its language (dv: Thaa). */
const RTL_SCRIPTS = new Set(
  'arab aran hebr syrc syre syrj syrn thaa nkoo adlm rohg mand samr mend yezi armi avst chrs cprt elym hatr hung khar lydi mani merc mero narb nbat orkh ougr palm phli phlp phnx prti sarb sogd sogo'.split(
    ' ',
  ),
);

interface TextInfoLocale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/**
 * The writing direction of a language tag. The engine's text info is trusted when it says rtl
 * only: WebKit's says ltr for dv, syr, nqo, az-Arab, en-Arab, ji and more. A script subtag
 * decides, else the language's likely script (maximize), else the list of RTL languages.
 */
export const languageDirection = memoize((lang: string): Direction => {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & TextInfoLocale;
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    const engineRtl = info?.direction === 'rtl';
    const script = locale.script?.toLowerCase();
    if (script) return RTL_SCRIPTS.has(script) || engineRtl ? 'rtl' : 'ltr';
    if (engineRtl) return 'rtl';
    const likely = locale.maximize().script?.toLowerCase();
    if (likely && likely !== 'zzzz') return RTL_SCRIPTS.has(likely) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    // Not a tag Intl.Locale reads (ar_EG): its first subtag.
    const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
    return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
  }
});

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
  if (inherited) {
    const dir = languageDirection(inherited);
    if (!detected || detected === dir) return { lang: inherited, dir: explicit ?? dir };
    // The page's language does not describe this text, so do not claim it does (with an
    // explicit dir too: lang="en" on Arabic text would have it read with an English voice).
    return { lang: undefined, dir: explicit ?? detected };
  }
  return { lang: undefined, dir: explicit ?? detected ?? 'ltr' };
}

export interface ElementLanguage {
  /** The language to put on the rendered content ('' when unknown). */
  lang: string | undefined;
  dir: Direction;
  /** The locale for the element's own words and for dates: the language, else a guess from the script. */
  locale: string;
}

/**
 * Language and direction for an element's content: its own `dir` and `lang` attributes, then the
 * data's, then the page around it, then the text itself (see resolveLanguage).
 */
export function resolveElementLanguage(
  element: Element,
  data: { lang?: string | undefined; dir?: string | undefined },
  text: string,
): ElementLanguage {
  const ownDir = element.getAttribute('dir');
  const resolved = resolveLanguage({
    dir: ownDir === 'rtl' || ownDir === 'ltr' ? ownDir : data.dir,
    lang: element.getAttribute('lang') || data.lang,
    inherited: inheritedLang(element),
    text,
  });
  const guess = resolved.dir === 'rtl' ? (/[\u0590-\u05ff]/.test(text) ? 'he' : 'ar') : 'en';
  return { ...resolved, locale: resolved.lang ?? guess };
}
