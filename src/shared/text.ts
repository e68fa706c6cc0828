import { memoize } from './lang.js';

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

/** A letter outside the BMP is two UTF-16 units: one code point. */
const HIGH_SURROGATE = /[\ud800-\udbff]/g;
const codePoints = (text: string): number => text.length - (text.match(HIGH_SURROGATE)?.length ?? 0);
/** Runs of anything but letters. */
const NOT_LETTERS = /\P{L}+/gu;
/** Runs of right-to-left scripts' characters; among letters, the others are strong left-to-right. */
const RTL_RUN =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Mende_Kikakui}\p{Script=Yezidi}]+/gu;

/**
 * The direction most of the text's strong characters call for, or undefined when it has none.
 * Counting them all, rather than taking the first one as `dir="auto"` does, keeps an Arabic
 * paragraph that opens with a Latin name ("Google ...") right-to-left. Remembered for the last
 * hundred texts: an element asks again for the same text within one update.
 */
export const detectDirection = memoize((text: string): 'rtl' | 'ltr' | undefined => {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // Counted as what is left after removing: two strings, where matching made an array of
  // one-letter strings (1.6 times slower on a list's titles, in V8 and SpiderMonkey).
  const letters = sample.replace(NOT_LETTERS, '');
  if (letters === '') return undefined;
  const ltr = codePoints(letters.replace(RTL_RUN, ''));
  return codePoints(letters) - ltr >= ltr ? 'rtl' : 'ltr';
});
