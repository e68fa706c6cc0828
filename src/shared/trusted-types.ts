/**
 * The one Trusted Types policy the library creates, named `news-elements`. It only turns the
 * strings our sanitizer is about to parse into TrustedHTML: DOMPurify parses them inert and
 * returns nodes, so no unsanitized markup ever reaches a DOM sink.
 */
export const POLICY_NAME = 'news-elements';

/** Shared by every copy of the library on the page: a policy name can be created only once. */
const POLICY_KEY = Symbol.for('news-elements.trusted-types-policy');

export interface HtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML?: (input: string) => string; createScriptURL?: (input: string) => string },
  ): HtmlPolicy;
}

let hostPolicy: HtmlPolicy | undefined;

/**
 * Lets a host hand the library its own Trusted Types policy (for CSPs that list only the
 * host's policies). Its `createHTML` must return its input unchanged as TrustedHTML: the
 * library sanitizes after that step, and its output is always DOM nodes.
 */
export function setTrustedTypesPolicy(policy: HtmlPolicy | undefined): void {
  hostPolicy = policy;
  onPolicyChange?.();
}

/** Called when the host changes the policy, so the sanitizer re-reads it. */
let onPolicyChange: (() => void) | undefined;
export function watchPolicy(callback: () => void): void {
  onPolicyChange = callback;
}

export type PolicyState =
  /** The engine has no Trusted Types, or does not enforce them: strings are fine. */
  | { kind: 'none' }
  | { kind: 'policy'; policy: HtmlPolicy }
  /** Trusted Types are enforced and our policy name is not allowed. */
  | { kind: 'blocked' };

function factory(): TrustedTypesFactory | undefined {
  return (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
}

function enforced(): boolean {
  try {
    // Under `require-trusted-types-for 'script'` a plain string here throws.
    new DOMParser().parseFromString('', 'text/html');
    return false;
  } catch {
    return true;
  }
}

export function resolvePolicy(): PolicyState {
  if (hostPolicy) return { kind: 'policy', policy: hostPolicy };
  const tt = factory();
  if (!tt) return { kind: 'none' };
  const store = globalThis as unknown as Record<symbol, HtmlPolicy | undefined>;
  const shared = store[POLICY_KEY];
  if (shared) return { kind: 'policy', policy: shared };
  if (blocked !== undefined) return blocked ? { kind: 'blocked' } : { kind: 'none' };
  try {
    const policy = tt.createPolicy(POLICY_NAME, {
      createHTML: (input) => input,
      createScriptURL: () => {
        throw new TypeError('news-elements never creates script URLs');
      },
    });
    Object.defineProperty(globalThis, POLICY_KEY, { value: policy });
    return { kind: 'policy', policy };
  } catch {
    // Decided once: trying again would only add a violation report per attempt.
    blocked = enforced();
    if (blocked) warnBlocked();
    return blocked ? { kind: 'blocked' } : { kind: 'none' };
  }
}

let blocked: boolean | undefined;

let warned = false;

/** Once per copy of the library, whichever element found out first: never a silent degradation. */
function warnBlocked(): void {
  if (warned) return;
  warned = true;
  console.warn(
    `news-elements: Trusted Types are enforced and the policy "${POLICY_NAME}" is not allowed, so content ` +
      `that needs parsing is shown as plain text or not at all. Add "${POLICY_NAME}" to the page's ` +
      'trusted-types directive, or pass a policy with setTrustedTypesPolicy().',
  );
}
