import type { Span } from './span.js';

export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'group';

/** How a mention names its entity. */
export type MentionKind =
  | 'name' // "Guo Jiakun", "the Stimson Center"
  | 'short' // "Sun" for Yun Sun
  | 'demonym' // "Chinese"
  | 'capital' // "Beijing" for China's government
  | 'abbreviation' // "U.S."
  | 'role' // "the spokesman", "the ministry"
  | 'pronoun' // "he", "it"
  | 'group'; // "analysts", "officials"

export interface Mention {
  readonly span: Span;
  /** Id of the entity this mention belongs to. */
  entity: string;
  readonly kind: MentionKind;
  readonly rule: string;
  readonly confidence: number;
}

export interface Entity {
  readonly id: string;
  type: EntityType;
  /** The fullest name the document gives ("Guo Jiakun", "Chinese Foreign Ministry"). */
  name: string;
  /** ISO 3166 alpha-3 of the country the entity is, or belongs to. */
  country: string | null;
  /** Lower-case role nouns: "spokesman", "president", "analyst". */
  roles: string[];
  /** Id of the organisation the entity speaks for or works at. */
  affiliation: string | null;
  /** All mentions, in text order (spans; the Mention objects live in Doc.mentions). */
  mentions: Span[];
  /** CAMEO-style sector when known (GOV, MIL, BUS, …). Derived, not in the text. */
  sector?: string | null;
}
