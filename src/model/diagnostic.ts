import type { Span } from './span.js';

/** An oddity in an article that did not stop its analysis (unclosed quote mark, truncated input…). */
export interface Diagnostic {
  readonly severity: 'info' | 'warning';
  /** Listed once in docs/errors.md, e.g. `PARLEY_W_QUOTE_UNCLOSED`. */
  readonly code: string;
  readonly stage: string;
  readonly span: Span | null;
  readonly reason: string;
}
