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
}
