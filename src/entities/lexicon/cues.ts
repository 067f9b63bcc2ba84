// Data only. Small word lists the entity rules read. The reporting-verb lexicon with speech acts belongs to the
// attribution stage; this list only says "a person or body is speaking here" for telling names from other
// capitalised words, so it is surface forms, not lemmas.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../nlp/lexicon/calendar.js';

const VERBS = [
  'say',
  'tell',
  'add',
  'note',
  'argue',
  'point',
  'explain',
  'insist',
  'warn',
  'state',
  'claim',
  'deny',
  'accuse',
  'announce',
  'stress',
  'believe',
  'suggest',
  'ask',
  'reply',
  'respond',
  'comment',
  'acknowledge',
  'admit',
  'caution',
  'contend',
  'emphasize',
  'emphasise',
  'observe',
  'remark',
  'tweet',
  'urge',
  'declare',
  'confirm',
  'predict',
  'recall',
  'conclude',
  'continue',
  'assert',
  'reject',
  'agree',
  'disagree',
  'complain',
  'concede',
  'estimate',
  'want',
  'hope',
  'fear',
  'call',
  'describe',
  'dismiss',
  'label',
  'counter',
  'maintain',
  'joke',
  'quip',
  'recount',
  'testify',
];
const IRREGULAR = [
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'thinks',
  'thought',
  'felt',
  'feels',
  'saying',
  'spoke',
  'speaks',
];

function inflect(v: string): string[] {
  const ed = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`;
  const s = /(s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  return [v, s, ed];
}

/** Surface forms after a name that make it a speaker ("Sun points out", "Vieira told"). */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set([...VERBS.flatMap(inflect), ...IRREGULAR]);

/** Words right before a name that make it a person: "said Sun", "according to Gill", "including Yun Sun". */
export const PRE_NAME_CUES: ReadonlySet<string> = new Set(['said', 'says', 'asked', 'added', 'wrote', 'including']);

/** Prepositions that make a capital a place ("in Washington"), not its government ("Washington said"). */
export const LOCATIVE_PREPS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'across',
  'around',
  'throughout',
  'to',
  'into',
  'via',
  'inside',
  'between',
  'visiting',
  'visited',
]);

/** Prepositions linking a person to an employer: "Yun Sun from the Stimson Center", "de Bolle of the …". */
export const AFFILIATION_PREPS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'with']);

/** Lower-case particles inside personal names ("Monica de Bolle", "Lula da Silva", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'abu',
]);

/** Capitalised words that never begin or belong to a name: days, months, and headline filler. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  'i',
  'i’m',
  "i'm",
  'i’ll',
  "i'll",
  'i’ve',
  "i've",
  'i’d',
  "i'd",
  'god',
  'internet',
  'covid',
  'covid-19',
  'ok',
]);

/**
 * Capitalised adjectives of regions, blocs and faiths that are no country in the lexicon and never a person on their
 * own ("European", "Soviet", "Western"); inside an organisation name ("European Council") they stay.
 */
export const NON_NATIONAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'european',
  'soviet',
  'western',
  'eastern',
  'northern',
  'southern',
  'arab',
  'african',
  'asian',
  'latin',
  'islamic',
  'muslim',
  'christian',
  'catholic',
  'jewish',
  'nordic',
  'baltic',
  'balkan',
  'kurdish',
  'sunni',
  'shiite',
  'atlantic',
  'pacific',
  'gulf',
]);
