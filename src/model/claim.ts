export type Stance = 'assert' | 'deny' | 'question' | 'doubt';

export interface Position {
  readonly holder: string | null;
  readonly holderName: string;
  readonly stance: Stance;
  /** A quote id or an event id. */
  readonly evidence: string;
}

export interface Claim {
  readonly id: string;
  readonly proposition: { readonly text: string; readonly event: string | null };
  readonly positions: Position[];
  readonly disputed: boolean;
}
