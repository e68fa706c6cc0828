import type { LoadError } from './load-error.js';

/** Dispatches a composed CustomEvent from an element. */
export function emit<T>(
  target: EventTarget,
  type: string,
  detail: T,
  bubbles = true,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles, composed: true, cancelable }));
}

/**
 * Dispatches the `error` event: composed but not bubbling, like a native element's `error`, so
 * it never reaches window.onerror or the page's error trackers.
 */
export function emitError(target: EventTarget, error: LoadError, message: string): void {
  emit(target, 'error', { code: error.code, message, status: error.status }, false);
}
