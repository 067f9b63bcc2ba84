// Data only. Small word lists the entity rules read. The reporting-verb lexicon with speech acts belongs to the
// attribution stage; this list only says "a person or body is speaking here" for telling names from other
// capitalised words, so it is surface forms, not lemmas.
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
];
const IRREGULAR = ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'thinks', 'thought', 'felt', 'feels', 'saying'];

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
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
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
