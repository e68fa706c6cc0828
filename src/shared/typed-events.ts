/**
 * Typed `addEventListener`/`removeEventListener` for an element's own events, beside the usual
 * HTMLElement ones, merged into each element class:
 * `interface X { addEventListener: AddListener<X, XEventMap>; removeEventListener: RemoveListener<X, XEventMap> }`.
 */
export interface AddListener<Self, EventMap> {
  <K extends keyof EventMap>(
    type: K,
    listener: (this: Self, event: EventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: Self, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export interface RemoveListener<Self, EventMap> {
  <K extends keyof EventMap>(
    type: K,
    listener: (this: Self, event: EventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: Self, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}
