/**
 * The JSON contract of `parley analyze --json` and of `analyze()`: defined once, here. It only grows: a change adds
 * optional fields, or raises the version in `schema`. Documented in docs/json-contract.md.
 */
import { z } from 'zod';
import { SPEECH_ACTS } from './quote.js';

export const SCHEMA_ID = 'parley.analysis/1' as const;

/** A stand-off span: UTF-16 offsets into `text` (end exclusive), with the covered text for convenience. */
export const SpanJson = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type SpanJson = z.infer<typeof SpanJson>;

export const DroppedJson = z.object({
  span: SpanJson,
  reason: z.enum(['repeat', 'boilerplate', 'empty']),
  of: SpanJson.nullable(),
});

export const ArticleJson = z.object({
  title: SpanJson.nullable(),
  standfirst: SpanJson.nullable(),
  summary: SpanJson.nullable(),
  byline: SpanJson.nullable(),
  dateline: SpanJson.nullable(),
  published: z.string().nullable(),
  body: z.array(SpanJson),
  dropped: z.array(DroppedJson),
});

export const MetaJson = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  externalId: z.string().nullable(),
});

export const EntityJson = z.object({
  id: z.string(),
  type: z.enum(['person', 'organization', 'country', 'place', 'group']),
  name: z.string(),
  country: z.string().length(3).nullable(),
  roles: z.array(z.string()),
  affiliation: z.string().nullable(),
  mentions: z.array(SpanJson),
  sector: z.string().nullable().optional(),
});

export const SpeechActJson = z.enum(SPEECH_ACTS);

export const QuoteJson = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'partial', 'mixed', 'indirect']),
  content: z.array(SpanJson).min(1),
  cue: SpanJson.nullable(),
  act: SpeechActJson,
  speaker: z.object({
    mention: SpanJson.nullable(),
    entity: z.string().nullable(),
    name: z.string().nullable(),
    anonymous: z.boolean().optional(),
  }),
  negated: z.boolean().optional(),
  rule: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export const ActorJson = z.object({
  entity: z.string().nullable(),
  text: SpanJson.nullable(),
  code: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
});

export const EventJson = z.object({
  id: z.string(),
  source: ActorJson,
  target: ActorJson.nullable(),
  cameo: z.string(),
  plover: z.object({ type: z.string(), mode: z.string().nullable(), context: z.string().nullable() }),
  goldstein: z.number(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  negated: z.boolean(),
  modality: z.enum(['asserted', 'negated', 'hypothetical', 'future', 'demanded', 'reported']),
  quote: z.string().nullable(),
  trigger: SpanJson,
  sentence: SpanJson,
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  group: z.string().optional(),
});

export const ClaimJson = z.object({
  id: z.string(),
  proposition: z.object({ text: z.string(), event: z.string().nullable() }),
  positions: z.array(
    z.object({
      holder: z.string().nullable(),
      holderName: z.string(),
      stance: z.enum(['assert', 'deny', 'question', 'doubt']),
      evidence: z.string(),
    }),
  ),
  disputed: z.boolean(),
  signature: z
    .object({
      predicates: z.array(z.string()),
      concept: z.string().nullable(),
      plover: z.string().nullable(),
      cameo: z.string().nullable(),
      symmetric: z.boolean(),
      agents: z.array(z.string()),
      patients: z.array(z.string()),
      topics: z.array(z.string()),
      open: z.boolean(),
      anchored: z.boolean(),
      details: z.array(z.string()).optional(),
      mood: z.enum(['actual', 'future', 'demanded', 'hypothetical']),
    })
    .optional(),
});

export const DiagnosticJson = z.object({
  severity: z.enum(['info', 'warning']),
  code: z.string(),
  stage: z.string(),
  span: SpanJson.nullable(),
  reason: z.string(),
});

export const AnalysisV1 = z.object({
  schema: z.literal(SCHEMA_ID),
  source: z.string().nullable(),
  text: z.string(),
  meta: MetaJson,
  article: ArticleJson,
  entities: z.array(EntityJson),
  quotes: z.array(QuoteJson),
  events: z.array(EventJson),
  claims: z.array(ClaimJson),
  diagnostics: z.array(DiagnosticJson),
});
export type AnalysisV1 = z.infer<typeof AnalysisV1>;
export type EntityJson = z.infer<typeof EntityJson>;
export type QuoteJson = z.infer<typeof QuoteJson>;
export type EventJson = z.infer<typeof EventJson>;
export type ClaimJson = z.infer<typeof ClaimJson>;
