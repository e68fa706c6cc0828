import type { sanitizeHtml } from './sanitize-html.js';
import { LoadError } from './load-error.js';

// DOMPurify and our configuration of it are about a third of <news-article>'s code. They are a
// module of their own, loaded the first time an element has an HTML string to show (`body`,
// `src`, JSON-LD, a template): an article from the page's own markup or from attributes never
// downloads them, and a `src` loads them while its document downloads.

export type Sanitize = typeof sanitizeHtml;

let sanitize: Sanitize | undefined;
let loading: Promise<void> | undefined;
let failure: LoadError | undefined;
/** What updates wait for while the current attempt loads: at most 3 s, then the loading state. */
let wait: Promise<unknown> | undefined;

const importSanitizer = (): Promise<{ sanitizeHtml: Sanitize }> => import('./sanitize-html.js');

/**
 * Starts loading the sanitizer, unless it is loaded or loading; after a failure, tries again.
 * Resolves (never rejects) once it is loaded or has failed: see `sanitizer()`. `load` is how
 * (the module's import; the tests pass a slow or failing one).
 */
export function loadSanitizer(load = importSanitizer): Promise<void> {
  if (sanitize) return Promise.resolve();
  if (loading) return loading;
  failure = undefined;
  const attempt: Promise<void> = load().then(
    (module) => {
      sanitize = module.sanitizeHtml;
    },
    (error: unknown) => {
      failure = new LoadError('network', `could not load the sanitizer module: ${String(error)}`);
      loading = undefined;
    },
  );
  loading = attempt;
  const capped = Promise.race([attempt, new Promise((timeUp) => setTimeout(timeUp, 3000))]).finally(() => {
    if (wait === capped) wait = undefined;
  });
  wait = capped;
  return attempt;
}

/**
 * For an update that has HTML to show: starts loading the sanitizer if needed and returns what
 * to wait for (nothing once it is loaded, or once this attempt has been waited for 3 s).
 */
export function sanitizerReady(): Promise<unknown> | undefined {
  if (sanitize) return undefined;
  if (!loading) void loadSanitizer();
  return wait;
}

/** The sanitizer once loaded; the error if its module could not load; undefined while it loads. */
export function sanitizer(): Sanitize | LoadError | undefined {
  return sanitize ?? failure;
}
