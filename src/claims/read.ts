import { countryLexicon, countryName, lookupCountry } from '../entities/countries.js';
import { WordFilter } from '../events/word-filter.js';
import type { Doc, Entity, Span, Token } from '../model/index.js';
import { firstTokenEndingAfter } from '../nlp/index.js';
import { type HolderEntry, participantKey } from './holders.js';
import { CONCEPT_BY_LEMMA, type ConceptEntry, HAPPENING_BIGRAMS, HAPPENING_LEMMAS } from './lexicon/concepts.js';
import { SYNONYM } from './lexicon/synonyms.js';
import {
  ACTOR_NOUNS,
  CLAUSE_OPENERS,
  CONTENT_DENY_VERBS,
  DIRECTIVE_MODALS,
  HEDGES,
  NEGATORS,
  STOP_LEMMAS,
  VERDICTS,
  WRAPPERS,
} from './lexicon/words.js';

/** Per-document look-ups, built once per buildClaims call (linear in tokens + mentions). */
export interface DocIndex {
  readonly doc: Doc;
  readonly entityById: ReadonlyMap<string, Entity>;
  /** For each token, the index in doc.mentions of the mention covering it, or -1. */
  readonly mentionAt: Int32Array;
  /** Participant key of each entity (see participantKey), null for groups; filled on demand by entityKey. */
  readonly keyOf: Map<string, string | null>;
  /** Display name of each non-country participant key ("person:yun sun" → "Yun Sun"); built by participantName. */
  nameOf: ReadonlyMap<string, string> | null;
  /** The country entity of each ISO3 code, for country names the entity layer did not mark. */
  readonly countryEntity: ReadonlyMap<string, string>;
  /** Holder look-ups by entity id ('' for none), then by name; filled as quotes are read. */
  readonly holders: Map<string, Map<string, HolderEntry>>;
}

export function indexDoc(doc: Doc): DocIndex {
  const entityById = new Map<string, Entity>();
  for (const e of doc.entities) entityById.set(e.id, e);
  const countryEntity = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type === 'country' && e.country && !countryEntity.has(e.country)) countryEntity.set(e.country, e.id);
  }
  const toks = doc.tokens;
  const mentionAt = mentionBuffer(toks.length);
  for (let m = 0; m < doc.mentions.length; m++) {
    const sp = doc.mentions[m]!.span;
    for (let i = firstTokenEndingAfter(toks, sp.start); i < toks.length && toks[i]!.start < sp.end; i++) {
      if (mentionAt[i] === -1) mentionAt[i] = m;
    }
  }
  return { doc, entityById, mentionAt, keyOf: new Map(), nameOf: null, countryEntity, holders: new Map() };
}

/** The participant key of an entity by id (null for groups and unknown ids), computed once per document. */
export function entityKey(ix: DocIndex, id: string): string | null {
  let key = ix.keyOf.get(id);
  if (key === undefined) {
    const e = ix.entityById.get(id);
    key = e ? participantKey(e, ix.entityById) : null;
    ix.keyOf.set(id, key);
  }
  return key;
}

/** The display name of a non-country participant key: the name of the first entity with that key. */
export function participantName(ix: DocIndex, key: string): string | undefined {
  if (!ix.nameOf) {
    const nameOf = new Map<string, string>();
    for (const e of ix.doc.entities) {
      const k = participantKey(e, ix.entityById);
      if (k && !nameOf.has(k) && k.includes(':')) nameOf.set(k, e.name);
    }
    ix.nameOf = nameOf;
  }
  return ix.nameOf.get(key);
}

/**
 * The token → mention array, reused from one document to the next: a fresh typed array per document costs more than
 * the rest of the index. Safe because a DocIndex lives only for one synchronous buildClaims (or signature) call.
 * It may be longer than the document; only the first `n` entries are reset and read.
 */
let mentionScratch = new Int32Array(0);
function mentionBuffer(n: number): Int32Array {
  if (mentionScratch.length < n) mentionScratch = new Int32Array(Math.max(n, mentionScratch.length * 2, 1024));
  return mentionScratch.fill(-1, 0, n);
}

/** Token indices covered by the spans, in order (spans may be several, for a split quote). */
export function tokensIn(doc: Doc, spans: readonly Span[]): number[] {
  const toks = doc.tokens;
  const out: number[] = [];
  for (const sp of spans) {
    for (let i = firstTokenEndingAfter(toks, sp.start); i < toks.length && toks[i]!.start < sp.end; i++) {
      if (out.length === 0 || out[out.length - 1]! < i) out.push(i);
    }
  }
  return out;
}

/** A party named in a clause. `at` is its position in Clause.tokens. */
export interface MentionHit {
  readonly key: string;
  readonly entity: string | null;
  readonly at: number;
  /** The agent of a passive ("… was attacked by China"). */
  readonly byAgent: boolean;
}

export interface WrapperHolder {
  readonly entity: string | null;
  readonly key: string;
  readonly name: string;
  readonly stance: 'assert' | 'deny';
}

/** What one clause of a content says, as the claims stage reads it. */
export interface Clause {
  /** Token indices (into doc.tokens) of the clause. */
  readonly tokens: number[];
  readonly predicates: Set<string>;
  /** The predicates that came only from plain nouns ("border", "town"): objects and details, not what happens. */
  readonly details: Set<string>;
  /** First lexicon concept in the clause, and where it stands. */
  concept: ConceptEntry | null;
  conceptAt: number;
  /** Position of the first predicate of any kind (agents stand before it, patients after). */
  predicateAt: number;
  readonly topics: Set<string>;
  readonly mentions: MentionHit[];
  negated: boolean;
  denyVerb: boolean;
  verdict: boolean;
  hedge: boolean;
  directive: boolean;
  /** Whether the proposition is about what is, will be, must be, or would be. */
  mood: Mood;
  /** The sentence ends in a question mark ("Why would we negotiate?"). */
  interrogative: boolean;
  firstPerson: boolean;
  wrapperHolder: WrapperHolder | null;
  /** The subject of a denial inside the content, who holds it ("Beijing is contesting the idea that …"). */
  innerHolder: MentionHit | null;
  /** Position in `tokens` where the proposition starts when a lead ("Beijing is contesting …") precedes it. */
  propositionAt: number;
  /** A wrapper noun stood in the clause ("the reports", "these claims"). */
  wrapper: boolean;
  /** Tokens that were negation words (left out of a de-negated rendering). */
  readonly negators: number[];
}

// One look-up per word: the closed lists folded into bit flags, built once at module load.
const F_NEG = 1;
const F_VERDICT = 2;
const F_DENY = 4;
const F_WRAP = 8;
const F_HEDGE = 16;
const F_DIRECTIVE = 32;
const F_HAPPEN = 64;
const F_STOP = 128;
const F_BIGRAM = 256;
/** A word's closed-list flags and its lexicon concept: what readClause looks up for each lemma and surface form. */
interface WordInfo {
  flags: number;
  concept: ConceptEntry | undefined;
}
const WORD: ReadonlyMap<string, WordInfo> = (() => {
  const m = new Map<string, WordInfo>();
  const entry = (w: string): WordInfo => {
    let e = m.get(w);
    if (!e) m.set(w, (e = { flags: 0, concept: undefined }));
    return e;
  };
  const put = (words: Iterable<string>, f: number) => {
    for (const w of words) entry(w).flags |= f;
  };
  for (const [lemma, concept] of CONCEPT_BY_LEMMA) entry(lemma).concept = concept;
  put(NEGATORS, F_NEG);
  put(VERDICTS, F_VERDICT);
  put(CONTENT_DENY_VERBS, F_DENY);
  put(WRAPPERS.keys(), F_WRAP);
  put(HEDGES, F_HEDGE);
  put(DIRECTIVE_MODALS, F_DIRECTIVE);
  put(HAPPENING_LEMMAS, F_HAPPEN);
  put(STOP_LEMMAS, F_STOP);
  put(ACTOR_NOUNS, F_STOP);
  put(
    [...HAPPENING_BIGRAMS].map((b) => b.split(' ')[0]!),
    F_BIGRAM,
  );
  return m;
})();

/** Most words are in no list: this rules them out without hashing them. */
const WORD_FILTER = new WordFilter(WORD.keys());

/** HAPPENING_BIGRAMS by first word ("take" → "place"): the pair is matched without building its string. */
const BIGRAM_SECOND: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const b of HAPPENING_BIGRAMS) {
    const sp = b.indexOf(' ');
    const first = b.slice(0, sp);
    let seconds = m.get(first);
    if (!seconds) m.set(first, (seconds = new Set()));
    seconds.add(b.slice(sp + 1));
  }
  return m;
})();

const SYNONYM_FILTER = new WordFilter(SYNONYM.keys());

/** The lemma a predicate is keyed by: its synonym group's first lemma, or itself. */
function synonymOf(lemma: string): string {
  return (SYNONYM_FILTER.mayHave(lemma) && SYNONYM.get(lemma)) || lemma;
}

export type Mood = 'actual' | 'future' | 'demanded' | 'hypothetical';

/** Modal auxiliaries that change what a proposition says (may/might are hedges: they change the stance instead). */
const MODAL_MOOD: ReadonlyMap<string, Mood> = new Map([
  ['will', 'future'],
  ["'ll", 'future'],
  ['wo', 'future'],
  ['shall', 'future'],
  ['would', 'hypothetical'],
  ['could', 'hypothetical'],
  ["'d", 'hypothetical'],
]);

const COPULAS = new Set(['be', 'become', 'remain', 'seem', 'appear', 'stay', 'look', 'feel', 'sound', 'grow']);
const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'i', 'me', 'my']);
/**
 * Whether a token is one UTF-16 unit long, from its offsets: tests for punctuation check this first, so that the
 * token's text (another object in memory) is loaded only for the few one-character tokens.
 */
function isOneChar(t: Token): boolean {
  return t.end - t.start === 1;
}

/** '.', '!' or '?' (compared directly: a Set look-up would hash every token's text). */
function isSentenceEnd(text: string): boolean {
  return text === '.' || text === '!' || text === '?';
}
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'regarding']);
const HEDGE_AFTER_NEG = new Set(['sure', 'certain', 'clear']);

function newClause(): Clause {
  return {
    tokens: [],
    predicates: new Set(),
    details: new Set(),
    concept: null,
    conceptAt: -1,
    predicateAt: -1,
    topics: new Set(),
    mentions: [],
    negated: false,
    denyVerb: false,
    verdict: false,
    hedge: false,
    directive: false,
    mood: 'actual',
    interrogative: false,
    firstPerson: false,
    wrapperHolder: null,
    innerHolder: null,
    propositionAt: 0,
    wrapper: false,
    negators: [],
  };
}

/** Splits token indices into sentence segments (a content may hold several sentences). */
export function segments(doc: Doc, idx: readonly number[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let sent = -1;
  for (const i of idx) {
    const t = doc.tokens[i]!;
    if (cur.length > 0 && t.sentence !== sent) {
      out.push(cur);
      cur = [];
    }
    sent = t.sentence;
    cur.push(i);
    if (isOneChar(t) && isSentenceEnd(t.text)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * Reads the first clause of a segment: predicates (concept keys or lemmas), topics, parties, negation, hedges,
 * verdicts, the holder of a wrapped claim. One pass, no allocation beyond the clause.
 */
export function readClause(ix: DocIndex, seg: readonly number[]): Clause {
  const { doc, mentionAt } = ix;
  const toks = doc.tokens;
  const c = newClause();
  let lastMention = -1;
  let prevContent: Token | null = null; // last token that is not ADV/PART/punctuation
  let prevPredNoun = ''; // lemma of the previous token when it was a noun predicate
  let sawBe = false;
  let sawVerb = false;
  let passive = false;
  for (let k = 0; k < seg.length; k++) {
    const i = seg[k]!;
    const t = toks[i]!;
    const hasPred = c.predicates.size > 0;
    // Clause boundaries end the clause once it has a predicate.
    if (hasPred && isBoundary(toks, seg, k)) break;
    // A lead-in without a verb ("in a post online, “Both sides …", "On Friday, …") is not the proposition.
    if (!sawVerb && c.tokens.length > 0 && isLeadInEnd(toks, seg, k, c)) {
      resetClause(c);
      lastMention = -1;
      prevContent = null;
      prevPredNoun = '';
      sawBe = false;
      passive = false;
      if (t.pos === 'PUNCT') continue;
    }
    c.tokens.push(i);
    const at = c.tokens.length - 1;
    const m = mentionAt[i]!;
    if (m >= 0) {
      if (m !== lastMention) {
        lastMention = m;
        const mention = doc.mentions[m]!;
        const key = entityKey(ix, mention.entity);
        // "meet in Geneva", "talks in Washington": a place after a locative preposition is where, not who.
        const where = LOCATIVE.has(prevLower(toks, i)) && (mention.kind === 'capital' || isPlace(ix, mention.entity));
        if (key && !where)
          c.mentions.push({ key, entity: mention.entity, at, byAgent: passive && prevLower(toks, i) === 'by' });
      }
      prevContent = t;
      prevPredNoun = '';
      continue;
    }
    lastMention = -1;
    const lower = t.lower;
    let lemma = t.lemma;
    let pos = t.pos;
    if (pos === 'PUNCT' || pos === 'SPACE' || pos === 'SYM') {
      prevPredNoun = '';
      continue;
    }
    if (pos === 'PROPN') {
      const hit = countryAt(doc, seg, k);
      if (hit) {
        for (let s = 1; s < hit.len; s++) c.tokens.push(seg[k + s]!);
        k += hit.len - 1;
        c.mentions.push({
          key: hit.iso3,
          entity: ix.countryEntity.get(hit.iso3) ?? null,
          at,
          byAgent: passive && prevLower(toks, i) === 'by',
        });
        prevContent = t;
        prevPredNoun = '';
        continue;
      }
      // wink tags capitalised common words as proper nouns at the start of a sentence or in a headline.
      const common = singular(lower);
      if (CONCEPT_BY_LEMMA.has(common) || CONCEPT_BY_LEMMA.has(lower) || startsSentence(toks, i)) {
        pos = 'NOUN';
        lemma = CONCEPT_BY_LEMMA.has(lower) ? lower : common;
      } else {
        prevContent = t;
        prevPredNoun = '';
        continue;
      }
    }
    // "If talks fail, …", "Unless Japan agrees, …": the whole proposition is a condition.
    if ((lower === 'if' || lower === 'unless') && c.predicates.size === 0) {
      c.mood = 'hypothetical';
      continue;
    }
    // One look-up for the lemma and one for the surface form give both the flags and the concept (read further on).
    const byLemma = WORD_FILTER.mayHave(lemma) ? WORD.get(lemma) : undefined;
    const byLower = lower === lemma || !WORD_FILTER.mayHave(lower) ? undefined : WORD.get(lower);
    const flags = (byLemma?.flags ?? 0) | (byLower?.flags ?? 0);
    if (flags & F_NEG) {
      const next = seg[k + 1] !== undefined ? toks[seg[k + 1]!]! : null;
      if (next && HEDGE_AFTER_NEG.has(next.lower)) {
        c.hedge = true;
        c.tokens.push(seg[k + 1]!);
        k++;
      } else {
        c.negated = true;
        c.negators.push(i);
      }
      continue;
    }
    if (pos === 'PRON' && FIRST_PERSON.has(lower)) c.firstPerson = true;
    const next = seg[k + 1] !== undefined ? toks[seg[k + 1]!]! : null;
    if (flags & F_BIGRAM && next && BIGRAM_SECOND.get(lemma)?.has(next.lower) === true) {
      c.tokens.push(seg[k + 1]!);
      k++;
      prevPredNoun = '';
      continue;
    }
    if (flags & F_VERDICT && pos !== 'VERB') {
      c.verdict = true;
      continue;
    }
    if (flags & F_DENY && pos === 'VERB') {
      c.denyVerb = true;
      // "… that Lima is disputing the notion that …": the subject of the denial holds it, and is no party.
      const subject = c.mentions[c.mentions.length - 1];
      if (c.predicates.size === 0 && !c.innerHolder && subject?.entity) {
        c.innerHolder = subject;
        c.mentions.pop();
        c.propositionAt = c.tokens.length;
      }
      continue;
    }
    if (flags & F_WRAP && pos === 'NOUN' && c.predicates.size === 0) {
      c.wrapper = true;
      if (!c.wrapperHolder) {
        c.wrapperHolder = wrapperHolder(ix, c, seg, k, WRAPPERS.get(lemma) ?? 'assert');
        // "claims from the Trump administration": step over the holder so it is not read as a party.
        const n1 = seg[k + 1];
        if (c.wrapperHolder && n1 !== undefined && (toks[n1]!.lower === 'from' || toks[n1]!.lower === 'by')) {
          const m = mentionAt[seg[k + 2]!]!;
          k += 2;
          while (k + 1 < seg.length && mentionAt[seg[k + 1]!] === m) k++;
        }
      }
      continue;
    }
    if (flags & F_HEDGE) {
      c.hedge = true;
      continue;
    }
    if (flags & F_DIRECTIVE) {
      // Sentence-initial "should/must" is a demand; after a denial or wrapper ("the idea that it must …") a mood.
      if (c.predicates.size === 0 && !c.denyVerb && !c.wrapper && c.mood === 'actual') c.directive = true;
      else if (c.mood === 'actual') c.mood = 'demanded';
      continue;
    }
    // "it needs to engage in talks", "has to", "is going to": the mood of the proposition, not a predicate.
    if ((lemma === 'need' || lemma === 'have' || lemma === 'go') && next?.lower === 'to' && pos !== 'NOUN') {
      if (c.mood === 'actual') c.mood = lemma === 'go' ? 'future' : 'demanded';
      sawVerb = true;
      continue;
    }
    if (pos === 'AUX') {
      sawVerb = true;
      if (lemma === 'be') sawBe = true;
      else if (c.mood === 'actual') {
        const mood = MODAL_MOOD.get(lower);
        if (mood) c.mood = mood;
      }
      prevContent = t;
      continue;
    }
    const concept = byLemma?.concept ?? byLower?.concept;
    if (pos === 'VERB') sawVerb = true;
    if (pos === 'VERB' && sawBe && (lower.endsWith('ed') || lower.endsWith('en'))) passive = true;
    if (concept) {
      if (pos === 'NOUN' && prevPredNoun !== '' && !CONCEPT_BY_LEMMA.has(prevPredNoun)) {
        // "trade negotiations": the modifier is what the talks are about, not a second predicate.
        c.predicates.delete(prevPredNoun);
        c.details.delete(prevPredNoun);
        c.topics.add(prevPredNoun);
      }
      c.predicates.add(concept.key);
      if (!c.concept) {
        c.concept = concept;
        c.conceptAt = at;
      }
      if (c.predicateAt < 0) c.predicateAt = at;
      // "talks on trade", "negotiations over the maritime border"
      if (pos === 'NOUN' && next && TOPIC_PREPS.has(next.lower)) {
        let j = k + 2;
        while (j < seg.length && j < k + 4 && (toks[seg[j]!]!.pos === 'DET' || toks[seg[j]!]!.pos === 'ADJ')) j++;
        const head = j < seg.length ? toks[seg[j]!]! : null;
        if (head && head.pos === 'NOUN' && mentionAt[seg[j]!] === -1) {
          c.topics.add(synonymOf(head.lemma));
          for (let x = k + 1; x <= j; x++) c.tokens.push(seg[x]!);
          k = j;
        }
      }
      prevPredNoun = '';
      prevContent = t;
      continue;
    }
    if (flags & F_HAPPEN && (pos === 'VERB' || pos === 'ADJ' || pos === 'ADV' || pos === 'NOUN')) {
      prevContent = t;
      prevPredNoun = '';
      continue;
    }
    if (flags & F_STOP) {
      if (pos !== 'ADV' && pos !== 'PART') prevContent = t;
      prevPredNoun = '';
      continue;
    }
    if (pos === 'VERB') sawVerb = true;
    if (pos === 'VERB' || pos === 'NOUN') {
      const key = synonymOf(lemma);
      if (pos === 'VERB') c.details.delete(key);
      else if (!c.predicates.has(key)) c.details.add(key);
      c.predicates.add(key);
      if (c.predicateAt < 0) c.predicateAt = at;
      prevPredNoun = pos === 'NOUN' ? lemma : '';
      prevContent = t;
      continue;
    }
    if (pos === 'ADJ' && prevContent && COPULAS.has(prevContent.lemma.toLowerCase())) {
      const key = synonymOf(lemma);
      c.details.delete(key);
      c.predicates.add(key);
      if (c.predicateAt < 0) c.predicateAt = at;
    }
    prevPredNoun = '';
    if (pos !== 'ADV' && pos !== 'PART') prevContent = t;
  }
  const lastTok = toks[seg[seg.length - 1]!];
  if (
    lastTok &&
    (lastTok.text === '?' || (seg.length > 1 && lastTok.pos === 'PUNCT' && toks[seg[seg.length - 2]!]!.text === '?'))
  )
    c.interrogative = true;
  return c;
}

/** Subordinators that open a new clause even without a comma ("… violated the rules while the FBI investigated …"). */
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'whereby']);

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'from', 'to', 'into']);

function isPlace(ix: DocIndex, entity: string): boolean {
  return ix.entityById.get(entity)?.type === 'place';
}

const OPEN_QUOTES = new Set(['“', '«', '"', '‘']);

/**
 * Where a verbless lead-in ends: an opening quote mark after a comma or colon (the quoted words start there), or a
 * comma closing a lead-in that began with a preposition, subordinator or adverb ("On Friday,").
 */
function isLeadInEnd(toks: readonly Token[], seg: readonly number[], k: number, c: Clause): boolean {
  const t = toks[seg[k]!]!;
  if (!isOneChar(t)) return false; // every mark looked for is one character
  if (OPEN_QUOTES.has(t.text)) {
    const p = k > 0 ? toks[seg[k - 1]!]! : null;
    return p !== null && (p.text === ',' || p.text === ':');
  }
  if (t.text !== ',' && t.text !== ':') return false;
  const first = toks[c.tokens[0]!]!;
  return first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || t.text === ':';
}

function resetClause(c: Clause): void {
  c.tokens.length = 0;
  c.predicates.clear();
  c.details.clear();
  c.topics.clear();
  c.mentions.length = 0;
  c.negators.length = 0;
  c.concept = null;
  c.conceptAt = -1;
  c.predicateAt = -1;
  c.negated = false;
  c.denyVerb = false;
  c.verdict = false;
  c.hedge = false;
  c.directive = false;
  c.mood = 'actual';
  c.interrogative = false;
  c.firstPerson = false;
  c.wrapperHolder = null;
  c.innerHolder = null;
  c.propositionAt = 0;
  c.wrapper = false;
}

/** A naive singular for words wink left unlemmatised ("Negotiations" tagged PROPN). */
function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The first word of its sentence, or the first after an opening quote mark. */
function startsSentence(toks: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const p = toks[i - 1]!;
  return p.sentence !== toks[i]!.sentence || (isOneChar(p) && OPEN_QUOTES.has(p.text));
}

function prevLower(toks: readonly Token[], i: number): string {
  return i > 0 ? toks[i - 1]!.lower : '';
}

/** A comma before a relative, a subordinator or a participle, a semicolon, or "and" before a new verb. */
function isBoundary(toks: readonly Token[], seg: readonly number[], k: number): boolean {
  const t = toks[seg[k]!]!;
  const one = isOneChar(t);
  if (one && (t.text === ';' || t.text === '—' || t.text === '–')) return true;
  if (one && t.text === ',') {
    let j = k + 1;
    while (j < seg.length && toks[seg[j]!]!.pos === 'ADV') j++;
    const n = j < seg.length ? toks[seg[j]!]! : null;
    if (!n) return false;
    return CLAUSE_OPENERS.has(n.lower) || (n.pos === 'VERB' && n.lower.endsWith('ing'));
  }
  if (t.lower.length >= 5 && SUBORDINATORS.has(t.lower)) return true; // all are 5 letters or more
  if (t.pos === 'CCONJ') {
    const n = k + 1 < seg.length ? toks[seg[k + 1]!]! : null;
    return n !== null && (n.pos === 'VERB' || n.pos === 'AUX');
  }
  return false;
}

/** A country name over one to three proper-noun tokens not covered by an entity mention ("United States"). */
function countryAt(doc: Doc, seg: readonly number[], k: number): { iso3: string; len: number } | null {
  const toks = doc.tokens;
  // Every slice tried starts with this token's text: most proper nouns start no country form, and need no slice.
  if (!startsCountryForm(toks[seg[k]!]!.text)) return null;
  for (let len = Math.min(3, seg.length - k); len >= 1; len--) {
    const a = toks[seg[k]!]!;
    const b = toks[seg[k + len - 1]!]!;
    if (seg[k + len - 1]! - seg[k]! !== len - 1) continue;
    const hit = lookupCountry(doc.text.slice(a.start, b.end));
    if (hit) return { iso3: hit.iso3, len };
  }
  return null;
}

/** Every prefix of every country form, made on first use (the lexicon is built lazily too). */
let formPrefixes: ReadonlySet<string> | null = null;

/** False when no country form starts with `word`: then no text starting with it is a country. */
function startsCountryForm(word: string): boolean {
  if (formPrefixes === null) {
    const prefixes = new Set<string>();
    for (const form of countryLexicon().byForm.keys()) {
      for (let n = 1; n <= form.length; n++) prefixes.add(form.slice(0, n));
    }
    formPrefixes = prefixes;
  }
  return formPrefixes.has(word);
}

/**
 * The holder of a wrapped proposition: the mention just before the wrapper ("U.S. assertions", "China's claims") or
 * after "from"/"by" ("claims from the Trump administration"). That mention is the holder, not a party.
 */
function wrapperHolder(
  ix: DocIndex,
  c: Clause,
  seg: readonly number[],
  k: number,
  stance: 'assert' | 'deny',
): WrapperHolder | null {
  const { doc, mentionAt, entityById } = ix;
  const toks = doc.tokens;
  const last = c.mentions[c.mentions.length - 1];
  const here = c.tokens.length - 1;
  if (last) {
    // The mention ends right before the wrapper, or before "'s".
    let j = here - 1;
    if (j >= 0 && toks[c.tokens[j]!]!.pos === 'PART') j--;
    const lastTok = c.tokens[j];
    const adjacent =
      lastTok !== undefined &&
      j >= last.at &&
      (mentionAt[lastTok]! >= 0
        ? doc.mentions[mentionAt[lastTok]!]!.entity === last.entity
        : toks[lastTok]!.pos === 'PROPN');
    if (adjacent) {
      c.mentions.pop();
      const e = last.entity ? entityById.get(last.entity) : undefined;
      return { entity: last.entity, key: last.key, name: e?.name ?? countryName(last.key) ?? last.key, stance };
    }
  }
  const n1 = seg[k + 1];
  const n2 = seg[k + 2];
  if (n1 !== undefined && n2 !== undefined && (toks[n1]!.lower === 'from' || toks[n1]!.lower === 'by')) {
    const m = mentionAt[n2]!;
    if (m >= 0) {
      const e = entityById.get(doc.mentions[m]!.entity);
      const key = e ? participantKey(e, entityById) : null;
      if (e && key) return { entity: e.id, key, name: e.name, stance };
    }
  }
  return null;
}
