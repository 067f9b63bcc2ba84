import type { Doc } from '../model/index.js';

/** Entities and mentions: countries, places, organisations, people and groups, linked within the document. */
export function findEntities(doc: Doc): void {
  doc.entities = [];
  doc.mentions = [];
}
