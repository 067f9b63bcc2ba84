import type { Doc, Sentence, Token, UPos } from '../model/index.js';
import { type RawSentence, type RawToken, runWink } from './wink.js';

const UPOS = new Set<string>([
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
]);

// Abbreviations after which a sentence never ends, whatever the splitter thought.
const NO_BREAK_AFTER = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'gov.',
  'sen.',
  'rep.',
  'sgt.',
  'lt.',
  'col.',
  'capt.',
  'st.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'no.',
  'vs.',
  'rev.',
  'hon.',
]);

/**
 * A break inside an open parenthesis that closes within the next few tokens is no break: "Sen. Jack Reed (D-R.I.),
 * said …" is one sentence.
 */
function closesSoon(tokens: readonly RawToken[], prev: [number, number], next: RawSentence): boolean {
  let depth = 0;
  for (let i = prev[0]; i <= prev[1]; i++) {
    const v = tokens[i]!.value;
    if (v === '(') depth++;
    else if (v === ')' && depth > 0) depth--;
  }
  if (depth === 0) return false;
  const stop = Math.min(next.last, next.first + 4);
  for (let i = next.first; i <= stop; i++) if (tokens[i]!.value === ')') return true;
  return false;
}

/**
 * Adds tokens and sentences for every kept (non-repeat) block. Sentences never cross a block boundary, so a headline
 * without a full stop is a sentence of its own.
 */
export function annotateNlp(doc: Doc): void {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const text = doc.text;
  for (const block of doc.blocks) {
    if (block.repeats !== null || block.role === 'boilerplate') continue;
    const { start: bStart, end: bEnd } = block.span;
    if (bEnd <= bStart) continue;
    const raw = runWink(text.slice(bStart, bEnd));
    let cursor = bStart;
    const offs: number[] = new Array(raw.tokens.length * 2);
    for (let i = 0; i < raw.tokens.length; i++) {
      const t = raw.tokens[i]!;
      cursor += t.spaces.length;
      let at = cursor;
      if (!text.startsWith(t.value, cursor)) {
        const found = text.indexOf(t.value, cursor);
        at = found >= 0 && found < bEnd ? found : cursor;
      }
      const end = Math.min(at + t.value.length, bEnd);
      offs[2 * i] = at;
      offs[2 * i + 1] = end;
      cursor = end;
    }
    // Sentence ranges, merged where wink broke after a title abbreviation.
    const ranges: Array<[number, number]> = [];
    for (const s of raw.sentences) {
      const prev = ranges[ranges.length - 1];
      const lastTok = prev ? raw.tokens[prev[1]] : undefined;
      if (prev && lastTok && (NO_BREAK_AFTER.has(lastTok.value.toLowerCase()) || closesSoon(raw.tokens, prev, s))) {
        prev[1] = s.last;
      } else ranges.push([s.first, s.last]);
    }
    for (const [first, last] of ranges) {
      // Skip sentences made only of white space.
      let f = first;
      let l = last;
      while (f <= l && raw.tokens[f]!.pos === 'SPACE') f++;
      while (l >= f && raw.tokens[l]!.pos === 'SPACE') l--;
      if (f > l) continue;
      const sIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let i = f; i <= l; i++) {
        const t = raw.tokens[i]!;
        if (t.pos === 'SPACE') continue;
        const start = offs[2 * i]!;
        const end = offs[2 * i + 1]!;
        tokens.push({
          index: tokens.length,
          start,
          end,
          text: text.slice(start, end),
          lower: t.value.toLowerCase(),
          pos: (UPOS.has(t.pos) ? t.pos : 'X') as UPos,
          lemma: t.lemma,
          negated: t.negated,
          sentence: sIndex,
        });
      }
      if (tokens.length === tokenStart) continue;
      sentences.push({
        index: sIndex,
        span: { start: tokens[tokenStart]!.start, end: tokens[tokens.length - 1]!.end },
        block: block.index,
        tokenStart,
        tokenEnd: tokens.length,
      });
    }
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
}

/** Tokens for a stand-alone phrase (actor look-ups, queries), offsets into the phrase. */
export function tokenizePhrase(phrase: string): Token[] {
  const raw = runWink(phrase);
  const out: Token[] = [];
  let cursor = 0;
  for (const t of raw.tokens) {
    cursor += t.spaces.length;
    if (t.pos === 'SPACE') {
      cursor += t.value.length;
      continue;
    }
    const at = phrase.startsWith(t.value, cursor) ? cursor : Math.max(cursor, phrase.indexOf(t.value, cursor));
    const end = at + t.value.length;
    out.push({
      index: out.length,
      start: at,
      end,
      text: phrase.slice(at, end),
      lower: t.value.toLowerCase(),
      pos: (UPOS.has(t.pos) ? t.pos : 'X') as UPos,
      lemma: t.lemma,
      negated: t.negated,
      sentence: 0,
    });
    cursor = end;
  }
  return out;
}
