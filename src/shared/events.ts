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
