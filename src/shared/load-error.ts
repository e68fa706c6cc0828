export type LoadErrorCode =
  'url' | 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'type' | 'shape' | 'blocked' | 'aborted';

/** A failure to load or read data, with a code the elements turn into a localized message. */
export class LoadError extends Error {
  readonly code: LoadErrorCode;
  readonly status: number | undefined;
  constructor(code: LoadErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'LoadError';
    this.code = code;
    this.status = status;
  }
}

/** Parses JSON text; malformed JSON becomes a LoadError with code `parse`. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError('parse', error instanceof Error ? error.message : 'malformed JSON');
  }
}
