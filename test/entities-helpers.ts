import { findEntities } from '../src/entities/index.js';
import { type Doc, type Entity, emptyDoc } from '../src/model/index.js';
import { annotateNlp } from '../src/nlp/index.js';
import { cleanText } from '../src/text/index.js';

/** The pipeline up to and including the entities stage (the same stage functions `analyze` runs, in order). */
export function entityDoc(text: string): Doc {
  const doc = emptyDoc(text, null);
  cleanText(doc);
  annotateNlp(doc);
  findEntities(doc);
  return doc;
}

/** Surface texts of an entity's mentions. */
export function texts(doc: Doc, e: Entity): string[] {
  return e.mentions.map((m) => doc.text.slice(m.start, m.end));
}

export function byName(doc: Doc, name: string): Entity {
  const e = doc.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}: ${doc.entities.map((x) => x.name).join(', ')}`);
  return e;
}

/** Compact view for assertions: "type name [country] roles". */
export function summary(doc: Doc): string[] {
  return doc.entities.map(
    (e) =>
      `${e.type} ${e.name}${e.country ? ` [${e.country}]` : ''}${e.roles.length ? ` (${e.roles.join(', ')})` : ''}`,
  );
}
