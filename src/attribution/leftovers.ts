/**
 * Quote regions that no cue claimed: attached to a speaker nearby (follow-on quotes, a speaker in the sentence before
 * or after) or emitted as unattributed direct quotes.
 */

import type { Token } from '../model/index.js';
import { takeRegions } from './content-trims.js';
import { type CueEntry, REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import {
  type Cand,
  COLON,
  DASH,
  endsIngEd,
  lastTok,
  MONTH_WORDS,
  NEAR_QUOTE,
  NOT_SPEECH,
  type Run,
  sentenceSubject,
  titleLike,
  UPPER_START,
  wordCount,
} from './run.js';
import { CLOSERS, isComma, isDash, npLeft, npRight, SUBJECT_PRONOUNS } from './tokens.js';

export function leftoverRegions(run: Run): void {
  const toks = run.toks;
  // Regions already inside an indirect content make it mixed.
  for (const c of run.out) {
    for (const [a, e] of c.content) {
      for (let k = a; k < e; k++) {
        const r = run.opens[k]!;
        if (r >= 0) {
          run.used[r] = 1;
          if (c.kind === 'indirect') c.kind = 'mixed';
        }
      }
    }
  }
  // Per sentence, the indirect content that ends last in it, for quote sentences continuing it.
  const indirectEnds = new Map<number, Cand>();
  for (const c of run.out) {
    if (c.kind !== 'indirect' || c.content.length !== 1 || c.regions.length > 0) continue;
    // "The levy will pass, Ruiz said.": an inverted cue closes the sentence after its content.
    const e = c.side === 'right' ? c.content[0]![1] : Math.max(c.content[0]![1], c.x1);
    const sent = toks[e - 1]!.sentence;
    const had = indirectEnds.get(sent);
    if (!had || had.content[0]![1] < e) indirectEnds.set(sent, c);
  }
  // The last direct or mixed quote per block, for continuations and follow-on paragraphs ("… a “change agent,” Cole
  // said. “That is what people want.”" is one mixed quote).
  const lastDirectByBlock = new Map<number, Cand>();
  const directs = run.out.filter((c) => c.kind === 'direct' || c.kind === 'partial' || c.kind === 'mixed');
  let di = 0;
  directs.sort((a, b) => lastTok(a, run) - lastTok(b, run));
  // The quote before the last one per block: a relative on its speaker ("“A,” said X, who noted …") is not where a
  // following quote goes.
  const earlierByBlock = new Map<number, Cand>();
  // The speaker of each paragraph's last attribution, for quote paragraphs after an indirect-only one.
  const speakers = new SpeakersByBlock(run);
  let prevBlockDirect: Cand | null = null;
  let curBlock = -1;
  for (let r = 0; r < run.regions.length; r++) {
    const g = run.regions[r]!;
    const open = run.regionOpenTok[r]!;
    if (open < 0) continue;
    // Advance the direct-quote pointer to quotes ending before this region.
    while (di < directs.length && lastTok(directs[di]!, run) < open) {
      const d = directs[di]!;
      const b = run.doc.sentences[toks[lastTok(d, run)]!.sentence]!.block;
      const before = lastDirectByBlock.get(b);
      if (before) earlierByBlock.set(b, before);
      lastDirectByBlock.set(b, d);
      di++;
    }
    if (g.block !== curBlock) {
      if (curBlock >= 0) prevBlockDirect = lastDirectByBlock.get(curBlock) ?? prevBlockDirect;
      curBlock = g.block;
    }
    if (run.used[r] || g.prev >= 0) continue;
    const close = run.regionCloseTok[r]!;
    // Trailing attribution: "“…” — Name".
    const d0 = close + 1;
    const sameBlock0 = toks[d0] && run.doc.sentences[toks[d0]!.sentence]!.block === g.block;
    if (g.closed && isDash(toks[d0]) && sameBlock0) {
      const e = npRight(toks, d0 + 1, toks.length);
      if (
        e > d0 + 1 &&
        (!toks[e] || CLOSERS.has(toks[e]!.text) || toks[e]!.sentence !== toks[d0]!.sentence || isComma(toks[e]))
      ) {
        if (toks.slice(d0 + 1, e).some((t) => t.pos === 'PROPN' || UPPER_START.test(t.text))) {
          const c = synthetic(run, d0, d0 + 1, DASH, d0 + 1, e, 'attribution/dash-trailing', 0.8);
          takeRegions(run, c, r);
          c.kind = 'direct';
          run.out.push(c);
          speakers.note(c);
          continue;
        }
      }
    }
    // "what he called “a cartel”", "[the port] was known as “the Back Door”", "[a series,] called “Quick Question”".
    const named = g.closed ? namedInQuotes(run, r) : null;
    if (named) {
      run.out.push(named);
      speakers.note(named);
      continue;
    }
    const words = wordCount(run.text, g.openEnd, g.close);
    const speechLike = words >= 5 || (/[.!?,]\s*$/.test(run.text.slice(g.openEnd, g.close)) && words >= 3);
    const sameBlock = lastDirectByBlock.get(g.block);
    // Continuation in the same paragraph: "“A,” X said. “B.”"
    // A short sentence counts too when it ends like one ("“We are hopeful.”"), right after the quote it continues.
    const sentenceLike = words >= 2 && /[.!?]\s*$/.test(run.text.slice(g.openEnd, g.close));
    // "X said the tax would pass. “We have the votes.”": a quote sentence right after an indirect content goes on
    // with it when nothing else is said in between.
    const lastInd = sameBlock ? null : indirectBefore(run, indirectEnds, open);
    if (lastInd && speechLike && noVerbOutside(run, r, open)) {
      takeRegions(run, lastInd, r);
      lastInd.kind = 'mixed';
      lastInd.rule = 'attribution/quote-follows';
      // "… told Radio 6 in Madison. “…”": a content that only names where or to whom gives way to the quote.
      const [a, e] = lastInd.content[0]!;
      if (onlySetting(run, a, e)) {
        lastInd.content.length = 0;
        lastInd.kind = 'direct';
      }
      continue;
    }
    if (
      sameBlock &&
      (speechLike || sentenceLike) &&
      !embeddedTitle(run, r) &&
      noVerbOutside(run, r, lastTok(sameBlock, run) + 1)
    ) {
      const earlier = earlierByBlock.get(g.block);
      const target = earlier && onSpeakerOf(sameBlock, earlier) ? earlier : sameBlock;
      takeRegions(run, target, r);
      if (target.rule === 'attribution/direct-trailing' || target.rule === 'attribution/direct-lead-in')
        target.rule = 'attribution/split';
      continue;
    }
    // "“…,” Ruiz fumed on Tuesday.", "“…?” he wondered aloud.": a verb and a speaker right after the quote that the
    // cue pass did not read (a verb it does not know, or one the tagger read as an adjective) still report it.
    const trailing = speechLike ? trailingVerb(run, r) : null;
    if (trailing) {
      takeRegions(run, trailing, r);
      run.out.push(trailing);
      speakers.note(trailing);
      lastDirectByBlock.set(g.block, trailing);
      continue;
    }
    // Follow-on paragraph: a paragraph opening with a quote continues the last speaker.
    const firstOfBlock = run.doc.blocks[g.block]!.span.start === g.open;
    // With no quote before, the speaker of the paragraph before's last attribution ("Ruiz said the levy would pass.⏎
    // “We have the votes.”").
    const justBefore = firstOfBlock && !sameBlock ? speakers.get(g.block - 1) : null;
    const directBefore = prevBlockDirect && prevBlockDirect.s0 >= 0 ? prevBlockDirect : null;
    const prevSpeaker =
      directBefore && !(justBefore && blockOf(run, directBefore) < g.block - 1) ? directBefore : justBefore;
    // "'Voters Want Results'" alone in its paragraph is a subhead in quote marks, not the last speaker going on.
    const subhead = firstOfBlock && g.closeEnd >= run.doc.blocks[g.block]!.span.end - 1 && titleLike(run, g);
    if (!sameBlock && firstOfBlock && speechLike && prevSpeaker && !subhead) {
      const p = prevSpeaker;
      const c = synthetic(run, p.c0, p.c1, p.entry, p.s0, p.s1, 'attribution/follow-on', 0.6);
      c.ante = p.ante;
      takeRegions(run, c, r);
      c.kind = 'direct';
      run.out.push(c);
      speakers.note(c);
      lastDirectByBlock.set(g.block, c);
    }
    // "The timing does not surprise pollster Daron Shaw: “…”", "She then addressed the crowd again: “…”": a
    // speech-like quote introduced by a colon is what the clause before it reports.
    const colon = open - 1;
    if (speechLike && colon >= 0 && toks[colon]!.text === ':' && !run.quoted(colon)) {
      const s = run.doc.sentences[toks[colon]!.sentence]!;
      if (colon > s.tokenStart) {
        // A name right before the colon speaks ("… pollster Daron Shaw:", "More from Blumenthal and Cohen:"),
        // else the clause's subject ("She then addressed the crowd:").
        const subj = sentenceSubject(run, s, colon);
        let s0 = subj ? subj[0] : -1;
        let s1 = subj ? subj[1] : -1;
        const a = npLeft(toks, colon, s.tokenStart);
        const named = a >= 0 && toks.slice(a, colon).some((t) => t.pos === 'PROPN' && !MONTH_WORDS.has(t.lower));
        if (a >= 0 && (named || !subj)) [s0, s1] = [a, colon];
        // "“Title,” by Times' Ann Lee: “…”": a byline introduces an excerpt, not something said.
        let by = a - 1;
        while (
          by > s.tokenStart &&
          a - by <= 3 &&
          (UPPER_START.test(toks[by]!.text) || POSSESSIVE_MARKS.has(toks[by]!.lower))
        )
          by--;
        const byline = a > s.tokenStart && toks[by]!.lower === 'by' && s0 === a;
        if (s0 >= 0 && !byline) {
          const c = synthetic(run, colon, colon + 1, COLON, s0, s1, 'attribution/colon', 0.6);
          takeRegions(run, c, r);
          c.kind = 'direct';
          run.out.push(c);
          speakers.note(c);
          lastDirectByBlock.set(g.block, c);
        }
      }
    }
    // Anything else short is a scare quote or a title; longer orphans are left out rather than guessed.
  }
}

/** Determiners that stand alone as a speaker after a quote ("tweeted another"). */
const STANDING_ALONE: ReadonlySet<string> = new Set(['another', 'one', 'others', 'many', 'some']);

/** "Times' Ann Lee", "the Ledger’s Ann Lee": possessive marks inside a byline. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’', "'s", '’s']);

/** Words of a speaker noun phrase after a quote ("warm-and-fuzzy Ann Lee", "the chief known as Bob"). */
function speakerWord(t: Token): boolean {
  return (
    t.pos === 'PROPN' ||
    t.pos === 'NOUN' ||
    t.pos === 'ADJ' ||
    t.pos === 'DET' ||
    t.pos === 'NUM' ||
    t.text === '-' ||
    t.text === '.'
  );
}

/**
 * "“…,” Ann Lee fumed on Tuesday.", "“…?” he wondered aloud, …", "“…,” said the chief/ADJ known as Bob": a quote
 * closing on a comma, "?" or "!", then a speaker and a verb (or a verb and a speaker) with only adverbs, a phrase, a
 * comma or the sentence end after them. The verb is the cue (a lexicon entry, else a verb framing a quote); null
 * otherwise.
 */
function trailingVerb(run: Run, r: number): Cand | null {
  const toks = run.toks;
  const g = run.regions[r]!;
  if (!g.closed || g.next >= 0 || embeddedTitle(run, r)) return null;
  let e = g.close;
  while (e > g.openEnd && /\s/.test(run.text[e - 1]!)) e--;
  const last = run.text[e - 1];
  if (last !== ',' && last !== '?' && last !== '!') return null;
  const close = run.regionCloseTok[r]!;
  const k = close + 1;
  const first = toks[k];
  if (!first || run.quoted(k) || first.sentence !== toks[close]!.sentence) return null;
  const end = run.doc.sentences[first.sentence]!.tokenEnd;
  const verbAt = (v: number) => {
    const t = toks[v];
    if (!t || v >= end || run.quoted(v)) return false;
    // "fumed/ADJ": a past form the tagger read as an adjective.
    const verb = t.pos === 'VERB' || (t.pos === 'ADJ' && t.lower.endsWith('ed'));
    return verb && !t.lower.endsWith('ing') && !NOT_SPEECH.has(t.lemma) && !UPPER_START.test(t.text);
  };
  // After the verb (and the speaker, when it follows): adverbs, then the end, a comma or a phrase.
  const tailOk = (m: number) => {
    while (m < end && toks[m]!.pos === 'ADV') m++;
    const t = toks[m];
    return !t || m >= end || CLOSERS.has(t.text) || isComma(t) || t.pos === 'ADP';
  };
  const named = (a: number, b: number) => {
    for (let m = a; m < b; m++) if (toks[m]!.pos === 'PROPN' || toks[m]!.pos === 'NOUN') return true;
    return b - a === 1 && (toks[a]!.pos === 'PRON' || STANDING_ALONE.has(toks[a]!.lower));
  };
  let s0 = -1;
  let s1 = -1;
  let head = -1;
  if (verbAt(k)) {
    // "said the chief known as Bob": the speaker runs to a comma, the sentence end or a preposition other than "as".
    let b = k + 1;
    while (b < end && b - k <= 8 && !run.quoted(b)) {
      const w = toks[b]!;
      // "said former Gov. and party chairman Ed Rendell": "and" between two parts of the title.
      const and = w.lower === 'and' && b > k + 1 && speakerWord(toks[b + 1] ?? w) && toks[b + 1]?.pos !== 'DET';
      if (!(speakerWord(w) || and || w.lower === 'as' || (w.pos === 'VERB' && b > k + 1))) break;
      b++;
    }
    while (b > k + 2 && !(toks[b - 1]!.pos === 'PROPN' || toks[b - 1]!.pos === 'NOUN')) b--;
    if (b > k + 1 && named(k + 1, b) && tailOk(b)) [s0, s1, head] = [k + 1, b, k];
  } else {
    let b = k;
    if (first.pos === 'PRON' && SUBJECT_PRONOUNS.has(first.lower)) b = k + 1;
    else while (b < end && b - k <= 8 && !run.quoted(b) && speakerWord(toks[b]!) && !verbAt(b)) b++;
    let v = b;
    let be = false;
    while (v < end && (toks[v]!.pos === 'AUX' || toks[v]!.pos === 'ADV') && v - b <= 2) {
      if (toks[v]!.lemma === 'be') be = true;
      v++;
    }
    // "X was asked by …": a passive reports nothing of X's.
    if (!be && b > k && named(k, b) && verbAt(v) && tailOk(v + 1)) [s0, s1, head] = [k, b, v];
  }
  if (head < 0) return null;
  const known = REPORTING_VERBS.get(toks[head]!.lemma);
  const entry = known && (known.cls === 'speech' || known.cls === 'stance') ? known : NEAR_QUOTE;
  // The cue takes the auxiliaries and adverbs between the speaker and the verb ("Lee has long argued").
  const c0 = Math.min(head, s1);
  const c = synthetic(run, c0, head + 1, entry, s0, s1, 'attribution/trailing-verb', 0.6);
  c.head = head;
  c.kind = 'direct';
  return c;
}

/**
 * The indirect content that ends last in the sentence right before token `open`, in the same paragraph, when only a
 * time or setting phrase (or a trailing cue) follows it there.
 */
function indirectBefore(run: Run, indirectEnds: ReadonlyMap<number, Cand>, open: number): Cand | null {
  const toks = run.toks;
  const o = toks[open];
  if (!o || open === 0) return null;
  const s = run.doc.sentences[o.sentence]!;
  if (s.tokenStart !== open || open === 0) return null;
  const prev = run.doc.sentences[o.sentence - 1];
  if (!prev || prev.block !== s.block) return null;
  const c = indirectEnds.get(o.sentence - 1);
  if (!c) return null;
  // Only a time or setting phrase may follow the content in its sentence ("… would pass, she said on Monday.").
  for (let k = c.side === 'right' ? c.content[0]![1] : Math.max(c.content[0]![1], c.x1); k < prev.tokenEnd; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || t.pos === 'AUX' || t.pos === 'VERB' || t.text === ':') return null;
  }
  return c;
}

/**
 * A title-like region right after a word of its own sentence ("said on WKRT’s “Sunday Desk.”", "his book “The Long
 * Road”"): a name inside the clause, not words someone said.
 */
export function embeddedTitle(run: Run, r: number): boolean {
  const open = run.regionOpenTok[r]!;
  const b = run.toks[open - 1];
  if (!b || open === 0 || b.sentence !== run.toks[open]!.sentence || b.pos === 'PUNCT') return false;
  return titleLike(run, run.regions[r]!);
}

/** Participles that name with a quote right after them ("called “…”"), and those that need "as" ("known as “…”"). */
const NAMING_FORMS: ReadonlySet<string> = new Set([
  'called',
  'dubbed',
  'termed',
  'labeled',
  'labelled',
  'branded',
  'nicknamed',
]);
const NAMING_AS_FORMS: ReadonlySet<string> = new Set(['known', 'described', 'characterized', 'billed', 'touted']);

const NAMED: CueEntry = Object.freeze({ act: 'assert', cls: 'naming', note: 'what X called “…” / X is known as “…”' });

const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * A quote no cue claimed, named by a passive or relative naming verb right before it: "what he called “…”", "which
 * critics called “…”", "[the plan] has been called “…”", "[the island] was known as “…”", "[a series,] called “…”".
 * The content is what is named (the relative pronoun, or the noun phrase before the verb) and the quoted name; the
 * speaker is the relative clause's subject, or none. Null for anything else (a so-called scare quote, an active verb
 * whose construction the cue pass already read).
 */
function namedInQuotes(run: Run, r: number): Cand | null {
  const toks = run.toks;
  const open = run.regionOpenTok[r]!;
  const close = run.regionCloseTok[r]!;
  const s = run.doc.sentences[toks[open]!.sentence]!;
  let v = open - 1;
  if (v > s.tokenStart && NAME_DETERMINERS.has(toks[v]!.lower)) v--;
  if (v <= s.tokenStart || run.quoted(v)) return null;
  if (toks[v]!.lower === 'as' && NAMING_AS_FORMS.has(toks[v - 1]!.lower)) v--;
  else if (!NAMING_FORMS.has(toks[v]!.lower)) return null;
  // Adverbs and auxiliaries before the participle belong to the cue ("had been called", "is derisively known as").
  let c0 = v;
  while (c0 - 1 > s.tokenStart && (toks[c0 - 1]!.pos === 'ADV' || toks[c0 - 1]!.pos === 'AUX') && !run.quoted(c0 - 1))
    c0--;
  if (toks[c0 - 1]?.lower === 'so' || toks[v]!.lower.startsWith('so-')) return null;
  const passive = c0 < v && toks[c0]!.pos === 'AUX';
  let a = -1;
  let s0 = -1;
  let s1 = -1;
  // "what/which [X] called": the relative pronoun is the content's first part, the NP between it and the verb speaks
  // ("what Ann Lee, a former aide, called").
  let rel = -1;
  for (let k = c0 - 1; k >= s.tokenStart && c0 - k <= 16; k--) {
    const t = toks[k]!;
    if (run.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text)) break;
    if ((t.lower === 'what' || t.lower === 'which') && (t.pos === 'PRON' || t.pos === 'DET')) {
      rel = k;
      break;
    }
  }
  if (rel >= 0) {
    a = rel;
    if (!passive && rel + 1 < c0) {
      let e = rel + 1;
      while (e < c0 && !isComma(toks[e])) e++;
      if (npLeft(toks, e, rel + 1) === rel + 1) [s0, s1] = [rel + 1, e];
    }
  } else if (passive) {
    // "[the island] was known as …": the subject NP before the auxiliary.
    const b = isComma(toks[c0 - 1]) ? c0 - 1 : c0;
    a = npLeft(toks, b, s.tokenStart);
  } else if (isComma(toks[c0 - 1]) && c0 === v) {
    // "a regular series, called “…”": the noun phrase the participle names.
    a = npLeft(toks, c0 - 1, s.tokenStart);
  } else return null;
  if (a < 0 || run.quoted(a)) return null;
  const e = rel === a ? a + 1 : isComma(toks[c0 - 1]) ? c0 - 1 : c0;
  if (e <= a) return null;
  const c1 = v + (toks[v + 1]?.lower === 'as' ? 2 : 1);
  // "… has been called “strategic ambiguity” by Ann Lee, a professor …": the agent speaks.
  if (passive && toks[close + 1]?.lower === 'by') {
    const b = npRight(toks, close + 2, s.tokenEnd);
    if (b > close + 2) [s0, s1] = [close + 2, b];
  }
  const c = synthetic(run, c0, c1, NAMED, s0, s1, 'attribution/named', 0.55);
  c.side = 'right';
  c.kind = 'mixed';
  c.x0 = a;
  c.x1 = close + 1;
  // The name with its determiner ("the “Long Weekend,”").
  c.content.push([a, e], [c1, close + 1]);
  run.used[r] = 1;
  return c;
}

/** `rel` is a relative clause on the speaker of direct quote `d` ("“A,” said X, who noted that …"). */
function onSpeakerOf(rel: Cand, d: Cand): boolean {
  if (rel.mode !== 'relative' || !rel.ante || d.kind !== 'direct' || d.s0 < 0) return false;
  return rel.ante[0] < d.s1 && rel.ante[1] > d.s0;
}

function blockOf(run: Run, c: Cand): number {
  return run.doc.sentences[run.toks[lastTok(c, run)]!.sentence]!.block;
}

/** Per block, the attribution with a speaker that ends last in it (kept as candidates are added: no rescans). */
class SpeakersByBlock {
  private readonly last = new Map<number, [Cand, number]>();
  constructor(private readonly run: Run) {
    for (const c of run.out) this.note(c);
  }
  note(c: Cand): void {
    if (c.s0 < 0 || c.dropped) return;
    const t = lastTok(c, this.run);
    const b = this.run.doc.sentences[this.run.toks[t]!.sentence]!.block;
    const cur = this.last.get(b);
    if (!cur || t > cur[1]) this.last.set(b, [c, t]);
  }
  get(b: number): Cand | null {
    return this.last.get(b)?.[0] ?? null;
  }
}

/** Tokens [a, e) name only a setting, a time or a hearer: a preposition or name phrase with no verb or clause. */
function onlySetting(run: Run, a: number, e: number): boolean {
  const toks = run.toks;
  const f = toks[a]!;
  const lead = f.pos === 'ADP' || f.pos === 'PROPN';
  if (!lead) return false;
  for (let k = a; k < e; k++) {
    const t = toks[k]!;
    // "in a statement provided to …": a participle inside the phrase is no clause.
    const participle = t.pos === 'VERB' && f.pos === 'ADP' && endsIngEd(t.lower);
    if ((t.pos === 'VERB' && !participle) || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || run.quoted(k))
      return false;
    if (f.pos === 'PROPN' && !(t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADP' || t.pos === 'DET'))
      return false;
  }
  return true;
}

export function synthetic(
  run: Run,
  c0: number,
  c1: number,
  entry: CueEntry,
  s0: number,
  s1: number,
  rule: string,
  confidence: number,
): Cand {
  void run;
  return {
    c0,
    c1,
    head: c0,
    entry,
    mode: 'bare',
    s0,
    s1,
    ante: null,
    x0: c0,
    x1: c1,
    side: 'left',
    negated: false,
    content: [],
    regions: [],
    kind: 'direct',
    rule,
    confidence,
    dropped: false,
  };
}

/**
 * A synthetic candidate made an indirect report read on one side of its cue, with the cue's subject-side noun phrase
 * as the content's anchor ("X, seen as Y", "a plan announced Monday would …"): the shape most constructions share.
 */
export function subjectReport(c: Cand, side: 'left' | 'right', content?: readonly [number, number]): Cand {
  c.kind = 'indirect';
  c.mode = 'subject';
  c.side = side;
  // A content found with the construction (the subject of a passive or raising verb, a named noun phrase) opens the
  // attribution's extent.
  if (content) {
    c.x0 = content[0];
    c.content.push([content[0], content[1]]);
  }
  return c;
}

/** The sentences holding region r have no verb outside quote marks (nothing else is said there). */
function noVerbOutside(run: Run, r: number, from: number): boolean {
  const toks = run.toks;
  let last = r;
  while (run.regions[last]!.next >= 0) last = run.regions[last]!.next;
  // A mark with no token of its own (the text ends on it) has no sentence to read: say nothing is known.
  const open = toks[run.regionOpenTok[r]!];
  const close = toks[run.regionCloseTok[last]!];
  if (!open || !close) return false;
  // From `from` on: the cue of the quote this one continues may share its sentence ("“A,” he said. “B.”" read as one).
  const a = Math.max(from, run.doc.sentences[open.sentence]!.tokenStart);
  let b = run.doc.sentences[close.sentence]!.tokenEnd;
  // A quote that closes on its own sentence end before a capital ("“… terrorists.” Ann Lee said: …") ends the
  // sentence there, whatever the splitter read: what follows is another statement.
  const closeTok = run.regionCloseTok[last]!;
  const after = toks[closeTok + 1];
  const g = run.regions[last]!;
  if (
    after &&
    after.sentence === close.sentence &&
    UPPER_START.test(after.text) &&
    /[.!?]\s*$/.test(run.text.slice(g.openEnd, g.close))
  )
    b = closeTok + 1;
  for (let k = a; k < b; k++) if (!run.quoted(k) && (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX')) return false;
  return true;
}
