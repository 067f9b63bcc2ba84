import type { Claim } from './claim.js';
import type { Diagnostic } from './diagnostic.js';
import type { Article, ArticleMeta, Block, Sentence, Token } from './document.js';
import type { Entity, Mention } from './entity.js';
import type { Event } from './event.js';
import type { Quote } from './quote.js';

/**
 * The working document every stage reads and adds to. The text is fixed; each stage fills its own layers and
 * never edits the text or an earlier stage's layers (entities may be refined by attribution only through
 * documented calls such as adding a role).
 */
export interface Doc {
  readonly text: string;
  readonly source: string | null;
  readonly meta: ArticleMeta;
  blocks: Block[];
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  events: Event[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}

export function emptyDoc(text: string, source: string | null, meta: ArticleMeta = {}): Doc {
  return {
    text,
    source,
    meta,
    blocks: [],
    article: {
      title: null,
      standfirst: null,
      summary: null,
      byline: null,
      dateline: null,
      published: meta.published ?? null,
      body: [],
      dropped: [],
    },
    sentences: [],
    tokens: [],
    entities: [],
    mentions: [],
    quotes: [],
    events: [],
    claims: [],
    diagnostics: [],
  };
}
