import type { EntityType, MentionKind } from '../model/index.js';
import type { KnownOrg } from './lexicon/known-orgs.js';

/**
 * A mention as the recogniser proposes it, before linking. `certain` drafts may found an entity; the others
 * (capitalised runs with no cue, headline words) only join an entity another mention founded.
 */
export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  kind: MentionKind;
  readonly rule: string;
  readonly confidence: number;
  /** Linking key: ISO3 for countries, lower-cased core name for organisations, name tokens for people. */
  readonly key: string;
  /** Display name this mention offers; `nameScore` ranks offers (fuller names score higher). */
  readonly name: string;
  readonly nameScore: number;
  readonly certain: boolean;
  country: string | null;
  readonly roles: string[];
  sector: string | null;
  /** Draft of the organisation this person speaks for or works at. */
  affiliation: Draft | null;
  /** Organisation head word ("ministry"), for "the ministry" anaphora. */
  readonly head: string | null;
  readonly known: KnownOrg | null;
  /** Lower-cased name tokens of a person ("yun", "sun"). */
  readonly tokens: readonly string[] | null;
  /** This draft refers back ("the ministry", "the spokesman") rather than names. */
  readonly anaphor: boolean;
  /** An uncertain capitalised run after "in": a place unless it names a known entity. */
  readonly placeFallback: boolean;
  /** Owner's short key for "X administration". */
  readonly owner: string | null;
  /** Offsets of the name words of an uncertain multi-word run, so linking can take a known name inside it. */
  readonly parts: readonly (readonly [number, number])[] | null;
  /** Read in headline mode: a single known surname inside the run may be linked ("Trump Blasts Clinton"). */
  readonly headline: boolean;
  /** Party label written with the person ("Republican", "Democratic" → R, D), to keep "the Democratic nominee" off a Republican. */
  readonly party: string | null;
  /** Block index, for nearby-affiliation search. */
  readonly block: number;
  /** Set while linking: the entity this draft joined (a field, not a Map entry, per draft). Opaque outside linking. */
  linked: object | null;
}

export type DraftInit = Pick<
  Draft,
  'start' | 'end' | 'type' | 'kind' | 'rule' | 'confidence' | 'key' | 'name' | 'block'
> &
  Partial<Omit<Draft, 'start' | 'end' | 'type' | 'kind' | 'rule' | 'confidence' | 'key' | 'name' | 'block' | 'linked'>>;

/** Builds a draft with every field present, so all drafts share one object shape. */
export function makeDraft(init: DraftInit): Draft {
  return {
    start: init.start,
    end: init.end,
    type: init.type,
    kind: init.kind,
    rule: init.rule,
    confidence: init.confidence,
    key: init.key,
    name: init.name,
    nameScore: init.nameScore ?? 1,
    certain: init.certain ?? true,
    country: init.country ?? null,
    roles: init.roles ?? [],
    sector: init.sector ?? null,
    affiliation: init.affiliation ?? null,
    head: init.head ?? null,
    known: init.known ?? null,
    tokens: init.tokens ?? null,
    anaphor: init.anaphor ?? false,
    placeFallback: init.placeFallback ?? false,
    owner: init.owner ?? null,
    parts: init.parts ?? null,
    headline: init.headline ?? false,
    party: init.party ?? null,
    block: init.block,
    linked: null,
  };
}
