/**
 * Looking up an element's own words by language. Each element keeps its table beside it
 * (src/<element>/strings.ts), so a page loads only the words of the elements it uses.
 */

/** The entry for a language tag: the full tag, then its base language, then English. */
export function pick<T>(table: Record<string, T>, lang: string | undefined): T {
  const lower = (lang ?? 'en').toLowerCase();
  return table[lower] ?? table[lower.split('-')[0] ?? ''] ?? (table['en'] as T);
}

/** Fills `{0}` placeholders. */
export function fill(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
