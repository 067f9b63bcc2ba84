/** Serialised `DocumentFrequency`. */
export interface DocumentFrequencyJson {
  readonly docs: number;
  readonly df: readonly (readonly [string, number])[];
}

/**
 * A running document-frequency table for tf-idf: every article observed adds one to the count of each distinct term
 * it has. Bounded: past `maxTerms` distinct terms, the rarest half (mostly terms seen once) is dropped.
 *
 * @example
 * const df = new DocumentFrequency();
 * df.observe(['quake', 'aceh']);
 * df.idf('quake') // log(2/2)+1 = 1
 */
export class DocumentFrequency {
  private readonly counts: Map<string, number>;
  private n: number;

  constructor(
    readonly maxTerms = 500_000,
    state?: DocumentFrequencyJson,
  ) {
    this.counts = new Map(state?.df ?? []);
    this.n = state?.docs ?? 0;
  }

  get docs(): number {
    return this.n;
  }

  get terms(): number {
    return this.counts.size;
  }

  observe(terms: Iterable<string>): void {
    this.n++;
    for (const t of terms) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    if (this.counts.size > this.maxTerms) this.prune();
  }

  df(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency: ln((N+1)/(df+1)) + 1. */
  idf(term: string): number {
    return Math.log((this.n + 1) / ((this.counts.get(term) ?? 0) + 1)) + 1;
  }

  toJSON(): DocumentFrequencyJson {
    return { docs: this.n, df: [...this.counts.entries()] };
  }

  private prune(): void {
    const sorted = [...this.counts.values()].sort((a, b) => a - b);
    const cut = sorted[Math.floor(sorted.length / 2)] ?? 1;
    for (const [t, c] of this.counts) if (c <= cut) this.counts.delete(t);
  }
}
