import type { Doc, Event, Span } from '../model/index.js';
import { holderInfo } from './holders.js';
import { indexDoc, readClause, segments, tokensIn } from './read.js';
import type { PropositionSignature } from './signature.js';
import { signatureOf } from './statements.js';

export interface SignatureContext {
  /** Entity id of the speaker, whose country is an implicit party of a symmetric proposition when it speaks for a state. */
  readonly speaker?: string | null;
  /** An event coded from the content, which anchors the signature. */
  readonly event?: Event | null;
}

/**
 * The signature of the first proposition in a content (the first sentence with a predicate), or null when it has
 * none. Builds the document index each call: for many contents of one document, use buildClaims.
 *
 * @example
 * const doc = createAnalyzer().analyzeDoc('China and the U.S. are not holding talks.');
 * propositionSignature(doc, [{ start: 0, end: doc.text.length }]);
 * // { predicates: ['NEGOTIATE'], agents: ['CHN', 'USA'], symmetric: true, open: false, … }
 */
export function propositionSignature(
  doc: Doc,
  content: readonly Span[],
  ctx: SignatureContext = {},
): PropositionSignature | null {
  const ix = indexDoc(doc);
  const entity = ctx.speaker ? ix.entityById.get(ctx.speaker) : undefined;
  const speaker = holderInfo(entity, entity?.name ?? null, ix.entityById);
  for (const seg of segments(doc, tokensIn(doc, content))) {
    const c = readClause(ix, seg);
    if (c.predicates.size === 0) continue;
    return signatureOf(ix, c, { speaker, event: ctx.event ?? null, accused: [] });
  }
  return null;
}
