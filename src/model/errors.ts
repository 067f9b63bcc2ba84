/**
 * The catalogue of error codes. Each code is listed once, documented in docs/errors.md, and never reused
 * (a test keeps the two in step). `%s` placeholders are filled in order.
 */
export const ERRORS = {
  PARLEY_ERR_INPUT_MISSING: { status: 404, message: '%s: no such file' },
  PARLEY_ERR_INPUT_UNREADABLE: { status: 400, message: '%s: cannot be read (%s)' },
  PARLEY_ERR_INPUT_EMPTY: { status: 400, message: '%s: input is empty' },
  PARLEY_ERR_INPUT_BINARY: { status: 415, message: '%s: looks like binary data, not text' },
  PARLEY_ERR_INPUT_NOT_UTF8: { status: 415, message: '%s: not valid UTF-8' },
  PARLEY_ERR_INPUT_TOO_LARGE: { status: 413, message: '%s: larger than %s bytes' },
  PARLEY_ERR_INPUT_FORMAT: { status: 400, message: '%s: %s' },
  PARLEY_ERR_SPAN_RANGE: { status: 500, message: 'span %s is outside a text of length %s' },
  PARLEY_ERR_OPTIONS: { status: 400, message: 'invalid options: %s' },
  PARLEY_ERR_USAGE: { status: 400, message: '%s' },
  PARLEY_ERR_STORE: { status: 500, message: 'store: %s' },
  PARLEY_ERR_DICTIONARY: { status: 400, message: '%s: %s' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** An error the user can act on: a code, an HTTP-ish status and a one-line message. */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, ...args: string[]) {
    const entry = ERRORS[code];
    let i = 0;
    super(entry.message.replace(/%s/g, () => args[i++] ?? ''));
    this.name = 'ParleyError';
    this.code = code;
    this.status = entry.status;
  }
}

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
