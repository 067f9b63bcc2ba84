/**
 * Parley's reporting-cue lexicon: every lemma (or multi-word phrase, space-separated lemmas) that can introduce an
 * attribution, with its speech act, its class and a short note. Authored for Parley; docs/speech-acts.md shows it
 * as a table.
 *
 * Classes decide how strictly a cue is gated:
 * - `speech`: verbs of saying; accepted with any subject and either complement side.
 * - `stance`: verbs that take a position on something; the content may be a clause or the object noun phrase.
 * - `naming`: "called X 'Y'", "labeled X as Y"; the content is the quoted fragment or the name given.
 * - `belief` / `intend`: thoughts, not speech; only with an adjacent subject and a complement to the right.
 * - `evidence`: "the poll shows"; only with a document, poll or data subject.
 */
import type { SpeechAct } from '../../model/index.js';

export type CueClass = 'speech' | 'stance' | 'naming' | 'belief' | 'intend' | 'evidence';

export interface CueEntry {
  readonly act: SpeechAct;
  readonly cls: CueClass;
  /** The verb usually names its hearer before the content ("told reporters that …"). */
  readonly addressee?: boolean;
  /** The content may be the object noun phrase ("denied the report"). */
  readonly npObject?: boolean;
  /** Mostly an action verb: counted only with a named or pronoun subject. */
  readonly personSubject?: boolean;
  /** A judgement only with "as" after the object ("sees Cruz as a uniter"); else a perception or an act. */
  readonly asObject?: boolean;
  /** Speech only with a clause, a quote or a colon after it ("added that …"), not a noun phrase ("added 300 jobs"). */
  readonly clauseOnly?: boolean;
  readonly note: string;
}

type Row = readonly [lemma: string, act: SpeechAct, cls: CueClass, note: string, flags?: string];

// flags: a = addressee first, n = noun-phrase object may be the content, p = named or pronoun subject only,
// s = only with "as" after the object, c = only with a clause or a quote after it.
const ROWS: readonly Row[] = [
  // assert: plain saying and reporting
  ['say', 'assert', 'speech', 'the backbone: a fifth of all cues'],
  ['tell', 'assert', 'speech', '"told reporters (on Tuesday) that …"', 'a'],
  ['add', 'assert', 'speech', 'continuation of an earlier statement; "added 300 jobs" is no speech', 'c'],
  ['write', 'assert', 'speech', 'letters, posts, op-eds'],
  ['note', 'assert', 'speech', 'neutral'],
  ['report', 'assert', 'speech', 'news outlets as sources'],
  ['tweet', 'assert', 'speech', 'social-media statement'],
  ['explain', 'assert', 'speech', 'neutral'],
  ['state', 'assert', 'speech', 'formal'],
  ['declare', 'assert', 'speech', 'formal'],
  ['announce', 'assert', 'speech', 'formal; often an NP object', 'n'],
  ['argue', 'assert', 'speech', 'reasoned claim'],
  ['claim', 'assert', 'speech', 'contested claim'],
  ['insist', 'assert', 'speech', 'emphatic'],
  ['contend', 'assert', 'speech', 'reasoned claim'],
  ['maintain', 'assert', 'speech', 'only with a clause: "maintains a lead" is no speech', 'c'],
  ['assert', 'assert', 'speech', 'formal claim'],
  ['allege', 'assert', 'speech', 'unproven claim'],
  ['stress', 'assert', 'speech', 'emphasis'],
  ['emphasize', 'assert', 'speech', 'emphasis'],
  ['emphasise', 'assert', 'speech', 'British spelling'],
  ['reiterate', 'assert', 'speech', 'repetition'],
  ['repeat', 'assert', 'speech', 'repetition', 'c'],
  ['recall', 'assert', 'speech', 'memory report'],
  ['remark', 'assert', 'speech', 'neutral'],
  ['respond', 'assert', 'speech', 'reply'],
  ['reply', 'assert', 'speech', 'reply'],
  ['answer', 'assert', 'speech', 'reply', 'c'],
  ['comment', 'assert', 'speech', 'neutral'],
  ['confirm', 'assert', 'speech', 'confirmation; often an NP object', 'n'],
  ['observe', 'assert', 'speech', 'neutral'],
  ['mention', 'assert', 'speech', 'neutral'],
  ['point out', 'assert', 'speech', 'two words: "pointed out that"'],
  ['testify', 'assert', 'speech', 'under oath'],
  ['inform', 'assert', 'speech', 'addressee first', 'a'],
  ['reveal', 'assert', 'speech', 'disclosure', 'n'],
  ['disclose', 'assert', 'speech', 'disclosure', 'n'],
  ['counter', 'assert', 'speech', 'rebuttal'],
  ['retort', 'assert', 'speech', 'rebuttal'],
  ['boast', 'assert', 'speech', 'self-praise'],
  ['brag', 'assert', 'speech', 'self-praise'],
  ['joke', 'assert', 'speech', 'humour'],
  ['quip', 'assert', 'speech', 'humour'],
  ['speculate', 'assert', 'speech', 'conjecture'],
  ['suggest', 'assert', 'speech', 'hedged claim'],
  ['acknowledge', 'concede', 'speech', 'admission', 'n'],
  ['admit', 'concede', 'speech', 'admission', 'n'],
  ['concede', 'concede', 'speech', 'admission'],
  ['confess', 'concede', 'speech', 'admission'],
  ['agree', 'concede', 'speech', 'agreement with another view'],
  ['assure', 'promise', 'speech', 'addressee first', 'a'],
  ['remind', 'assert', 'speech', 'addressee first', 'a'],
  ['signal', 'assert', 'speech', 'indirect statement'],
  ['hint', 'assert', 'speech', 'indirect statement'],
  ['conclude', 'assert', 'speech', 'conclusion'],
  ['describe', 'assert', 'naming', '"described X as …"', 'n'],
  ['characterize', 'assert', 'naming', '"characterized X as …"', 'n'],
  ['call', 'assert', 'naming', 'only with a quoted fragment near ("called it “a disaster”")'],
  ['label', 'assert', 'naming', '"labeled X as …"; as "fake news" it is a denial'],
  ['dub', 'assert', 'naming', 'naming'],
  ['brand', 'assert', 'naming', 'naming'],
  ['term', 'assert', 'naming', 'naming'],
  // deny
  ['deny', 'deny', 'stance', 'denial', 'n'],
  ['reject', 'deny', 'stance', '"rejected reports of …"', 'n'],
  ['dismiss', 'deny', 'stance', '"dismissed the claims"', 'n'],
  ['refute', 'deny', 'stance', 'denial', 'n'],
  ['dispute', 'deny', 'stance', 'denial', 'n'],
  ['rebut', 'deny', 'stance', 'denial', 'n'],
  ['contradict', 'deny', 'stance', 'denial', 'n'],
  ['disavow', 'deny', 'stance', 'denial', 'n'],
  ['repudiate', 'deny', 'stance', 'denial', 'n'],
  ['debunk', 'deny', 'stance', 'denial', 'n'],
  // accuse
  ['accuse', 'accuse', 'stance', '"accused X of …": content is X and the charge', 'n'],
  ['blame', 'accuse', 'stance', '"blamed X for …"', 'n'],
  ['charge', 'accuse', 'speech', 'only with a that-clause'],
  // criticise
  ['criticize', 'criticise', 'stance', 'criticism', 'n'],
  ['criticise', 'criticise', 'stance', 'British spelling', 'n'],
  ['condemn', 'criticise', 'stance', 'criticism', 'n'],
  ['denounce', 'criticise', 'stance', 'criticism', 'n'],
  ['slam', 'criticise', 'stance', 'headline verb', 'n'],
  ['blast', 'criticise', 'stance', 'headline verb', 'n'],
  ['attack', 'criticise', 'stance', 'verbal attack', 'n'],
  ['mock', 'criticise', 'stance', 'ridicule', 'n'],
  ['deride', 'criticise', 'stance', 'ridicule', 'n'],
  ['ridicule', 'criticise', 'stance', 'ridicule', 'n'],
  ['chide', 'criticise', 'stance', 'reproach', 'n'],
  ['rebuke', 'criticise', 'stance', 'reproach', 'n'],
  ['lambast', 'criticise', 'stance', 'criticism', 'n'],
  ['decry', 'criticise', 'stance', 'criticism', 'n'],
  ['complain', 'criticise', 'speech', 'grievance'],
  ['lament', 'criticise', 'speech', 'grievance'],
  ['protest', 'criticise', 'speech', 'objection'],
  ['object', 'criticise', 'speech', 'objection'],
  ['warn', 'warn', 'speech', 'warning; may name the hearer first', 'a'],
  ['caution', 'warn', 'speech', 'warning', 'a'],
  ['threaten', 'threaten', 'speech', '"threatened to …"'],
  // praise and support
  ['praise', 'praise', 'stance', 'praise', 'n'],
  ['laud', 'praise', 'stance', 'praise', 'n'],
  ['hail', 'praise', 'stance', 'praise', 'n'],
  ['commend', 'praise', 'stance', 'praise', 'n'],
  ['applaud', 'praise', 'stance', 'praise', 'n'],
  ['tout', 'praise', 'stance', 'promotion', 'n'],
  ['endorse', 'praise', 'stance', 'endorsement', 'n'],
  ['defend', 'praise', 'stance', 'defence of a person or policy', 'n'],
  // promise
  ['promise', 'promise', 'speech', 'commitment'],
  ['pledge', 'promise', 'speech', 'commitment'],
  ['swear', 'promise', 'speech', 'commitment'],
  ['guarantee', 'promise', 'speech', 'commitment'],
  // predict
  ['predict', 'predict', 'speech', 'forecast'],
  ['forecast', 'predict', 'speech', 'forecast'],
  ['project', 'predict', 'speech', 'only with a that-clause'],
  ['estimate', 'predict', 'speech', 'only with a that-clause'],
  ['anticipate', 'predict', 'belief', 'expectation'],
  // demand
  ['demand', 'demand', 'speech', 'demand', 'n'],
  ['urge', 'demand', 'speech', '"urged X to …"', 'a'],
  ['call for', 'demand', 'speech', 'two words: "called for"', 'n'],
  ['call on', 'demand', 'speech', 'two words: "called on X to …"', 'a'],
  ['call upon', 'demand', 'speech', 'two words: "called upon X to …" (session 6)', 'a'],
  ['order', 'demand', 'speech', 'only with a that-clause'],
  ['plead', 'demand', 'speech', 'appeal'],
  ['request', 'demand', 'speech', 'appeal', 'n'],
  ['propose', 'demand', 'stance', 'proposal', 'n'],
  ['recommend', 'demand', 'speech', 'proposal'],
  // question
  ['ask', 'question', 'speech', 'question, or request when "asked X to"', 'a'],
  ['question', 'question', 'stance', 'doubt about a claim', 'n'],
  ['wonder', 'question', 'belief', 'open question'],
  ['challenge', 'question', 'stance', 'contest a claim', 'n'],
  // belief and intention (thoughts; PolNeAR annotates them)
  ['believe', 'believe', 'belief', 'belief'],
  ['think', 'believe', 'belief', 'belief'],
  ['feel', 'believe', 'belief', 'only with a that-clause or clause'],
  ['know', 'believe', 'belief', 'knowledge claim'],
  ['suspect', 'believe', 'belief', 'belief'],
  ['fear', 'believe', 'belief', 'worry'],
  ['worry', 'believe', 'belief', 'worry'],
  ['hope', 'believe', 'belief', 'hope'],
  ['expect', 'believe', 'belief', 'expectation'],
  ['doubt', 'believe', 'belief', 'disbelief'],
  ['assume', 'believe', 'belief', 'belief'],
  ['consider', 'believe', 'belief', 'only with a that-clause'],
  ['learn', 'believe', 'belief', 'knowledge gained: only with a clause', 'c'],
  ['recognize', 'believe', 'belief', 'knowledge admitted: only with a clause', 'c'],
  ['recognise', 'believe', 'belief', 'British spelling', 'c'],
  ['realize', 'believe', 'belief', 'knowledge gained: only with a clause', 'c'],
  ['realise', 'believe', 'belief', 'British spelling', 'c'],
  ['remember', 'believe', 'belief', 'memory, with a clause or an object ("remembered the strike")'],
  ['understand', 'believe', 'belief', 'knowledge: only with a clause', 'c'],
  ['discover', 'believe', 'belief', 'knowledge gained: only with a clause', 'c'],
  ['determine', 'believe', 'belief', 'a finding: only with a clause', 'c'],
  ['see', 'believe', 'belief', 'judgement, only as "sees X as Y"', 'ns'],
  ['view', 'believe', 'belief', 'judgement, only as "views X as Y"', 'ns'],
  ['regard', 'believe', 'belief', 'judgement, only as "regards X as Y"', 'ns'],
  ['prefer', 'praise', 'stance', 'preference; gated on the subject', 'np'],
  ['want', 'intend', 'intend', '"wants to …"'],
  ['plan', 'intend', 'intend', '"plans to …"'],
  ['intend', 'intend', 'intend', '"intends to …"'],
  ['seek', 'intend', 'intend', '"seeks to …"'],
  ['aim', 'intend', 'intend', '"aims to …"'],
  ['decide', 'intend', 'intend', '"decided to …"'],
  ['decline', 'intend', 'intend', 'refusal: "declined to comment"'],
  ['refuse', 'intend', 'intend', 'refusal: "refused to answer"'],
  ['vow', 'promise', 'speech', 'commitment'],
  // stance verbs that are mostly actions: only with a named or pronoun subject (flag p)
  ['support', 'praise', 'stance', 'support; often not speech, so gated on the subject', 'np'],
  ['back', 'praise', 'stance', 'support; gated on the subject', 'np'],
  ['favor', 'praise', 'stance', 'preference; gated on the subject', 'np'],
  ['favour', 'praise', 'stance', 'British spelling; gated', 'np'],
  ['oppose', 'criticise', 'stance', 'opposition; gated on the subject', 'np'],
  ['express', 'assert', 'stance', '"expressed concern/support"; gated', 'np'],
  ['cite', 'assert', 'stance', 'evidence named; gated', 'np'],
  ['offer', 'promise', 'stance', '"offered support"; gated', 'np'],
  ['issue', 'assert', 'stance', '"issued a statement"; gated', 'np'],
  ['discuss', 'assert', 'stance', 'topic of talk; gated', 'np'],
  ['address', 'assert', 'stance', '"addressed the issue"; gated', 'np'],
  ['echo', 'assert', 'stance', "repeats another's words; gated", 'np'],
  ['highlight', 'assert', 'stance', 'emphasis on a topic; gated', 'np'],
  ['underscore', 'assert', 'stance', 'emphasis on a topic; gated', 'np'],
  ['voice', 'assert', 'stance', '"voiced concern"; gated', 'np'],
  ['advocate', 'demand', 'stance', 'support for a policy; gated', 'np'],
  ['welcome', 'praise', 'stance', 'approval; gated', 'np'],
  ['congratulate', 'praise', 'stance', 'approval; gated', 'np'],
  ['thank', 'praise', 'stance', 'gratitude; gated', 'np'],
  ['assail', 'criticise', 'stance', 'attack in words; gated', 'np'],
  ['portray', 'assert', 'naming', 'depiction, "portrayed X as Y"', 'n'],
  ['imply', 'assert', 'speech', 'indirect claim'],
  ['vote', 'praise', 'stance', '"voted for/against"; gated', 'np'],
  // session 6 (2026-11-29): cues PolNeAR marks that the lexicon lacked, each measured on train
  ['chant', 'assert', 'speech', 'crowds chanting a slogan'],
  ['identify', 'assert', 'stance', '"identified the flaw", "identifies as a Democrat"', 'np'],
  ['deem', 'assert', 'stance', '"deemed the plan unworkable"', 'np'],
  ['nominate', 'praise', 'stance', '"nominated Lee for the court"', 'np'],
  ['push', 'demand', 'stance', '"pushed for a recount"', 'np'],
  ['post', 'assert', 'speech', '"posted on Facebook that …"', 'c'],
  ['list', 'assert', 'stance', '"listed his priorities"', 'np'],
  ['ignore', 'criticise', 'stance', '"ignored the question"', 'np'],
  ['name', 'assert', 'stance', '"named Lee as running mate"', 'np'],
  ['compare', 'assert', 'stance', '"compared the plan to a tax"', 'np'],
  ['apologize', 'concede', 'speech', '"apologized for the remark"'],
  ['recount', 'assert', 'speech', '"recounted how …"'],
  ['proclaim', 'assert', 'speech', 'formal'],
  ['reaffirm', 'assert', 'speech', 'repetition'],
  ['muse', 'assert', 'speech', 'thinking aloud'],
  ['mull', 'believe', 'speech', '"mulled a run"'],
  ['ponder', 'believe', 'speech', '"pondered whether …"'],
  ['vent', 'criticise', 'speech', '"vented about …"'],
  ['float', 'assert', 'speech', '"floated the idea"'],
  ['scoff', 'criticise', 'speech', '"scoffed at …"'],
  ['posit', 'assert', 'speech', 'reasoned claim'],
  ['concur', 'assert', 'speech', 'agreement'],
  ['envision', 'believe', 'stance', '"envisions a …"', 'np'],
  ['attribute', 'assert', 'stance', '"attributed the loss to …"', 'np'],
  ['credit', 'praise', 'stance', '"credited Lee with …"', 'np'],
  ['knock', 'criticise', 'stance', '"knocked the plan"', 'np'],
  ['rip', 'criticise', 'stance', '"ripped the deal"', 'np'],
  ['bash', 'criticise', 'stance', '"bashed the plan"', 'np'],
  ['scold', 'criticise', 'stance', '"scolded the board"', 'np'],
  ['bemoan', 'criticise', 'speech', 'complaint'],
  ['vouch', 'praise', 'speech', '"vouched for Lee"'],
  ['trumpet', 'praise', 'speech', '"trumpeted the deal"'],
  ['exhort', 'demand', 'speech', 'urging'],
  ['marvel', 'praise', 'speech', '"marveled at …"'],
  ['retract', 'deny', 'speech', 'withdrawal of a claim'],
  ['paint', 'assert', 'stance', '"painted Lee as …"', 'np'],
  ['downplay', 'deny', 'stance', '"downplayed the risk"', 'np'],
  ['liken', 'assert', 'stance', '"likened the plan to …"', 'np'],
  ['renounce', 'deny', 'stance', '"renounced the pledge"', 'np'],
  ['quote', 'assert', 'speech', '"quoted the Bible"'],
  ['convince', 'assert', 'stance', '"convinced voters that …"', 'np'],
  ['outline', 'assert', 'stance', '"outlined a plan"', 'np'],
  ['approve', 'praise', 'stance', '"approved the deal"', 'np'],
  ['demonstrate', 'assert', 'stance', '"demonstrated that …"', 'np'],
  ['appoint', 'assert', 'stance', '"appointed Lee to the board"', 'np'],
  ['shout', 'assert', 'speech', 'loud speech'],
  ['recite', 'assert', 'speech', 'repetition of a text'],
  ['utter', 'assert', 'speech', 'speech'],
  ['acquiesce', 'concede', 'speech', 'giving in'],
  ['balk', 'criticise', 'speech', '"balked at …"'],
  ['relish', 'praise', 'speech', '"relished the fight"'],
  ['foresee', 'predict', 'speech', 'prediction'],
  ['retweet', 'assert', 'speech', 'social-media statement'],
  ['contemplate', 'intend', 'stance', '"contemplated a run"', 'np'],
  ['resist', 'criticise', 'stance', '"resisted calls to …"', 'np'],
  ['reference', 'assert', 'stance', '"referenced the speech"', 'np'],
  ['explore', 'intend', 'stance', '"explored a bid"', 'np'],
  ['deflect', 'deny', 'stance', '"deflected the question"', 'np'],
  ['trash', 'criticise', 'stance', '"trashed the deal"', 'np'],
  ['peg', 'assert', 'stance', '"pegged the cost at …"', 'np'],
  ['disparage', 'criticise', 'stance', 'disparagement', 'np'],
  ['jab', 'criticise', 'stance', '"jabbed at …"', 'np'],
  ['reprimand', 'criticise', 'stance', 'criticism', 'np'],
  ['berate', 'criticise', 'stance', 'criticism', 'np'],
  ['demonize', 'criticise', 'stance', 'criticism', 'np'],
  ['castigate', 'criticise', 'stance', 'criticism', 'np'],
  ['excoriate', 'criticise', 'stance', 'criticism', 'np'],
  ['vilify', 'criticise', 'stance', 'criticism', 'np'],
  ['belittle', 'criticise', 'stance', 'criticism', 'np'],
  ['denigrate', 'criticise', 'stance', 'criticism', 'np'],
  ['malign', 'criticise', 'stance', 'criticism', 'np'],
  ['upbraid', 'criticise', 'stance', 'criticism', 'np'],
  ['admonish', 'criticise', 'stance', 'criticism', 'np'],
  ['notice', 'believe', 'belief', 'perception with a clause'],
  ['disagree', 'deny', 'belief', 'disagreement'],
  ['wish', 'believe', 'belief', 'wish'],
  ['admire', 'praise', 'belief', 'esteem'],
  ['regret', 'concede', 'belief', 'regret'],
  ['reckon', 'believe', 'belief', 'estimate'],
  ['publish', 'assert', 'stance', '"published an op-ed"', 'np'],
  // session 6 round 2 (2026-11-29): courts, calls to act, promotion
  ['rule', 'assert', 'speech', '"the court ruled that …"; "ruled the road" is no speech', 'c'],
  ['press', 'demand', 'speech', '"pressed the board to …"; not "pressed the button"', 'c'],
  ['retweeted', 'assert', 'speech', 'the tagger keeps the past form as the lemma'],
  ['interpret', 'believe', 'belief', 'only as "interpreted X as Y"', 'ns'],
  ['encourage', 'demand', 'speech', '"encouraged voters to …"; the hearer is part of the content'],
  // evidence (documents, polls, data)
  ['show', 'assert', 'evidence', 'only with a poll, study or record subject'],
  ['find', 'assert', 'evidence', 'only with a poll, study or record subject'],
  ['indicate', 'assert', 'speech', 'a statement or a finding: any subject'],
];

function compile(rows: readonly Row[]): ReadonlyMap<string, CueEntry> {
  const m = new Map<string, CueEntry>();
  for (const [lemma, act, cls, note, flags = ''] of rows) {
    m.set(
      lemma,
      Object.freeze({
        act,
        cls,
        note,
        ...(flags.includes('a') ? { addressee: true } : {}),
        ...(flags.includes('n') ? { npObject: true } : {}),
        ...(flags.includes('p') ? { personSubject: true } : {}),
        ...(flags.includes('s') ? { asObject: true } : {}),
        ...(flags.includes('c') ? { clauseOnly: true } : {}),
      }),
    );
  }
  return m;
}

/** Single-word cues by lemma, and two-word cues by "lemma particle". */
export const REPORTING_VERBS: ReadonlyMap<string, CueEntry> = compile(ROWS);

/**
 * The lexicon lemma of a third-person form the tagger left as it was ("notes", "pushes", "denies"), the form itself when
 * it is a lemma, or undefined.
 */
export function thirdPersonLemma(w: string): string | undefined {
  if (REPORTING_VERBS.has(w)) return w;
  if (w.length < 3 || !w.endsWith('s')) return undefined;
  const s1 = w.slice(0, -1);
  if (REPORTING_VERBS.has(s1)) return s1;
  const s2 = w.slice(0, -2);
  if (REPORTING_VERBS.has(s2)) return s2;
  const y = `${w.slice(0, -3)}y`;
  return REPORTING_VERBS.has(y) ? y : undefined;
}

/** The lexicon as rows, for docs and tests. */
export function reportingVerbRows(): readonly Row[] {
  return ROWS;
}

/** Second words of two-word cues: "point out", "call for", "call on". */
export const PARTICLES: ReadonlySet<string> = new Set(
  ROWS.filter((r) => r[0].includes(' ')).map((r) => r[0].split(' ')[1]!),
);

/**
 * Verbs of backing or opposing a candidate or a measure: what was said is whom or what is backed ("endorsed Ames last
 * week", "a PAC backing Ortiz").
 */
export const BACKING_VERBS: ReadonlySet<string> = new Set([
  'endorse',
  'support',
  'back',
  'favor',
  'favour',
  'oppose',
  'prefer',
]);
