import { isPossessive } from './chunk.js';
import { countryName } from './countries.js';
import { type Draft, type DraftInit, makeDraft } from './draft.js';
import { LOCATIVE_PREPS } from './lexicon/cues.js';
import type { KnownOrg } from './lexicon/known-orgs.js';
import { ANAPHORIC_ORG_HEADS, LOWER_ORG_HEADS, ORG_HEADS } from './lexicon/org-heads.js';
import {
  type Ctx,
  chunkEndingAt,
  collapseSpaces,
  DATELINE_NEXT,
  emit,
  FORM_KIND,
  lowerAt,
  matchLowerHead,
  orgNameFor,
  spanOf,
  titleCase,
  tokAt,
} from './sentence.js';

// Rules for countries, capitals, places and organisations.

function isDateline(ctx: Ctx, k: number): boolean {
  const c = ctx.ch[k]!;
  const t = ctx.toks[c.a]!;
  // The cleaning stage's dateline span ("BRASILIA (Wire)"), when it found one.
  const dl = ctx.doc.article.dateline;
  if (dl && t.start >= dl.start && t.end <= dl.end) return true;
  if (c.a !== ctx.first) return false;
  if (ctx.doc.blocks[ctx.block]?.role === 'dateline') return true;
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
export function countryChunk(ctx: Ctx, k: number): number {
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

/** Linking key and head word of each known organisation, built once per organisation rather than per mention. */
const KNOWN_KEYS = new Map<KnownOrg, readonly [string, string]>();

function knownKeys(org: KnownOrg): readonly [string, string] {
  let v = KNOWN_KEYS.get(org);
  if (!v) {
    v = [`known:${org.name}`, org.name.split(' ').pop()!.toLowerCase()];
    KNOWN_KEYS.set(org, v);
  }
  return v;
}

function knownKey(org: KnownOrg): string {
  return knownKeys(org)[0];
}

function knownHead(org: KnownOrg): string {
  return knownKeys(org)[1];
}

export function knownChunk(ctx: Ctx, k: number): void {
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
      key: knownKey(org),
      name: org.name,
      nameScore: 3,
      country: org.country,
      sector: org.sector,
      known: org,
      head: knownHead(org),
      block: ctx.block,
    },
    k,
    k + 1,
  );
}

export function emitOrg(ctx: Ctx, ci: number, end: number, head: number): void {
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
  const core = collapseSpaces(ctx.text.slice(coreStart, e));
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
  const name = viaDemonym ? orgNameFor(country, core) : collapseSpaces(ctx.text.slice(s, e));
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

/** "the ministry", "the administration", "the foreign ministry": an organisation named before. */
export function theAnaphor(ctx: Ctx, ci: number): number {
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
