/**
 * Dialect-neutral conversions between the analysis contract and table rows, shared by every Store implementation.
 */
import type { AnalysisV1, SpanJson } from '../model/index.js';
import type { ArticleRecord } from './types.js';

/** What joins the pieces of a split quote in the `content` column. */
export const QUOTE_JOINER = ' … ';

/**
 * The analysis as stored in `articles.analysis`: without its text (the text has its own column), and every span
 * `{start, end, text}` whose text is the slice it covers written as `{s, e}` — the span texts are most of an
 * analysis's JSON, and the text already holds them. `analysisFromColumns` restores the exact object.
 */
export function analysisToColumn(a: AnalysisV1): string {
  const { text, ...rest } = a;
  return JSON.stringify(rest, function (this: unknown, _key: string, v: unknown) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as { start?: unknown; end?: unknown; text?: unknown };
      if (
        typeof o.start === 'number' &&
        typeof o.end === 'number' &&
        typeof o.text === 'string' &&
        Object.keys(o).length === 3 &&
        text.slice(o.start, o.end) === o.text
      )
        return { s: o.start, e: o.end };
    }
    return v;
  });
}

/** Rebuilds the AnalysisV1 object from the two columns. */
export function analysisFromColumns(text: string, analysis: string): AnalysisV1 {
  const rest = JSON.parse(analysis, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as { s?: unknown; e?: unknown };
      if (typeof o.s === 'number' && typeof o.e === 'number' && Object.keys(o).length === 2)
        return { start: o.s, end: o.e, text: text.slice(o.s, o.e) };
    }
    return v;
  }) as Omit<AnalysisV1, 'text'>;
  return { ...rest, text } as AnalysisV1;
}

export const quoteContent = (spans: readonly SpanJson[]): string => spans.map((s) => s.text).join(QUOTE_JOINER);

export const spansColumn = (spans: readonly SpanJson[]): string => JSON.stringify(spans.map((s) => [s.start, s.end]));

/** The article-level columns of a record (everything but the id and the copy/story links). */
export function articleColumns(r: ArticleRecord, ingestedAt: string) {
  const a = r.analysis;
  return {
    external_id: r.externalId,
    source: r.source,
    url: r.url,
    origin: r.origin,
    content_hash: r.contentHash,
    body_hash: r.bodyHash,
    title: a.meta.title ?? a.article.title?.text ?? null,
    published: a.meta.published ?? a.article.published ?? null,
    language: a.meta.language ?? null,
    publisher: a.meta.publisher ?? null,
    authors: JSON.stringify(a.meta.authors ?? []),
    fetched_at: r.fetchedAt,
    ingested_at: ingestedAt,
    text: a.text,
    analysis: analysisToColumn(a),
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Signature ⇄ bytes (little-endian uint32s) for the `signatures.minhash` column. */
export function signatureToBytes(sig: Uint32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(sig.buffer.slice(sig.byteOffset, sig.byteOffset + sig.byteLength));
  const out = new Uint8Array(sig.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < sig.length; i++) view.setUint32(i * 4, sig[i]!, true);
  return out;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const n = Math.floor(bytes.byteLength / 4);
  // On a little-endian machine the bytes already are the array: one copy (which also aligns them), no decoding.
  if (LITTLE_ENDIAN) return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + n * 4));
  const out = new Uint32Array(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < n; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** Escapes a user query for FTS5 when it is not valid FTS syntax: every word becomes a quoted term. */
export function quoteFtsTerms(query: string): string {
  const words = query.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}
