import type { PropositionSignature } from '../../model/index.js';
import type { EntityLinker } from './entity-linker.js';
import { type KeyedClaim, propositionKey, type SignatureEvent, sameCorpusProposition } from './proposition.js';

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
    /** The claims stage's signature, when present (matched with its `sameProposition`). */
    readonly signature?: PropositionSignature;
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
  /** `propositionKey` of its claims, with `#n` when one key holds several propositions. */
  readonly key: string;
  /** The proposition text as its earliest article put it. */
  readonly proposition: string;
  readonly positions: readonly CorpusPosition[];
  /** Names of holders who asserted it, denied it, and questioned or doubted it. */
  readonly asserted: readonly string[];
  readonly denied: readonly string[];
  readonly doubted: readonly string[];
  /** True when someone asserts what someone else denies. */
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
  // Key → propositions under it (a representative claim each, matched by sameCorpusProposition).
  const blocks = new Map<string, Group[]>();
  for (const it of items) {
    const events = new Map((it.events ?? []).map((e) => [e.id, e]));
    const entities = new Map((it.entities ?? []).map((e) => [e.id, e]));
    for (const c of it.claims) {
      const event = c.proposition.event ? (events.get(c.proposition.event) ?? null) : null;
      const key = propositionKey(c, event);
      const block = blocks.get(key) ?? [];
      if (block.length === 0) blocks.set(key, block);
      let g = block.find((x) => sameCorpusProposition(x.rep, c, x.event, event));
      if (!g) {
        g = {
          key: block.length === 0 ? key : `${key}#${block.length + 1}`,
          rep: c,
          event,
          text: c.proposition.text,
          positions: [],
        };
        block.push(g);
      }
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
  const groups = new Map<string, Group>();
  for (const block of blocks.values()) for (const g of block) groups.set(g.key, g);
  const merged = minOverlap < 1 ? mergeSimilar(groups, minOverlap) : groups;
  const out: CorpusDispute[] = [];
  const who = holderIdentity(o.linker !== undefined);
  for (const g of merged.values()) {
    const d = toDispute(g.key, g.text, g.positions, who);
    if (d.disputed || o.onlyDisputed === false) out.push(d);
  }
  return out.sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '') || a.key.localeCompare(b.key));
}

interface Group {
  readonly key: string;
  readonly rep: KeyedClaim;
  readonly event: SignatureEvent | null;
  readonly text: string;
  readonly positions: CorpusPosition[];
}

/**
 * Who a position's holder is, for telling one holder from another: a corpus key (with a linker) names one entity
 * across articles; an article's own entity id ("e1") names one only within its article, and so does an ambiguous
 * corpus key ("person:~:chen", a surname several people share); a holder with no entity goes by name.
 */
function holderIdentity(linked: boolean): (p: CorpusPosition) => string {
  return (p) => {
    if (p.holder === null) return `name:${p.holderName}`;
    if (linked && !p.holder.includes(':~:')) return p.holder;
    return `${p.article}/${p.holder}`;
  };
}

function toDispute(
  key: string,
  text: string,
  positions: CorpusPosition[],
  who: (p: CorpusPosition) => string,
): CorpusDispute {
  const sorted = [...positions].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const holders = (stances: readonly Stance[]) => {
    const seen = new Map<string, string>();
    for (const p of sorted) if (stances.includes(p.stance)) seen.set(who(p), p.holderName);
    return seen;
  };
  const a = holders(['assert']);
  const d = holders(['deny']);
  // Disputed: some holder asserts and some other holder denies (one holder changing their mind is not a dispute).
  const disputed = [...a.keys()].some((x) => [...d.keys()].some((y) => y !== x));
  const dated = sorted.filter((p) => p.published).map((p) => p.published!);
  return {
    key,
    proposition: text,
    positions: sorted,
    asserted: [...a.values()],
    denied: [...d.values()],
    doubted: [...holders(['doubt', 'question']).values()],
    disputed,
    articles: [...new Set(sorted.map((p) => p.article))],
    first: dated[0] ?? null,
    last: dated[dated.length - 1] ?? null,
  };
}

/** Merges text keys whose term sets overlap by at least `min` (Jaccard), through an inverted index. */
function mergeSimilar(groups: Map<string, Group>, min: number): Map<string, Group> {
  const sigs = [...groups.keys()].filter((s) => s.startsWith('t:') && !s.includes('#'));
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
  const out = new Map<string, Group>();
  for (const [sig, g] of groups) {
    const root = parent.has(sig) ? find(sig) : sig;
    const into = out.get(root);
    if (into) into.positions.push(...g.positions);
    else out.set(root, { ...(groups.get(root) ?? g), positions: [...g.positions] });
  }
  return out;
}
