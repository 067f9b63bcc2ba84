/**
 * Hand-built layers for claims tests: runs the real text and NLP stages on a short text, then sets entities,
 * mentions, quotes and events from compact specs that locate spans by their surface text, so the claims stage can
 * be tested whatever the upstream stages emit today.
 */
import { buildClaims } from '../src/claims/index.js';
import {
  type Actor,
  type Claim,
  createAnalyzer,
  type Doc,
  type Entity,
  type EntityType,
  type Event,
  type Mention,
  type Modality,
  type Quote,
  type QuoteKind,
  type Span,
  type SpeechAct,
} from '../src/index.js';

const analyzer = createAnalyzer({ events: false, claims: false });

/** A surface string, or [surface, occurrence] (0-based), or [surface, occurrence, anchor] searched after `anchor`. */
export type Loc = string | readonly [string, number] | readonly [string, number, string];

export function locate(text: string, loc: Loc): Span {
  const [s, nth, anchor] = typeof loc === 'string' ? [loc, 0, undefined] : [loc[0], loc[1], loc[2]];
  let from = 0;
  if (anchor !== undefined) {
    const a = text.indexOf(anchor);
    if (a < 0) throw new Error(`anchor not found: ${anchor}`);
    from = a;
  }
  let at = text.indexOf(s, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`not found: ${s} (#${nth})`);
  return { start: at, end: at + s.length };
}

export interface EntitySpec {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly country?: string | null;
  readonly roles?: string[];
  readonly affiliation?: string | null;
  readonly sector?: string | null;
  readonly mentions: readonly Loc[];
}

export interface QuoteSpec {
  readonly id: string;
  readonly kind?: QuoteKind;
  readonly content: Loc;
  /** Further content spans of a split quote. */
  readonly more?: readonly Loc[];
  readonly cue?: Loc | null;
  readonly act: SpeechAct;
  /** Entity id of the speaker, or null. */
  readonly speaker?: string | null;
  /** Defaults to the entity's name. */
  readonly name?: string | null;
  readonly anonymous?: boolean;
  readonly negated?: boolean;
}

export interface ActorSpec {
  readonly entity?: string | null;
  readonly text?: Loc | null;
  readonly code: string;
  readonly country?: string | null;
  readonly sector?: string | null;
}

export interface EventSpec {
  readonly id: string;
  readonly source: ActorSpec;
  readonly target?: ActorSpec | null;
  readonly cameo: string;
  readonly plover: string;
  readonly negated?: boolean;
  readonly modality?: Modality;
  readonly quote?: string | null;
  readonly trigger: Loc;
}

export interface Layers {
  readonly entities?: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  readonly events?: readonly EventSpec[];
}

/** The document with hand-set layers (claims not yet built). */
export function handDoc(text: string, layers: Layers): Doc {
  const doc = analyzer.analyzeDoc(text);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const e of layers.entities ?? []) {
    const spans = e.mentions.map((m) => locate(text, m));
    entities.push({
      id: e.id,
      type: e.type,
      name: e.name,
      country: e.country ?? null,
      roles: e.roles ?? [],
      affiliation: e.affiliation ?? null,
      mentions: spans,
      ...(e.sector !== undefined ? { sector: e.sector } : {}),
    });
    for (const sp of spans) mentions.push({ span: sp, entity: e.id, kind: 'name', rule: 'test/hand', confidence: 1 });
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const quotes: Quote[] = (layers.quotes ?? []).map((q) => {
    const content = [q.content, ...(q.more ?? [])].map((c) => locate(text, c));
    const speakerEntity = q.speaker ?? null;
    return {
      id: q.id,
      kind: q.kind ?? 'indirect',
      content,
      cue: q.cue ? locate(text, q.cue) : null,
      act: q.act,
      speaker: {
        mention: null,
        entity: speakerEntity,
        name: q.name !== undefined ? q.name : speakerEntity ? (byId.get(speakerEntity)?.name ?? null) : null,
        ...(q.anonymous !== undefined ? { anonymous: q.anonymous } : {}),
      },
      ...(q.negated !== undefined ? { negated: q.negated } : {}),
      rule: 'test/hand',
      confidence: 1,
    };
  });
  const actor = (a: ActorSpec): Actor => ({
    entity: a.entity ?? null,
    text: a.text ? locate(text, a.text) : null,
    code: a.code,
    country: a.country ?? null,
    sector: a.sector ?? null,
  });
  const events: Event[] = (layers.events ?? []).map((e) => {
    const trigger = locate(text, e.trigger);
    const sent = doc.sentences.find((s) => s.span.start <= trigger.start && trigger.start < s.span.end);
    return {
      id: e.id,
      source: actor(e.source),
      target: e.target ? actor(e.target) : null,
      cameo: e.cameo,
      plover: { type: e.plover, mode: null, context: null },
      goldstein: 0,
      quad: 1,
      negated: e.negated ?? false,
      modality: e.modality ?? (e.negated ? 'negated' : 'reported'),
      quote: e.quote ?? null,
      trigger,
      sentence: sent ? sent.span : trigger,
      rule: 'test/hand',
      confidence: 1,
    };
  });
  doc.entities = entities;
  doc.mentions = mentions;
  doc.quotes = quotes;
  doc.events = events;
  doc.claims = [];
  return doc;
}

/** Builds the hand document and its claims. */
export function claimsOf(text: string, layers: Layers): { doc: Doc; claims: Claim[] } {
  const doc = handDoc(text, layers);
  buildClaims(doc);
  return { doc, claims: doc.claims };
}

/** Positions as compact strings "holderName:stance:evidence", for exact assertions. */
export function positionsOf(c: Claim): string[] {
  return c.positions.map((p) => `${p.holderName}:${p.stance}:${p.evidence}`);
}
