import { countryName } from '../entities/countries.js';
import type { Doc } from '../model/index.js';
import { isJsSpace } from '../text/index.js';
import type { Cluster } from './cluster.js';
import { CONCEPT_BY_KEY } from './lexicon/concepts.js';
import { WRAPPERS } from './lexicon/words.js';
import { type Clause, type DocIndex, participantName } from './read.js';

/** Characters trimmed from the ends of a rendered clause: white space, quote marks, punctuation. */
const EDGE_CHARS = ' \t\n\r\u00a0"\'“”‘’«»,;:.!?—–-';
/** EDGE_CHARS as a table by character code (all are below U+2100): a look-up without hashing. */
const EDGE: Uint8Array = (() => {
  const t = new Uint8Array(0x2100);
  for (const c of EDGE_CHARS) t[c.charCodeAt(0)] = 1;
  return t;
})();

function isEdge(c: number): boolean {
  return c < 0x2100 && EDGE[c] === 1;
}

/**
 * A readable statement of a claim's proposition.
 * 1. A symmetric concept with its parties known: "United States–China trade negotiations are under way" (the party of
 *    the first asserting holder first).
 * 2. Else the text of the first asserting clause ("the United States misleading the public").
 * 3. Else the first clause with its negation words left out ("The Chinese are eager to climb down the ladder").
 */
export function propositionText(ix: DocIndex, cl: Cluster): string {
  const doc = ix.doc;
  const sig = cl.sig;
  const concept = sig.concept ? CONCEPT_BY_KEY.get(sig.concept) : undefined;
  const asserting = cl.members.find((m) => m.stance === 'assert' && m.clause !== null);
  // The template says only "X–Y <event> is happening": use it when that is all the claim says.
  if (
    concept?.symmetric &&
    sig.symmetric &&
    sig.agents.length >= 2 &&
    sig.mood === 'actual' &&
    sig.predicates.length === 1
  ) {
    const first = asserting?.holderCountry ?? null;
    const parties = [...sig.agents].sort((a, b) => Number(b === first) - Number(a === first));
    const who = parties.map((k) => countryName(k) ?? participantName(ix, k) ?? k).join('–');
    return [who, ...sig.topics, concept.phrase].join(' ');
  }
  if (asserting?.clause) return clauseText(doc, asserting.clause, false, asserting.accuse);
  const first = cl.members.find((m) => m.clause !== null);
  if (first?.clause) return clauseText(doc, first.clause, true, first.accuse);
  return [...sig.agents, ...sig.predicates, ...sig.patients].join(' ');
}

/** The clause as written (from its first to its last token), optionally without its negation words. */
export function clauseText(doc: Doc, c: Clause, denegate: boolean, accuse: boolean): string {
  const toks = doc.tokens;
  const from = propositionStart(doc, c);
  const first = toks[c.tokens[from]!]!;
  const last = toks[c.tokens[c.tokens.length - 1]!]!;
  if (!accuse && (!denegate || c.negators.length === 0)) return tidy(doc.text, first.start, last.end);
  let out = '';
  let cursor = first.start;
  const skip = new Set(denegate ? c.negators : []);
  const ofAfterAccused = accuse ? accusedOf(doc, c) : -1;
  for (let i = c.tokens[from]!; i <= c.tokens[c.tokens.length - 1]!; i++) {
    const t = toks[i]!;
    if (skip.has(i) || (accuse && i === ofAfterAccused)) {
      cursor = t.end;
      continue;
    }
    out += doc.text.slice(cursor, t.end);
    cursor = t.end;
  }
  if (cursor < last.end) out += doc.text.slice(cursor, last.end);
  return tidy(out, 0, out.length);
}

/**
 * text[start, end) with one space between words, no quote marks or punctuation at the edges, no leading complementiser
 * "that". Reads the characters in `text` itself (not a slice of it, whose character access is slower) and slices once.
 */
function tidy(text: string, start: number, end: number): string {
  while (start < end && isEdge(text.charCodeAt(start))) start++;
  while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
  const spaced = needsSpacing(text, start, end);
  let t = start === 0 && end === text.length ? text : text.slice(start, end);
  if (spaced) t = t.replace(/\s+/g, ' ');
  return t.startsWith('that ') || t.startsWith('That ') ? t.slice(5) : t;
}

/** What /\s\s|[\n\t\r\u00a0]/ finds: two white-space characters in a row, or a line break, tab or NBSP. */
function needsSpacing(t: string, start: number, end: number): boolean {
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (c < 0x7f && c > 32) prevSpace = false;
    else if (c === 10 || c === 9 || c === 13 || c === 0xa0) return true;
    else {
      const space = isJsSpace(c);
      if (space && prevSpace) return true;
      prevSpace = space;
    }
  }
  return false;
}

/** Where the proposition starts: after a reported denial's lead and "the idea that" ("… contesting the idea that X"). */
function propositionStart(doc: Doc, c: Clause): number {
  let k = c.propositionAt;
  if (k === 0 || k >= c.tokens.length) return 0;
  while (k < c.tokens.length - 1) {
    const t = doc.tokens[c.tokens[k]!]!;
    if (t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.lower === 'that' || WRAPPERS.has(t.lemma)) k++;
    else break;
  }
  return k;
}

/** Index of the "of" right after the accused in an accusation content ("the United States of misleading …"). */
function accusedOf(doc: Doc, c: Clause): number {
  for (let k = 1; k < c.tokens.length; k++) {
    const i = c.tokens[k]!;
    if (doc.tokens[i]!.lower === 'of' && doc.tokens[i - 1]?.pos === 'PROPN') return i;
  }
  return -1;
}
