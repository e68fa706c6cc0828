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

/** Letters of right-to-left scripts. */
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Mende_Kikakui}\p{Script=Yezidi}]/gu;
/** Any letter: the ones not in a right-to-left script are strong left-to-right. */
const LETTER = /\p{L}/gu;

/**
 * The direction most of the text's strong characters call for, or undefined when it has none.
 * Counting them all, rather than taking the first one as `dir="auto"` does, keeps an Arabic
 * paragraph that opens with a Latin name ("Google ...") right-to-left.
 */
export function detectDirection(text: string): 'rtl' | 'ltr' | undefined {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const ltr = (sample.match(LETTER)?.length ?? 0) - rtl;
  if (rtl === 0 && ltr === 0) return undefined;
  return rtl >= ltr ? 'rtl' : 'ltr';
}
