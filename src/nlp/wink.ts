// The only file that imports wink: everything else speaks Token and Sentence.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * wink's output for one text, column by column (no object per token: this runs on every token of every article).
 * The columns are buffers reused by the next `runWink`: only the first `length` entries belong to this text.
 */
export interface RawTokens {
  readonly length: number;
  readonly value: readonly string[];
  /** `value` in lower case. */
  readonly lower: readonly string[];
  /** Id of each token's surface form (see `formGeneration`). */
  readonly form: readonly number[];
  readonly pos: readonly string[];
  readonly lemma: readonly string[];
  readonly negated: readonly boolean[];
}

export interface RawSentence {
  /** Token index range [first, last] inclusive, as wink gives it. */
  readonly first: number;
  readonly last: number;
}

export interface WinkResult {
  readonly tokens: RawTokens;
  readonly sentences: RawSentence[];
}

type WinkEngine = ReturnType<typeof winkNLP>;
type WinkTokens = ReturnType<ReturnType<WinkEngine['readDoc']>['tokens']>;

let engine: WinkEngine | null = null;

/** wink's lexeme table: the very object its cache looks words up in and adds new words to. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: string[];
}
let lexemes: LexemeTable | null = null;
/** Entries of the model's own vocabulary: what the lexeme table holds before wink has learnt anything. */
let builtIn = 0;
/**
 * Words wink may learn (of letters and digits only: the others are forgotten after each text) before the engine is
 * loaded afresh. Its tables only ever grow, by about 100 bytes a word; a corpus of millions of articles meets millions
 * of names and typos. Loading takes about 50 ms, and knowing such words changes no output (see
 * `forgetSplittableWords`), so a reload is invisible but for the time.
 */
let learntLimit = 200_000;

/** Sets how many words wink may learn before a reload (tests use a small limit). Returns the previous limit. */
export function setLearntLimit(n: number): number {
  const before = learntLimit;
  learntLimit = n;
  return before;
}

/** How many words wink has learnt since it was last loaded. */
export function learntWords(): number {
  return lexemes === null ? 0 : lexemes.list.length - builtIn;
}

/** Loads the model once per process, keeping a handle on its lexeme table (see `forgetSplittableWords`). */
function getEngine(): WinkEngine {
  if (engine) return engine;
  const m = model as unknown as { core(): { features: { lexeme: LexemeTable } } };
  const withHandle = {
    ...m,
    core() {
      const core = m.core();
      lexemes = core.features.lexeme;
      builtIn = lexemes.list.length;
      return core;
    },
  };
  engine = winkNLP(withHandle as unknown as typeof model, ['sbd', 'pos', 'negation']);
  return engine;
}

/** A word that wink's tokenizer splits unless it already knows it ("Trump’s", "U.S.-led"): not letters and digits. */
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/**
 * wink learns every new token text, and its tokenizer keeps a token whole when it knows the text: once an odd
 * context ("Trump’s’", possessive then a closing quote) has taught it "Trump’s", every later document gets "Trump’s"
 * as one token instead of "Trump" + "’s", so an analysis would depend on what was analysed before. The words learnt
 * from this text that the tokenizer could split are forgotten again (a later text re-learns them with a new id), so
 * every text is tokenised as by a fresh engine. Words of letters and digits only are kept: knowing them changes no
 * split, and they are most of what is learnt.
 */
function forgetSplittableWords(from: number): void {
  const table = lexemes;
  if (table === null) return;
  const { hash, list } = table;
  for (let i = from; i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i && SPLITTABLE.test(word)) delete hash[word];
  }
}

/**
 * What is known of a surface form across documents: its text, lower case, and the lemmas wink gave it by POS. wink's
 * lemma of a token that is not part of a contraction depends on nothing but its surface and POS (its look-ups only
 * consult the model's built-in vocabulary), and asking wink for every lemma of every document is its dearest read-out.
 * The memo is dropped when it grows past the limit, so a long corpus run cannot grow it without bound.
 */
interface WordMemo {
  /** Dense id of the form, from 0, until the memo is next dropped. */
  readonly id: number;
  readonly value: string;
  readonly lower: string;
  /** The first POS seen with a lemma and that lemma, inline: most forms only ever get one. */
  pos0: string | null;
  lemma0: string;
  /** Any further POS and lemma pairs. */
  more: string[] | null;
}
/**
 * The memo by wink's lexeme id (undefined: not seen since the memo was last dropped). wink gives each distinct token
 * text one lexeme id (a word `forgetSplittableWords` drops gets a new one when met again), so the id stands for the text: an
 * array index instead of hashing the text into a Map. Kept dense (grown by push) so that it stays a plain array.
 */
let wordByLexeme: Array<WordMemo | undefined> = [];
/** Forms in the memo: the next form id. */
let formCount = 0;
/** The memo is dropped before it would pass this many forms (form ids stay below it, bar a single huger text). */
export const FORM_LIMIT = 100_000;
let generation = 0;

/** Changes whenever the form memo is dropped: a form id means the same form only within one generation. */
export function formGeneration(): number {
  return generation;
}

function dropWords(): void {
  wordByLexeme = [];
  formCount = 0;
  generation++;
}

/** The memo of lexeme `uid`, or undefined when it has none yet. */
function wordOfLexeme(uid: number): WordMemo | undefined {
  return uid < wordByLexeme.length ? wordByLexeme[uid] : undefined;
}

function addWord(uid: number, value: string): WordMemo {
  while (wordByLexeme.length <= uid) wordByLexeme.push(undefined);
  const w: WordMemo = { id: formCount++, value, lower: value.toLowerCase(), pos0: null, lemma0: '', more: null };
  wordByLexeme[uid] = w;
  return w;
}

function memoLemma(w: WordMemo, pos: string): string | undefined {
  if (w.pos0 === pos) return w.lemma0;
  const l = w.more;
  if (l !== null) for (let j = 0; j < l.length; j += 2) if (l[j] === pos) return l[j + 1];
  return undefined;
}

function rememberLemma(w: WordMemo, pos: string, lemma: string): void {
  if (w.pos0 === null) {
    w.pos0 = pos;
    w.lemma0 = lemma;
  } else if (w.more === null) w.more = [pos, lemma];
  else w.more.push(pos, lemma);
}

/**
 * The per-token columns `readWords` fills, reused from call to call (a result is read before the next `runWink`):
 * four fresh arrays per document were a good part of the nlp stage's garbage. Only the first `n` entries of a call
 * are its own; grown by push so that they stay packed arrays.
 */
const valueBuf: string[] = [];
const lowerBuf: string[] = [];
const lemmaBuf: string[] = [];
const formBuf: number[] = [];
/** Indexes of the tokens whose lemma the memo lacks, also reused. */
let missBuf = new Int32Array(1024);

function growColumns(n: number): void {
  while (valueBuf.length < n) {
    valueBuf.push('');
    lowerBuf.push('');
    lemmaBuf.push('');
    formBuf.push(-1);
  }
  if (missBuf.length < n) missBuf = new Int32Array(Math.max(n, 2 * missBuf.length));
}

/**
 * Text, lower case and lemma of every token: from the memo where possible, from wink where not (one bulk read when
 * many are new, else one item per new token).
 */
function readWords(toks: WinkTokens, its: WinkEngine['its'], pos: string[]) {
  const uids = toks.out(its.uniqueId as never) as unknown as number[];
  const n = uids.length;
  // Dropped between documents only, so the form ids of one document all belong to one generation.
  if (formCount + n > FORM_LIMIT && formCount > 0) dropWords();
  const contraction = toks.out(its.contractionFlag) as unknown as boolean[];
  growColumns(n);
  const value = valueBuf;
  const lower = lowerBuf;
  const lemma = lemmaBuf;
  const form = formBuf;
  // Tokens whose lemma is not in the memo, among them every token whose text is new to it (form -1 until known).
  const misses = missBuf;
  let missCount = 0;
  let newWords = 0;
  for (let i = 0; i < n; i++) {
    const w = wordOfLexeme(uids[i]!);
    if (w === undefined) {
      newWords++;
      form[i] = -1;
      misses[missCount++] = i;
      continue;
    }
    value[i] = w.value;
    lower[i] = w.lower;
    form[i] = w.id;
    const hit = contraction[i] === true ? undefined : memoLemma(w, pos[i]!);
    if (hit === undefined) misses[missCount++] = i;
    else lemma[i] = hit;
  }
  if (missCount === 0) return { value, lower, lemma, form };
  // A single read builds an item object in wink (about three bulk reads' worth): past a third of the tokens, one
  // bulk read is cheaper. A new text takes its form id as its first token comes, in token order.
  const values = newWords * 3 > n ? (toks.out(its.value) as string[]) : null;
  const lemmas = missCount * 3 > n ? (toks.out(its.lemma as never) as string[]) : null;
  for (let m = 0; m < missCount; m++) {
    const i = misses[m]!;
    let item: ReturnType<WinkTokens['itemAt']> | null = null;
    let w: WordMemo;
    if (form[i] === -1) {
      const uid = uids[i]!;
      w = wordOfLexeme(uid) ?? addWord(uid, values ? values[i]! : ((item = toks.itemAt(i)).out(its.value) as string));
      value[i] = w.value;
      lower[i] = w.lower;
      form[i] = w.id;
    } else w = wordByLexeme[uids[i]!]!;
    const p = pos[i]!;
    // An earlier token of this document may have taught the memo this lemma.
    const known = contraction[i] === true ? undefined : memoLemma(w, p);
    if (known !== undefined) {
      lemma[i] = known;
      continue;
    }
    const l = lemmas ? lemmas[i]! : ((item ?? toks.itemAt(i)).out(its.lemma as never) as string);
    lemma[i] = l;
    if (contraction[i] !== true) rememberLemma(w, p, l);
  }
  return { value, lower, lemma, form };
}

/** Tokens, POS, lemmas, negation and sentence boundaries for one piece of text. */
export function runWink(text: string): WinkResult {
  if (learntWords() > learntLimit) {
    // A fresh engine numbers its words anew: the memo keyed by those numbers goes with the old one.
    engine = null;
    lexemes = null;
    dropWords();
  }
  const nlp = getEngine();
  const its = nlp.its;
  const learnt = lexemes?.list.length ?? 0;
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  const pos = toks.out(its.pos) as string[];
  const { value, lower, lemma, form } = readWords(toks, its, pos);
  const tokens: RawTokens = {
    length: pos.length,
    value,
    lower,
    form,
    pos,
    lemma,
    negated: toks.out(its.negationFlag as never) as unknown as boolean[],
  };
  // One read of all sentence spans (no item object per sentence).
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences = new Array<RawSentence>(spans.length);
  for (let s = 0; s < spans.length; s++) sentences[s] = { first: spans[s]![0], last: spans[s]![1] };
  forgetSplittableWords(learnt);
  return { tokens, sentences };
}
