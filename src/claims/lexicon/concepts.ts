/**
 * Predicate concepts: lemmas that say the same thing about the same actors map to one key, so that "talks are under
 * way" and "no consultation is taking place" compare equal. Each concept names the PLOVER type an event coder would
 * give it (so a content signature can meet an event signature) and whether its participants are interchangeable
 * ("A negotiates with B" = "B negotiates with A"). Lemmas are wink lemmas (lower case); a concept's `phrase` renders a
 * readable proposition ("United States–China trade negotiations are under way").
 */
export interface ConceptEntry {
  readonly key: string;
  readonly plover: string | null;
  readonly symmetric: boolean;
  /** Lemmas (any part of speech) that express it. */
  readonly lemmas: readonly string[];
  /** Readable predicate for the proposition text, after the participants. */
  readonly phrase: string;
  readonly note: string;
}

export const CONCEPTS: readonly ConceptEntry[] = [
  {
    key: 'NEGOTIATE',
    plover: 'CONSULT',
    symmetric: true,
    lemmas: ['negotiation', 'negotiate', 'talk', 'talks', 'consultation', 'consult', 'dialogue', 'dialog', 'parley'],
    phrase: 'negotiations are under way',
    note: 'talks of any kind between parties; CAMEO 04x/046',
  },
  {
    key: 'MEET',
    plover: 'CONSULT',
    symmetric: true,
    lemmas: ['meet', 'meeting', 'summit', 'rendezvous'],
    phrase: 'meeting is taking place',
    note: 'a meeting or summit; CAMEO 043/044',
  },
  {
    key: 'AGREE',
    plover: 'AGREE',
    symmetric: true,
    lemmas: ['agree', 'agreement', 'deal', 'accord', 'pact', 'treaty', 'sign'],
    phrase: 'agreement is in place',
    note: 'an agreement reached or signed; CAMEO 057',
  },
  {
    key: 'CEASEFIRE',
    plover: 'AGREE',
    symmetric: true,
    lemmas: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
    phrase: 'ceasefire is in place',
    note: 'a truce; CAMEO 0871',
  },
  {
    key: 'COOPERATE',
    plover: 'COOPERATE',
    symmetric: true,
    lemmas: ['cooperate', 'cooperation', 'collaborate', 'collaboration', 'partnership', 'alliance'],
    phrase: 'cooperation is under way',
    note: 'diplomatic or material cooperation; CAMEO 05x/06x',
  },
  {
    key: 'FIGHT',
    plover: 'ASSAULT',
    symmetric: true,
    lemmas: ['clash', 'fight', 'fighting', 'battle', 'war', 'hostility'],
    phrase: 'fighting is under way',
    note: 'armed clashes, where either side may have started it; CAMEO 19x',
  },
  {
    key: 'ATTACK',
    plover: 'ASSAULT',
    symmetric: false,
    lemmas: ['attack', 'strike', 'airstrike', 'bomb', 'bombing', 'shell', 'shelling', 'assault', 'raid'],
    phrase: 'attacked',
    note: 'one side attacked the other; CAMEO 18x/19x',
  },
  {
    key: 'INVADE',
    plover: 'ASSAULT',
    symmetric: false,
    lemmas: ['invade', 'invasion', 'occupy', 'occupation', 'incursion'],
    phrase: 'invaded',
    note: 'CAMEO 192 occupy territory',
  },
  {
    key: 'SANCTION',
    plover: 'SANCTION',
    symmetric: false,
    lemmas: ['sanction', 'embargo', 'boycott', 'tariff', 'blockade'],
    phrase: 'sanctions',
    note: 'economic pressure; CAMEO 163',
  },
  {
    key: 'AID',
    plover: 'AID',
    symmetric: false,
    lemmas: ['aid', 'assistance', 'assist', 'donate', 'donation'],
    phrase: 'aids',
    note: 'material help; CAMEO 07x',
  },
  {
    key: 'MISLEAD',
    plover: null,
    symmetric: false,
    lemmas: ['mislead', 'misleading', 'deceive', 'deception', 'lie', 'misinform', 'disinformation', 'misinformation'],
    phrase: 'misleads',
    note: 'the content of a lying accusation',
  },
  {
    key: 'WITHDRAW',
    plover: 'RETREAT',
    symmetric: false,
    lemmas: ['withdraw', 'withdrawal', 'retreat', 'pullout'],
    phrase: 'withdraws',
    note: 'CAMEO 087 de-escalate militarily',
  },
  {
    key: 'DEPLOY',
    plover: 'MOBILIZE',
    symmetric: false,
    lemmas: ['deploy', 'deployment', 'mobilize', 'mobilise', 'mobilization', 'mobilisation'],
    phrase: 'deploys forces',
    note: 'CAMEO 15x exhibit force posture',
  },
  {
    key: 'ARREST',
    plover: 'SEIZE',
    symmetric: false,
    lemmas: ['arrest', 'detain', 'detention', 'seize', 'seizure'],
    phrase: 'arrested',
    note: 'CAMEO 173',
  },
  {
    key: 'SPY',
    plover: 'ACCUSE',
    symmetric: false,
    lemmas: ['spy', 'espionage', 'spying'],
    phrase: 'spies',
    note: 'content of espionage accusations',
  },
];

/** Lemma → concept, built once. */
export const CONCEPT_BY_LEMMA: ReadonlyMap<string, ConceptEntry> = (() => {
  const m = new Map<string, ConceptEntry>();
  for (const c of CONCEPTS) for (const l of c.lemmas) m.set(l, c);
  return m;
})();

export const CONCEPT_BY_KEY: ReadonlyMap<string, ConceptEntry> = new Map(CONCEPTS.map((c) => [c.key, c]));

/**
 * Words that only say that something is happening ("under way", "taking place", "ongoing", "are having talks"), and
 * support verbs that only carry an event noun ("launched an attack", "held talks", "waged war"). They are the default
 * frame of an eventive proposition, so they are neither predicates nor differences.
 */
export const HAPPENING_LEMMAS: ReadonlySet<string> = new Set([
  'underway',
  'ongoing',
  'happen',
  'occur',
  'continue',
  'continuing',
  'proceed',
  'have',
  'hold',
  'conduct',
  'engage',
  'exist',
  'progress',
  'headway',
  'advance',
  'launch',
  'stage',
  'mount',
  'wage',
  'carry',
]);

/** Two-word forms of HAPPENING (first lemma, second lower-case form). */
export const HAPPENING_BIGRAMS: ReadonlySet<string> = new Set([
  'take place',
  'under way',
  'in progress',
  'carry out',
  'go on',
]);

/** PLOVER types whose two participants are interchangeable, for event signatures. */
export const SYMMETRIC_PLOVER: ReadonlySet<string> = new Set(['CONSULT', 'COOPERATE', 'AGREE']);

/** CAMEO codes (prefixes) whose participants are interchangeable even where the PLOVER type is directional. */
export const SYMMETRIC_CAMEO_PREFIXES: readonly string[] = ['036', '04', '050', '057', '06', '0871'];
