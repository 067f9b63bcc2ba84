/**
 * Export shapes: one flat record per event, quote or claim (CSV and JSON Lines share the columns), and PLOVER-style
 * event records. The columns are documented in docs/cli-corpus.md; they only grow.
 */
import type { ClaimJson, EventJson, QuoteJson } from '../model/index.js';
import { QUOTE_JOINER } from './rows.js';
import type { ExportRow } from './types.js';

export const EXPORT_COLUMNS = [
  'kind',
  'article_id',
  'external_id',
  'source',
  'url',
  'published',
  'story_id',
  'item_id',
  'actor',
  'actor_entity',
  'actor_code',
  'actor_country',
  'target',
  'target_entity',
  'target_code',
  'target_country',
  'act',
  'cameo',
  'plover_type',
  'plover_mode',
  'plover_context',
  'goldstein',
  'quad',
  'modality',
  'negated',
  'disputed',
  'positions',
  'ref',
  'text',
  'cue',
  'start',
  'end',
  'rule',
  'confidence',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRecord = Record<ExportColumn, string | number | boolean | null>;

const blank = (): ExportRecord => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])) as unknown as ExportRecord;

/** The flat record of one exported item. */
export function exportRecord(row: ExportRow): ExportRecord {
  const r = blank();
  r.kind = row.kind;
  r.article_id = row.articleId;
  r.external_id = row.externalId;
  r.source = row.source;
  r.url = row.url;
  r.published = row.published;
  r.story_id = row.storyId;
  if (row.kind === 'quote') {
    const q = row.item as unknown as QuoteJson;
    r.item_id = q.id;
    r.actor = q.speaker.name;
    r.actor_entity = q.speaker.entity;
    r.act = q.act;
    r.negated = q.negated ?? false;
    r.text = q.content.map((c) => c.text).join(QUOTE_JOINER);
    r.cue = q.cue?.text ?? null;
    r.start = q.content[0]?.start ?? null;
    r.end = q.content[q.content.length - 1]?.end ?? null;
    r.rule = q.rule ?? null;
    r.confidence = q.confidence ?? null;
  } else if (row.kind === 'event') {
    const e = row.item as unknown as EventJson;
    r.item_id = e.id;
    r.actor = e.source.text?.text ?? null;
    r.actor_entity = e.source.entity;
    r.actor_code = e.source.code;
    r.actor_country = e.source.country;
    r.target = e.target?.text?.text ?? null;
    r.target_entity = e.target?.entity ?? null;
    r.target_code = e.target?.code ?? null;
    r.target_country = e.target?.country ?? null;
    r.cameo = e.cameo;
    r.plover_type = e.plover.type;
    r.plover_mode = e.plover.mode;
    r.plover_context = e.plover.context;
    r.goldstein = e.goldstein;
    r.quad = e.quad;
    r.modality = e.modality;
    r.negated = e.negated;
    r.ref = e.quote;
    r.text = e.sentence.text;
    r.cue = e.trigger.text;
    r.start = e.trigger.start;
    r.end = e.trigger.end;
    r.rule = e.rule;
    r.confidence = e.confidence;
  } else {
    const c = row.item as unknown as ClaimJson;
    r.item_id = c.id;
    r.disputed = c.disputed;
    r.positions = c.positions.map((p) => `${p.holderName}: ${p.stance}`).join('; ');
    r.ref = c.proposition.event;
    r.text = c.proposition.text;
  }
  return r;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = (): string => EXPORT_COLUMNS.join(',');

export const csvLine = (r: ExportRecord): string => EXPORT_COLUMNS.map((c) => csvField(r[c])).join(',');

/**
 * A PLOVER-style event record (field names as in the PLOVER/POLECAT data format), with Parley's CAMEO code,
 * evidence and provenance added. Only events have one; quotes and claims return null.
 */
export function ploverRecord(row: ExportRow): Record<string, unknown> | null {
  if (row.kind !== 'event') return null;
  const e = row.item as unknown as EventJson;
  return {
    event_id: `${row.articleId}-${e.id}`,
    event_date: row.published ? row.published.slice(0, 10) : null,
    event_type: e.plover.type,
    event_mode: e.plover.mode,
    event_context: e.plover.context,
    event_intensity: e.goldstein,
    quad_class: e.quad,
    cameo: e.cameo,
    negated: e.negated,
    modality: e.modality,
    source_actor: e.source.text?.text ?? e.source.code,
    source_actor_code: e.source.code,
    source_agent: e.source.sector,
    source_country: e.source.country,
    target_actor: e.target ? (e.target.text?.text ?? e.target.code) : null,
    target_actor_code: e.target?.code ?? null,
    target_agent: e.target?.sector ?? null,
    target_country: e.target?.country ?? null,
    event_text: e.sentence.text,
    trigger: e.trigger.text,
    quote_id: e.quote,
    story_id: row.storyId,
    article_id: row.articleId,
    external_id: row.externalId,
    publisher: row.source,
    url: row.url,
    story_date: row.published,
    rule: e.rule,
    confidence: e.confidence,
  };
}
