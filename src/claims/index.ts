export { buildClaims, isDisputed } from './build.js';
export { propositionSignature } from './proposition.js';
export {
  mergeSignatures,
  type PropositionSignature,
  predicateOverlap,
  type SameOptions,
  sameParties,
  samePredicate,
  sameProposition,
  signatureKeys,
} from './signature.js';
export { ACT_STANCE, stanceOf } from './stance.js';
