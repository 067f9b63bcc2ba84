// The only file that imports wink: everything else speaks Token and Sentence.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** wink's output for one text, column by column (no object per token: this runs on every token of every article). */
export interface RawTokens {
  readonly length: number;
  readonly value: readonly string[];
  readonly pos: readonly string[];
  readonly lemma: readonly string[];
  readonly negated: readonly boolean[];
  /** White space before each token. */
  readonly spaces: readonly string[];
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

let engine: WinkEngine | null = null;

/** Loads the model once per process (it is read-only after loading). */
function getEngine(): WinkEngine {
  engine ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return engine;
}

/** Tokens, POS, lemmas, negation and sentence boundaries for one piece of text. */
export function runWink(text: string): WinkResult {
  const nlp = getEngine();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  const value = toks.out(its.value) as string[];
  const tokens: RawTokens = {
    length: value.length,
    value,
    pos: toks.out(its.pos) as string[],
    lemma: toks.out(its.lemma as never) as string[],
    negated: toks.out(its.negationFlag as never) as unknown as boolean[],
    spaces: toks.out(its.precedingSpaces) as string[],
  };
  const sentences: RawSentence[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const sp = s.out(its.span) as [number, number];
    sentences.push({ first: sp[0], last: sp[1] });
  });
  return { tokens, sentences };
}
