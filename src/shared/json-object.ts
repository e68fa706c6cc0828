/** Reading parsed JSON safely: shared by the article and list readers. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: keys such as `__proto__` or `constructor` never reach the prototype. */
export function get(object: Json, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
