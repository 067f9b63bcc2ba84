/**
 * The construction around a cue: its span (auxiliaries, negation, particles), its mode (subject, inverted,
 * participle, relative, coordinated, …), the speaker noun phrase and the side its content lies on; infinitive and
 * passive "by" variants.
 */
import type { Sentence, Token } from '../model/index.js';
import { followsEnd, gate } from './constructions.js';
import { findThat, leadInQuote, skipTimePhrase } from './content-trims.js';
import { subjectReport, synthetic } from './leftovers.js';
import { BACKING_VERBS, type CueEntry } from './lexicon/reporting-verbs.js';
import { findingOnNoun } from './polls.js';
import {
  ACCORDING,
  afterBe,
  type Cand,
  closesInBlock,
  firstContentTok,
  hasFiniteVerb,
  IN_SOURCE,
  isWs,
  type Mode,
  NEAR_FRAGMENT,
  NEAR_QUOTE,
  NEGATION,
  POSSESSIVES,
  QUANTIFIERS,
  type Run,
  sentenceSubject,
  sourceAfterAccording,
  TIME_WORDS,
  TO_SOURCE,
  titleLike,
  UPPER_START,
  wordCount,
} from './run.js';
import {
  asideChainSubject,
  contractedPerfect,
  documentIssuer,
  expletivePassive,
  floatingSubject,
  POSSESSIVE_MARKS,
  participleSubject,
  possessorEnd,
  specialSubjectStart,
} from './subjects.js';
import {
  CLOSERS,
  isComma,
  isDash,
  isNpHead,
  isNpTok,
  isObjectPronoun,
  isRelative,
  npLeft,
  npRight,
  POSSESSIVE_PRONOUNS,
  POSTMODIFIERS,
  postmodifiedStart,
} from './tokens.js';

/** Builds the construction around the cue at `i`: cue span, mode, speaker NP and content side. */
export function construct(
  run: Run,
  s: Sentence,
  i: number,
  entry: CueEntry,
  c1: number,
  mode0: Mode,
  prev: readonly Cand[],
): Cand | null {
  const toks = run.toks;
  const t = toks[i]!;
  const base = (): Cand => ({
    c0: i,
    c1,
    head: i,
    entry,
    mode: mode0,
    s0: -1,
    s1: -1,
    ante: null,
    x0: i,
    x1: c1,
    side: 'right',
    negated: false,
    content: [],
    regions: [],
    kind: 'indirect',
    rule: '',
    confidence: 0.8,
    dropped: false,
  });
  if (mode0 === 'according') {
    const c = base();
    const e = entry === ACCORDING ? sourceAfterAccording(run, c1, s.tokenEnd) : npRight(toks, c1, s.tokenEnd);
    if (e < 0) return null;
    c.s0 = c1;
    c.s1 = e;
    c.x1 = e;
    const before = firstContentTok(run, s);
    c.side = i <= before ? 'right' : 'left';
    c.rule =
      entry === IN_SOURCE
        ? 'attribution/in-source'
        : entry === TO_SOURCE
          ? 'attribution/to-source'
          : 'attribution/according-to';
    c.confidence = entry === ACCORDING ? 0.9 : 0.7;
    return c;
  }
  if (mode0 === 'noun') {
    const c = base();
    // "claims by the agencies that …": the noun is the cue, the noun phrase after "by/from" the source.
    const by = toks[i + 1]?.lower;
    if ((by === 'by' || by === 'from') && toks[c1]?.lower === 'that') {
      c.c1 = i + 1;
      c.s0 = i + 2;
      c.s1 = c1;
      c.rule = 'attribution/noun-by';
      c.confidence = 0.6;
      return c;
    }
    // "X's claim that …": the possessor is the speaker (past adjectives: "Ruiz's stern warning", "Lee' charge").
    const found = possessorEnd(toks, i, s.tokenStart);
    const p = found >= 0 ? found : i - 1;
    if (found > s.tokenStart && POSSESSIVE_MARKS.has(toks[p]!.lower)) {
      const a = npLeft(toks, p, s.tokenStart);
      if (a >= 0) {
        c.s0 = a;
        c.s1 = p;
        c.x0 = a;
      }
    } else if (p >= s.tokenStart && toks[p]!.pos === 'PRON' && /^(his|her|their|its)$/.test(toks[p]!.lower)) {
      c.s0 = p;
      c.s1 = p + 1;
      c.x0 = p;
      // "The governor keeps up her backing for …": the clause subject the possessive refers to.
      const subj = sentenceSubject(run, s, p);
      if (subj && subj[1] <= p && !run.quoted(subj[0])) [c.s0, c.s1] = subj;
    }
    c.rule = 'attribution/noun-cue';
    c.confidence = 0.6;
    return c;
  }
  // Passive "it was said", "is expected to": no speaker in the clause; skip.
  let j = i - 1;
  let negated = false;
  let auxStart = i;
  let sawBe = false;
  while (j >= s.tokenStart) {
    const a = toks[j]!;
    if (a.pos === 'AUX' || NEGATION.has(a.lower)) {
      if (NEGATION.has(a.lower)) negated = true;
      // "he's said" is a perfect, "he's hoping" a progressive.
      if (a.lemma === 'be' && (t.lower.endsWith('ing') || !contractedPerfect(toks, j, s.tokenStart))) sawBe = true;
      auxStart = j;
      j--;
    } else if (a.pos === 'ADV' && a.lower !== 'so' && a.lower !== 'as' && !QUANTIFIERS.has(a.lower)) j--;
    // "has since said": "since" between an auxiliary and the verb is an adverb.
    else if (a.lower === 'since' && j - 1 >= s.tokenStart && toks[j - 1]!.pos === 'AUX') j--;
    // "have in the past said": the tagger reads "past" as an adverb, leaving "in the" before it.
    else if (a.lower === 'the' && toks[j + 1]?.lower === 'past' && j - 1 >= s.tokenStart && toks[j - 1]!.lower === 'in')
      j -= 2;
    else break;
  }
  // "the changes proposed by the government", "the plan was endorsed by Ortiz": the agent after "by" is the source
  // and the noun phrase before the verb the content.
  // "responded by standing" is a manner and "hosted by" a verb taken up only for a quote nearby: neither reports.
  const by = toks[c1]?.lower === 'by' && mode0 !== 'adjective';
  const agent = toks[c1 + 1];
  if (by && ((agent?.pos === 'VERB' && agent.lower.endsWith('ing')) || entry === NEAR_FRAGMENT || entry === NEAR_QUOTE))
    return null;
  if (by && /(ed|en)$/.test(t.lower) && entry.cls !== 'belief' && entry.cls !== 'intend') {
    // "criticized by rivals for skipping the debate": the grounds after the agent are content too.
    const judged = entry.cls === 'stance' && entry.npObject ? passiveStance(run, s, i, c1, auxStart, entry) : null;
    if (judged) return judged;
    if (t.lemma === 'ask' && sawBe) return askedBy(run, s, base(), auxStart, c1);
    return NOT_PASSIVE_BY.has(t.lemma) ? null : passiveBy(run, s, i, c1, auxStart, entry);
  }
  // "A tax plan announced Monday would …", "The deal, announced Friday, runs …": a reduced relative on the noun before.
  if (!sawBe && auxStart === i && entry.cls === 'speech' && /(ed|en)$/.test(t.lower) && mode0 !== 'adjective') {
    const reduced = reducedAnnounced(run, s, i, c1, entry);
    if (reduced) return reduced;
  }
  if (sawBe && !t.lower.endsWith('ing') && mode0 !== 'adjective') {
    // "It was widely reported that …": an impersonal passive reports a claim with no named source.
    // "It is widely assumed that …": a belief held by no one named, too.
    if (expletivePassive(toks, j, c1, s.tokenStart, s.tokenEnd) && (entry.cls === 'speech' || entry.cls === 'belief')) {
      const q = base();
      q.c0 = auxStart;
      q.x0 = j;
      q.rule = 'attribution/passive-it';
      q.confidence = 0.5;
      return q;
    }
    // "Ames has been criticized by rivals for skipping the debate": the one judged and the grounds, two spans.
    const judged = entry.cls === 'stance' && entry.npObject ? passiveStance(run, s, i, c1, auxStart, entry) : null;
    if (judged) return judged;
    // "Ames was asked about the strike", "reporters were told that …": the hearer is the subject; no source.
    if ((t.lemma !== 'ask' && t.lemma !== 'tell') || c1 >= s.tokenEnd) return null;
    const q = base();
    q.c0 = auxStart;
    q.x0 = auxStart;
    q.rule = t.lemma === 'ask' ? 'attribution/asked-passive' : 'attribution/told-passive';
    q.confidence = 0.5;
    return q;
  }
  if (j >= s.tokenStart && toks[j]!.lower === 'to' && auxStart === i) return infinitive(run, s, base(), j, entry);
  const c = base();
  c.c0 = auxStart;
  c.negated = negated;
  c.x0 = auxStart;
  const L = j >= s.tokenStart ? toks[j] : undefined;
  const participle = t.lower.endsWith('ing') && !sawBe && mode0 !== 'adjective';
  if (mode0 === 'adjective') c.mode = 'subject';
  const lastSubject = () => {
    for (let k = prev.length - 1; k >= 0; k--) {
      const p = prev[k]!;
      if (!(p.s0 >= 0 || p.ante)) continue;
      // "Clinton says she respects X but argues …": a subject inside the clause a saying cue before it reports is
      // not the one the conjunct continues; the saying cue's subject is.
      const outer = k > 0 ? prev[k - 1]! : null;
      if (
        outer &&
        outer.side === 'right' &&
        outer.entry.cls === 'speech' &&
        outer.s0 >= 0 &&
        outer.c1 <= p.x0 &&
        p.x0 - outer.c1 <= 2
      )
        return outer;
      return p;
    }
    return null;
  };
  const firstSubject = () => {
    // "…, a Chinese official said, adding that …": an inverted speech cue names the main-clause subject.
    for (let k = prev.length - 1; k >= 0; k--) {
      const p = prev[k]!;
      if (p.side === 'left' && p.s0 >= 0 && p.entry.cls === 'speech') return p;
    }
    // "Trump has been scathing in his remarks, threatening …": a possessive on a cue noun is no subject to take.
    const possessive = (p: Cand) => p.s0 >= 0 && p.s1 - p.s0 === 1 && POSSESSIVE_PRONOUNS.has(toks[p.s0]!.lower);
    for (const p of prev)
      if ((p.s0 >= 0 || p.ante) && p.entry.cls !== 'belief' && p.entry.cls !== 'intend' && !possessive(p)) return p;
    for (const p of prev) if ((p.s0 >= 0 || p.ante) && !possessive(p)) return p;
    return null;
  };
  const inherit = (rule: string, first = false) => {
    const p = first ? firstSubject() : lastSubject();
    if (p) {
      c.s0 = p.s0;
      c.s1 = p.s1;
      c.ante = p.ante;
    } else {
      const subj =
        sentenceSubject(run, s, i) ??
        (participle ? participleSubject(toks, i, s.tokenStart, s.tokenEnd, (k) => run.quoted(k)) : null);
      if (subj) [c.s0, c.s1] = subj;
      else {
        // No subject in this sentence: the speaker of the last attribution in the same paragraph.
        const last = run.out[run.out.length - 1];
        if (last && last.s0 >= 0 && run.doc.sentences[toks[last.s0]!.sentence]!.block === s.block) {
          c.s0 = last.s0;
          c.s1 = last.s1;
          c.ante = last.ante;
        }
      }
    }
    c.rule = rule;
  };
  if (participle) {
    const afterQuotedComma = L !== undefined && run.closes[j]! >= 0 && run.text[L.start - 1] === ',';
    if (!L || !(isComma(L) || L.lower === 'and' || L.lower === 'while' || afterQuotedComma)) {
      // "911 calls saying shots were fired", "tweeted Sunday saying …": a saying participle without a comma.
      // "Adding, “Now, …”": a sentence-initial saying participle before a quote continues the last speaker.
      if (!L && entry.cls === 'speech' && i === s.tokenStart && leadInQuote(run, c1, s.tokenEnd) > c1) {
        c.mode = 'participle';
        inherit('attribution/participle', true);
        c.confidence = 0.6;
        return c.s0 >= 0 ? c : null;
      }
      // "… by talking about the wall", "after lashing out at …": a stance participle in an adverbial of the clause.
      const adverbial = entry.cls === 'stance' && L !== undefined && PARTICIPLE_LEADS.has(L.lower);
      // "with Cruz calling Trump his friend": an absolute "with" clause names who does the saying.
      // Not a share of a poll ("with 40 percent backing him"), which is part of the finding.
      // ("familiar with his thinking": after a possessive the -ing word is a noun.)
      const wa = L !== undefined && isNpHead(L) && !POSSESSIVES.has(L.lower) ? npLeft(toks, j + 1, s.tokenStart) : -1;
      const withClause =
        wa > 0 &&
        entry.cls !== 'evidence' &&
        toks[wa - 1]!.lower === 'with' &&
        !toks.slice(wa, j + 1).some((t) => t.pos === 'NUM' || t.lower === 'percent' || t.text === '%');
      // "a super PAC backing Ortiz", "pastors supporting the levy": a stance of support or opposition held by the noun.
      const backer =
        !adverbial && !withClause && L !== undefined && BACKING_VERBS.has(t.lemma) && backedObject(run, s, c1);
      // "a new poll showing Lee ahead", "with polls finding that …": a finding on the poll noun right before it.
      if (entry.cls === 'evidence' && L !== undefined && !run.quoted(j)) return findingOnNoun(run, s, c, j);
      if (!L || (entry.cls !== 'speech' && !adverbial && !withClause && !backer) || run.quoted(j)) return null;
      c.mode = 'participle';
      if (backer) {
        if (!isNpHead(L) || L.pos === 'PRON' || TIME_WORDS.has(L.lower)) return null;
        const a = npLeft(toks, j + 1, s.tokenStart);
        if (a < 0) return null;
        c.s0 = a;
        c.s1 = j + 1;
        c.x0 = a;
        c.mode = 'noun';
        c.rule = 'attribution/participle-backing';
        c.confidence = 0.5;
        return c;
      }
      // The noun it modifies speaks: "claims from the administration suggesting otherwise".
      if (isNpHead(L) && L.pos !== 'PRON' && !TIME_WORDS.has(L.lower)) {
        const a = npLeft(toks, j + 1, s.tokenStart);
        if (a >= 0) {
          c.s0 = a;
          c.s1 = j + 1;
          c.x0 = a;
          c.rule = 'attribution/participle';
          c.confidence = 0.55;
          // "Ruiz issued a statement saying …", "the paper hit back in an editorial arguing …": who issued it speaks.
          const issuer = documentIssuer(toks, a, j + 1, s.tokenStart);
          const subj = issuer ? sentenceSubject(run, s, a) : null;
          if (subj && subj[1] <= a && !run.quoted(subj[0])) [c.s0, c.s1] = subj;
          return c;
        }
      }
      inherit('attribution/participle', true);
      c.confidence = 0.6;
      return c;
    }
    // ", hoping to …", ", fearing that …": a belief or intention needs its complement right after it.
    const thought = entry.cls === 'belief' || entry.cls === 'intend';
    if (entry.cls === 'evidence' || (thought && !complementNext(toks, c1, s.tokenEnd))) return null;
    c.mode = 'participle';
    inherit('attribution/participle', true);
    // "Mr. Manafort, citing …, said": the name opening the sentence right before the comma.
    if (isComma(L) && j - 1 >= s.tokenStart && isNpHead(toks[j - 1]!)) {
      const a = npLeft(toks, j, s.tokenStart);
      if (a === s.tokenStart) {
        c.s0 = a;
        c.s1 = j;
        c.ante = null;
      }
    }
    c.confidence = 0.75;
    return c;
  }
  if (L && (L.lower === 'and' || L.lower === 'but' || L.lower === 'or') && L.pos === 'CCONJ') {
    const p = lastSubject();
    if (entry.cls === 'evidence') return null;
    // "… and wants to run", "but hopes that …": the first conjunct's subject holds the thought.
    if ((entry.cls === 'belief' || entry.cls === 'intend') && !(p && complementNext(toks, c1, s.tokenEnd))) return null;
    if (!p && entry.cls !== 'speech' && entry.cls !== 'stance' && entry.cls !== 'naming') return null;
    c.mode = 'coord';
    inherit('attribution/coordinated');
    // "When asked whom she backed, Ms. Ruiz smiled and said …": the subject of the verb right before "and".
    const v = toks[j - 1];
    if (v && j - 1 > s.tokenStart && v.pos === 'VERB' && !run.quoted(j - 1) && !v.lower.endsWith('ing')) {
      const a = npLeft(toks, j - 1, s.tokenStart);
      if (a >= 0 && a > c.s0 && !run.quoted(a)) {
        c.s0 = a;
        c.s1 = j - 1;
        c.ante = null;
      }
    }
    c.confidence = 0.7;
    return c;
  }
  // "polls that/DET show him ahead": the tagger reads "that" before a finding verb as a determiner.
  if (L && (isRelative(L) || (entry.cls === 'evidence' && L.lower === 'that' && j > s.tokenStart))) {
    c.mode = 'relative';
    c.s0 = j;
    c.s1 = j + 1;
    c.x0 = j;
    // "spokesman Guo Jiakun, who accused …": the antecedent NP before the comma.
    const k = j - 1;
    if (k > s.tokenStart && isComma(toks[k])) {
      let a = npLeft(toks, k, s.tokenStart);
      for (let m = k - 1; m > a && a >= 0; m--) if (toks[m]!.pos === 'ADP') a = m + 1;
      if (a >= 0) c.ante = [a, k];
    } else if (k >= s.tokenStart) {
      const a = npLeft(toks, k + 1, s.tokenStart);
      if (a >= 0) c.ante = [a, k + 1];
    }
    c.rule = 'attribution/relative';
    c.confidence = 0.75;
    return gate(run, s, c);
  }
  // "Sen. Elizabeth Warren (D-MA) said": npLeft takes the parenthesis into the NP.
  const paren = L !== undefined && L.text === ')' && !run.quoted(j) && npLeft(toks, j + 1, s.tokenStart) >= 0;
  const quantifier = L !== undefined && QUANTIFIERS.has(L.lower) && (j === s.tokenStart || !isNpTok(toks[j - 1]!));
  // "The democratic socialist said": a noun the tagger read as an adjective, after a determiner.
  const adjHead = L !== undefined && L.pos === 'ADJ' && !quantifier ? adjectiveNpStart(toks, j, s.tokenStart) : -1;
  // "those surveyed said", "most of them said": subjects the chunker does not read as a noun phrase.
  const special = L !== undefined && !run.quoted(j) ? specialSubjectStart(toks, j, s.tokenStart) : -1;
  if (L && (isNpHead(L) || paren || quantifier || adjHead >= 0 || special >= 0) && !run.quoted(j)) {
    let a = special >= 0 ? special : quantifier ? j : adjHead >= 0 ? adjHead : npLeft(toks, j + 1, s.tokenStart);
    if (a >= 0 && !quantifier) a = postmodifiedStart(toks, a, s.tokenStart);
    // "asked for a photo and Smith said": an NP right after a verb or preposition is its object; the subject is the
    // last conjunct.
    if (a > s.tokenStart && (toks[a - 1]!.pos === 'VERB' || toks[a - 1]!.pos === 'ADP')) {
      for (let m = j; m > a; m--)
        if (toks[m]!.lower === 'and') {
          a = m + 1;
          break;
        }
    }
    if (a < 0 || (a === j && isObjectPronoun(L))) return null;
    // "Ruiz on Sunday defended …", "Lee and Kim have both urged …": the subject is before the time or floating word.
    const floated = floatingSubject(toks, a, j + 1, s.tokenStart);
    if (floated) [a, j] = [floated[0], floated[1] - 1];
    c.s0 = a;
    c.s1 = j + 1;
    c.x0 = a;
    // "…, though records indicate he …": the subordinator after a comma opens a clause of its own, so the cue starts
    // a new content rather than sitting inside the one before.
    if (
      a - 2 >= s.tokenStart &&
      COMMA_CLAUSE_OPENERS.has(toks[a - 1]!.lower) &&
      isComma(toks[a - 2]) &&
      !run.quoted(a - 1)
    )
      c.x0 = a - 1;
    // Appositive subject: "Alixandria Lapp, executive director of …, said" is handled below via the comma.
    c.mode = 'subject';
    const B = a - 1 >= 0 ? toks[a - 1] : undefined;
    // "the levy, which she said had hurt small farms": the relative pronoun is the subject of what was said.
    if (
      B &&
      a - 1 > s.tokenStart &&
      (B.lower === 'which' || B.lower === 'that' || B.lower === 'who') &&
      !run.quoted(a - 1) &&
      (entry.cls === 'speech' || entry.cls === 'belief') &&
      c1 < s.tokenEnd &&
      (toks[c1]!.pos === 'AUX' || (toks[c1]!.pos === 'VERB' && !toks[c1]!.lower.endsWith('ing')))
    ) {
      c.x0 = a - 1;
      c.content.push([a - 1, a]);
      c.rule = 'attribution/relative-subject';
      c.confidence = 0.7;
      return gate(run, s, c);
    }
    const afterEnd = followsEnd(run, s, c);
    const afterQuote = closesInBlock(run, s, a - 1) || (isComma(B) && closesInBlock(run, s, a - 2));
    const noThat = findThat(run, c.c1, Math.min(s.tokenEnd, c.c1 + 10)) < 0;
    // "“…,” the tycoon told Reuters in an interview when asked …": a speech cue right after a closing quote
    // reports that quote, whatever follows it.
    const adverbialAfter =
      afterQuote &&
      ((noThat && toks[c.c1]?.pos === 'ADP') ||
        (entry.cls === 'speech' && c.c1 - c.c0 === 1 && reportsQuoteBefore(run, a)));
    // "After the vote, Canova wrote to his followers, “…”": a quote opening after the cue is its content.
    const quoteAfter = !afterQuote && leadInQuote(run, c.c1, s.tokenEnd) >= 0;
    if (
      B &&
      !quoteAfter &&
      (isComma(B) || closesInBlock(run, s, a - 1) || isDash(B)) &&
      (afterEnd !== 'more' || adverbialAfter)
    ) {
      c.side = 'left';
      c.rule = 'attribution/inverted';
    } else c.rule = 'attribution/subject';
    c.confidence = 0.85;
    return gate(run, s, c);
  }
  // "“Why now?” asked Ana Ruiz.": the splitter cuts after “…?” / “…!”, so the inverted cue opens its sentence.
  if (!L && entry.cls === 'speech' && auxStart === i && closesInBlock(run, s, i - 1) && reportsQuoteBefore(run, i)) {
    const e = speakerAfterCue(toks, c1, s.tokenEnd);
    const after = toks[e];
    const tail = !after || isComma(after) || CLOSERS.has(after.text) || after.pos === 'ADP';
    if (e > c1 && (e >= s.tokenEnd || tail || SPEAKER_TAIL_LEADS.has(after.lower))) {
      return gate(run, s, invertedAfter(c, c1, e));
    }
  }
  if (!L && entry.cls === 'speech' && auxStart === i) {
    // "Said Ines Varga, who coached her for years, “She never gave up.”"
    const e = npRight(toks, c1, s.tokenEnd);
    if (e > c1) {
      for (let k = e; k < Math.min(toks.length, e + 30); k++) {
        if ((isComma(toks[k]) || toks[k]!.text === ':') && run.opens[k + 1]! >= 0) {
          c.s0 = c1;
          c.s1 = e;
          c.x1 = k + 1;
          c.mode = 'inverted';
          c.rule = 'attribution/inverted';
          c.confidence = 0.8;
          return c;
        }
        if (run.quoted(k) || CLOSERS.has(toks[k]!.text)) break;
      }
    }
  }
  // "Many speakers — including teachers and nurses — said …": an aside between dashes after the subject.
  if (L && isDash(L) && L.text !== '-' && !run.quoted(j)) {
    let k = j - 1;
    while (k > s.tokenStart && j - k < 24 && !isDash(toks[k]) && !run.quoted(k)) k--;
    if (k > s.tokenStart && isDash(toks[k])) {
      const a = npLeft(toks, k, s.tokenStart);
      if (a >= 0 && (a === s.tokenStart || !isNpHead(toks[a - 1]!))) {
        c.s0 = a;
        c.s1 = k;
        c.x0 = a;
        c.rule = 'attribution/appositive';
        c.confidence = 0.7;
        return gate(run, s, c);
      }
    }
  }
  if (L && (isComma(L) || run.closes[j]! >= 0)) {
    const quoteBefore = run.closes[j]! >= 0 || (j - 1 >= 0 && run.closes[j - 1]! >= 0);
    // "Sanders, meanwhile, who …, said …", "“…,” Ana Ruiz, 67, a nurse in Ohio, said": a chain of asides after the
    // sentence-opening subject or a just-closed quote.
    // Two or more asides are tried before the single appositive below, one only after it.
    const afterQuote = (a: number) =>
      closesInBlock(run, s, a - 1) || (isComma(toks[a - 1]) && closesInBlock(run, s, a - 2));
    const chain =
      isComma(L) && !quoteBefore && !run.quoted(j)
        ? asideChainSubject(toks, j, s.tokenStart, (k) => run.quoted(k), afterQuote)
        : null;
    const takeChain = (ch: readonly [number, number, number]) => {
      c.s0 = ch[0];
      c.s1 = ch[1];
      c.x0 = ch[0];
      c.rule = 'attribution/appositive';
      c.confidence = 0.7;
      if (afterQuote(ch[0]) && followsEnd(run, s, c) !== 'more') c.side = 'left';
      return gate(run, s, c);
    };
    if (chain && chain[2] >= 2) return takeChain(chain);
    // Appositive: "X, a former aide, said", "Paradis, who has been active …, says".
    if (isComma(L) && !quoteBefore && !run.quoted(j)) {
      let k = j - 1;
      const relative = () => {
        for (let m = k + 1; m < j; m++) if (isRelative(toks[m]!) || toks[m]!.lower === 'whose') return true;
        return false;
      };
      while (k > s.tokenStart && j - k < 24 && !isComma(toks[k]) && !run.quoted(k)) k--;
      // (", and the meeting fell apart from there, said …" is a second clause, not an aside.)
      const segOk =
        k > s.tokenStart &&
        isComma(toks[k]) &&
        !(toks[k + 1]?.pos === 'CCONJ' && hasVerbIn(toks, k + 2, j)) &&
        (relative() || !hasFiniteVerb(toks, k + 1, j));
      if (segOk) {
        const a = npLeft(toks, k, s.tokenStart);
        if (a >= 0 && (a === s.tokenStart || !isNpHead(toks[a - 1]!))) {
          c.s0 = a;
          c.s1 = j;
          c.x0 = a;
          c.rule = 'attribution/appositive';
          c.confidence = 0.75;
          const B = a - 1 >= 0 ? toks[a - 1] : undefined;
          const afterQuote = closesInBlock(run, s, a - 1) || (isComma(B) && closesInBlock(run, s, a - 2));
          if (B && (isComma(B) || afterQuote) && (afterQuote || followsEnd(run, s, c) !== 'more')) c.side = 'left';
          return gate(run, s, c);
        }
      }
    }
    if (chain) return takeChain(chain);
    // "Sen. Tomas Hale (R-Ore.), said …": a stray comma after a sentence-opening name.
    if (isComma(L) && !quoteBefore && j - 1 > s.tokenStart && toks[j - 1]!.text === ')') {
      const a = npLeft(toks, j, s.tokenStart);
      if (a === s.tokenStart) {
        c.s0 = a;
        c.s1 = j;
        c.x0 = a;
        c.rule = 'attribution/subject';
        c.confidence = 0.7;
        return gate(run, s, c);
      }
    }
    // "…, said X" / "“…,” said X": speaker after the cue.
    const e = entry.cls === 'speech' ? speakerAfterCue(toks, c1, s.tokenEnd) : -1;
    if (e > c1 && !(e - c1 === 1 && TIME_WORDS.has(toks[c1]!.lower))) {
      const after = toks[e];
      if (
        !after ||
        isComma(after) ||
        CLOSERS.has(after.text) ||
        after.pos === 'ADP' ||
        after.text === '(' ||
        after.text === ':' ||
        run.opens[e]! >= 0 ||
        // "…, said several council members who cite …": a relative clause on the speaker.
        (isRelative(after) && after.lower !== 'that') ||
        // "“…,” said the chief known as Bob": right after a quote, a participle postmodifies the speaker.
        (quoteBefore && after.pos === 'VERB' && after.lemma !== after.lower && !run.quoted(e)) ||
        // "“…,” said Ana Ruiz when asked …", "… as she left": a clause of the saying's circumstances.
        (quoteBefore && SPEAKER_TAIL_LEADS.has(after.lower))
      ) {
        return gate(run, s, invertedAfter(c, c1, e));
      }
    }
    // "Rep. Ana Ruiz (D-Ohio), chair of the panel that wrote the rules, said that …": a long aside after the
    // sentence-opening name, then a saying verb with its clause.
    // Not after a parenthetical cue ("Trump, Ames said, has created …"): that clause is the cue's content.
    if (isComma(L) && !quoteBefore && entry.cls !== 'evidence' && !prev.some((p) => p.c1 === j)) {
      const far = farSubject(run, s, j);
      const n = toks[c1];
      const complement =
        n !== undefined &&
        c1 < s.tokenEnd &&
        (n.lower === 'that' ||
          (n.lower === 'to' && entry.cls !== 'speech') ||
          (entry.npObject === true && (n.pos === 'DET' || n.pos === 'PROPN' || n.pos === 'NOUN')) ||
          hasFiniteVerb(toks, c1, Math.min(s.tokenEnd, c1 + 6)));
      if (far && complement) {
        c.s0 = far[0];
        c.s1 = far[1];
        c.x0 = far[0];
        c.rule = 'attribution/far-subject';
        c.confidence = 0.6;
        return gate(run, s, c);
      }
    }
    // No speaker on either side: measured at 5% precision on PolNeAR train, so not reported.
    return null;
  }
  return null;
}

/**
 * The noun phrase opening the sentence, right before a comma or parenthesis, when no quote lies between it and the
 * comma at `j` before the cue: [start, end), or null.
 */
function farSubject(run: Run, s: Sentence, j: number): [number, number] | null {
  const toks = run.toks;
  const a = firstContentTok(run, s);
  if (a >= j || run.quoted(a)) return null;
  const e = npRight(toks, a, j);
  if (e <= a || e >= j) return null;
  const n = toks[e]!;
  if (!isComma(n) && n.text !== '(' && !(isDash(n) && n.text !== '-')) return null;
  // A full stop may sit inside "(D-Ore.)" and a short quote may name a show or a nickname (“Guccifer,”); a semicolon
  // or a longer quote ends the search.
  for (let k = e; k < j; k++) {
    const w = toks[k]!.text;
    if (w === ';' || w === '?' || w === '!') return null;
    const r = run.opens[k]!;
    if (r >= 0) {
      const g = run.regions[r]!;
      if (!g.closed || wordCount(run.text, g.openEnd, g.close) > 6) return null;
    } else if (run.quoted(k) && run.inRegion[k]! < 0 && run.closes[k]! < 0) return null;
  }
  return [a, e];
}

/**
 * The speaker noun phrase after an inverted cue ("…,” said X"): as `npRight`, but a capitalised word the tagger read
 * as a verb is part of a name ("said Judicial Watch/VERB President Tom Fitton", "said Concord/VERB resident Ann Lee")
 * and so is a participle before a noun ("said one unaligned/VERB Florida strategist"). Returns the end or -1.
 */
function speakerAfterCue(toks: readonly Token[], a: number, max: number): number {
  const e0 = npRight(toks, a, max);
  // "said a person close to the mayor": the postmodifier's object belongs to the source NP.
  const m = toks[e0];
  const o = m !== undefined && e0 + 2 < max && POSTMODIFIERS.has(m.lower) && toks[e0 + 1]!.pos === 'ADP';
  const e = o ? Math.max(e0, npRight(toks, e0 + 2, max)) : e0;
  const stop = e < 0 ? toks[a] : toks[e];
  if (stop === undefined || !(stop.pos === 'VERB' || stop.pos === 'AUX') || e >= max) return e;
  let head = -1;
  let j = a;
  for (; j < max && j - a < 14; j++) {
    const t = toks[j]!;
    if (t.pos === 'PRON' && j === a) return e;
    if (isNpTok(t) && t.pos !== 'PRON') {
      if (isNpHead(t)) head = j;
      continue;
    }
    const n = toks[j + 1];
    // "said Weld, who …", "said Will/AUX Doyle": a capitalised verb or auxiliary is a name.
    const capital =
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      CAP_START.test(t.text) &&
      n !== undefined &&
      (isNpTok(n) || (j === a && (isComma(n) || CLOSERS.has(n.text))));
    if (capital && !isNpTok(n!)) {
      head = j;
      break;
    }
    const participle = t.pos === 'VERB' && t.lower.endsWith('ed') && j > a && n !== undefined && isNpTok(n);
    if (!(capital || participle)) break;
  }
  return head >= 0 ? head + 1 : e;
}

const CAP_START = /^[A-Z][a-z]/;

/** Subordinators that may follow an inverted speaker right after a quote ("“…,” said Ruiz as she left"). */
const SPEAKER_TAIL_LEADS: ReadonlySet<string> = new Set(['when', 'as', 'while', 'after', 'before', 'because']);

/** "to" or "that" right after a belief or intention verb. */
function complementNext(toks: readonly Token[], k: number, end: number): boolean {
  const t = toks[k];
  return t !== undefined && k < end && (t.lower === 'to' || t.lower === 'that');
}

/** Subordinators that open a clause of their own after a comma ("…, though she said …"). */
const COMMA_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['though', 'although', 'because', 'since', 'whereas']);

/**
 * A named or determined noun phrase right after the participle: its object ("backing Ortiz", "supporting the bill");
 * not "her", as often the object pronoun itself ("a PAC supporting her").
 */
function backedObject(run: Run, s: Sentence, k: number): boolean {
  const t = run.toks[k];
  if (!t || k >= s.tokenEnd || run.quoted(k)) return false;
  return (
    (t.pos === 'PROPN' && UPPER_START.test(t.text)) ||
    t.pos === 'DET' ||
    t.lower === 'his' ||
    t.lower === 'their' ||
    t.lower === 'its'
  );
}

/** Words before a participle that make it an adverbial of the main clause ("by talking about …"). */
const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'since']);

/** Start of "the (ADJ)* ADJ" ending at token j (the last adjective standing for a noun), or -1. */
function adjectiveNpStart(toks: readonly Token[], j: number, min: number): number {
  let k = j;
  while (k - 1 >= min && j - k < 5 && toks[k - 1]!.pos === 'ADJ') k--;
  // "The self-described socialist said": a hyphenated "self-" compound is one more modifier.
  if (k - 3 >= min && toks[k - 2]!.text === '-' && toks[k - 3]!.lower === 'self') k -= 3;
  const d = toks[k - 1];
  if (d && k - 1 >= min && d.pos === 'DET' && d.lower !== 'that') return k - 1;
  // "SEIU chief says": a role noun read as an adjective after a name.
  if (d && k - 1 >= min && k === j && d.pos === 'PROPN') return npLeft(toks, k, min);
  return -1;
}

/** "a book written by X", "debt issued by X", "Rubio was asked by X": the NP before is not what X said. */
const NOT_PASSIVE_BY: ReadonlySet<string> = new Set(['write', 'issue', 'offer', 'ask', 'tell', 'back', 'release']);

/**
 * "He went on to endorse Bell", "rushed to TV to say he …": a saying or stance infinitive after a verb of the main
 * clause reports what the clause subject said. Not after a noun ("a plan to attack …") nor for beliefs and intentions.
 */
function infinitive(run: Run, s: Sentence, c: Cand, to: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  // "led many voters to believe that …": a belief with its clause, held by the object of the verb before.
  const thought = entry.cls === 'belief' && toks[c.c1]?.lower === 'that';
  if (entry.cls !== 'speech' && entry.cls !== 'stance' && entry.cls !== 'naming' && !thought) return null;
  // The word before "to": a verb or its particle ("went on to", "began to", "took to Twitter to").
  let v = to - 1;
  while (v >= s.tokenStart && (toks[v]!.pos === 'ADP' || toks[v]!.pos === 'ADV' || toks[v]!.pos === 'PART')) v--;
  // "took to Twitter to say": a short place after a preposition.
  if (v - 1 > s.tokenStart && isNpHead(toks[v]!) && toks[v - 1]!.pos === 'ADP') v -= 2;
  const vt = toks[v];
  // "Democrats are more likely to say …", "she was willing to endorse …": an adjective after "be" stands as the verb.
  const adj = vt !== undefined && v === to - 1 && INFINITIVE_ADJECTIVES.has(vt.lower) && afterBe(run, v, s);
  // "the timing led Republicans to say …", "prompted aides to argue …": the object of the verb before speaks.
  if (
    (entry.cls === 'speech' || entry.cls === 'stance' || thought) &&
    vt !== undefined &&
    v === to - 1 &&
    isNpHead(vt) &&
    !run.quoted(v)
  ) {
    const a = npLeft(toks, to, s.tokenStart);
    const w = a > s.tokenStart ? toks[a - 1]! : undefined;
    if (a >= 0 && w?.pos === 'VERB' && !w.lower.endsWith('ing') && !run.quoted(a - 1)) {
      const purpose = SETTING_VERBS.has(w.lemma) ? purposeInfinitive(run, s, c, to, entry) : null;
      if (purpose) return purpose;
      c.s0 = a;
      c.s1 = to;
      c.mode = 'subject';
      c.rule = 'attribution/infinitive-object';
      c.confidence = 0.5;
      return c;
    }
  }
  if (!thought && vt && v >= s.tokenStart && vt.pos !== 'VERB' && !adj && !run.quoted(v))
    return purposeInfinitive(run, s, c, to, entry);
  if (thought || !vt || v < s.tokenStart || (vt.pos !== 'VERB' && !adj) || run.quoted(v)) return null;
  const subj = sentenceSubject(run, s, v + 1);
  if (!subj || subj[1] > v) return null;
  [c.s0, c.s1] = subj;
  c.mode = 'subject';
  c.rule = 'attribution/infinitive';
  c.confidence = 0.55;
  return gate(run, s, c);
}

/**
 * Verbs whose object is a means or an occasion, not someone made to speak: "used the speech to say", "took the stage
 * to announce", "called a news conference to deny": the clause subject speaks.
 */
const SETTING_VERBS: ReadonlySet<string> = new Set([
  'use',
  'take',
  'hold',
  'call',
  'convene',
  'seize',
  'host',
  'schedule',
  'issue',
  'release',
  'post',
  'publish',
  'grab',
  'interrupt',
  'cut',
]);

/** "the first / only / last … to endorse": the one who did it first (or alone) is the one who said it. */
const ORDINAL_FIRSTS: ReadonlySet<string> = new Set(['first', 'earliest', 'only', 'last', 'latest']);

/** Nouns whose own infinitive follows them ("a plan to attack", "the right to vote"): no purpose clause. */
const INFINITIVE_HEADS: ReadonlySet<string> = new Set(
  (
    'plan plans decision effort efforts bid attempt attempts move push call calls promise pledge vow threat right ' +
    'chance opportunity way time power ability need reason desire willingness refusal order orders proposal ' +
    'pressure campaign request demand invitation permission authority license freedom intention motion vote votes ' +
    'money funds resources place tool tools room incentive bill law measure legislation'
  ).split(' '),
);

/** Place and time adverbs that may stand between a clause and its purpose infinitive. */
const PURPOSE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there', 'today', 'yesterday', 'tonight', 'again']);

/**
 * "visited the studio on Sunday to discuss the levy", "took a moment at the party to reassure the mayor": a speech
 * or stance verb in a purpose infinitive after a whole clause (its subject, its verb and an object or a phrase) is
 * said by the clause subject. Not after a noun that takes its own infinitive ("a plan to attack").
 */
function purposeInfinitive(run: Run, s: Sentence, c: Cand, to: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  // "stood at a town hall here to say …": a place or time adverb after the phrase.
  const b = PURPOSE_ADVERBS.has(toks[to - 1]!.lower) && to - 2 > s.tokenStart ? toks[to - 2]! : toks[to - 1]!;
  if (!(isNpHead(b) || isComma(b)) || INFINITIVE_HEADS.has(b.lower)) return null;
  if (entry.cls !== 'speech' && entry.cls !== 'stance' && entry.cls !== 'naming') return null;
  const subj = sentenceSubject(run, s, to);
  if (!subj || subj[1] >= to || (toks[subj[0]]!.pos === 'PRON' && toks[subj[0]]!.lower === 'it')) return null;
  // The clause verb: a finite verb between the subject and the infinitive, not itself a cue or a noun-taking verb.
  // "Lee was the first senator to endorse Ortiz": an ordinal after "be" stands for the clause verb.
  let verb = -1;
  for (let k = subj[1]; k < to; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) return null;
    if ((t.pos === 'VERB' && !t.lower.endsWith('ing')) || (ORDINAL_FIRSTS.has(t.lower) && k > subj[1])) {
      verb = k;
      break;
    }
  }
  if (verb < 0 || to - verb > 12) return null;
  [c.s0, c.s1] = subj;
  c.mode = 'subject';
  c.rule = 'attribution/infinitive-purpose';
  c.confidence = 0.45;
  return gate(run, s, c);
}

/** Words that open the grounds of a passive judgement: "criticized for", "praised as", "accused of". */
const PASSIVE_GROUNDS: ReadonlySet<string> = new Set(['for', 'as', 'of', 'over']);

/**
 * "[Ames] has been criticized by rivals [for skipping the debate]": a passive stance verb, the subject and the grounds
 * after it as content, the agent after "by" (when named) as source. Null without grounds.
 */
function passiveStance(run: Run, s: Sentence, i: number, c1: number, auxStart: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  let k = c1;
  while (k < s.tokenEnd && k - c1 < 3 && toks[k]!.pos === 'ADV') k++;
  let s0 = -1;
  let s1 = -1;
  if (toks[k]?.lower === 'by') {
    const e = npRight(toks, k + 1, s.tokenEnd);
    if (e <= k + 1) return null;
    s0 = k + 1;
    s1 = e;
    k = e;
  }
  if (k >= s.tokenEnd - 1 || !PASSIVE_GROUNDS.has(toks[k]!.lower) || run.quoted(k)) return null;
  const a = npLeft(toks, auxStart, s.tokenStart);
  if (a < 0 || run.quoted(a) || (auxStart - a === 1 && isRelative(toks[a]!))) return null;
  const c = subjectReport(synthetic(run, auxStart, i + 1, entry, s0, s1, 'attribution/passive-stance', 0.55), 'right', [
    a,
    auxStart,
  ]);
  c.head = i;
  c.x1 = k;
  return c;
}

/** Adjectives after "be" that take an infinitive the way a verb does ("are more likely to say"). */
const INFINITIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'likely',
  'unlikely',
  'willing',
  'unwilling',
  'ready',
  'quick',
]);

/** Words that open the question after "was asked by X": "whether …", "about …", "why …". */
const ASKED_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'who']);

/**
 * "[Ames] was asked by a caller [whether he would run]": the asker after "by" is the source of the question; or null
 * when no question follows the asker.
 */
function askedBy(run: Run, s: Sentence, c: Cand, auxStart: number, by: number): Cand | null {
  const toks = run.toks;
  const e = npRight(toks, by + 1, s.tokenEnd);
  const n = toks[e];
  if (e <= by + 1 || !n || e >= s.tokenEnd - 1 || !ASKED_OPENERS.has(n.lower) || run.quoted(e)) return null;
  c.c0 = auxStart;
  c.x0 = auxStart;
  c.s0 = by + 1;
  c.s1 = e;
  c.x1 = e;
  c.rule = 'attribution/asked-by';
  c.confidence = 0.55;
  return c;
}

/**
 * "[A tax plan] announced Monday would …", "[The deal], announced Friday, would …": a participle with only a time phrase
 * after it, then an auxiliary (or the comma closing an aside), modifies the noun phrase before it; no source is named.
 */
function reducedAnnounced(run: Run, s: Sentence, i: number, c1: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  const tp = skipTimePhrase(run, c1, s.tokenEnd);
  const n = toks[tp];
  if (tp === c1 || !n || tp >= s.tokenEnd || run.quoted(tp)) return null;
  const aside = isComma(toks[i - 1]) && isComma(n) && i - 1 > s.tokenStart;
  if (!aside && n.pos !== 'AUX') return null;
  const end = aside ? i - 1 : i;
  const a = npLeft(toks, end, s.tokenStart);
  if (a < 0 || a >= end || run.quoted(a) || (end - a === 1 && toks[a]!.pos === 'PRON')) return null;
  const c = subjectReport(synthetic(run, i, c1, entry, -1, -1, 'attribution/reduced-announced', 0.5), 'left', [a, end]);
  c.x1 = tp;
  return c;
}

/** "[the changes] proposed by [the government]": content the NP before, source the NP after "by"; or null. */
function passiveBy(run: Run, s: Sentence, i: number, c1: number, auxStart: number, entry: CueEntry): Cand | null {
  const toks = run.toks;
  const e = npRight(toks, c1 + 1, s.tokenEnd);
  if (e <= c1 + 1) return null;
  // "The bill, opposed by the union, never passed": an aside between commas on the noun phrase before it.
  const aside = auxStart === i && isComma(toks[i - 1]) && isComma(toks[e]) && i - 1 > s.tokenStart;
  const end = aside ? i - 1 : auxStart;
  const a = npLeft(toks, end, s.tokenStart);
  if (a < 0 || a >= end) return null;
  // A pronoun or relative before the verb is no content ("it was announced by …", "which was proposed by …").
  if (end - a === 1 && toks[a]!.pos === 'PRON') return null;
  return {
    c0: i,
    c1: c1 + 1,
    head: i,
    entry,
    mode: 'bare',
    s0: c1 + 1,
    s1: e,
    ante: null,
    x0: a,
    x1: e,
    side: 'left',
    negated: false,
    content: [[a, end]],
    regions: [],
    kind: 'indirect',
    rule: 'attribution/passive-by',
    confidence: 0.6,
    dropped: false,
  };
}

/** The quote closing before the speaker NP at `a` ends a sentence of its own: “…,” / “…?” / “…!” */
function reportsQuoteBefore(run: Run, a: number): boolean {
  const k = run.closes[a - 1]! >= 0 ? a - 1 : a - 2;
  const r = run.closes[k]!;
  if (r < 0 || run.used[r]) return false;
  const g = run.regions[r]!;
  let e = g.close;
  while (e > g.openEnd && isWs(run.text.charCodeAt(e - 1))) e--;
  const last = run.text[e - 1];
  // A title in quotes ("on Fox's “Meet the Press,” Jones said …") is not what the cue reports.
  if (titleLike(run, g)) return false;
  // A quote that ended the previous sentence with a full stop is not reported here; one ending in "!" or "?" may be
  // (the splitter cuts after “…!”).
  if (run.toks[k]!.sentence !== run.toks[a]!.sentence) {
    const sa = run.doc.sentences[run.toks[a]!.sentence]!;
    const sk = run.doc.sentences[run.toks[k]!.sentence]!;
    return sa.block === sk.block && (last === '?' || last === '!');
  }
  return last === ',' || last === '?' || last === '!';
}

/** An inverted cue whose speaker [c1, e) follows it and whose content is on the left ("…,” said Ana Ruiz). */
function invertedAfter(c: Cand, c1: number, e: number): Cand {
  c.s0 = c1;
  c.s1 = e;
  c.x1 = e;
  c.side = 'left';
  c.mode = 'inverted';
  c.rule = 'attribution/inverted';
  c.confidence = 0.85;
  return c;
}

/** Whether a verb (any form) lies in [a, e). */
function hasVerbIn(toks: readonly Token[], a: number, e: number): boolean {
  for (let k = a; k < e; k++) if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return true;
  return false;
}
