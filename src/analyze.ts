import { findQuotes } from './attribution/index.js';
import { buildClaims } from './claims/index.js';
import { findEntities } from './entities/index.js';
import { codeEvents } from './events/index.js';
import { extractHtml } from './html/index.js';
import {
  type AnalysisV1,
  AnalyzeOptions,
  type ArticleMeta,
  type Doc,
  defineStage,
  emptyDoc,
  type Layer,
  ParleyError,
  type ResolvedOptions,
  type Stage,
  type StageContext,
  toAnalysisJson,
} from './model/index.js';
import { annotateNlp } from './nlp/index.js';
import { cleanText } from './text/index.js';

/** What `analyze()` accepts: plain text, or an object with text or HTML and what is known about the article. */
export type AnalyzeInput =
  | string
  | {
      readonly text?: string;
      readonly html?: string;
      /** Where the input came from (a path or URL); echoed as `source`. */
      readonly source?: string | null;
      readonly meta?: ArticleMeta;
    };

/** The pipeline, in the one order data flows: text → nlp → entities → attribution → events → claims. */
export const STAGES: readonly Stage[] = [
  defineStage({ name: 'text', requires: [], assigns: ['blocks', 'article'], run: (d) => cleanText(d) }),
  defineStage({ name: 'nlp', requires: ['blocks'], assigns: ['sentences', 'tokens'], run: (d) => annotateNlp(d) }),
  defineStage({
    name: 'entities',
    requires: ['sentences', 'tokens'],
    assigns: ['entities', 'mentions'],
    run: (d) => findEntities(d),
  }),
  defineStage({
    name: 'attribution',
    requires: ['tokens', 'entities', 'mentions'],
    assigns: ['quotes'],
    run: (d) => findQuotes(d),
  }),
  defineStage({
    name: 'events',
    requires: ['tokens', 'entities', 'quotes'],
    assigns: ['events'],
    run: (d, ctx) => {
      if (ctx.options.events) codeEvents(d, ctx);
    },
  }),
  defineStage({
    name: 'claims',
    requires: ['quotes', 'events'],
    assigns: ['claims'],
    run: (d, ctx) => {
      if (ctx.options.claims) buildClaims(d);
    },
  }),
];

export interface Analyzer {
  readonly options: ResolvedOptions;
  /** The JSON contract object (what one `parley analyze --json` line holds). */
  analyze(input: AnalyzeInput): AnalysisV1;
  /** The working document with every layer, for callers that want tokens and sentences too. */
  analyzeDoc(input: AnalyzeInput): Doc;
}

/**
 * Builds an analyzer once (options resolved, resources compiled) and freezes it; call `analyze` on it many times.
 *
 * @example
 * const analyzer = createAnalyzer();
 * const out = analyzer.analyze('“We will not back down,” the minister said.');
 * out.quotes[0].speaker.name; // 'the minister'
 */
export function createAnalyzer(options: AnalyzeOptions = {}, extra: { actors?: unknown } = {}): Analyzer {
  const parsed = AnalyzeOptions.safeParse(options);
  if (!parsed.success)
    throw new ParleyError('PARLEY_ERR_OPTIONS', parsed.error.issues.map((i) => i.message).join('; '));
  const resolved = Object.freeze(parsed.data);
  const ctx: StageContext = Object.freeze({ options: resolved, actors: extra.actors });
  const analyzeDoc = (input: AnalyzeInput): Doc => {
    const doc = toDoc(input, resolved);
    for (const stage of STAGES) runGuarded(stage, doc, ctx);
    return doc;
  };
  return Object.freeze({
    options: resolved,
    analyzeDoc,
    analyze: (input: AnalyzeInput) => toAnalysisJson(analyzeDoc(input)),
  });
}

/**
 * A bug in one stage must not cost the article (an ingest would otherwise lose it): the stage's layers are emptied,
 * a `PARLEY_W_STAGE_FAILED` diagnostic says which stage and why, and the later stages run on what is left.
 * A ParleyError is a verdict on the input, not a bug, and still ends the analysis.
 */
function runGuarded(stage: Stage, doc: Doc, ctx: StageContext): void {
  try {
    stage.run(doc, ctx);
  } catch (e) {
    if (e instanceof ParleyError) throw e;
    const blank = emptyDoc(doc.text, doc.source, doc.meta) as unknown as Record<Layer, unknown>;
    const layers = doc as unknown as Record<Layer, unknown>;
    for (const layer of stage.assigns) layers[layer] = blank[layer];
    doc.diagnostics.push({
      severity: 'warning',
      code: 'PARLEY_W_STAGE_FAILED',
      stage: stage.name,
      span: null,
      reason: `the ${stage.name} stage failed (${e instanceof Error ? e.message : String(e)}); its layers are empty`,
    });
  }
}

function toDoc(input: AnalyzeInput, options: ResolvedOptions): Doc {
  const source = typeof input === 'string' ? null : (input.source ?? null);
  const name = source ?? 'input';
  let text: string;
  let meta: ArticleMeta = {};
  if (typeof input === 'string') text = input;
  else if (typeof input.text === 'string') {
    text = input.text;
    meta = { ...(input.meta ?? {}) };
  } else if (typeof input.html === 'string') {
    if (input.html.length > options.maxChars) {
      throw new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', name, String(options.maxChars));
    }
    const ex = extractHtml(input.html);
    text = ex.text;
    meta = { ...ex.meta, ...(input.meta ?? {}) };
  } else throw new ParleyError('PARLEY_ERR_INPUT_FORMAT', name, 'input has neither text nor html');
  if (text.length > options.maxChars)
    throw new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', name, String(options.maxChars));
  if (text.trim().length === 0) throw new ParleyError('PARLEY_ERR_INPUT_EMPTY', name);
  return emptyDoc(text, source, meta);
}

let shared: Analyzer | null = null;

/**
 * Analyses one article with default options. Pure: the same input gives the same output.
 *
 * @example
 * import { analyze } from 'parley';
 * const out = analyze(text);
 * for (const q of out.quotes) console.log(q.speaker.name, q.act, q.content.map((c) => c.text).join(' … '));
 */
export function analyze(input: AnalyzeInput, options?: AnalyzeOptions): AnalysisV1 {
  if (options) return createAnalyzer(options).analyze(input);
  shared ??= createAnalyzer();
  return shared.analyze(input);
}
