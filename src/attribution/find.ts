/**
 * The attribution stage: direct, partial, mixed and indirect quotes with cue, speech act and speaker, found by rules
 * over quote regions and wink's POS tags (no parser). One pass over sentences finds cue constructions; quote regions
 * are then attached to them or, failing that, to their neighbours. Everything is linear in the document length.
 */
import type { Doc, Sentence } from '../model/index.js';
import { sentenceCues } from './cues.js';
import { emit } from './emit.js';
import { leftoverRegions } from './leftovers.js';
import { LOWER_START, Run, UPPER_START } from './run.js';
import { isComma } from './tokens.js';

/** Direct, partial, mixed and indirect quotes with cue, speech act and speaker. */
export function findQuotes(doc: Doc): void {
  doc.quotes = [];
  if (doc.tokens.length === 0) return;
  const run = new Run(doc);
  for (const s of clauseSentences(doc)) sentenceCues(run, s);
  leftoverRegions(run);
  emit(run);
}

/**
 * The sentences attribution reads: a sentence that opens with a lower-case word or a comma continues the one before it
 * in the same paragraph ("Sen. Mara Quist (D-Vt.) | said she …" is a splitter's cut after an abbreviation, not a sentence).
 */
function clauseSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    const first = doc.tokens[s.tokenStart];
    const before = doc.tokens[s.tokenStart - 1];
    if (
      prev &&
      first &&
      before &&
      prev.block === s.block &&
      prev.tokenEnd === s.tokenStart &&
      (((LOWER_START.test(first.text) || isComma(first)) &&
        (before.text === ')' || before.text === '.' || /\.$/.test(before.text))) ||
        splitAbbreviation(doc, s.tokenStart))
    ) {
      out[out.length - 1] = { ...prev, span: { start: prev.span.start, end: s.span.end }, tokenEnd: s.tokenEnd };
    } else out.push(s);
  }
  return out;
}

/** "non-U.S. citizens", "R-S.C.": the splitter cut inside a dotted abbreviation glued to the word before it. */
function splitAbbreviation(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const f = t[k]!;
  const dot = t[k - 1]!;
  const w = t[k - 2];
  return (
    w !== undefined &&
    dot.text === '.' &&
    dot.start === w.end &&
    f.start === dot.end &&
    f.text.length === 2 &&
    f.text[1] === '.' &&
    UPPER_START.test(f.text) &&
    UPPER_START.test(w.text.slice(-1))
  );
}
