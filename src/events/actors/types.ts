/** What an actor phrase resolves to. `country` is an ISO alpha-3, an IGO root (UNO, NAT, EUR, …) or ''. */
export interface ActorCode {
  /** CAMEO-style code: root + primary sector ("CHNGOV"); "---GOV" without a country; "UNK" for an unknown person. */
  readonly code: string;
  readonly country: string;
  /** Primary sector ('' when none applies). */
  readonly sector: string;
  readonly sectors: readonly string[];
  /** How it was decided, for explanations and confidence. */
  readonly via: 'user' | 'leader' | 'organization' | 'country' | 'place' | 'sector' | 'person' | 'none';
  /** How many of the given tokens the actor covers (the head, without a complement it did not need). */
  readonly extent?: number;
  /** A demonym used as a noun ("Palestinians", "ordinary Kazakhs"): people of the country, not its state. */
  readonly people?: boolean;
  /** The canonical name when a named entry matched ("Guo Jiakun"). */
  readonly name?: string;
}

/** A token as the resolver needs it (doc tokens and phrase tokens both fit). */
export interface ActorToken {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string;
}

/** One entry of a user actor dictionary (docs/actors.md). */
export interface UserActorEntry {
  readonly name: string;
  readonly code?: string;
  readonly country?: string;
  readonly sector?: string;
  readonly sectors?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly aliases?: readonly string[];
}

export const NO_ACTOR: ActorCode = Object.freeze({ code: '', country: '', sector: '', sectors: [], via: 'none' });
