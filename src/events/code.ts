import type { Doc, StageContext } from '../model/index.js';

/** CAMEO/PLOVER events with actors, modality and Goldstein score. */
export function codeEvents(doc: Doc, _ctx: StageContext): void {
  doc.events = [];
}
