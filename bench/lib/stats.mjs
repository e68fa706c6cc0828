// Medians and spread for the benchmark's samples.

/** Quantile with linear interpolation between closest ranks (q in [0, 1]) of sorted values. */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** { n, median, q1, q3, min, max, mean } of a list of numbers. */
export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1),
  };
}

/**
 * The ratio of the library to its baseline: the ratio of the medians, and the spread of the
 * paired ratios (run i of the library over run i of the baseline; the two alternate).
 */
export function ratio(lib, base) {
  const libSummary = summarize(lib);
  const baseSummary = summarize(base);
  const pairs = lib.map((value, i) => value / base[i]).filter((v) => Number.isFinite(v));
  return { value: libSummary.median / baseSummary.median, pairs: summarize(pairs) };
}

export const round = (value, digits = 3) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value === undefined ? null : String(value);

/** Rounds every number in a JSON-able structure (for results.json). */
export function roundDeep(value, digits = 4) {
  if (typeof value === 'number') return round(value, digits);
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, digits));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v, digits)]));
  }
  return value;
}
