import type { Doc } from './doc.js';
import { type AnalysisV1, SCHEMA_ID, type SpanJson } from './schema.js';
import type { Span } from './span.js';

/** The JSON form of an analysed document: every span gains its `text`. */
export function toAnalysisJson(doc: Doc): AnalysisV1 {
  const text = doc.text;
  const sj = (s: Span): SpanJson => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const sn = (s: Span | null): SpanJson | null => (s ? sj(s) : null);
  const a = doc.article;
  const m = doc.meta;
  return {
    schema: SCHEMA_ID,
    source: doc.source,
    text,
    meta: {
      title: m.title ?? null,
      authors: m.authors ?? [],
      published: m.published ?? null,
      publisher: m.publisher ?? null,
      url: m.url ?? null,
      language: m.language ?? null,
      externalId: m.externalId ?? null,
    },
    article: {
      title: sn(a.title),
      standfirst: sn(a.standfirst),
      summary: sn(a.summary),
      byline: sn(a.byline),
      dateline: sn(a.dateline),
      published: a.published,
      body: a.body.map(sj),
      dropped: a.dropped.map((d) => ({ span: sj(d.span), reason: d.reason, of: sn(d.of) })),
    },
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      country: e.country,
      roles: e.roles,
      affiliation: e.affiliation,
      mentions: e.mentions.map(sj),
      ...(e.sector !== undefined ? { sector: e.sector } : {}),
    })),
    quotes: doc.quotes.map((q) => ({
      id: q.id,
      kind: q.kind,
      content: q.content.map(sj),
      cue: sn(q.cue),
      act: q.act,
      speaker: {
        mention: sn(q.speaker.mention),
        entity: q.speaker.entity,
        name: q.speaker.name,
        ...(q.speaker.anonymous !== undefined ? { anonymous: q.speaker.anonymous } : {}),
      },
      ...(q.negated !== undefined ? { negated: q.negated } : {}),
      rule: q.rule,
      confidence: q.confidence,
    })),
    events: doc.events.map((e) => ({
      id: e.id,
      source: { ...e.source, text: sn(e.source.text) },
      target: e.target ? { ...e.target, text: sn(e.target.text) } : null,
      cameo: e.cameo,
      plover: { type: e.plover.type, mode: e.plover.mode, context: e.plover.context },
      goldstein: e.goldstein,
      quad: e.quad,
      negated: e.negated,
      modality: e.modality,
      quote: e.quote,
      trigger: sj(e.trigger),
      sentence: sj(e.sentence),
      rule: e.rule,
      confidence: e.confidence,
      ...(e.group !== undefined ? { group: e.group } : {}),
    })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      proposition: { text: c.proposition.text, event: c.proposition.event },
      positions: c.positions.map((p) => ({ ...p })),
      disputed: c.disputed,
      ...(c.signature
        ? {
            signature: {
              predicates: [...c.signature.predicates],
              ...(c.signature.details ? { details: [...c.signature.details] } : {}),
              concept: c.signature.concept,
              plover: c.signature.plover,
              cameo: c.signature.cameo,
              symmetric: c.signature.symmetric,
              agents: [...c.signature.agents],
              patients: [...c.signature.patients],
              topics: [...c.signature.topics],
              open: c.signature.open,
              anchored: c.signature.anchored,
              mood: c.signature.mood,
            },
          }
        : {}),
    })),
    diagnostics: doc.diagnostics.map((d) => ({ ...d, span: sn(d.span) })),
  };
}
