import { VERSION } from '../version.js';

/**
 * Static key that marks our classes, so a second copy of the library (the CDN bundle beside
 * the npm build) recognizes its twin: `static readonly [ELEMENT_BRAND] = elementBrand('x')`.
 */
export const ELEMENT_BRAND: unique symbol = Symbol.for('news-elements.element') as never;
const BRAND = ELEMENT_BRAND;

export interface ElementBrandInfo {
  name: string;
  version: string;
}

interface Branded {
  [BRAND]?: ElementBrandInfo;
}

export function elementBrand(name: string): ElementBrandInfo {
  return { name, version: VERSION };
}

const warned = new Set<string>();

/**
 * Defines `tag` in `registry` without ever throwing on a page that already has it.
 * Silent when the tag already holds this class, or the same element from another copy of the
 * same version; otherwise warns once and leaves the page's definition in place.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return; // no DOM (server rendering): nothing to define
  const existing = registry.get(tag) as (CustomElementConstructor & Branded) | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
      return;
    } catch (error) {
      // The class is already registered under another tag, or the name is invalid.
      warnOnce(tag, `news-elements: could not define <${tag}>: ${String(error)}`);
      return;
    }
  }
  if (existing === ctor) return;
  const ours = (ctor as CustomElementConstructor & Branded)[BRAND];
  const theirs = existing[BRAND];
  if (ours && theirs && ours.name === theirs.name && ours.version === theirs.version) return;
  warnOnce(
    tag,
    `news-elements: <${tag}> is already defined by ${
      theirs ? `news-elements ${theirs.version}` : 'another script'
    }; keeping that definition.`,
  );
}

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(message);
}
