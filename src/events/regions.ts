import type { Doc, Token } from '../model/index.js';
import { tokenAt } from '../nlp/index.js';
import type { ActorCode } from './actors/types.js';
import type { Chunk } from './chunks.js';
import { lem } from './lemma.js';
import { SPEECH_VERBS } from './lexicon/frames.js';
import { WordFilter } from './word-filter.js';

/** An actor as found in the text: its code and token range. */
export interface ActorRef {
  readonly code: ActorCode;
  readonly start: number;
  readonly end: number;
}

/** A stretch of reported speech: a quote's content, or the complement of a verb of saying. */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly quote: string | null;
  readonly speaker: ActorRef | null;
}

/**
 * A region's speaker, looked for on first use: most quotes carry no event, and finding a speaker may chunk its
 * sentence. One per quote, shared by the regions of its parts (the same object, as events compare speakers by it).
 */
class SpeakerOnce {
  private found = false;
  private value: ActorRef | null = null;

  constructor(private readonly find: (() => ActorRef | null) | null) {}

  static known(value: ActorRef | null): SpeakerOnce {
    const s = new SpeakerOnce(null);
    s.found = true;
    s.value = value;
    return s;
  }

  get(): ActorRef | null {
    if (!this.found) {
      this.found = true;
      this.value = this.find!();
    }
    return this.value;
  }
}

class SpeechRegion implements Region {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly quote: string | null,
    private readonly who: SpeakerOnce,
  ) {}

  get speaker(): ActorRef | null {
    return this.who.get();
  }
}

export interface SentenceChunks {
  readonly from: number;
  readonly to: number;
  /** Chunks made so far: index them only with what chunkIndexAt returned. */
  readonly chunks: readonly Chunk[];
  /** The index in `chunks` of the chunk holding token k, or -1 (also outside the sentence). */
  chunkIndexAt(k: number): number;
}

const SPEECH_FILTER = new WordFilter(SPEECH_VERBS);

function isSpeechVerb(lemma: string): boolean {
  return SPEECH_FILTER.mayHave(lemma) && SPEECH_VERBS.has(lemma);
}

let regionBuffer = new Int32Array(1024);

const STRAIGHT = 0x22; // "
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’

/** “ ‘ « */
function isOpenMark(ch: number): boolean {
  return ch === 0x201c || ch === LEFT_SINGLE || ch === 0xab;
}

/** ” ’ » */
function isCloseMark(ch: number): boolean {
  return ch === 0x201d || ch === RIGHT_SINGLE || ch === 0xbb;
}

/**
 * Marks the tokens that are reported speech. Quotes found by the attribution stage come first (they carry their id
 * and speaker); quotation marks and "X said (that) …" complements fill in where that stage found nothing, so events
 * are attributed even when it did not run.
 */
export function findRegions(
  doc: Doc,
  sents: readonly SentenceChunks[],
  subjectOf: (si: number, at: number) => ActorRef | null,
  speakerOfQuote: (quoteIndex: number) => ActorRef | null,
  mayHaveEvents: (si: number) => boolean = () => true,
): { regions: Region[]; regionOf: Int32Array } {
  const toks = doc.tokens;
  if (regionBuffer.length < toks.length) regionBuffer = new Int32Array(Math.max(toks.length, regionBuffer.length * 2));
  // A view of a buffer reused from document to document: valid until the next call.
  const regionOf = regionBuffer.subarray(0, toks.length).fill(-1);
  const regions: Region[] = [];
  const mark = (start: number, end: number, quote: string | null, speaker: SpeakerOnce) => {
    if (end <= start) return;
    const id = regions.length;
    regions.push(new SpeechRegion(start, end, quote, speaker));
    for (let k = start; k < end; k++) if (regionOf[k] === -1) regionOf[k] = id;
  };
  // 1. Quotes from the attribution stage.
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    const q = doc.quotes[qi]!;
    const speaker = new SpeakerOnce(() => speakerOfQuote(qi));
    for (const c of q.content) {
      const a = firstTokenAtOrAfter(doc, c.start);
      const b = lastTokenBefore(doc, c.end);
      if (a >= 0 && b >= a) mark(a, b + 1, q.id, speaker);
    }
  }
  // 2. Quotation marks the attribution stage did not cover.
  const sentOf = (tok: number) => toks[tok]!.sentence;
  let open = -1;
  let straightOpen = false;
  // Every quotation mark is one character: read from the text by offset, without loading each token's string.
  const text = doc.text;
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]!;
    if (tok.end - tok.start !== 1) continue;
    const ch = text.charCodeAt(tok.start);
    const isStraight = ch === STRAIGHT;
    if (open < 0 && (isOpenMark(ch) || (isStraight && !straightOpen))) {
      if (ch === LEFT_SINGLE && !isQuoteStart(toks, k)) continue;
      open = k;
      straightOpen = isStraight;
      continue;
    }
    if (open >= 0 && (isCloseMark(ch) || (isStraight && straightOpen))) {
      if (ch === RIGHT_SINGLE && !isQuoteEnd(toks, k)) continue;
      if (regionOf[open + 1] === -1 && k > open + 1) {
        const from = open; // `open` moves on; the speaker is looked for later
        const speaker = new SpeakerOnce(() => speakerAround(sents, sentOf(from), from, sentOf(k), k, subjectOf, toks));
        mark(open + 1, k, null, speaker);
      }
      open = -1;
      straightOpen = false;
    }
  }
  // 3. Complements of verbs of saying: "X said (that) …" and "…, X said".
  // These regions stay inside their sentence: one without events needs none (and no subjects looked for).
  for (let si = 0; si < sents.length; si++) {
    if (!mayHaveEvents(si)) continue;
    const s = sents[si]!;
    for (let k = s.from; k < s.to; k++) {
      const t = toks[k]!;
      if (t.pos !== 'VERB' || !isSpeechVerb(lem(t)) || regionOf[k] !== -1) continue;
      const subj = subjectOf(si, k);
      if (subj) {
        // "X said (that) …": the rest of the sentence.
        if (k + 1 < s.to) mark(k + 1, s.to, null, SpeakerOnce.known(subj));
        continue;
      }
      // "…, said X" / "…, X said": the part before the comma.
      const comma = lastCommaBefore(toks, s.from, k);
      if (comma > s.from) {
        const inv = chunkActorAfter(s, k + 1);
        const before = chunkActorBetween(s, comma + 1, k);
        const sp = inv ?? before;
        if (sp) mark(s.from, comma, null, SpeakerOnce.known(sp));
      }
    }
  }
  return { regions, regionOf };
}

function speakerAround(
  sents: readonly SentenceChunks[],
  openSent: number,
  openTok: number,
  closeSent: number,
  closeTok: number,
  subjectOf: (si: number, at: number) => ActorRef | null,
  toks: readonly Token[],
): ActorRef | null {
  // A verb of saying before the opening mark, in its sentence ("…, firmly stating …, “…”").
  const so = sents[openSent];
  if (so) {
    for (let k = openTok - 1; k >= so.from; k--) {
      const t = toks[k]!;
      if (t.pos === 'VERB' && isSpeechVerb(lem(t))) {
        const subj = subjectOf(openSent, k);
        if (subj) return subj;
      }
    }
  }
  // After the closing mark: "…,” said Sun" / "…,” the minister said".
  const sc = sents[closeSent];
  if (sc) {
    for (let k = closeTok + 1; k < sc.to && k < closeTok + 8; k++) {
      const t = toks[k]!;
      if (t.pos === 'VERB' && isSpeechVerb(lem(t))) {
        return chunkActorAfter(sc, k + 1) ?? chunkActorBetween(sc, closeTok + 1, k);
      }
    }
  }
  return null;
}

function chunkActorAfter(s: SentenceChunks, at: number): ActorRef | null {
  if (at >= s.to) return null;
  const ci = s.chunkIndexAt(at);
  const c = ci >= 0 ? s.chunks[ci] : undefined;
  const a = c?.actors[0];
  return a ? { code: a.code, start: a.start, end: a.end } : null;
}

function chunkActorBetween(s: SentenceChunks, from: number, to: number): ActorRef | null {
  for (let k = to - 1; k >= from; k--) {
    const ci = s.chunkIndexAt(k);
    const a = ci >= 0 ? s.chunks[ci]!.actors[0] : undefined;
    if (a) return { code: a.code, start: a.start, end: a.end };
  }
  return null;
}

function lastCommaBefore(toks: readonly Token[], from: number, k: number): number {
  for (let j = k - 1; j >= from && j >= k - 8; j--) if (toks[j]!.text === ',' || toks[j]!.text === '”') return j;
  return -1;
}

function isQuoteStart(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1];
  return !prev || prev.end < toks[k]!.start;
}

function isQuoteEnd(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return !next || next.start > toks[k]!.end || next.pos === 'PUNCT';
}

function firstTokenAtOrAfter(doc: Doc, offset: number): number {
  const k = tokenAt(doc, offset);
  if (k >= 0) return k;
  for (let i = 0; i < doc.tokens.length; i++) if (doc.tokens[i]!.start >= offset) return i;
  return -1;
}

function lastTokenBefore(doc: Doc, offset: number): number {
  const k = tokenAt(doc, offset - 1);
  if (k >= 0) return k;
  for (let i = doc.tokens.length - 1; i >= 0; i--) if (doc.tokens[i]!.end <= offset) return i;
  return -1;
}
