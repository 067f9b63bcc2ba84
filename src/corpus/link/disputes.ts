import type { EntityLinker } from './entity-linker.js';
import { propositionSignature, type SignatureEvent } from './proposition.js';

type Stance = 'assert' | 'deny' | 'question' | 'doubt';

/** The claims of one analysed article, with where and when it was published. */
export interface ArticleClaims {
  /** The article's id in the corpus. */
  readonly article: string;
  /** Publisher or source name, when known. */
  readonly source?: string | null;
  /** Published date (ISO 8601), when known. */
  readonly published?: string | null;
  readonly claims: readonly {
    readonly id: string;
    readonly proposition: { readonly text: string; readonly event: string | null };
    readonly positions: readonly {
      readonly holder: string | null;
      readonly holderName: string;
      readonly stance: Stance;
      readonly evidence: string;
    }[];
  }[];
  /** The article's events, to sign propositions tied to an event. */
  readonly events?: readonly (SignatureEvent & { readonly id: string })[];
  /** The article's entities, to link holders to corpus entities. */
  readonly entities?: readonly {
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly country: string | null;
    readonly roles?: readonly string[];
  }[];
}

/** One holder's stance on a corpus proposition, in one article. */
export interface CorpusPosition {
  readonly article: string;
  readonly source: string | null;
  readonly published: string | null;
  /** The article's claim id. */
  readonly claim: string;
  /** Corpus entity key of the holder (with a linker), else the article's entity id, or null. */
  readonly holder: string | null;
  readonly holderName: string;
  readonly stance: Stance;
  readonly evidence: string;
}

/** A proposition across the corpus, with every position on it in date order. */
export interface CorpusDispute {
  readonly signature: string;
  /** The proposition text as its earliest article put it. */
  readonly proposition: string;
  readonly positions: readonly CorpusPosition[];
  /** Names of holders who asserted it, and of those who denied or doubted it. */
  readonly asserted: readonly string[];
  readonly denied: readonly string[];
  /** True when someone asserts what someone else denies or doubts. */
  readonly disputed: boolean;
  readonly articles: readonly string[];
  /** Earliest and latest published date among its positions, or null. */
  readonly first: string | null;
  readonly last: string | null;
}

export interface CorpusDisputeOptions {
  /** Links holders to corpus entities (so one person's positions meet across articles). */
  readonly linker?: EntityLinker;
  /** Text signatures whose term sets overlap this much (Jaccard) are merged too; 1 keeps exact matches only. */
  readonly minOverlap?: number;
  /** Keep only disputed propositions (default true). */
  readonly onlyDisputed?: boolean;
}

/**
 * Merges claims with the same proposition across articles into corpus disputes: who asserted and who denied, in
 * which article and source, and when.
 *
 * @example
 * corpusDisputes([
 *   { article: 'a1', published: '2026-03-01', claims: [claimAssertedByTrump] },
 *   { article: 'a2', published: '2026-03-02', claims: [claimDeniedByChina] },
 * ]) // [{ asserted: ['Donald Trump'], denied: ['Foreign Ministry'], disputed: true, … }]
 */
export function corpusDisputes(items: Iterable<ArticleClaims>, o: CorpusDisputeOptions = {}): CorpusDispute[] {
  const minOverlap = o.minOverlap ?? 0.8;
  const groups = new Map<string, { text: string; positions: CorpusPosition[] }>();
  for (const it of items) {
    const events = new Map((it.events ?? []).map((e) => [e.id, e]));
    const entities = new Map((it.entities ?? []).map((e) => [e.id, e]));
    for (const c of it.claims) {
      const sig = propositionSignature(c.proposition, c.proposition.event ? events.get(c.proposition.event) : null);
      let g = groups.get(sig);
      if (!g) groups.set(sig, (g = { text: c.proposition.text, positions: [] }));
      for (const p of c.positions) {
        const ent = p.holder ? entities.get(p.holder) : undefined;
        const holder = ent && o.linker ? o.linker.link(ent).key : p.holder;
        g.positions.push({
          article: it.article,
          source: it.source ?? null,
          published: it.published ?? null,
          claim: c.id,
          holder,
          holderName: p.holderName,
          stance: p.stance,
          evidence: p.evidence,
        });
      }
    }
  }
  const merged = minOverlap < 1 ? mergeSimilar(groups, minOverlap) : groups;
  const out: CorpusDispute[] = [];
  for (const [signature, g] of merged) {
    const d = toDispute(signature, g.text, g.positions);
    if (d.disputed || o.onlyDisputed === false) out.push(d);
  }
  return out.sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '') || a.signature.localeCompare(b.signature));
}

function toDispute(signature: string, text: string, positions: CorpusPosition[]): CorpusDispute {
  const sorted = [...positions].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const names = (pred: (s: Stance) => boolean) => {
    const seen = new Map<string, string>();
    for (const p of sorted) if (pred(p.stance)) seen.set(p.holder ?? p.holderName, p.holderName);
    return [...seen.values()];
  };
  const asserted = names((s) => s === 'assert');
  const denied = names((s) => s === 'deny' || s === 'doubt');
  const dated = sorted.filter((p) => p.published).map((p) => p.published!);
  const holders = (pred: (s: Stance) => boolean) =>
    new Set(sorted.filter((p) => pred(p.stance)).map((p) => p.holder ?? p.holderName));
  const a = holders((s) => s === 'assert');
  const d = holders((s) => s === 'deny' || s === 'doubt');
  // Disputed: some holder asserts and some other holder denies (one holder changing their mind is not a dispute).
  const disputed = [...a].some((x) => [...d].some((y) => y !== x));
  return {
    signature,
    proposition: text,
    positions: sorted,
    asserted,
    denied,
    disputed,
    articles: [...new Set(sorted.map((p) => p.article))],
    first: dated[0] ?? null,
    last: dated[dated.length - 1] ?? null,
  };
}

/** Merges text signatures whose term sets overlap by at least `min` (Jaccard), through an inverted index. */
function mergeSimilar(
  groups: Map<string, { text: string; positions: CorpusPosition[] }>,
  min: number,
): Map<string, { text: string; positions: CorpusPosition[] }> {
  const sigs = [...groups.keys()].filter((s) => s.startsWith('t:'));
  const terms = new Map(sigs.map((s) => [s, new Set(s.slice(2).split(' ').filter(Boolean))]));
  const parent = new Map(sigs.map((s) => [s, s]));
  const find = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(s, r);
    return r;
  };
  const byTerm = new Map<string, string[]>();
  for (const s of sigs) {
    const mine = terms.get(s)!;
    const seen = new Set<string>();
    for (const t of mine) {
      for (const other of byTerm.get(t) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const theirs = terms.get(other)!;
        let inter = 0;
        for (const x of mine) if (theirs.has(x)) inter++;
        if (inter / (mine.size + theirs.size - inter) >= min) parent.set(find(s), find(other));
      }
      const l = byTerm.get(t);
      if (l) l.push(s);
      else byTerm.set(t, [s]);
    }
  }
  const out = new Map<string, { text: string; positions: CorpusPosition[] }>();
  for (const [sig, g] of groups) {
    const root = sig.startsWith('t:') ? find(sig) : sig;
    const into = out.get(root);
    if (into) into.positions.push(...g.positions);
    else out.set(root, { text: groups.get(root)?.text ?? g.text, positions: [...g.positions] });
  }
  return out;
}
