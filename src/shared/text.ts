/** Bidi embedding, override and isolate controls: they can make a link or title read as something else. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A text field as it should be shown: a string, bidi controls removed, white space collapsed.
 * Non-breaking spaces count as white space (the sample page's blank lines are U+00A0).
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return undefined;
  const text = stripBidiControls(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Strong characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms). */
const RTL_STRONG = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\ude7f]|\ud83a[\udc00-\udfff]/g;
/** Strong left-to-right characters: Latin, Greek, Cyrillic, CJK and most other scripts' letters. */
const LTR_STRONG = /[A-Za-z\u00c0-\u02b8\u0370-\u03ff\u0400-\u052f\u0900-\u1fff\u2c00-\ufb1c]/g;

/**
 * The direction most of the text's strong characters call for, or undefined when it has none.
 * Counting them all, rather than taking the first one as `dir="auto"` does, keeps an Arabic
 * paragraph that opens with a Latin name ("Google ...") right-to-left.
 */
export function detectDirection(text: string): 'rtl' | 'ltr' | undefined {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const rtl = sample.match(RTL_STRONG)?.length ?? 0;
  const ltr = sample.match(LTR_STRONG)?.length ?? 0;
  if (rtl === 0 && ltr === 0) return undefined;
  return rtl >= ltr ? 'rtl' : 'ltr';
}
