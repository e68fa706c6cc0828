/**
 * The size and time limits that keep hostile or broken input from freezing a reader's page.
 * Defaults suit news; a host that syndicates very long pieces (or wants tighter bounds) changes
 * them once with setLimits(), before or after the elements load.
 */
export interface NewsLimits {
  /** Largest `src` response read, in bytes (read as a stream, stopped past it). Default 5,000,000. */
  maxResponseBytes: number;
  /** Milliseconds before a `src` request gives up. Default 15,000. */
  timeout: number;
  /** Longest HTML string sanitized, in characters; longer gives the `too-large` error. Default 5,000,000. */
  maxHtmlLength: number;
  /** Markup nested deeper than this (elements that need an end tag) is shown as plain text. Default 100. */
  maxNestingDepth: number;
}

export const DEFAULT_LIMITS: Readonly<NewsLimits> = Object.freeze({
  maxResponseBytes: 5_000_000,
  timeout: 15_000,
  maxHtmlLength: 5_000_000,
  maxNestingDepth: 100,
});

const current: NewsLimits = { ...DEFAULT_LIMITS };

/**
 * Changes some limits for every element of this copy of the library. Only own properties with a
 * positive finite number are taken (a polluted prototype or a typo changes nothing); returns the
 * limits now in force.
 */
export function setLimits(changes: Partial<NewsLimits>): Readonly<NewsLimits> {
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof NewsLimits)[]) {
    if (!Object.hasOwn(changes, key)) continue;
    const value = changes[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) current[key] = value;
  }
  return limits();
}

/** The limits in force. */
export function limits(): Readonly<NewsLimits> {
  return { ...current };
}
