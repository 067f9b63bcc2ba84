/**
 * Closed word lists the claims stage reads. Lemmas (wink, lower case) unless said otherwise. Each list says why it
 * exists; docs/claims.md shows them as tables.
 */

/** Negation words that flip the polarity of the clause they stand in. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
]);

/**
 * Nouns that wrap a proposition someone else holds: "reports of talks", "U.S. assertions of negotiations", "rumors
 * about talks". They are not predicates; their possessor ("U.S." in "U.S. assertions") asserts the wrapped
 * proposition (or denies it, for "denial").
 */
export const WRAPPERS: ReadonlyMap<string, 'assert' | 'deny'> = new Map([
  ['report', 'assert'],
  ['claim', 'assert'],
  ['assertion', 'assert'],
  ['allegation', 'assert'],
  ['suggestion', 'assert'],
  ['rumor', 'assert'],
  ['rumour', 'assert'],
  ['speculation', 'assert'],
  ['statement', 'assert'],
  ['story', 'assert'],
  ['idea', 'assert'],
  ['notion', 'assert'],
  ['accusation', 'assert'],
  ['charge', 'assert'],
  ['denial', 'deny'],
]);

/**
 * Verdict words: calling a proposition one of these denies it ("called the reports of a deal fake news").
 * They agree with a deny cue rather than flipping it. Only as adjectives and nouns, and never inside an accusation
 * ("accused X of spreading fabrications" asserts the wrongdoing); lying words are a concept (MISLEAD), not verdicts.
 */
export const VERDICTS: ReadonlySet<string> = new Set([
  'fake',
  'false',
  'untrue',
  'baseless',
  'groundless',
  'unfounded',
  'nonsense',
  'fabrication',
  'fabricated',
  'hoax',
  'fiction',
  'smear',
]);

/** Verbs inside a content that deny what follows them ("Beijing is contesting the idea that …"). */
export const CONTENT_DENY_VERBS: ReadonlySet<string> = new Set([
  'deny',
  'reject',
  'dismiss',
  'refute',
  'rebut',
  'rebuff',
  'dispute',
  'contest',
  'contradict',
  'disavow',
  'repudiate',
]);

/**
 * Cue lemmas that deny their complement. Only under one of these does a negation inside an indirect content make a
 * double negative ("denied that no talks were held" asserts talks); a deny act with any other cue ("asserts no
 * talks …") took its act from the content's own negation and must not be flipped twice.
 */
export const DENY_CUES: ReadonlySet<string> = CONTENT_DENY_VERBS;

/** Cue lemmas that voice doubt rather than denial ("officials doubt that talks will resume"). */
export const DOUBT_CUES: ReadonlySet<string> = new Set(['doubt', 'skeptical', 'sceptical', 'wonder', 'question']);

/** Hedges in a content that turn an assertion into doubt ("talks may be under way", "it is unclear whether …"). */
export const HEDGES: ReadonlySet<string> = new Set([
  'may',
  'might',
  'perhaps',
  'possibly',
  'maybe',
  'unclear',
  'uncertain',
  'doubtful',
  'unlikely',
  'questionable',
  'doubt',
]);

/** Deontic modals: a content sentence built on one is a demand, not a proposition ("The U.S. should stop …"). */
export const DIRECTIVE_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought']);

/**
 * Lemmas that carry no predicate: copulas and light verbs, speech verbs, time words, generic participant nouns
 * ("the two sides"), quantity and hedge words. Dropped before predicates are compared.
 */
export const STOP_LEMMAS: ReadonlySet<string> = new Set([
  'be',
  'do',
  'get',
  'make',
  'go',
  'come',
  'become',
  'seem',
  'appear',
  'remain',
  'keep',
  'let',
  'put',
  'take',
  'give',
  'say',
  'tell',
  'state',
  'assert',
  'announce',
  'add',
  'note',
  'argue',
  'believe',
  'think',
  'know',
  'claim',
  'report',
  'suggest',
  'indicate',
  'insist',
  'confirm',
  'label',
  'call',
  'describe',
  'thing',
  'way',
  'time',
  'lot',
  'kind',
  'sort',
  'part',
  'fact',
  'matter',
  'issue',
  'side',
  'party',
  'country',
  'nation',
  'government',
  'official',
  'leader',
  'people',
  'day',
  'week',
  'month',
  'year',
  'today',
  'yesterday',
  'tomorrow',
  'now',
  'moment',
  'currently',
  'also',
  'still',
  'yet',
  'just',
  'even',
  'very',
  'well',
  'likely',
  'probably',
  'really',
  'any',
  'some',
  'other',
  'such',
  'news',
  'public',
  'publicly',
  'place',
]);

/**
 * Nouns that name who acts rather than what happens ("Sudanese troops attacked …", "rebel fighters seized …"): the
 * actor is already a party, so they are not predicates.
 */
export const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'troop',
  'soldier',
  'force',
  'army',
  'military',
  'militia',
  'militant',
  'rebel',
  'fighter',
  'police',
  'officer',
  'authority',
  'administration',
  'ministry',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'diplomat',
  'negotiator',
  'envoy',
]);

/** Tokens that start a new clause after a comma: relatives, subordinators, contrast. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'although',
  'though',
  'but',
  'despite',
  'because',
  'since',
  'after',
  'before',
  'when',
  'as',
  'adding',
  'saying',
]);

/** Role nouns of people who speak for a state (their country becomes a party to symmetric propositions). */
export const STATE_ROLES: ReadonlySet<string> = new Set([
  'president',
  'prime minister',
  'premier',
  'minister',
  'foreign minister',
  'secretary',
  'secretary of state',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'diplomat',
  'negotiator',
  'official',
  'chancellor',
  'king',
  'queen',
  'emir',
  'leader',
  'general',
  'commander',
  'governor',
  'senator',
  'representative',
  'vice president',
]);

/** Heads of organisation names that speak for a state ("Foreign Ministry", "Trump administration"). */
export const STATE_ORG_HEADS: readonly string[] = [
  'ministry',
  'administration',
  'government',
  'department',
  'office',
  'embassy',
  'cabinet',
  'council',
  'parliament',
  'congress',
  'senate',
  'kremlin',
  'white house',
  'pentagon',
  'army',
  'military',
  'navy',
  'forces',
  'presidency',
];

/** CAMEO sectors that act for a state. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);

/** PLOVER types that describe speech rather than a reported deed (the quote itself, not its content). */
export const SPEECH_PLOVER: ReadonlySet<string> = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT', 'DISAPPROVE']);
