// The only file that imports wink: everything else speaks Token and Sentence.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface RawToken {
  readonly value: string;
  readonly pos: string;
  readonly lemma: string;
  readonly negated: boolean;
  readonly spaces: string;
}

export interface RawSentence {
  /** Token index range [first, last] inclusive, as wink gives it. */
  readonly first: number;
  readonly last: number;
}

export interface WinkResult {
  readonly tokens: RawToken[];
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
  const values = toks.out(its.value) as string[];
  const pos = toks.out(its.pos) as string[];
  const lemmas = toks.out(its.lemma as never) as string[];
  const neg = toks.out(its.negationFlag as never) as unknown as boolean[];
  const spaces = toks.out(its.precedingSpaces) as string[];
  const tokens: RawToken[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    tokens[i] = {
      value: values[i] ?? '',
      pos: pos[i] ?? 'X',
      lemma: lemmas[i] ?? '',
      negated: neg[i] === true,
      spaces: spaces[i] ?? '',
    };
  }
  const sentences: RawSentence[] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const sp = s.out(its.span) as [number, number];
    sentences.push({ first: sp[0], last: sp[1] });
  });
  return { tokens, sentences };
}
