/**
 * Multi-word cues: a verb lemma followed by fixed words ("talk about", "lash out at", "weigh in on"), and adjectives
 * after "be" ("is critical of", "was confident that"). The content is what follows the last word. Authored for Parley.
 */
import type { SpeechAct } from '../../model/index.js';
import type { CueEntry } from './reporting-verbs.js';

type Row = readonly [phrase: string, act: SpeechAct, note: string];

const VERB_PHRASES: readonly Row[] = [
  ['talk about', 'assert', 'topic of speech'],
  ['speak about', 'assert', 'topic of speech'],
  ['speak of', 'assert', 'topic of speech'],
  ['write about', 'assert', 'topic of writing'],
  ['comment on', 'assert', 'topic of a comment'],
  ['weigh in on', 'assert', 'opinion given'],
  ['elaborate on', 'assert', 'topic of speech'],
  ['testify about', 'assert', 'under oath'],
  ['boast about', 'assert', 'self-praise'],
  ['brag about', 'assert', 'self-praise'],
  ['joke about', 'assert', 'humour'],
  ['refer to', 'assert', 'mention'],
  ['point to', 'assert', 'evidence cited'],
  ['allude to', 'assert', 'indirect mention'],
  ['focus on', 'assert', 'topic of speech'],
  ['touch on', 'assert', 'topic of speech'],
  ['dwell on', 'assert', 'topic of speech'],
  ['insist on', 'demand', 'insistence'],
  ['respond to', 'assert', 'reply'],
  ['react to', 'assert', 'reply'],
  ['reply to', 'assert', 'reply'],
  ['complain about', 'criticise', 'grievance'],
  ['rail against', 'criticise', 'criticism'],
  ['speak out against', 'criticise', 'criticism'],
  ['lash out at', 'criticise', 'criticism'],
  ['take aim at', 'criticise', 'criticism'],
  ['push back against', 'criticise', 'resistance'],
  ['push back on', 'criticise', 'resistance'],
  ['object to', 'criticise', 'objection'],
  ['argue against', 'criticise', 'opposition'],
  ['warn against', 'warn', 'warning'],
  ['warn about', 'warn', 'warning'],
  ['warn of', 'warn', 'warning'],
  ['campaign against', 'criticise', 'opposition'],
  ['argue for', 'praise', 'support'],
  ['advocate for', 'praise', 'support'],
  ['side with', 'praise', 'support'],
  ['agree with', 'concede', 'agreement'],
  ['disagree with', 'criticise', 'disagreement'],
  ['stand by', 'praise', 'support'],
  ['apologize for', 'concede', 'apology'],
  ['apologise for', 'concede', 'apology'],
  ['push for', 'demand', 'demand'],
  ['press for', 'demand', 'demand'],
  ['ask for', 'demand', 'request'],
  ['appeal for', 'demand', 'request'],
  ['lobby for', 'demand', 'request'],
  ['worry about', 'believe', 'concern'],
  ['care about', 'believe', 'concern'],
  ['think about', 'believe', 'thought'],
  ['ask about', 'question', 'question'],
  ['wonder about', 'question', 'open question'],
  ['express concern about', 'warn', 'concern'],
  ['express support for', 'praise', 'support'],
  ['express opposition to', 'criticise', 'opposition'],
  ['make clear', 'assert', 'emphasis'],
  ['make it clear', 'assert', 'emphasis (session 6)'],
  ['make no secret of', 'assert', 'open admission (session 6)'],
  ['take a look at', 'assert', 'topic of a review (session 6)'],
  ['talk up', 'praise', 'promotion (session 6)'],
  ['talk of', 'assert', 'topic of speech (session 6)'],
  ['speak out for', 'praise', 'public support (session 6)'],
  ['speak out in favor of', 'praise', 'public support (session 6)'],
  ['speak in favor of', 'praise', 'public support (session 6)'],
  ['look forward to', 'intend', 'anticipation (session 6)'],
  ['shrug off', 'deny', 'phrasal (session 6)'],
  ['brush off', 'deny', 'phrasal (session 6)'],
  ['side with', 'praise', 'phrasal (session 6)'],
  ['fire back', 'criticise', 'phrasal (session 6)'],
  ['press for', 'demand', 'phrasal (session 6)'],
  ['rule out', 'deny', 'excluded an option (session 6 round 2)'],
  ['rule against', 'criticise', 'a court or board deciding against (session 6 round 2)'],
  ['rule in favor of', 'praise', 'a court or board deciding for (session 6 round 2)'],
  ['single out', 'criticise', 'phrasal (session 6)'],
  ['spell out', 'assert', 'phrasal (session 6)'],
  ['warn against', 'warn', 'phrasal (session 6)'],
  ['caution against', 'warn', 'phrasal (session 6)'],
  ['speak up', 'assert', 'phrasal (session 6)'],
  ['double down on', 'assert', 'phrasal (session 6)'],
  ['hold forth on', 'assert', 'phrasal (session 6)'],
  ['harp on', 'criticise', 'phrasal (session 6)'],
  ['pile on', 'criticise', 'phrasal (session 6)'],
  ['hammer away at', 'criticise', 'phrasal (session 6)'],
  ['zero in on', 'assert', 'phrasal (session 6)'],
  ['seize on', 'assert', 'phrasal (session 6)'],
  ['pounce on', 'criticise', 'phrasal (session 6)'],
  ['riff on', 'assert', 'phrasal (session 6)'],
  ['muse about', 'assert', 'phrasal (session 6)'],
  ['rage against', 'criticise', 'phrasal (session 6)'],
  ['hit out at', 'criticise', 'phrasal (session 6)'],
  ['go on about', 'assert', 'phrasal (session 6)'],
  ['rave about', 'praise', 'phrasal (session 6)'],
  ['gush about', 'praise', 'phrasal (session 6)'],
  ['vote for', 'praise', 'a vote is a stated preference'],
  ['vote against', 'criticise', 'a vote is a stated preference'],
  ['open up about', 'assert', 'candid speech'],
  ['speak out about', 'assert', 'public speech'],
  ['sound off on', 'criticise', 'criticism'],
  ['sound off against', 'criticise', 'criticism'],
  ['come out against', 'criticise', 'public opposition'],
  ['come out for', 'praise', 'public support'],
  ['come out in favor of', 'praise', 'public support'],
  ['reflect on', 'believe', 'thought'],
  ['vouch for', 'praise', 'support'],
  ['call attention to', 'assert', 'emphasis'],
  ['call out', 'criticise', 'public rebuke'],
  ['go after', 'criticise', 'attack in words'],
  ['lay out', 'assert', 'a plan or case set out'],
  ['look for', 'intend', '"is looking for a workaround" (session 6)'],
  ['look to', 'intend', '"looked to cut the top rate" (session 6)'],
];

const ADJECTIVES: readonly Row[] = [
  ['concerned about', 'believe', 'concern'],
  ['worried about', 'believe', 'concern'],
  ['critical of', 'criticise', 'criticism'],
  ['skeptical of', 'question', 'doubt'],
  ['sceptical of', 'question', 'doubt'],
  ['supportive of', 'praise', 'support'],
  ['optimistic about', 'believe', 'outlook'],
  ['pessimistic about', 'believe', 'outlook'],
  ['confident that', 'believe', 'certainty'],
  ['sure that', 'believe', 'certainty'],
  ['certain that', 'believe', 'certainty'],
  ['convinced that', 'believe', 'certainty'],
  ['aware that', 'believe', 'knowledge'],
  ['opposed to', 'criticise', 'opposition'],
  ['proud of', 'praise', 'pride'],
  ['angry about', 'criticise', 'anger'],
  ['upset about', 'criticise', 'anger'],
  ['unhappy with', 'criticise', 'discontent'],
  ['happy with', 'praise', 'content'],
  ['eager to', 'intend', 'wish'],
  ['determined to', 'intend', 'intention'],
  ['reluctant to', 'intend', 'reluctance'],
  ['clear about', 'assert', 'plain statement'],
  ['upbeat about', 'believe', 'outlook'],
  ['tired of', 'criticise', 'discontent'],
  ['appreciative of', 'praise', 'gratitude'],
  ['split on', 'believe', 'divided opinion'],
  ['divided on', 'believe', 'divided opinion'],
  ['unsure about', 'question', 'doubt'],
  ['bent on', 'intend', 'intention'],
  ['willing to', 'intend', 'readiness (session 6)'],
  ['unwilling to', 'intend', 'refusal (session 6)'],
  ['hesitant to', 'intend', 'reluctance (session 6)'],
  ['open to', 'believe', 'openness (session 6)'],
  ['comfortable with', 'praise', 'acceptance (session 6)'],
  ['happy to', 'intend', 'readiness (session 6)'],
  ['interested in', 'intend', 'interest (session 6)'],
  ['aware of', 'believe', 'knowledge (session 6)'],
  ['skeptical about', 'question', 'doubt (session 6)'],
  ['wary of', 'warn', 'caution (session 6)'],
  ['vocal about', 'assert', 'outspokenness (session 6)'],
  ['vocal in', 'assert', 'outspokenness (session 6)'],
  ['outspoken about', 'assert', 'outspokenness (session 6 round 2)'],
  ['outspoken on', 'assert', 'outspokenness (session 6 round 2)'],
  ['outspoken in', 'assert', 'outspokenness (session 6 round 2)'],
  ['unanimous in', 'assert', 'agreement (session 6)'],
  ['unified on', 'assert', 'agreement (session 6)'],
  ['intent on', 'intend', 'intention'],
  ['worried that', 'believe', 'concern'],
  ['concerned that', 'believe', 'concern'],
  ['hopeful that', 'believe', 'hope'],
  ['afraid that', 'believe', 'fear'],
  ['optimistic that', 'believe', 'outlook'],
  ['skeptical that', 'question', 'doubt'],
  ['adamant that', 'assert', 'insistence'],
];

export interface PhraseCue {
  /** Words after the first (lower case). */
  readonly rest: readonly string[];
  readonly entry: CueEntry;
}

function compile(rows: readonly Row[], cls: CueEntry['cls']): ReadonlyMap<string, readonly PhraseCue[]> {
  const m = new Map<string, PhraseCue[]>();
  for (const [phrase, act, note] of rows) {
    const [first, ...rest] = phrase.split(' ');
    const list = m.get(first!) ?? [];
    // "that" and "to" start the content; they are not part of the cue.
    const last = rest[rest.length - 1];
    const tail = cls === 'belief' && (last === 'that' || last === 'to') ? rest.slice(0, -1) : rest;
    list.push({ rest: tail, entry: Object.freeze({ act, cls, note, npObject: true }) });
    list.sort((a, b) => b.rest.length - a.rest.length);
    m.set(first!, list);
  }
  return m;
}

/** By the verb's lemma: the phrases it starts, longest first. */
export const VERB_PHRASE_CUES = compile(VERB_PHRASES, 'stance');
/** By the adjective (lower case): the phrases it starts; only after a form of "be". */
export const ADJECTIVE_CUES = compile(ADJECTIVES, 'belief');

export function phraseRows(): { verbs: readonly Row[]; adjectives: readonly Row[] } {
  return { verbs: VERB_PHRASES, adjectives: ADJECTIVES };
}
