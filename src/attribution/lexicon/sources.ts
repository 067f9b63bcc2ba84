/** Word lists the attribution rules consult: pronouns, anonymous sources, evidence subjects, falsity words. */

/** Personal pronouns that can be a speaker, with what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'thing' | 'self'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'group'],
  ['it', 'thing'],
  ['i', 'self'],
  ['we', 'self'],
  ['you', 'self'],
]);

/** Relative pronouns that stand for the speaker in "X, who said …". */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Head nouns of anonymous sources when they have no name in the same NP. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'aide',
  'aides',
  'person',
  'people',
  'insider',
  'insiders',
  'diplomat',
  'diplomats',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'staffer',
  'staffers',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'observer',
  'observers',
]);

/** Determiners that make a source indefinite ("a senior official", "two people familiar with …"). */
export const INDEFINITE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'other',
  'another',
  'multiple',
  'various',
]);

/** Subjects for which "show", "find", "indicate" report a finding. */
export const EVIDENCE_SUBJECTS: ReadonlySet<string> = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'studies',
  'data',
  'report',
  'reports',
  'record',
  'records',
  'analysis',
  'research',
  'figures',
  'numbers',
  'results',
  'emails',
  'documents',
  'investigation',
  'review',
  'audit',
  'filings',
  'statistics',
  'estimates',
]);

/** Words that, as what a claim is labeled, make the labeling a denial ("labeled the reports as fake news"). */
export const FALSITY_WORDS: ReadonlySet<string> = new Set([
  'fake',
  'false',
  'lie',
  'lies',
  'lying',
  'hoax',
  'baseless',
  'untrue',
  'fabricated',
  'fabrication',
  'nonsense',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'groundless',
  'unfounded',
  'misinformation',
  'disinformation',
  'smear',
  'fiction',
  'fantasy',
  'propaganda',
  'slander',
]);

/** Nouns naming talks or claims: a negated statement about them is a denial ("NOT having any negotiation"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'negotiation',
  'negotiations',
  'talks',
  'talk',
  'consultation',
  'consultations',
  'report',
  'reports',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'deal',
  'agreement',
  'contact',
  'contacts',
  'meeting',
  'meetings',
]);

/** Nouns that carry an attribution ("X's claim that …", "the assertion that …"). */
export const CUE_NOUNS: ReadonlyMap<string, 'assert' | 'deny' | 'accuse' | 'warn' | 'promise' | 'believe' | 'demand'> =
  new Map([
    ['claim', 'assert'],
    ['claims', 'assert'],
    ['assertion', 'assert'],
    ['assertions', 'assert'],
    ['argument', 'assert'],
    ['statement', 'assert'],
    ['insistence', 'assert'],
    ['contention', 'assert'],
    ['suggestion', 'assert'],
    ['allegation', 'accuse'],
    ['allegations', 'accuse'],
    ['accusation', 'accuse'],
    ['accusations', 'accuse'],
    ['charge', 'accuse'],
    ['denial', 'deny'],
    ['warning', 'warn'],
    ['promise', 'promise'],
    ['pledge', 'promise'],
    ['belief', 'believe'],
    ['view', 'believe'],
    ['demand', 'demand'],
  ]);
