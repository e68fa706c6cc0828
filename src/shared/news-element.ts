import { LitElement } from 'lit';
import { ELEMENT_BRAND, defineElement, type ElementBrandInfo } from './define-element.js';

/**
 * What every element of the library shares: safe registration under its default tag, the
 * brand that lets two copies of the library recognize each other, and a re-render when its
 * native `lang` or `dir` attribute changes (they stay HTMLElement's own properties).
 */
export abstract class NewsElement extends LitElement {
  /** The tag `define()` uses by default. */
  static defaultTag: string;

  static readonly [ELEMENT_BRAND]: ElementBrandInfo;

  /** Registers the element; never throws when the tag is already taken. */
  static define(tag?: string, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
    defineElement(tag ?? this.defaultTag, this as unknown as CustomElementConstructor, registry);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
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

/**
 * One observer for the whole page: when an ancestor's `lang` or `dir` changes (a page switching
 * language), the elements inside it render again. It exists only while elements are connected.
 */
const connected = new Set<NewsElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: NewsElement): void {
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
}

function unwatchLanguage(element: NewsElement): void {
  connected.delete(element);
  if (connected.size > 0 || !languageObserver) return;
  languageObserver.disconnect();
  languageObserver = undefined;
}
