import type { Doc } from '../model/index.js';
import { tokenForms } from '../nlp/index.js';
import type { Draft } from './draft.js';
import { linkDrafts } from './link.js';
import { newScratch, recognizeSentence } from './recognize.js';

/** Per-sentence tables shared by every call: the stage is synchronous, and reusing them spares the garbage. */
const SCRATCH = newScratch();

/**
 * Entities and mentions: countries, places, organisations, people and groups, linked within the document.
 * Fills `doc.entities` (ids e1, e2, … in order of first mention) and `doc.mentions` (text order, never
 * overlapping). One pass over the tokens of each sentence, then one linking pass over the proposed mentions.
 *
 * @example
 * const doc = createAnalyzer().analyzeDoc('Spokesman Guo Jiakun said China would not back down.');
 * doc.entities.map((e) => e.name); // ['Guo Jiakun', 'China']
 */
export function findEntities(doc: Doc): void {
  const drafts: Draft[] = [];
  const scratch = SCRATCH;
  scratch.forms = tokenForms(doc.tokens);
  for (const s of doc.sentences) {
    if (s.tokenEnd > s.tokenStart) recognizeSentence(doc, s.tokenStart, s.tokenEnd, s.block, drafts, scratch);
  }
  // Let go of this document's drafts; the chunk objects stay for the next document.
  scratch.byEnd.length = 0;
  scratch.pending.clear();
  scratch.forms = undefined;
  const { entities, mentions } = linkDrafts(doc.text, drafts);
  doc.entities = entities;
  doc.mentions = mentions;
}
