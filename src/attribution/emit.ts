/** Output: the run's candidates become the document's `Quote`s (spans, speaker, act, rule, confidence), in order. */
import type { Quote, Span, Speaker, SpeechAct } from '../model/index.js';
import { decideAct } from './acts.js';
import { type Cand, firstTok, hasFiniteVerb, isWs, type Run, TIME_WORDS } from './run.js';

export function emit(run: Run): void {
  const { doc, toks, text } = run;
  const cands = run.out.sort((a, b) => firstTok(a, run) - firstTok(b, run));
  const quotes: Quote[] = [];
  const minChars = 2;
  const covered = coverage(run, cands);
  const overAside = outersOverAside(cands, covered);
  for (const c of cands) {
    if (emptyContent(run, c) || overAside.has(c) || readerPoll(run, c)) continue;
    if (whSubject(run, c)) continue;
    // "Perhaps most telling, though, …", "the more worrying trend": a participle after a degree word is an adjective.
    if (c.rule === 'attribution/participle' && c.c0 > 0 && DEGREE.has(toks[c.c0 - 1]!.lower)) continue;
    // "It goes without saying that …": the writer's idiom, nobody's statement.
    if (c.c0 > 1 && toks[c.c0 - 1]!.lower === 'without' && toks[c.c0 - 2]!.lemma === 'go') continue;
    // "Cruz criticized the plan, which he said he opposes …": a plain cue inside another quote's content is part of
    // what that quote reports (PolNeAR rarely annotates it apart: about 0.2 precision).
    if (c.c0 >= 0 && covered[c.c0]! > 0 && NESTED_DROPPED.has(c.rule)) continue;
    // "criticized him for saying …", "known for shouting down critics", "cited as saying": a gerund after these
    // prepositions inside another content is the grounds of the outer cue; PolNeAR keeps it in the outer content
    // (3 of 14 annotated apart on train, 0 of 2 on dev). After "by" and "of" it is annotated apart about half the time.
    if (c.rule === 'attribution/participle' && c.c0 > 0 && covered[c.c0]! > 0 && GROUNDS.has(toks[c.c0 - 1]!.lower))
      continue;
    // "… left the memo in a “shred bin,” the Ledger reported.": a trailing quote that is a phrase inside another
    // content (a preposition, determiner or noun right before it; not after a colon, a dash or a verb).
    if (c.rule === 'attribution/direct-trailing' && c.regions.length === 1 && c.content.length === 0) {
      const open = run.regionOpenTok[c.regions[0]!]!;
      const before = toks[open - 1];
      const inPhrase = before !== undefined && PHRASE_POS.has(before.pos) && !run.quoted(open - 1);
      if (open > 0 && inPhrase && covered[open]! > 1) continue;
    }
    const spans: Span[] = [];
    for (const r of c.regions) {
      const g = run.regions[r]!;
      let a = g.openEnd;
      let b = g.close;
      while (a < b && isWs(text.charCodeAt(a))) a++;
      while (b > a && isWs(text.charCodeAt(b - 1))) b--;
      if (c.kind === 'partial') while (b > a && (text[b - 1] === '.' || text[b - 1] === ',')) b--;
      if (b > a) spans.push({ start: a, end: b });
    }
    for (const [a, e] of c.content) spans.push({ start: toks[a]!.start, end: toks[e - 1]!.end });
    spans.sort((x, y) => x.start - y.start);
    const len = spans.reduce((n, s) => n + s.end - s.start, 0);
    if (spans.length === 0 || len < minChars) continue;
    const cue: Span | null = c.c0 >= 0 ? { start: toks[c.c0]!.start, end: toks[c.c1 - 1]!.end } : null;
    let speaker: Speaker;
    if (c.s0 >= 0) {
      speaker = run.speakers.resolve(toks, c.s0, c.s1, c.ante);
      run.speakers.remember(speaker);
    } else speaker = { mention: null, entity: null, name: null };
    const contentText = spanText(text, spans);
    const firstWord = c.content[0] ? toks[c.content[0][0]]!.lower : '';
    const act: SpeechAct = decideAct(
      c.entry.act,
      c.entry.cls === 'naming',
      contentText,
      firstWord === 'to' ||
        (c.entry.addressee === true && /\bto\b/.test(contentText.slice(0, 40)) && c.entry.act === 'question'),
    );
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: c.kind,
      content: spans,
      cue,
      act,
      speaker,
      ...(c.negated ? { negated: true } : {}),
      rule: c.rule,
      confidence: c.confidence,
    });
  }
  doc.quotes = dropRereadings(quotes);
}

/**
 * Two quotes over mostly the same words are two readings of one attribution (PolNeAR never annotates two contents
 * sharing half their words: 6 pairs in 19,832 on train), e.g. a lead-in and a colon cue before one quote, or a clause
 * read by its cue and again as a participle's. The less confident reading goes (the later one on a tie). One sweep in
 * content order; ids are renumbered.
 */
export function dropRereadings(quotes: Quote[]): Quote[] {
  const n = quotes.length;
  if (n < 2) return quotes;
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const lens = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = quotes[i]!.content;
    let a = c[0]!.start;
    let e = c[0]!.end;
    let len = 0;
    for (const s of c) {
      if (s.start < a) a = s.start;
      if (s.end > e) e = s.end;
      len += s.end - s.start;
    }
    starts[i] = a;
    ends[i] = e;
    lens[i] = len;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => starts[x]! - starts[y]! || x - y);
  const dropped = new Uint8Array(n);
  const active: number[] = [];
  let any = false;
  for (const j of order) {
    // Quotes whose outer extent ended before this one starts cannot overlap it, nor any later one.
    let w = 0;
    for (const i of active) if (ends[i]! > starts[j]! && !dropped[i]) active[w++] = i;
    active.length = w;
    for (const i of active) {
      if (shared(quotes[i]!.content, quotes[j]!.content) * 2 < Math.max(lens[i]!, lens[j]!)) continue;
      const [x, y] = i < j ? [i, j] : [j, i];
      const cx = quotes[x]!.confidence ?? 0;
      const cy = quotes[y]!.confidence ?? 0;
      // A speech participle inside the other's content says what was said ("answered him by saying …"): it stays.
      // Else the less confident reading goes, the later one on a tie.
      const yInner = quotes[y]!.rule === PARTICIPLE && cueInside(quotes[y]!, quotes[x]!);
      const xInner = quotes[x]!.rule === PARTICIPLE && cueInside(quotes[x]!, quotes[y]!);
      const loser = yInner !== xInner ? (yInner ? x : y) : cy < cx ? y : cx < cy ? x : y;
      dropped[loser] = 1;
      any = true;
      if (loser === j) break;
    }
    if (!dropped[j]) active.push(j);
  }
  if (!any) return quotes;
  const kept: Quote[] = [];
  for (let i = 0; i < n; i++) if (!dropped[i]) kept.push({ ...quotes[i]!, id: `q${kept.length + 1}` });
  return kept;
}

const PARTICIPLE = 'attribution/participle';

/** Whether q's cue lies inside one of o's content spans. */
function cueInside(q: Quote, o: Quote): boolean {
  const c = q.cue;
  if (!c) return false;
  for (const s of o.content) if (c.start >= s.start && c.end <= s.end) return true;
  return false;
}

/** Characters two span lists share (each list's spans are disjoint). */
function shared(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** The spans' text joined by single spaces (one slice for the usual single span, no intermediate array). */
function spanText(text: string, spans: readonly Span[]): string {
  let out = text.slice(spans[0]!.start, spans[0]!.end);
  for (let k = 1; k < spans.length; k++) out += ` ${text.slice(spans[k]!.start, spans[k]!.end)}`;
  return out;
}

/** Prepositions of a setting: a short content opening with one says where or when, not what. */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'before',
  'after',
  'during',
  'from',
  'since',
  'over',
  'across',
  'near',
  'inside',
  'outside',
  'throughout',
  'by',
]);

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/** Tags of a one-word content that is the cue's setting (an adverb, a particle, a preposition). */
const LONE_SETTING_POS: ReadonlySet<string> = new Set(['ADV', 'PART', 'ADP']);

/** One-word contents that stand for a clause or a question ("said so", "hopes not", "knows this", "did not say when"). */
const LONE_CONTENT: ReadonlySet<string> = new Set(
  'so not otherwise this that these those when why how where what whether'.split(' '),
);

/**
 * An indirect content that reports nothing: a short setting phrase with no verb ("spoke up [in 2014]", "reported
 * [from Ohio]"), or a right-hand content opening with "and/or/but" (the cue's own conjunct or the next clause: "what
 * he says [and promises …]"), or an inverted cue's verbless left part that opens like an adverbial. Measured on PolNeAR train at about 0.24, 0.21
 * and 0.28 precision.
 */
function emptyContent(run: Run, c: Cand): boolean {
  if (c.kind !== 'indirect' || c.regions.length > 0 || c.content.length !== 1) return false;
  const [a, e] = c.content[0]!;
  const f = run.toks[a];
  if (!f) return false;
  if (c.side === 'right' && a >= c.c1 && CONJUNCTIONS.has(f.lower)) return true;
  // "responded Friday", "published online", "is pushing back", "agreed to": one word of time, manner or a particle
  // is the cue's setting, not what was said ("said so", "knows this", "did not say when" stay).
  if (e - a === 1 && (TIME_WORDS.has(f.lower) || LONE_SETTING_POS.has(f.pos)) && !LONE_CONTENT.has(f.lower))
    return true;
  // "Shortly after the vote, Ortiz announced her resignation": an inverted reading of a verbless lead is a setting.
  const lead = f.pos === 'ADP' || f.pos === 'ADV' || f.pos === 'CCONJ';
  if (c.side === 'left' && c.rule === 'attribution/inverted' && lead && !hasVerb(run, a, e)) return true;
  if (e - a > 4 || !SETTING_PREPOSITIONS.has(f.lower) || f.pos !== 'ADP' || hasFiniteVerb(run.toks, a, e)) return false;
  // "balked at accepting any", "voted in favor": an action or a side is what was said.
  const n = run.toks[a + 1];
  return !(n && a + 1 < e && ((n.pos === 'VERB' && n.lower.endsWith('ing')) || n.lower === 'favor'));
}

/**
 * "Do you support Ann Lee?", "Would you back the levy?": a stance asked of the reader (a question opening with an
 * auxiliary and "you") states nobody's position; a poll line or a page prompt.
 */
function readerPoll(run: Run, c: Cand): boolean {
  if (c.kind !== 'indirect' || c.entry.cls !== 'stance' || c.s0 < 1 || c.s1 !== c.s0 + 1) return false;
  const you = run.toks[c.s0]!;
  const aux = run.toks[c.s0 - 1]!;
  if (you.lower !== 'you' || aux.pos !== 'AUX' || aux.sentence !== you.sentence) return false;
  const s = run.doc.sentences[you.sentence]!;
  return s.tokenStart === c.s0 - 1 && run.toks[s.tokenEnd - 1]!.text === '?';
}

/**
 * "How the caucus reacts to the plan could be a first test …": a cue inside a sentence-opening "how/why" clause is the
 * subject of the writer's sentence, a question nobody has answered yet ("whether you know it or not" stays).
 */
function whSubject(run: Run, c: Cand): boolean {
  if (c.kind !== 'indirect' || c.side !== 'right' || c.s0 < 1) return false;
  let w = c.s0 - 1;
  const wh = (k: number) => run.toks[k]!.lower === 'how' || run.toks[k]!.lower === 'why';
  // "How boldly China reacts …": one adverb may stand between.
  if (!wh(w) && w > 0 && run.toks[w]!.pos === 'ADV') w--;
  const t = run.toks[w]!;
  if (!wh(w)) return false;
  return run.doc.sentences[t.sentence]!.tokenStart === w;
}

function hasVerb(run: Run, a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const p = run.toks[k]!.pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** Degree words that make the next participle an adjective ("most telling", "more worrying"). */
const DEGREE: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather']);

/** Tags of a word that a quoted phrase continues ("in a “…”", "the “…”"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN']);

/** Prepositions whose gerund is the grounds of an outer cue ("for saying", "as saying"). */
const GROUNDS: ReadonlySet<string> = new Set(['for', 'as']);

/** Rules whose quotes are dropped when their cue sits inside another quote's content. */
const NESTED_DROPPED: ReadonlySet<string> = new Set([
  'attribution/indirect',
  'attribution/relative',
  'attribution/noun-cue',
  'attribution/raising',
  'attribution/infinitive',
]);

/**
 * "Ann Lee, a pastor who urged voters to back Ortiz, said …": an appositive cue ("Lee, …, said") whose cue lies
 * inside another candidate's content shows that content running from inside the aside across the main verb; PolNeAR
 * annotates the appositive one (the outer was a false positive in 8 of 8 train cases). Likewise an indirect content
 * ending on the lead-in of a direct quote ("fielded questions about the levy before saying: ¶ “…”", 5 of 5). Only
 * appositive and lead-in candidates start a scan: they are few.
 */
function outersOverAside(cands: readonly Cand[], covered: Int32Array): Set<Cand> {
  const out = new Set<Cand>();
  for (const a of cands) {
    const lead = a.rule === 'attribution/direct-lead-in';
    if ((a.rule !== 'attribution/appositive' && !lead) || a.c0 < 0 || covered[a.c0]! === 0) continue;
    for (const c of cands) {
      if (c === a || c.rule === a.rule || (lead && (c.kind !== 'indirect' || c.regions.length > 0))) continue;
      if (c.content.some(([x, e]) => x <= a.c0 && e > a.c0)) out.add(c);
    }
  }
  return out;
}

/** Per token, how many candidate contents (token ranges and quote regions) cover it: one difference-array pass. */
function coverage(run: Run, cands: readonly Cand[]): Int32Array {
  const n = run.toks.length;
  const d = new Int32Array(n + 1);
  for (const c of cands) {
    if (emptyContent(run, c)) continue;
    for (const [a, e] of c.content) {
      d[a]! += 1;
      d[e]! -= 1;
    }
    for (const r of c.regions) {
      const a = run.regionOpenTok[r]!;
      const e = run.regionCloseTok[r]!;
      if (a < 0 || e < a) continue;
      d[a]! += 1;
      d[e + 1]! -= 1;
    }
  }
  for (let k = 1; k <= n; k++) d[k]! += d[k - 1]!;
  return d;
}
