import type { Doc } from './doc.js';
import type { ResolvedOptions } from './options.js';

export type Layer =
  | 'blocks'
  | 'article'
  | 'sentences'
  | 'tokens'
  | 'entities'
  | 'mentions'
  | 'quotes'
  | 'events'
  | 'claims';

/** Shared, read-only resources a stage may use (compiled once by createAnalyzer). */
export interface StageContext {
  readonly options: ResolvedOptions;
  /** Extra actor dictionaries loaded by the user (see docs/actors.md); opaque to all but the events stage. */
  readonly actors?: unknown;
}

/** A stage is one small named function: it declares what it needs and what it adds, and adds only that. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc, ctx: StageContext): void;
}

/** Identity helper for type inference. */
export function defineStage(stage: Stage): Stage {
  return Object.freeze(stage);
}
