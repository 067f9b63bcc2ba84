import type { Evidence, Span } from './span.js';

export interface Actor {
  readonly entity: string | null;
  readonly text: Span | null;
  /** CAMEO-style code: ISO alpha-3 root plus sector ("CHNGOV"), or an IGO/NGO root. */
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
}

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'demanded' | 'reported';

export interface PloverCode {
  readonly type: string;
  readonly mode: string | null;
  readonly context: string | null;
}

export interface Event extends Evidence {
  readonly id: string;
  readonly source: Actor;
  readonly target: Actor | null;
  readonly cameo: string;
  readonly plover: PloverCode;
  /** Goldstein score of the CAMEO code (table: docs/events.md). */
  readonly goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad: 1 | 2 | 3 | 4;
  readonly negated: boolean;
  readonly modality: Modality;
  /** The quote whose content this event is, when reported. */
  readonly quote: string | null;
  readonly trigger: Span;
  readonly sentence: Span;
  /** Events expanded from one compound actor ("Hungarian and Romanian officials") share a group id. */
  readonly group?: string;
}
