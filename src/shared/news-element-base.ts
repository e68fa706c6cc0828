import type { ReactiveElement } from '@lit/reactive-element';
import { ELEMENT_BRAND, defineElement, type ElementBrandInfo } from './define-element.js';
import { localeListeners } from './localized-strings.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern's constructor type
type ElementClass = (abstract new (...args: any[]) => ReactiveElement) & {
  readonly observedAttributes: string[];
};

/** The statics newsElement() adds (the instance side adds no public member). */
export interface NewsElementStatics {
  /** The tag `define()` uses by default. */
  defaultTag: string;
  readonly [ELEMENT_BRAND]: ElementBrandInfo;
  /** Registers the element; never throws when the tag is already taken. */
  define(tag?: string, registry?: CustomElementRegistry): void;
}

/**
 * What every element of the library shares, on top of Lit's ReactiveElement or LitElement:
 * safe registration under its default tag, the brand that lets two copies of the library
 * recognize each other, and a re-render when its own or an ancestor's `lang` or `dir` changes.
 * A mixin so that <scroll-top-button>, which renders one fixed tree, needs no lit-html.
 */
export function newsElement<T extends ElementClass>(Base: T): T & NewsElementStatics {
  abstract class NewsElement extends Base {
    /** The tag `define()` uses by default. */
    static defaultTag: string;

    static readonly [ELEMENT_BRAND]: ElementBrandInfo;

    /** Registers the element; never throws when the tag is already taken. */
    static define(
      tag?: string,
      registry: CustomElementRegistry | undefined = globalThis.customElements,
    ): void {
      defineElement(tag ?? this.defaultTag, this as unknown as CustomElementConstructor, registry);
    }

    static override get observedAttributes(): string[] {
      return [...super.observedAttributes, 'lang', 'dir'];
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      super.attributeChangedCallback(name, old, value);
      // They stay HTMLElement's own properties: only render again.
      if (name === 'lang' || name === 'dir') this.requestUpdate();
    }

    override connectedCallback(): void {
      super.connectedCallback();
      watchLanguage(this);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      unwatchLanguage(this);
    }
  }
  // Typed by its interface: declaration files cannot name a class expression's inherited
  // private members.
  return NewsElement as unknown as T & NewsElementStatics;
}

/**
 * One observer for the whole page: when an ancestor's `lang` or `dir` changes (a page switching
 * language), the elements inside it render again; so do all of them after registerLocale().
 * Both exist only while elements are connected.
 */
const connected = new Set<ReactiveElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: ReactiveElement): void {
  connected.add(element);
  if (languageObserver) return;
  languageObserver = new MutationObserver((records) => {
    for (const element of connected) {
      if (records.some((record) => record.target !== element && record.target.contains(element))) {
        element.requestUpdate();
      }
    }
  });
  languageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
  localeListeners.add(renderAll); // a Set: added once however often this runs
}

function renderAll(): void {
  for (const element of connected) element.requestUpdate();
}

function unwatchLanguage(element: ReactiveElement): void {
  connected.delete(element);
  if (connected.size > 0 || !languageObserver) return;
  languageObserver.disconnect();
  languageObserver = undefined;
}
