import type { Doc } from '../model/index.js';

/** Claims: propositions with the stance of every holder; disputed when one asserts what another denies. */
export function buildClaims(doc: Doc): void {
  doc.claims = [];
}
