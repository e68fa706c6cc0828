import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a `heading-level` value: 1 to 6, default 2 (inside someone else's page). */
export function headingTag(level: unknown): StaticValue {
  const n = Math.trunc(Number(level));
  return TAGS[(n >= 1 && n <= 6 ? n : 2) - 1] as StaticValue;
}
