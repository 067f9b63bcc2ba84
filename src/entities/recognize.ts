import type { Doc, EntityType, MentionKind, Token } from '../model/index.js';
import { type Chunk, chunkSentence, isPossessive, opensSentence, startsUpper } from './chunk.js';
import { countryDemonym, countryName } from './countries.js';
import { type Draft, type DraftInit, makeDraft } from './draft.js';
import { AFFILIATION_PREPS, LOCATIVE_PREPS, PRE_NAME_CUES, SPEAKER_VERBS } from './lexicon/cues.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { GROUP_ADJECTIVES } from './lexicon/groups.js';
import { ANAPHORIC_ORG_HEADS, LOWER_ORG_HEADS, ORG_HEADS } from './lexicon/org-heads.js';
import { TITLE_PREFIXES } from './lexicon/titles.js';
import { KNOWN_PEOPLE_BY_NAME } from './tables.js';

/** Everything the rules need about the sentence being read. */
interface Ctx {
  readonly doc: Doc;
  readonly text: string;
  readonly toks: readonly Token[];
  /** Token range of the sentence. */
  readonly first: number;
  readonly end: number;
  readonly block: number;
  readonly headline: boolean;
  readonly ch: readonly Chunk[];
  readonly out: Draft[];
  /** Draft whose last chunk is this index (for "China's Foreign Ministry", "Foreign Ministry spokesman …"). */
  readonly byEnd: (Draft | null)[];
  /** Persons waiting for the organisation that starts at a chunk ("Yun Sun from the Stimson Center"). */
  readonly pending: Map<number, Draft[]>;
}

const FORM_KIND: Readonly<Record<string, MentionKind>> = {
  name: 'name',
  abbreviation: 'abbreviation',
  demonym: 'demonym',
  capital: 'capital',
};
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);
const DATELINE_NEXT = new Set(['(', ',', '—', '–', '-', '/']);
const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’', "'", ':', ';', '…']);

/** Reads one sentence and appends its mention drafts to `out`. */
export function recognizeSentence(doc: Doc, first: number, end: number, block: number, out: Draft[]): void {
  const text = doc.text;
  const toks = doc.tokens;
  const ch = chunkSentence(text, toks, first, end);
  const ctx: Ctx = {
    doc,
    text,
    toks,
    first,
    end,
    block,
    headline: isHeadline(doc, first, end, block),
    ch,
    out,
    byEnd: new Array<Draft | null>(ch.length).fill(null),
    pending: new Map(),
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

/** A headline-style line: the title block, or a line with no final stop whose longer words are nearly all capitalised. */
function isHeadline(doc: Doc, first: number, end: number, block: number): boolean {
  const role = doc.blocks[block]?.role;
  if (role === 'title') return true;
  const last = doc.tokens[end - 1];
  if (!last || SENTENCE_END.has(last.text)) return false;
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i]!;
    if (t.text.length < 4 || t.pos === 'PUNCT' || t.pos === 'NUM') continue;
    words++;
    if (startsUpper(t.text)) caps++;
  }
  return words >= 2 && caps / words >= 0.6;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers over chunks and tokens

function tokAt(ctx: Ctx, i: number): Token | null {
  return i >= ctx.first && i < ctx.end ? ctx.toks[i]! : null;
}

function lowerAt(ctx: Ctx, i: number): string {
  return tokAt(ctx, i)?.lower ?? '';
}

function chunkLower(ctx: Ctx, k: number): string {
  const c = ctx.ch[k];
  return c ? ctx.toks[c.a]!.lower : '';
}

function isHeadChunk(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k];
  return !!c && c.kind === 'cap' && ORG_HEADS.has(ctx.toks[c.b - 1]!.lower);
}

function isMember(c: Chunk | undefined): boolean {
  if (!c) return false;
  return (
    c.kind === 'country' ||
    c.kind === 'known' ||
    c.kind === 'region' ||
    c.kind === 'cap' ||
    (c.kind === 'title' && c.upper)
  );
}

function isRunStart(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k]!;
  if (isMember(c)) return true;
  return c.kind === 'particle' && ctx.ch[k + 1]?.kind === 'cap';
}

/** Joins two chunks written with a hyphen and no spaces ("Kassym-Jomart", "US-China"). */
function isTightHyphen(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k];
  const prev = ctx.ch[k - 1];
  const next = ctx.ch[k + 1];
  if (!c || !prev || !next || c.kind !== 'word') return false;
  const t = ctx.toks[c.a]!;
  return t.text === '-' && ctx.toks[prev.b - 1]!.end === t.start && ctx.toks[next.a]!.start === t.end;
}

/** The maximal capitalised run from chunk `ci`: names, countries, titles, particles, and "of/for …" after an org head. */
function collectRun(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  let j = ci;
  let sawHead = false;
  let inExtension = false;
  while (j < ch.length) {
    const c = ch[j]!;
    if (isMember(c)) {
      if (isHeadChunk(ctx, j)) sawHead = true;
      j++;
      continue;
    }
    if (c.kind === 'particle' && ch[j + 1]?.kind === 'cap') {
      j++;
      continue;
    }
    if (j > ci && isTightHyphen(ctx, j) && isMember(ch[j + 1])) {
      j++;
      continue;
    }
    const low = chunkLower(ctx, j);
    if (c.kind === 'word' && sawHead && CONNECTORS.has(low) && (low !== 'and' || inExtension)) {
      // "Bank of England", "Church of the Holy Sepulchre"; "and" only inside the extension and never before "the"
      // ("Center for Strategic and International Studies", not "Bank of England and the Center …").
      const next = chunkLower(ctx, j + 1) === 'the' && low !== 'and' && low !== '&' ? j + 2 : j + 1;
      const n = ch[next];
      if (n && (n.kind === 'cap' || n.kind === 'country' || n.kind === 'known')) {
        inExtension = true;
        j = next;
        continue;
      }
    }
    break;
  }
  return j;
}

function spanOf(ctx: Ctx, ka: number, kb: number): [number, number] {
  return [ctx.toks[ctx.ch[ka]!.a]!.start, ctx.toks[ctx.ch[kb - 1]!.b - 1]!.end];
}

function emit(ctx: Ctx, init: DraftInit, ka: number, kb: number): Draft {
  const d = makeDraft(init);
  ctx.out.push(d);
  ctx.byEnd[kb - 1] = d;
  if (d.type === 'organization' || d.type === 'country') {
    const waiting = ctx.pending.get(ka);
    if (waiting) {
      for (const p of waiting) {
        if (d.type === 'organization') p.affiliation ??= d;
        else p.country ??= d.country;
      }
      ctx.pending.delete(ka);
    }
  }
  return d;
}

function wait(ctx: Ctx, k: number, person: Draft): void {
  const list = ctx.pending.get(k);
  if (list) list.push(person);
  else ctx.pending.set(k, [person]);
}

/** The draft that modifies whatever starts at chunk `k`: "China's …", "Foreign Ministry spokesman", "U.S. President". */
function leftModifier(ctx: Ctx, k: number): Draft | null {
  let j = k - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 2) {
    const c = ctx.ch[j]!;
    const t = ctx.toks[c.a]!;
    if (c.kind === 'word' && !c.upper && (TITLE_PREFIXES.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NOUN')) {
      j--;
      skipped++;
      continue;
    }
    break;
  }
  if (j >= 0 && ctx.ch[j]!.kind === 'poss') j--;
  if (j < 0) return null;
  // Any draft: an uncertain run ("CSIS analyst …") may turn out to be an organisation when linked.
  return ctx.byEnd[j] ?? null;
}

/** Lower-case organisation head at token `i` ("foreign ministry", "government"): [key, token end]. */
function matchLowerHead(ctx: Ctx, i: number): [string, number] | null {
  const t1 = tokAt(ctx, i);
  if (!t1 || startsUpper(t1.text)) return null;
  const t2 = tokAt(ctx, i + 1);
  if (t2 && !startsUpper(t2.text)) {
    const two = `${t1.lower} ${t2.lower}`;
    if (LOWER_ORG_HEADS.has(two)) return [two, i + 2];
  }
  return LOWER_ORG_HEADS.has(t1.lower) ? [t1.lower, i + 1] : null;
}

/** Chunk index whose token range ends at token `tokEnd` (searching forward from `from`). */
function chunkEndingAt(ctx: Ctx, from: number, tokEnd: number): number {
  let k = from;
  while (k < ctx.ch.length && ctx.ch[k]!.b < tokEnd) k++;
  return Math.min(k, ctx.ch.length - 1);
}

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

function orgNameFor(iso3: string | null, core: string): string {
  const dem = iso3 ? countryDemonym(iso3) : null;
  return dem ? `${dem} ${core}` : core;
}

// ---------------------------------------------------------------------------------------------------------------
// Runs

function processRun(ctx: Ctx, ci: number, cj: number): void {
  const ch = ctx.ch;
  if (ctx.headline) {
    processPlain(ctx, ci, cj);
    return;
  }
  // Title then name inside one capitalised run: "U.S. President Donald Trump", "Foreign Minister Mauro Vieira",
  // "Foreign Ministry Spokesman Guo Jiakun".
  for (let t = ci; t < cj; t++) {
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
    if (ok && names > 0) {
      if (t > ci) processRun(ctx, ci, t);
      personFromTitles(ctx, t, u, u, cj);
      return;
    }
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
  processPlain(ctx, ci, cj);
}

function processPlain(ctx: Ctx, ci: number, cj: number): void {
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
    if (c.kind === 'title' && !ctx.headline) {
      k = titleOutsideRun(ctx, k);
      continue;
    }
    k++;
  }
}

function isDateline(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k]!;
  if (c.a !== ctx.first) return false;
  if (ctx.doc.blocks[ctx.block]?.role === 'dateline') return true;
  const t = ctx.toks[c.a]!;
  const next = tokAt(ctx, c.b);
  return t.text === t.text.toUpperCase() && !!next && DATELINE_NEXT.has(next.text);
}

function isLocative(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k]!;
  const after = tokAt(ctx, c.b);
  if (after && isPossessive(after)) return false;
  return LOCATIVE_PREPS.has(lowerAt(ctx, c.a - 1)) || isDateline(ctx, k);
}

function emitPlace(ctx: Ctx, k: number, iso3: string | null, rule: string): void {
  const [s, e] = spanOf(ctx, k, k + 1);
  const raw = ctx.text.slice(s, e);
  const name = raw === raw.toUpperCase() ? raw[0] + raw.slice(1).toLowerCase() : raw;
  emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'place',
      kind: 'name',
      rule,
      confidence: 0.85,
      key: `place:${name.toLowerCase()}`,
      name,
      country: iso3,
      block: ctx.block,
    },
    k,
    k + 1,
  );
}

/** A country, demonym or capital; a capital after "in" is the place, and a country word may open an organisation. */
function countryChunk(ctx: Ctx, k: number): number {
  const c = ctx.ch[k]!;
  const iso3 = c.iso3!;
  if (c.form === 'capital' && isLocative(ctx, k)) {
    emitPlace(ctx, k, iso3, 'entities/place-capital');
    return k + 1;
  }
  const [s, e] = spanOf(ctx, k, k + 1);
  // "China's foreign ministry", "the Chinese government".
  let p = c.b;
  const possTok = tokAt(ctx, p);
  const poss = !!possTok && isPossessive(possTok);
  if (poss) p++;
  const head = !ctx.headline && (poss || c.form === 'demonym') ? matchLowerHead(ctx, p) : null;
  const countryInit: DraftInit = {
    start: s,
    end: e,
    type: 'country',
    kind: FORM_KIND[c.form!] ?? 'name',
    rule: c.form === 'capital' ? 'entities/country-capital' : `entities/country-${c.form}`,
    confidence: c.form === 'name' || c.form === 'abbreviation' ? 0.95 : 0.85,
    key: iso3,
    name: countryName(iso3) ?? iso3,
    country: iso3,
    block: ctx.block,
  };
  if (!head) {
    emit(ctx, countryInit, k, k + 1);
    return k + 1;
  }
  const [key, tokEnd] = head;
  const kEnd = chunkEndingAt(ctx, k + 1, tokEnd);
  const headStart = poss ? ctx.toks[p]!.start : s;
  if (poss) emit(ctx, countryInit, k, k + 1);
  const core = key.includes('ministry') || key === 'central bank' ? titleCase(key) : key;
  emit(
    ctx,
    {
      start: headStart,
      end: ctx.toks[tokEnd - 1]!.end,
      type: 'organization',
      kind: 'name',
      rule: poss ? 'entities/org-possessive' : 'entities/org-demonym',
      confidence: 0.85,
      key,
      name: orgNameFor(iso3, core),
      nameScore: 2,
      country: iso3,
      sector: LOWER_ORG_HEADS.get(key)?.sector ?? null,
      head: key.split(' ').pop()!,
      block: ctx.block,
    },
    k,
    kEnd + 1,
  );
  return kEnd + 1;
}

function knownChunk(ctx: Ctx, k: number): void {
  const c = ctx.ch[k]!;
  const org = c.known!;
  if (c.seat && isLocative(ctx, k)) {
    const [s, e] = spanOf(ctx, k, k + 1);
    const hit = ctx.text.slice(s, e);
    emitPlace(ctx, k, hit === 'Brussels' ? 'BEL' : org.country, 'entities/place-seat');
    return;
  }
  const [s, e] = spanOf(ctx, k, k + 1);
  const surface = ctx.text.slice(s, e);
  emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'organization',
      kind: c.seat ? 'capital' : surface === org.name ? 'name' : /^[A-Z.\d-]+$/.test(surface) ? 'abbreviation' : 'name',
      rule: c.seat ? 'entities/org-seat' : 'entities/org-known',
      confidence: 0.9,
      key: `known:${org.name}`,
      name: org.name,
      nameScore: 3,
      country: org.country,
      sector: org.sector,
      known: org,
      head: org.name.split(' ').pop()!.toLowerCase(),
      block: ctx.block,
    },
    k,
    k + 1,
  );
}

function emitOrg(ctx: Ctx, ci: number, end: number, head: number): void {
  const ch = ctx.ch;
  let k = ci;
  let country: string | null = null;
  let viaDemonym = false;
  while (k < head && ch[k]!.kind === 'country') {
    country ??= ch[k]!.iso3!;
    viaDemonym = ch[k]!.form === 'demonym';
    k++;
  }
  const [s, e] = spanOf(ctx, ci, end);
  const coreStart = ctx.toks[ch[k]!.a]!.start;
  const core = ctx.text.slice(coreStart, e).replace(/\s+/g, ' ');
  const headWord = ctx.toks[ch[head]!.b - 1]!.lower;
  // "China's Foreign Ministry": the possessive gives the country; "the Commission's Directorate" a parent body.
  const mod = ch[ci - 1]?.kind === 'poss' ? (ctx.byEnd[ci - 2] ?? null) : null;
  let affiliationOf: Draft | null = null;
  if (!country && mod?.type === 'country') {
    country = mod.country;
    viaDemonym = true;
  } else if (mod?.type === 'organization') affiliationOf = mod;
  for (let j = k; j < end && !country; j++) {
    const c = ch[j]!;
    if (c.kind === 'country' && c.form !== 'capital') country = c.iso3!;
    if (c.kind === 'known') country = c.known!.country;
  }
  const headOnly = k === head && end === head + 1;
  const before = lowerAt(ctx, ch[ci]!.a - 1);
  if (headOnly && !country && !ctx.headline) {
    // "the Commission", "the Ministry": an organisation named before.
    emit(
      ctx,
      {
        start: s,
        end: e,
        type: 'organization',
        kind: 'role',
        rule: 'entities/org-anaphor',
        confidence: 0.75,
        key: headWord,
        name: core,
        certain: false,
        anaphor: true,
        head: headWord,
        block: ctx.block,
      },
      ci,
      end,
    );
    return;
  }
  // Named after the demonym ("Chinese Foreign Ministry") whichever way the text put the country.
  const name = viaDemonym ? orgNameFor(country, core) : ctx.text.slice(s, e).replace(/\s+/g, ' ');
  const d = emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'organization',
      kind: 'name',
      rule: k > ci ? 'entities/org-demonym' : mod?.type === 'country' ? 'entities/org-possessive' : 'entities/org-head',
      confidence: headOnly ? 0.7 : 0.85,
      key: core.toLowerCase(),
      name,
      nameScore: country ? 2 : 1,
      country,
      sector: ORG_HEADS.get(headWord)?.sector ?? null,
      head: headWord,
      certain: !ctx.headline && (before !== '' || !headOnly),
      block: ctx.block,
    },
    ci,
    end,
  );
  if (affiliationOf) d.affiliation = affiliationOf;
  // "the Center for Strategic and International Studies (CSIS)": the acronym names the same body.
  const open = tokAt(ctx, ch[end - 1]!.b);
  const acr = tokAt(ctx, ch[end - 1]!.b + 1);
  const close = tokAt(ctx, ch[end - 1]!.b + 2);
  if (open?.text === '(' && acr && close?.text === ')' && /^[A-Z][A-Z&.]{1,9}$/.test(acr.text)) {
    ctx.out.push(
      makeDraft({
        start: acr.start,
        end: acr.end,
        type: 'organization',
        kind: 'abbreviation',
        rule: 'entities/org-acronym',
        confidence: 0.85,
        key: d.key,
        name: d.name,
        country,
        sector: d.sector,
        head: headWord,
        certain: d.certain,
        block: ctx.block,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// People

function nameTokens(key: string): string[] {
  return key.split(' ');
}

function personKey(ctx: Ctx, ka: number, kb: number): [number, number, string, string] {
  const [s, e] = spanOf(ctx, ka, kb);
  const surface = ctx.text.slice(s, e).replace(/\s+/g, ' ');
  return [s, e, surface, surface.toLowerCase()];
}

/** What follows a person's name: apposition role, "of/from the Org", "…'s administration". */
function afterName(ctx: Ctx, person: Draft, kb: number): void {
  const ch = ctx.ch;
  const c = ch[kb];
  if (!c) return;
  const low = ctx.toks[c.a]!.lower;
  // "Yun Sun from the Stimson Center", "Monica de Bolle of the Peterson Institute"
  if (AFFILIATION_PREPS.has(low)) {
    const target = chunkLower(ctx, kb + 1) === 'the' ? kb + 2 : kb + 1;
    if (ch[target]) wait(ctx, target, person);
    return;
  }
  // "Yun Sun, a senior fellow at the Stimson Center,"
  if (ctx.toks[c.a]!.text === ',') {
    let k = kb + 1;
    if (['a', 'an', 'the'].includes(chunkLower(ctx, k))) k++;
    for (let hop = 0; hop < 3 && ch[k]; hop++) {
      const x = ch[k]!;
      if (x.kind === 'title') {
        if (x.title!.role && !person.roles.includes(x.title!.role)) person.roles.push(x.title!.role);
        person.sector ??= x.title!.sector;
        let after = k + 1;
        while (ch[after]?.kind === 'title') after++;
        if (AFFILIATION_PREPS.has(chunkLower(ctx, after)) || chunkLower(ctx, after) === 'for') {
          const target = chunkLower(ctx, after + 1) === 'the' ? after + 2 : after + 1;
          if (ch[target]) wait(ctx, target, person);
        }
        return;
      }
      if (x.kind !== 'word' || x.upper) return;
      k++;
    }
    return;
  }
  // "President Trump's administration": the administration this person heads.
  if (c.kind === 'poss' && chunkLower(ctx, kb + 1) === 'administration') {
    const admin = ch[kb + 1]!;
    const t = ctx.toks[admin.a]!;
    const last = person.tokens![person.tokens!.length - 1]!;
    emit(
      ctx,
      {
        start: t.start,
        end: t.end,
        type: 'organization',
        kind: 'role',
        rule: 'entities/org-administration',
        confidence: 0.8,
        key: `${last} administration`,
        name: `${titleCase(last)} administration`,
        sector: 'GOV',
        head: 'administration',
        owner: last,
        block: ctx.block,
      },
      kb + 1,
      kb + 2,
    );
  }
}

function personFromTitles(ctx: Ctx, t: number, u: number, na: number, nb: number): void {
  const roles: string[] = [];
  let sector: string | null = null;
  for (let k = t; k < u; k++) {
    const pt = ctx.ch[k]!.title!;
    if (pt.role && !roles.includes(pt.role)) roles.push(pt.role);
    sector ??= pt.sector;
  }
  const [s, e, surface, key] = personKey(ctx, na, nb);
  const mod = leftModifier(ctx, t);
  const known = KNOWN_PEOPLE_BY_NAME.get(key);
  const d = emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'person',
      kind: 'name',
      rule: 'entities/person-title',
      confidence: 0.9,
      key,
      name: surface,
      nameScore: nameTokens(key).length,
      tokens: nameTokens(key),
      roles,
      sector,
      country: mod?.type === 'country' ? mod.country : (known?.country ?? null),
      block: ctx.block,
    },
    na,
    nb,
  );
  if (mod && mod.type !== 'country' && mod.type !== 'place') d.affiliation = mod;
  afterName(ctx, d, nb);
}

/** A lower-case title outside a capitalised run: "spokesman Guo Jiakun", "trade spokesman, Olof Gill", "the spokesman". */
function titleOutsideRun(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  let u = ci;
  while (ch[u]?.kind === 'title') u++;
  const nameFrom = (k: number): number => {
    let n = k;
    while (n < ch.length && (ch[n]!.kind === 'cap' || ch[n]!.kind === 'particle' || isTightHyphen(ctx, n))) n++;
    while (n > k && ch[n - 1]!.kind !== 'cap') n--;
    for (let j = k; j < n; j++) if (isHeadChunk(ctx, j)) return k;
    return n;
  };
  const prenominal = ch[ci]!.title!.prenominal;
  if (prenominal && (ch[u]?.kind === 'cap' || (ch[u]?.kind === 'particle' && ch[u + 1]?.kind === 'cap'))) {
    const n = nameFrom(u);
    if (n > u) {
      personFromTitles(ctx, ci, u, u, n);
      return n;
    }
  }
  if (ch[u] && ctx.toks[ch[u]!.a]!.text === ',' && ch[u + 1]?.kind === 'cap') {
    const n = nameFrom(u + 1);
    const after = ch[n];
    const afterTok = after ? ctx.toks[after.a]! : null;
    if (n > u + 1 && (!afterTok || afterTok.pos === 'PUNCT' || afterTok.pos === 'VERB')) {
      personFromTitles(ctx, ci, u, u + 1, n);
      return n;
    }
  }
  const role = ch[ci]!.title!.role;
  const prev = lowerAt(ctx, ctx.ch[ci]!.a - 1);
  if (role && (prev === 'the' || ch[ci - 1]?.kind === 'poss' || ch[ci - 1]?.kind === 'word')) {
    const [s, e] = spanOf(ctx, ci, u);
    if (prev === 'the' || ch[ci - 1]?.kind === 'poss') {
      const mod = leftModifier(ctx, ci);
      emit(
        ctx,
        {
          start: s,
          end: e,
          type: 'person',
          kind: 'role',
          rule: 'entities/person-role-anaphor',
          confidence: 0.6,
          key: `role:${role}`,
          name: ctx.text.slice(s, e),
          certain: false,
          anaphor: true,
          roles: [role],
          affiliation: mod && mod.type !== 'country' && mod.type !== 'place' ? mod : null,
          block: ctx.block,
        },
        ci,
        u,
      );
    }
  }
  return u;
}

/** "the ministry", "the administration", "the foreign ministry": an organisation named before. */
function theAnaphor(ctx: Ctx, ci: number): number {
  const c = ctx.ch[ci + 1];
  if (!c || c.kind === 'country') return ci;
  const m = matchLowerHead(ctx, c.a);
  if (!m) return ci;
  const [key, tokEnd] = m;
  if (!key.includes(' ') && !ANAPHORIC_ORG_HEADS.has(key)) return ci;
  if (lowerAt(ctx, tokEnd) === 'of') return ci;
  const kEnd = chunkEndingAt(ctx, ci + 1, tokEnd);
  emit(
    ctx,
    {
      start: ctx.toks[c.a]!.start,
      end: ctx.toks[tokEnd - 1]!.end,
      type: 'organization',
      kind: 'role',
      rule: 'entities/org-anaphor',
      confidence: 0.7,
      key,
      name: key,
      certain: false,
      anaphor: true,
      head: key.split(' ').pop()!,
      block: ctx.block,
    },
    ci + 1,
    kEnd + 1,
  );
  return kEnd + 1;
}

/** A capitalised run with no title: a person when a cue says so, else a run that may only join a known entity. */
function nameCandidate(ctx: Ctx, ka: number, kb: number): void {
  const [s, e, surface, key] = personKey(ctx, ka, kb);
  const ch = ctx.ch;
  const aTok = ch[ka]!.a;
  const bTok = ch[kb - 1]!.b;
  const next = tokAt(ctx, bTok);
  const base = { start: s, end: e, key, name: surface, block: ctx.block } as const;
  const tokens = nameTokens(key);
  // "the Trump administration"
  if (!ctx.headline && next && next.lower === 'administration' && next.text === 'administration') {
    const last = tokens[tokens.length - 1]!;
    emit(
      ctx,
      {
        ...base,
        end: next.end,
        type: 'organization',
        kind: 'name',
        rule: 'entities/org-administration',
        confidence: 0.85,
        key: `${last} administration`,
        name: `${surface} administration`,
        nameScore: 2,
        sector: 'GOV',
        head: 'administration',
        owner: last,
      },
      ka,
      kb + 1,
    );
    return;
  }
  const known = KNOWN_PEOPLE_BY_NAME.get(key);
  let rule: string | null = null;
  let confidence = 0.75;
  if (ctx.headline) rule = null;
  else if (known) {
    rule = 'entities/person-known';
    confidence = 0.9;
  } else if (next && isSpeakerVerbAt(ctx, bTok)) rule = 'entities/person-speaker';
  else if (next?.lower === 'who' || (next?.text === ',' && lowerAt(ctx, bTok + 1) === 'who'))
    rule = 'entities/person-who';
  else if (PRE_NAME_CUES.has(lowerAt(ctx, aTok - 1))) rule = 'entities/person-cue';
  else if (lowerAt(ctx, aTok - 1) === 'to' && lowerAt(ctx, aTok - 2) === 'according')
    rule = 'entities/person-according';
  else if (next && AFFILIATION_PREPS.has(next.lower) && orgFollows(ctx, kb + 1)) rule = 'entities/person-affiliation';
  else if (next?.text === ',' && appositionFollows(ctx, kb + 1)) rule = 'entities/person-apposition';
  else if (tokens.length >= 2 && tokens.length <= 4 && GIVEN_NAMES.has(tokens[0]!)) rule = 'entities/person-given-name';
  const type: EntityType = 'person';
  const prev = lowerAt(ctx, aTok - 1);
  const allProper = (() => {
    for (let i = aTok; i < bTok; i++) if (ctx.toks[i]!.pos !== 'PROPN') return false;
    return true;
  })();
  const d = emit(
    ctx,
    {
      ...base,
      type,
      kind: 'name',
      rule: rule ?? 'entities/name-link',
      confidence: rule ? confidence : 0.7,
      nameScore: tokens.length,
      tokens,
      certain: rule !== null,
      country: known?.country ?? null,
      placeFallback:
        !rule &&
        !ctx.headline &&
        allProper &&
        (prev === 'in' || prev === 'near' || prev === 'outside') &&
        !opensSentence(ctx.toks, aTok, ctx.first),
    },
    ka,
    kb,
  );
  if (!ctx.headline) afterName(ctx, d, kb);
}

function isSpeakerVerbAt(ctx: Ctx, i: number): boolean {
  const t = tokAt(ctx, i);
  if (!t) return false;
  if (SPEAKER_VERBS.has(t.lower) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'AUX')) return true;
  // "Sun also said", "Gill, however, said" are left to linking; one adverb is allowed.
  if (t.pos === 'ADV') {
    const n = tokAt(ctx, i + 1);
    return !!n && SPEAKER_VERBS.has(n.lower) && n.pos === 'VERB';
  }
  return false;
}

function orgFollows(ctx: Ctx, k: number): boolean {
  const target = chunkLower(ctx, k + 1) === 'the' ? k + 2 : k + 1;
  const c = ctx.ch[target];
  if (!c) return false;
  if (c.kind === 'known') return !c.seat;
  if (!isRunStart(ctx, target)) return false;
  const end = collectRun(ctx, target);
  for (let j = target; j < end; j++) if (isHeadChunk(ctx, j)) return true;
  return false;
}

function appositionFollows(ctx: Ctx, k: number): boolean {
  let j = k + 1;
  if (['a', 'an', 'the'].includes(chunkLower(ctx, j))) j++;
  for (let hop = 0; hop < 3 && ctx.ch[j]; hop++) {
    const x = ctx.ch[j]!;
    if (x.kind === 'title') return x.title!.role !== null;
    if (x.kind !== 'word' || x.upper) return false;
    j++;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Groups

/** "Analysts", "Chinese leadership", "Senior Hungarian and Romanian officials", "EU diplomats". */
function tryGroup(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  let k = ci;
  const countries: string[] = [];
  let affiliation: Draft | null = null;
  let start = ci;
  for (let hops = 0; hops < 8 && k < ch.length; hops++) {
    const c = ch[k]!;
    if (c.kind === 'group') break;
    const low = ctx.toks[c.a]!.lower;
    if (c.kind === 'country' && c.form !== 'capital') {
      if (!countries.includes(c.iso3!)) countries.push(c.iso3!);
      k++;
    } else if (c.kind === 'known' && !c.seat && k === ci && ch[k + 1]?.kind === 'group') {
      k++;
    } else if ((c.kind === 'word' || c.kind === 'cap') && GROUP_ADJECTIVES.has(low)) k++;
    else if (c.kind === 'word' && (low === 'and' || low === ',') && countries.length > 0) k++;
    else return ci;
  }
  const g = ch[k];
  if (g?.kind !== 'group') return ci;
  if (lowerAt(ctx, g.b) === 'of') return ci;
  if (ch[ci]!.kind === 'known') {
    knownChunk(ctx, ci);
    affiliation = ctx.byEnd[ci] ?? null;
    start = ci + 1;
  }
  if (countries.length === 0 && !affiliation && !g.group!.bare) return ci;
  // A group ends with its noun: trailing "and" or commas were only joining countries.
  const [s, e] = spanOf(ctx, start, k + 1);
  const surface = ctx.text.slice(s, e).replace(/\s+/g, ' ');
  const noun = ctx.toks[g.a]!.lower;
  const key = `group:${[...countries].sort().join('+')}:${affiliation?.key ?? ''}:${noun}`;
  emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'group',
      kind: 'group',
      rule: countries.length > 0 ? 'entities/group-country' : affiliation ? 'entities/group-org' : 'entities/group',
      confidence: 0.7,
      key,
      name: surface,
      country: countries.length === 1 ? countries[0]! : null,
      sector: g.group!.sector,
      affiliation,
      block: ctx.block,
    },
    start,
    k + 1,
  );
  return k + 1;
}
