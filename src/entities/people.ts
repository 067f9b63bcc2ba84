import type { EntityType } from '../model/index.js';
import { isPossessive, opensSentence, startsUpper } from './chunk.js';
import type { Draft } from './draft.js';
import { AFFILIATION_PREPS, NON_NATIONAL_ADJECTIVES, PRE_NAME_CUES, SPEAKER_VERBS } from './lexicon/cues.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { TITLE_PREFIXES } from './lexicon/titles.js';
import {
  type Ctx,
  chunkLower,
  collapseSpaces,
  collectRun,
  emit,
  hasProperNoun,
  isHeadChunk,
  isRunStart,
  isSpaceUnit,
  isTightHyphen,
  leftModifier,
  lowerAt,
  spanOf,
  titleCase,
  tokAt,
  wait,
} from './sentence.js';
import { KNOWN_PEOPLE_BY_NAME } from './tables.js';

// Rules for people: titles, cues, appositions, affiliations.

function nameTokens(key: string): string[] {
  // `key.split(' ')` by hand: the built-in goes through the runtime, which costs more than these few slices.
  const out: string[] = [];
  let from = 0;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', from)) {
    out.push(key.slice(from, i));
    from = i + 1;
  }
  out.push(key.slice(from));
  return out;
}

function personKey(ctx: Ctx, ka: number, kb: number): [number, number, string, string] {
  const [s, end] = spanOf(ctx, ka, kb);
  // "Putin's" is sometimes one token (at the end of a sentence): the name stops before the possessive.
  const tail = ctx.text.slice(end - 2, end);
  const e = end - s > 2 && (tail === "'s" || tail === '’s') ? end - 2 : end;
  const surface = collapseSpaces(ctx.text.slice(s, e));
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
    let k = appositionTitle(ctx, kb);
    if (k < 0) return;
    while (ch[k]?.kind === 'title') {
      const pt = ch[k]!.title!;
      if (pt.role && !person.roles.includes(pt.role)) person.roles.push(pt.role);
      person.sector ??= pt.sector;
      k++;
    }
    if (AFFILIATION_PREPS.has(chunkLower(ctx, k)) || chunkLower(ctx, k) === 'for') {
      const target = chunkLower(ctx, k + 1) === 'the' ? k + 2 : k + 1;
      if (ch[target]) wait(ctx, target, person);
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

export function personFromTitles(ctx: Ctx, t: number, u: number, na: number, nb: number): void {
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
  const tokens = nameTokens(key);
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
      nameScore: tokens.length,
      tokens,
      roles,
      sector,
      party: partyIn(ctx, t, u),
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
export function titleOutsideRun(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  let u = ci;
  while (ch[u]?.kind === 'title') u++;
  const nameFrom = (k: number): number => {
    let n = k;
    while (n < ch.length && (ch[n]!.kind === 'cap' || ch[n]!.kind === 'particle' || isTightHyphen(ctx, n))) n++;
    while (n > k && ch[n - 1]!.kind !== 'cap') n--;
    for (let j = k; j < n; j++) if (isHeadChunk(ctx, j)) return k;
    return n > k && hasProperNoun(ctx, k, n) ? n : k;
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
  // "Qatar's emir, Sheikh Hamad …": a second title and the name follow the comma; both titles describe the person.
  if (ch[u] && ctx.toks[ch[u]!.a]!.text === ',' && ch[u + 1]?.kind === 'title' && ch[u + 1]!.upper) {
    let u2 = u + 1;
    while (ch[u2]?.kind === 'title') u2++;
    const n = ch[u2]?.kind === 'cap' ? nameFrom(u2) : u2;
    if (n > u2) {
      const mod = leftModifier(ctx, ci);
      personFromTitles(ctx, u + 1, u2, u2, n);
      const person = ctx.byEnd[n - 1];
      if (person?.type === 'person') {
        for (let k = u - 1; k >= ci; k--) {
          const pt = ch[k]!.title!;
          if (pt.role && !person.roles.includes(pt.role)) person.roles.unshift(pt.role);
          if (pt.sector) person.sector = pt.sector;
        }
        if (mod?.type === 'country') person.country ??= mod.country;
        else if (mod && mod.type !== 'place') person.affiliation ??= mod;
      }
      return n;
    }
  }
  // "the spokeswoman", "the Indiana governor", "the former secretary of state", "the Commission's spokesman": a
  // person named before. The role is the last title's ("Democratic presidential nominee" → nominee).
  let role: string | null = null;
  for (let k = ci; k < u; k++) role = ch[k]!.title!.role ?? role;
  let j = ci - 1;
  for (let hops = 0; j >= 0 && hops < 3; hops++) {
    const c = ch[j]!;
    const t = ctx.toks[c.a]!;
    const modifierWord = c.kind === 'word' && !c.upper && (TITLE_PREFIXES.has(t.lower) || t.pos === 'ADJ');
    if (!modifierWord && c.kind !== 'country' && c.kind !== 'cap' && !(c.kind === 'title' && !c.title!.role)) break;
    j--;
  }
  const det = j >= 0 ? ch[j]! : null;
  if (role && det && (det.kind === 'poss' || ctx.toks[det.a]!.lower === 'the')) {
    const [s, e] = spanOf(ctx, ci, u);
    const mod = det.kind === 'poss' ? leftModifier(ctx, j + 1) : null;
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
        party: partyIn(ctx, j + 1, u),
        block: ctx.block,
      },
      ci,
      u,
    );
  }
  return u;
}

/** A capitalised run with no title: a person when a cue says so, else a run that may only join a known entity. */
export function nameCandidate(ctx: Ctx, ka: number, kb: number): void {
  const [s, e, surface, key] = personKey(ctx, ka, kb);
  const ch = ctx.ch;
  const aTok = ch[ka]!.a;
  const bTok = ch[kb - 1]!.b;
  const next = tokAt(ctx, bTok);
  const tokens = nameTokens(key);
  // "the Trump administration"
  if (!ctx.headline && next && next.lower === 'administration' && next.text === 'administration') {
    const last = tokens[tokens.length - 1]!;
    emit(
      ctx,
      {
        start: s,
        end: next.end,
        block: ctx.block,
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
  // "European", "Soviet Western": adjectives of regions and blocs, not names.
  if (tokens.every((t) => NON_NATIONAL_ADJECTIVES.has(t))) return;
  // "Md.", "St.": an abbreviation on its own is not a name.
  if (kb - ka === 1 && surface.endsWith('.') && surface.length <= 4 && !/^([A-Z]\.){2,}$/.test(surface)) return;
  const known = KNOWN_PEOPLE_BY_NAME.get(key);
  const prev = lowerAt(ctx, aTok - 1);
  // "Senator Ada Brenner of Nevada, the committee chair": a run after "of/from/in" is not the subject of
  // the apposition or relative clause that follows it.
  const governed = prev === 'of' || prev === 'from' || prev === 'in' || prev === 'at';
  let rule: string | null = null;
  let confidence = 0.75;
  // "People disagree", "Sun points out": a lone common noun opening the sentence only joins a name given elsewhere.
  const lone = kb - ka === 1 && ctx.toks[aTok]!.pos !== 'PROPN' && opensSentence(ctx.toks, aTok, ctx.first);
  if (ctx.headline || lone) rule = null;
  else if (known) {
    rule = 'entities/person-known';
    confidence = 0.9;
  } else if (next && isSpeakerVerbAt(ctx, bTok)) rule = 'entities/person-speaker';
  else if (!governed && (next?.lower === 'who' || (next?.text === ',' && lowerAt(ctx, bTok + 1) === 'who')))
    rule = 'entities/person-who';
  else if (PRE_NAME_CUES.has(prev)) rule = 'entities/person-cue';
  else if (prev === 'to' && lowerAt(ctx, aTok - 2) === 'according') rule = 'entities/person-according';
  else if (next && AFFILIATION_PREPS.has(next.lower) && orgFollows(ctx, kb + 1)) rule = 'entities/person-affiliation';
  else if (!governed && next?.text === ',' && appositionTitle(ctx, kb) >= 0) rule = 'entities/person-apposition';
  else if (tokens.length >= 2 && tokens.length <= 4 && GIVEN_NAMES.has(tokens[0]!)) rule = 'entities/person-given-name';
  else if (isTrailingByline(ctx, aTok, bTok)) rule = 'entities/person-dash';
  else if (isTranscriptSpeaker(ctx, aTok, bTok, surface)) rule = 'entities/person-transcript';
  else if (tokens.length >= 2 && tokens.length <= 4 && SURNAME_SHAPE.test(surface.slice(surface.lastIndexOf(' ') + 1)))
    rule = 'entities/person-surname-shape';
  else if (!ctx.headline && tokens.length >= 3) {
    // "Rival Hillary Clinton had mocked …": the name starts at the given name inside the run.
    for (let i = 1; i + 2 <= tokens.length && ka + i < kb; i++) {
      if (GIVEN_NAMES.has(tokens[i]!) && ch[ka + i]!.kind === 'cap' && tokens.length - i === kb - ka - i) {
        nameCandidate(ctx, ka + i, kb);
        return;
      }
    }
  }
  // "NAACP said", "MSNBC reported": an all-capitals word with a person cue is an organisation ("WALLACE:" in a
  // transcript is a person).
  const acronym =
    rule !== 'entities/person-transcript' &&
    kb - ka === 1 &&
    /^(?:[A-Z][A-Z&]+|(?:[A-Z]\.){2,})$/.test(surface) &&
    !GIVEN_NAMES.has(key);
  const type: EntityType = acronym ? 'organization' : 'person';
  if (acronym && rule) rule = 'entities/org-acronym-speaker';
  const d = emit(
    ctx,
    {
      start: s,
      end: e,
      key,
      name: surface,
      block: ctx.block,
      type,
      kind: acronym ? 'abbreviation' : 'name',
      rule: rule ?? 'entities/name-link',
      confidence: rule ? confidence : 0.7,
      nameScore: tokens.length,
      tokens: acronym ? null : tokens,
      certain: rule !== null,
      country: known?.country ?? null,
      placeFallback: !rule && prev === 'in' && mayBePlace(ctx, aTok, bTok),
      parts: !rule && tokens.length >= 2 ? wordOffsets(ctx.text, s, e) : null,
      headline: ctx.headline,
    },
    ka,
    kb,
  );
  if (!ctx.headline) afterName(ctx, d, kb);
}

/** [start, end) of each space-separated word in text[s, e). */
function wordOffsets(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let i = s;
  while (i < e) {
    while (i < e && isSpaceUnit(text.charCodeAt(i))) i++;
    const start = i;
    while (i < e && !isSpaceUnit(text.charCodeAt(i))) i++;
    if (i > start) out.push([start, i]);
  }
  return out;
}

const PARTY_LABELS: Readonly<Record<string, string>> = { republican: 'R', democrat: 'D', democratic: 'D' };

/** The party label among title chunks [from, to), if any. */
function partyIn(ctx: Ctx, from: number, to: number): string | null {
  for (let k = Math.max(0, from); k < to; k++) {
    const c = ctx.ch[k]!;
    if (c.kind === 'title' && c.title!.role === null) {
      const p = PARTY_LABELS[c.title!.surface];
      if (p) return p;
    }
  }
  return null;
}

/** Surname shapes that are names and nothing else: "McConnell", "DuVernay", "O'Neill", "MacDougall". */
const SURNAME_SHAPE = /^(?:Mc|Mac|O'|O’|Du|De|Di|La|Le|Van)\p{Lu}\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Capitalised labels before a colon that are not speakers. */
const NOT_SPEAKER_LABELS = new Set([
  'UPDATE',
  'DEADLINE',
  'WARNING',
  'NOTE',
  'BREAKING',
  'CORRECTION',
  'WATCH',
  'READ',
  'PHOTOS',
  'VIDEO',
  'SOURCE',
  'SOURCES',
  'RELATED',
  'ADVERTISEMENT',
  'EXCLUSIVE',
  'OPINION',
  'ANALYSIS',
  'Q',
  'A',
]);
const DASHES = new Set(['—', '―', '–', '-']);

/** "… our greatest shame.” ― Sonya Herridge": a name after a dash that ends its sentence signs a quotation. */
function isTrailingByline(ctx: Ctx, aTok: number, bTok: number): boolean {
  const prev = tokAt(ctx, aTok - 1);
  if (!prev || !DASHES.has(prev.text)) return false;
  const next = tokAt(ctx, bTok);
  return !next || next.text === ',' || next.text === '.';
}

/** "WALLACE: …", "Mr. PENCE:" at the start of a line in a transcript. */
function isTranscriptSpeaker(ctx: Ctx, aTok: number, bTok: number, surface: string): boolean {
  const next = tokAt(ctx, bTok);
  if (next?.text !== ':' || surface !== surface.toUpperCase() || NOT_SPEAKER_LABELS.has(surface)) return false;
  const span = ctx.doc.blocks[ctx.block]?.span;
  const prev = tokAt(ctx, aTok - 1);
  const lineStart = span !== undefined && ctx.toks[aTok]!.start === span.start;
  return lineStart || (prev !== null && aTok - 1 === ctx.first && prev.start === span?.start);
}

/**
 * "talks in Geneva", "in New York," may be places; "Excellence in Mental Coverage" (inside a longer title-case
 * name), "in Black communities" (an adjective) and "in Securities and Exchange …" are not.
 */
function mayBePlace(ctx: Ctx, aTok: number, bTok: number): boolean {
  if (ctx.headline || opensSentence(ctx.toks, aTok, ctx.first)) return false;
  const beforePrev = tokAt(ctx, aTok - 2);
  if (beforePrev && startsUpper(beforePrev.text)) return false;
  for (let i = aTok; i < bTok; i++) if (ctx.toks[i]!.pos !== 'PROPN') return false;
  const next = tokAt(ctx, bTok);
  if (!next) return true;
  if (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM') return false;
  if (next.lower === 'and' || next.text === '&') {
    const after = tokAt(ctx, bTok + 1);
    if (after && startsUpper(after.text)) return false;
  }
  return !isPossessive(next);
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

/**
 * The title chunk of an apposition opened by the comma at chunk `k` ("Yun Sun, a senior fellow at …"), or -1.
 * ", House Speaker Paul Ryan" is not one: a name follows the title, so it starts a new phrase.
 */
function appositionTitle(ctx: Ctx, k: number): number {
  const ch = ctx.ch;
  let j = k + 1;
  if (['a', 'an', 'the'].includes(chunkLower(ctx, j))) j++;
  for (let hop = 0; hop < 3 && ch[j]; hop++) {
    const x = ch[j]!;
    if (x.kind === 'title') {
      if (x.title!.role === null) return -1;
      let after = j + 1;
      while (ch[after]?.kind === 'title') after++;
      const n = ch[after];
      return n && (n.kind === 'cap' || n.kind === 'particle') ? -1 : j;
    }
    const t = ctx.toks[x.a]!;
    if (x.kind !== 'word' || x.upper || !LOWER_WORD.test(t.text)) return -1;
    j++;
  }
  return -1;
}
