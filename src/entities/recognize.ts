import type { Doc } from '../model/index.js';
import type { TokenForms } from '../nlp/index.js';
import { type Chunk, type ChunkPool, chunkSentence, newChunkPool, opensSentence, startsUpper } from './chunk.js';
import { tryGroup } from './collectives.js';
import type { Draft } from './draft.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { nameCandidate, personFromTitles, titleOutsideRun } from './people.js';
import { countryChunk, emitOrg, knownChunk, theAnaphor } from './places.js';
import {
  type Ctx,
  collectRun,
  emit,
  hasProperNoun,
  isHeadChunk,
  isRunStart,
  isSpaceUnit,
  isTightHyphen,
  SENTENCE_END,
  spanOf,
} from './sentence.js';

// Reads one sentence: chunks, capitalised runs, and the rule each run goes to.

/** Per-sentence tables a caller may reuse from one sentence to the next (they are reset for each). */
export interface SentenceScratch {
  readonly byEnd: (Draft | null)[];
  readonly pending: Map<number, Draft[]>;
  readonly chunks: ChunkPool;
  /** The document's form ids, when the nlp stage built its tokens. */
  forms: TokenForms | undefined;
}

export function newScratch(): SentenceScratch {
  return { byEnd: [], pending: new Map(), chunks: newChunkPool(), forms: undefined };
}

/** Reads one sentence and appends its mention drafts to `out`. */
export function recognizeSentence(
  doc: Doc,
  first: number,
  end: number,
  block: number,
  out: Draft[],
  scratch: SentenceScratch = newScratch(),
): void {
  const text = doc.text;
  const toks = doc.tokens;
  const ch = chunkSentence(text, toks, first, end, scratch.chunks, scratch.forms);
  const { byEnd, pending } = scratch;
  // Overwrite rather than empty and regrow; clearing an empty Map would still allocate a new table.
  for (let k = 0; k < ch.length; k++) byEnd[k] = null;
  byEnd.length = ch.length;
  if (pending.size > 0) pending.clear();
  const ctx: Ctx = {
    doc,
    text,
    toks,
    first,
    end,
    block,
    headline: isHeadline(doc, first, end, block, ch),
    ch,
    out,
    byEnd,
    pending,
  };
  let ci = 0;
  while (ci < ch.length) {
    const c = ch[ci]!;
    if (!ctx.headline) {
      const g = tryGroup(ctx, ci);
      if (g > ci) {
        ci = g;
        continue;
      }
    }
    if (isRunStart(ctx, ci)) {
      const cj = collectRun(ctx, ci);
      processRun(ctx, ci, cj);
      ci = cj;
      continue;
    }
    if (c.kind === 'title' && !ctx.headline) {
      ci = titleOutsideRun(ctx, ci);
      continue;
    }
    if (c.kind === 'word' && toks[c.a]!.lower === 'the' && !ctx.headline) {
      const n = theAnaphor(ctx, ci);
      if (n > ci) {
        ci = n;
        continue;
      }
    }
    ci++;
  }
}

/**
 * A headline-style line: the title block; a line of its own with no final stop whose longer words are nearly all
 * capitalised; or a sentence whose verbs and function words are capitalised ("Exploits", "Who", "Over"), which a
 * body sentence full of names and titles ("President Park Geun-hye met Prime Minister Theresa May.") never has.
 */
function isHeadline(doc: Doc, first: number, end: number, block: number, ch: readonly Chunk[]): boolean {
  const role = doc.blocks[block]?.role;
  if (role === 'title') return true;
  const last = doc.tokens[end - 1];
  if (!last) return false;
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i]!;
    if (t.text.length < 4 || t.pos === 'PUNCT' || t.pos === 'NUM') continue;
    words++;
    if (startsUpper(t.text)) caps++;
  }
  if (words < 2) return false;
  const ratio = caps / words;
  // A sentence the splitter cut short inside a paragraph is not a line of its own.
  const span = doc.blocks[block]?.span;
  const wholeLine = !!span && doc.tokens[first]!.start === span.start && onlySpaceBetween(doc.text, last.end, span.end);
  if (wholeLine && !SENTENCE_END.has(last.text)) return ratio >= 0.6;
  if (ratio < 0.75) return false;
  let headlineWords = 0;
  for (const c of ch) {
    if (c.a === first || (c.kind !== 'word' && c.kind !== 'cap') || !c.upper) continue;
    const t = doc.tokens[c.a]!;
    if (t.text === 'I' || opensSentence(doc.tokens, c.a, first)) continue;
    if (c.kind === 'word' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'ADP') headlineWords++;
  }
  return headlineWords >= 2;
}

/** True when text[from, to) is all white space as `String.prototype.trim` sees it (without slicing a copy). */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/** One capitalised run. `modifier`: the run stands before a title ("Republican Indiana" in "… Gov. Mike Pence"). */
function processRun(ctx: Ctx, ci: number, cj: number, modifier = false): void {
  const ch = ctx.ch;
  if (ctx.headline) {
    processPlain(ctx, ci, cj);
    return;
  }
  // Title then name inside one capitalised run: "U.S. President Donald Trump", "Foreign Minister Mauro Vieira",
  // "Foreign Ministry Spokesman Guo Jiakun".
  for (let t = ci; t < cj && !modifier; t++) {
    const c = ch[t]!;
    if (c.kind !== 'title' || !c.title!.prenominal) continue;
    let u = t;
    while (u < cj && ch[u]!.kind === 'title') u++;
    let names = 0;
    let ok = u < cj;
    for (let k = u; k < cj && ok; k++) {
      const n = ch[k]!;
      if (n.kind === 'cap' && !isHeadChunk(ctx, k)) names++;
      else if (n.kind !== 'particle' && !(n.kind === 'word' && isTightHyphen(ctx, k))) ok = false;
    }
    if (ok && names > 0 && hasProperNoun(ctx, u, cj)) {
      if (t > ci) processRun(ctx, ci, t, true);
      personFromTitles(ctx, t, u, u, cj);
      return;
    }
  }
  // "The Asia-Pacific Economic Cooperation (APEC) forum": a name the text defines an acronym for is an
  // organisation even without a head noun.
  if (cj - ci >= 2 && definesAcronym(ctx, ci, cj)) {
    emitOrg(ctx, ci, cj, cj - 1);
    return;
  }
  // Organisation: the run up to its last head noun, plus an "of/for …" extension.
  let orgEnd = -1;
  let head = -1;
  for (let k = ci; k < cj; k++) {
    if (isHeadChunk(ctx, k)) {
      orgEnd = k + 1;
      head = k;
    } else if (orgEnd === k && ch[k]!.kind === 'word') {
      // The connector of an extension: everything to the end of the run belongs to the organisation.
      orgEnd = cj;
      break;
    }
  }
  if (head >= 0) {
    emitOrg(ctx, ci, orgEnd, head);
    if (orgEnd < cj) processRun(ctx, orgEnd, cj);
    return;
  }
  processPlain(ctx, ci, cj, modifier);
}

/** The run [ci, cj) is followed by "(ACRONYM)" whose first letter is the run's. */
function definesAcronym(ctx: Ctx, ci: number, cj: number): boolean {
  const end = ctx.ch[cj - 1]!.b;
  const open = ctx.toks[end];
  const acr = ctx.toks[end + 1];
  const close = ctx.toks[end + 2];
  if (end + 2 >= ctx.end || open?.text !== '(' || close?.text !== ')' || !acr) return false;
  if (!/^[A-Z][A-Z&.]{1,9}$/.test(acr.text)) return false;
  for (let k = ci; k < cj; k++) if (ctx.ch[k]!.kind === 'title') return false;
  const first = ctx.toks[ctx.ch[ci]!.a]!;
  return first.text[0] === acr.text[0] && !GIVEN_NAMES.has(first.lower);
}

function processPlain(ctx: Ctx, ci: number, cj: number, modifier = false): void {
  const ch = ctx.ch;
  let k = ci;
  while (k < cj) {
    const c = ch[k]!;
    if (c.kind === 'country') {
      k = countryChunk(ctx, k);
      continue;
    }
    if (c.kind === 'known') {
      knownChunk(ctx, k);
      k++;
      continue;
    }
    if (c.kind === 'region') {
      const [s, e] = spanOf(ctx, k, k + 1);
      emit(
        ctx,
        {
          start: s,
          end: e,
          type: 'place',
          kind: 'name',
          rule: 'entities/region',
          confidence: 0.9,
          key: `place:${c.region!.toLowerCase()}`,
          name: c.region!,
          block: ctx.block,
        },
        k,
        k + 1,
      );
      k++;
      continue;
    }
    if (c.kind === 'cap' || c.kind === 'particle') {
      let n = k;
      while (n < cj && (ch[n]!.kind === 'cap' || ch[n]!.kind === 'particle' || isTightHyphen(ctx, n))) n++;
      // A trailing particle or hyphen is not part of the name.
      while (n > k && ch[n - 1]!.kind !== 'cap') n--;
      if (n > k) nameCandidate(ctx, k, n);
      k = Math.max(n, k + 1);
      continue;
    }
    if (c.kind === 'title' && !ctx.headline && !modifier) {
      k = titleOutsideRun(ctx, k);
      continue;
    }
    k++;
  }
}
