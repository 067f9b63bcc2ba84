/** Across articles: one corpus entity per person or organisation, and corpus-wide disputes. */
export {
  type ArticleClaims,
  type CorpusDispute,
  type CorpusDisputeOptions,
  type CorpusPosition,
  corpusDisputes,
} from './disputes.js';
export {
  corpusEntityKey,
  EntityLinker,
  type EntityLinkerJson,
  type LinkableEntity,
  type LinkedEntity,
} from './entity-linker.js';
export { normalizeEntityName } from './names.js';
export {
  type KeyedClaim,
  propositionKey,
  propositionTerms,
  type SignatureEvent,
  sameCorpusProposition,
} from './proposition.js';
