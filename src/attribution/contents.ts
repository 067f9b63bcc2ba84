/**
 * Contents: for each construction of a sentence, the token ranges (or quote regions) it reports, cut where a later
 * construction starts a new clause; cues nested in another's content are dropped.
 */
import type { Sentence, Token } from '../model/index.js';
import { raisedEnd } from './constructions.js';
import {
  adjectivesGoOn,
  asideThenComplement,
  backedObjectEnd,
  clauseEnd,
  firstVerbGroup,
  hasClauseVerb,
  LINKS,
  listGoesOn,
  mainVerbEnd,
  relativeEnd,
  resumedVerbEnd,
  secondVerbGroup,
  subordinateEnd,
} from './content-ends.js';
import {
  canSkipTo,
  cutAfterQuote,
  cutComment,
  cutComparison,
  cutSetting,
  extendToRegion,
  findThat,
  leadInQuote,
  naming,
  regionFillsRest,
  settingAt,
  skipSettingPhrase,
  skipTimePhrase,
  takeRegions,
  trimEnd,
  trimTrailingTime,
} from './content-trims.js';
import { embeddedTitle } from './leftovers.js';
import { REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import {
  type Cand,
  closesInBlock,
  endsIngEd,
  HAS_UPPER,
  hasFiniteVerb,
  LOWER_START,
  MONTH_WORDS,
  POSSESSIVES,
  type Run,
  TIME_WORDS,
  UPPER_START,
  wordCount,
} from './run.js';
import {
  CLOSERS,
  isComma,
  isDash,
  isNpHead,
  isNpTok,
  isRelative,
  npLeft,
  npRight,
  PERSONAL_SUBJECTS,
  SUBJECT_PRONOUNS,
  TIME_HEADS,
} from './tokens.js';

/** Fills each construction's content and drops cues nested in another's content. */
export function contents(run: Run, s: Sentence, cands: Cand[]): void {
  const toks = run.toks;
  const end = sentenceEnd(s);
  let leftFloor = s.tokenStart;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.dropped) continue;
    if (c.rule === 'attribution/passive-by' || c.rule === 'attribution/reduced-announced') {
      leftFloor = c.x1;
      continue;
    }
    if (
      c.rule === 'attribution/known-as' ||
      c.rule === 'attribution/received' ||
      c.rule === 'attribution/self-named' ||
      c.rule === 'attribution/passive-declared' ||
      c.rule === 'attribution/in-poll' ||
      c.rule === 'attribution/poll-showing' ||
      c.rule === 'attribution/poll-has' ||
      ((c.mode === 'colon' || c.rule === 'attribution/in-source') && c.content.length > 0)
    ) {
      leftFloor = c.x1;
      continue;
    }
    if (c.rule === 'attribution/raising' || c.rule === 'attribution/asked' || c.rule === 'attribution/hearsay') {
      // Content fixed when found; the infinitive of a raising verb (the clause after "reportedly") runs to the next
      // boundary.
      if (c.rule !== 'attribution/asked') {
        let e = end;
        for (let m = k + 1; m < cands.length; m++) {
          const d = cands[m]!;
          if (!d.dropped && d.x0 > c.x1 && isBoundary(run, d)) {
            e = d.x0;
            break;
          }
        }
        for (let q = c.x1; q < e; q++)
          if ((isComma(toks[q]) || toks[q]!.text === ';') && !run.quoted(q)) {
            // ("a forceful, top-to-bottom attack", "ready, moreover, to …": adjectives before their noun, an adverb aside.)
            if (isComma(toks[q]) && adjectivesGoOn(run, q, e)) continue;
            if (isComma(toks[q]) && toks[q + 1]?.pos === 'ADV' && isComma(toks[q + 2]) && q + 3 < e) {
              q += 2;
              continue;
            }
            e = q;
            break;
          }
        if (c.rule === 'attribution/raising') e = raisedEnd(run, c.x1, e);
        e = trimEnd(run, c.x1, e);
        if (e > c.x1) c.content.push([c.x1, e]);
        else c.dropped = true;
        leftFloor = e;
      } else leftFloor = c.content[0]![1] + 1;
      continue;
    }
    if (c.side === 'right') {
      let p = c.x1;
      // "According to a poll by X released Monday, …": the content starts after the comma.
      if (c.mode === 'according') {
        let q = p;
        while (q < end && !(isComma(toks[q]) && !run.quoted(q)) && q - p < 25) q++;
        if (q < end - 1 && isComma(toks[q])) p = q + 1;
      }
      // "said — in a radio interview, no less — that …": an aside between dashes.
      if (isDash(toks[p]) && toks[p]!.text !== '-') {
        for (let q = p + 1; q < end && q < p + 14; q++)
          if (isDash(toks[q])) {
            if (q + 1 < end) p = q + 1;
            break;
          }
      }
      // "said, without evidence, that …": an aside between commas before "that".
      if (isComma(toks[p]) && !run.quoted(p)) {
        for (let q = p + 2; q < end - 1 && q <= p + 8; q++) {
          const t = toks[q]!;
          if (run.quoted(q) || t.pos === 'VERB' || t.pos === 'AUX' || CLOSERS.has(t.text)) break;
          if (isComma(t)) {
            if (toks[q + 1]!.lower === 'that') p = q + 1;
            break;
          }
        }
      }
      // Addressee and time phrases before "that" or a quote: "told reporters on Tuesday that …", "told CNN: “…”".
      const that = canSkipTo(run, c, p)
        ? findThat(run, p, Math.min(end, p + 14))
        : p < end && toks[p]!.lower === 'that'
          ? p
          : -1;
      if (that >= 0) p = that;
      else {
        const lead = leadInQuote(run, p, end);
        if (lead >= 0) p = lead;
        else if (c.entry.addressee) {
          let e = hearerEnd(run, p, npRight(toks, p, end));
          // "told the Ledger last week she would …": a time phrase after the hearer is not the content either.
          if (e > p) e = skipTimePhrase(run, e, end);
          const n = toks[e];
          // "asked the city to pay" reports the hearer with the infinitive; "warned voters of …" only the "of" part.
          if (e > p && n && (n.lower === 'to' || n.lower === 'of'))
            p = n.lower === 'of' && c.entry.act !== 'accuse' ? e : p;
          else if (e > p && n && n.lower === 'about' && e + 1 < end && e - p <= 8 && !isEstimate(toks[e + 1]!)) p = e;
          // "told reporters he would run", "asked him whether …": the hearer is not the content.
          else if (
            e > p &&
            e - p <= 8 &&
            n &&
            e < end &&
            (n.pos === 'PRON' ||
              n.pos === 'DET' ||
              n.pos === 'PROPN' ||
              /^(whether|if|how|what|why|when)$/.test(n.lower))
          )
            p = e;
        } else {
          // "said Monday he would run", "announced yesterday a plan to …": a bare time phrase is not what was said.
          const tp = skipTimePhrase(run, p, end);
          const n = toks[tp];
          p = tp > p && n && tp < end && n.pos !== 'VERB' && n.pos !== 'AUX' && !CLOSERS.has(n.text) ? tp : p;
          p = skipSettingPhrase(run, p, end);
        }
      }
      if (p < end && (toks[p]!.text === ':' || isComma(toks[p]))) p++;
      // "talked up her plan", "summed up Ames as …": a particle the cue left behind is not what was said.
      if (p + 1 < end && PARTICLES_LEFT.has(toks[p]!.lower) && toks[p]!.pos !== 'VERB' && !run.quoted(p)) {
        const n = toks[p + 1]!;
        if (n.pos === 'DET' || n.pos === 'PRON' || n.pos === 'PROPN' || (n.pos === 'NOUN' && p === c.x1)) p++;
      }
      // "speculated about the cost", "asked Lee about the deal": the topic, not its preposition, is what was said.
      // ("about half the cost", "about 40 percent" keep it: an estimate, not a topic.)
      if (p + 1 < end && toks[p]!.lower === 'about' && !run.quoted(p) && !isEstimate(toks[p + 1]!)) p++;
      // "agreed on a plan", "pinned his hopes on Ohio": so is the object of "on" (not a date nor an occasion).
      else if (
        p + 1 < end &&
        toks[p]!.lower === 'on' &&
        !run.quoted(p) &&
        !isWhen(toks[p + 1]!) &&
        !settingAt(run, p, end)
      )
        p++;
      // Direct quote straight after the cue.
      const r = p < toks.length ? run.opens[p]! : -1;
      if (r >= 0 && !run.used[r] && (p > c.x1 || regionFillsRest(run, r, s))) {
        takeRegions(run, c, r);
        c.kind = 'direct';
        c.rule = c.mode === 'colon' ? 'attribution/colon' : 'attribution/direct-lead-in';
        c.confidence = 0.9;
        leftFloor = run.regionCloseTok[r]! + 1;
        cutLater(run, cands, k, run.regionCloseTok[r]! + 1);
        // "The plan, he said, “will not survive” the winter": one mixed content around the aside.
        const around =
          c.mode === 'colon' || c.x0 <= s.tokenStart ? null : parentheticalAround(run, c, c.x0 - 1, r, end);
        // "Ruiz said, “I have not heard that concern” from the police": the sentence goes on after the quote.
        const tail = around || c.mode === 'colon' ? null : tailAfterQuote(run, cands, r, end);
        if (tail) {
          c.content.push(tail);
          c.kind = 'mixed';
          c.rule = 'attribution/lead-in-tail';
          c.confidence = 0.7;
          leftFloor = tail[1];
          continue;
        }
        if (around) {
          c.content.push(around[0]);
          if (around[1]) {
            c.content.push(around[1]);
            leftFloor = around[1][1];
          }
          c.kind = 'mixed';
          c.rule = 'attribution/parenthetical';
          c.confidence = 0.75;
        }
        continue;
      }
      if (c.entry.cls === 'naming') {
        // "what former aides have called a “sham”": the relative pronoun read into the subject stands for the named
        // thing, not the speaker.
        const w = toks[c.s0];
        if (c.s0 >= 0 && c.s1 > c.s0 + 1 && w && (w.lower === 'what' || w.lower === 'which') && !run.quoted(c.s0)) {
          c.s0++;
          c.x0 = Math.max(c.x0, c.s0);
        }
        let ne = end;
        for (let m = k + 1; m < cands.length; m++) {
          const d = cands[m]!;
          if (!d.dropped && d.x0 > p) splitSubject(run, d);
          if (!d.dropped && d.x0 >= p && isBoundary(run, d)) {
            ne = d.x0;
            break;
          }
        }
        naming(run, s, c, end, clauseEnd(run, p, ne));
        // "fought what aides called a “sham” audit for a year": after a relative's quoted name and its noun phrase
        // the main clause resumes.
        const last = c.content[1];
        if (c.content.length === 2 && last && c.content[0]![1] === c.content[0]![0] + 1 && c.content[0]![0] < c.c0)
          last[1] = namedPhraseEnd(run, last[0], last[1]);
        continue;
      }
      let e = end;
      // Past a nested participle ("blamed him for saying …"), later cues are its business, not the outer content's.
      let nested = false;
      for (let m = k + 1; m < cands.length; m++) {
        const d = cands[m]!;
        if (d.dropped || d.x0 < p) continue;
        if (d.x0 > p) splitSubject(run, d);
        // "According to a poll, 51 percent said …": what the poll says includes the later cue.
        // (Also when the later cue's subject is the tail of a list opening the content: "most voters in Dayton, Akron
        // and Toledo want …"; elsewhere such a cue is nested in the content.)
        if ((d.x0 === p && c.mode === 'according') || listTailSubject(run, d, p)) {
          if (c.mode === 'according' || !nested) d.dropped = true;
          continue;
        }
        // "… a break with the past, centrists who wanted …": a relative's antecedent after a comma starts a new item.
        const ante = d.mode === 'relative' && d.ante && d.ante[0] > p ? d.ante[0] : -1;
        const conj = ante > 1 && toks[ante - 1]!.pos === 'CCONJ' && isComma(toks[ante - 2]) ? 2 : 1;
        if (ante > 0 && isComma(toks[ante - conj]) && !hasFiniteVerb(toks, p, ante) && !namesList(run, d)) {
          e = Math.min(e, ante - conj + 1);
          break;
        }
        // "said that if the mayor signs it, he should have insisted on …": the clause after an opening subordinate
        // clause is the complement's own main clause, not a new sentence clause.
        if (
          isBoundary(run, d) &&
          !(d.x0 - 1 === leadClauseEnd(run, p, end) && d.side === 'right' && d.mode === 'subject') &&
          !reducedPassive(run, d) &&
          !coordinatedSubject(run, c, d, p) &&
          !(d.x0 === p + 1 && toks[p]!.lower === 'that')
        ) {
          e = Math.min(e, d.x0);
          break;
        }
        // "said that demanding a raise makes …": a gerund opening the clause reports inside it, as its own quote too.
        if (nestedCue(run, d) || (d.mode === 'participle' && d.x0 === p + 1)) nested = true;
        else if (!nested) d.dropped = true;
      }
      e = clauseEnd(run, p, e);
      if (c.mode !== 'according') e = subordinateEnd(run, c, s, p, e);
      if (c.mode === 'noun') e = c.entry.npObject ? firstVerbGroup(run, p, e) : secondVerbGroup(run, p, e);
      if (c.mode === 'relative') e = relativeEnd(run, c, p, e);
      e = backedObjectEnd(run, c.head, p, e);
      if (c.mode === 'participle' || c.mode === 'coord') e = resumedVerbEnd(run, p, e);
      e = mainVerbEnd(run, c, p, e);
      if (c.mode === 'relative') e = subjectRelativeEnd(run, c, s, p, e);
      // (A "that/how/whether …" complement is a clause: its commas are the clause's own.)
      if (c.entry.npObject && !CLAUSE_OPENERS.has(toks[p]?.lower ?? '')) {
        // Stance verbs with a noun-phrase object: the content ends at the first comma.
        for (let q = p; q < e; q++)
          if (
            (isComma(toks[q]) || toks[q]!.text === ';') &&
            !run.quoted(q) &&
            !listGoesOn(run, q, e) &&
            !exampleAfter(run, q)
          ) {
            // "praised Ames, who ran twice, for his courage": past an aside on the object to its complement.
            const q2 = asideThenComplement(run, q, e);
            if (q2 > q) {
              q = q2;
              continue;
            }
            // "named Ann Lee, a judge from Ohio", "thanked his predecessor, Tom Reyes, for …": an appositive goes on.
            const q3 = appositiveEnd(run, q, e);
            if (q3 > q) {
              q = q3;
              continue;
            }
            e = q;
            break;
          }
      }
      e = cutAfterQuote(run, p, e);
      if (c.mode !== 'according') e = cutComment(run, p, e);
      if (c.mode !== 'according' && (c.entry.cls === 'speech' || c.entry.cls === 'belief'))
        e = cutComparison(run, p, e);
      e = trimEnd(run, p, e);
      // "praised the plan in an interview": the occasion closes a bare object (a clause keeps it, measured).
      if (!hasClauseVerb(toks, p, e)) e = cutSetting(run, p, e);
      // Only an object's time phrase: in a clause it is part of what was said ("the bridge would reopen in April").
      if (!hasClauseVerb(toks, p, e)) e = trimTrailingTime(run, p, e);
      if (e <= p) {
        c.dropped = true;
        continue;
      }
      // "the plan, which parents say hurts poor districts": a "which" read into the subject is the relative pronoun
      // the content is about (as "which she said hurts …"), not part of the speaker.
      const w = toks[c.s0];
      if (
        c.rule === 'attribution/subject' &&
        w?.lower === 'which' &&
        c.s1 > c.s0 + 1 &&
        c.s1 <= c.c0 &&
        isComma(toks[c.s0 - 1]) &&
        !run.quoted(c.s0)
      ) {
        c.content.push([c.s0, c.s0 + 1]);
        c.s0++;
        c.rule = 'attribution/relative-subject';
      }
      // "REYES: I think the ferry is a waste. It never paid. …": a transcript turn runs to the paragraph end.
      if (c.mode === 'colon' && e >= end - 1) e = turnEnd(run, c, s, p, e);
      // "what Ruiz says her plan would do is …": "what" is the object gap of the reported clause, which ends with
      // its own verb group.
      const wh = c.rule === 'attribution/subject' ? whatClauseEnd(run, c, p, e) : -1;
      if (wh > p) {
        c.content.push([c.s0 - 1, c.s0], [p, wh]);
        c.rule = 'attribution/what-clause';
        c.confidence = 0.6;
        leftFloor = wh;
        continue;
      }
      // "The bridge he wants to build would cost …": a relative clause with no pronoun reports its antecedent too.
      const gap = c.rule === 'attribution/subject' ? objectGap(run, c, p, e, Math.max(leftFloor, s.tokenStart)) : null;
      if (gap) {
        c.content.push([gap[0], gap[1]], [p, gap[2]]);
        c.s0 = gap[1];
        c.rule = 'attribution/contact-relative';
        c.confidence = 0.6;
        leftFloor = gap[2];
        continue;
      }
      c.content.push([p, extendToRegion(run, e)]);
      leftFloor = e;
      if (c.rule === 'attribution/subject')
        c.rule = toks[p]!.lower === 'that' ? 'attribution/indirect-that' : 'attribution/indirect';
    } else {
      // Content before the construction: a direct quote closing right before it, or the clause from the floor.
      let q = c.x0 - 1;
      while (q >= leftFloor && (isComma(toks[q]) || isDash(toks[q]))) q--;
      // The quote must close in the cue's own paragraph: a cue opening the next paragraph reports its own content.
      const r = closesInBlock(run, s, q) && !embeddedTitle(run, headOf(run, run.closes[q]!)) ? run.closes[q]! : -1;
      if (r >= 0 && !run.used[r]) {
        let head = r;
        while (run.regions[head]!.prev >= 0) head = run.regions[head]!.prev;
        // "Voters want a leader “who listens,” Ames said": words before the quote in its sentence make it mixed.
        let a = Math.max(leftFloor, s.tokenStart);
        while (a < q && (toks[a]!.pos === 'PUNCT' || toks[a]!.pos === 'CCONJ') && run.opens[a]! < 0) a++;
        const open = run.regionOpenTok[head]!;
        if (c.mode !== 'according' && open >= a + 2 && !run.quoted(a) && hasFiniteVerb(toks, a, q)) {
          for (let k = head; k >= 0; k = run.regions[k]!.next) run.used[k] = 1;
          c.content.push([a, q + 1]);
          c.kind = 'mixed';
          c.rule = 'attribution/mixed-trailing';
          c.confidence = 0.8;
          leftFloor = c.x1;
          // "… because of the “impact,” Lee said, that she has had on the port": the sentence goes on after the cue.
          const k2 = commaAfterCue(run, c.x1, end);
          if (k2 >= 0 && !startsCue(cands, k2 + 1) && continuesClause(run, k2 + 1, end)) {
            const e2 = trimEnd(run, k2 + 1, clauseEnd(run, k2 + 1, end));
            if (e2 > k2 + 1) {
              c.content.push([k2 + 1, extendToRegion(run, e2)]);
              leftFloor = e2;
            }
          }
          continue;
        }
        takeRegions(run, c, head);
        c.kind = 'direct';
        c.rule = c.mode === 'according' ? 'attribution/according-to' : 'attribution/direct-trailing';
        c.confidence = c.s0 >= 0 ? 0.92 : 0.6;
        // Split quote: "“A,” said X, “B.”", also past a phrase: "“A,” X said at a rally in Ohio, “B.”"
        // Past a relative or "of" phrase on the speaker too ("“A,” said X, an economist who is …, “B”"), but never
        // past another cue, which reports its own quote.
        for (let p = c.x1; p < s.tokenEnd && p < c.x1 + 30; p++) {
          const t = toks[p]!;
          if (CLOSERS.has(t.text) || t.text === ';' || (p > c.x1 && startsCue(cands, p))) break;
          const r2 = isComma(t) && p + 1 < toks.length ? run.opens[p + 1]! : -1;
          if (r2 >= 0 && !run.used[r2]) {
            takeRegions(run, c, r2);
            c.rule = 'attribution/split';
            break;
          }
          if (run.quoted(p)) break;
        }
        // "“Only you,” she said, would dare to ask": the sentence the quote opened goes on after the cue.
        if (c.rule === 'attribution/direct-trailing') {
          const k = commaAfterCue(run, c.x1, end);
          if (k >= 0 && !startsCue(cands, k + 1) && continuesClause(run, k + 1, end)) {
            const e2 = trimEnd(run, k + 1, clauseEnd(run, k + 1, end));
            if (e2 > k + 1) {
              c.content.push([k + 1, extendToRegion(run, e2)]);
              c.kind = 'mixed';
              c.rule = 'attribution/mixed-continued';
              c.confidence = 0.7;
              leftFloor = e2;
              continue;
            }
          }
        }
        leftFloor = c.x1;
        continue;
      }
      // "Asked what he wanted, Adelson said, “…”": the quote after the cue is the content, not the clause before.
      {
        let p = c.x1;
        if (isComma(toks[p]) || toks[p]?.text === ':') p++;
        const rr = p < toks.length ? run.opens[p]! : -1;
        if (rr >= 0 && !run.used[rr] && p > c.x1) {
          takeRegions(run, c, rr);
          c.kind = 'direct';
          c.rule = 'attribution/direct-lead-in';
          c.confidence = 0.85;
          leftFloor = run.regionCloseTok[rr]! + 1;
          // "The plan, he said, “will not survive” the winter": a subject noun phrase before the aside and words
          // after the quote make one mixed content.
          const around = parentheticalAround(run, c, Math.max(c.x0 - 1, 0), rr, end);
          if (around) {
            c.content.push(around[0]);
            if (around[1]) c.content.push(around[1]);
            c.kind = 'mixed';
            c.rule = 'attribution/parenthetical';
            c.confidence = 0.75;
            leftFloor = Math.max(leftFloor, around[1] ? around[1][1] : leftFloor);
          }
          continue;
        }
      }
      let a = Math.max(leftFloor, s.tokenStart);
      // A quote that opened in an earlier sentence and closes in this one is direct content handled above.
      // A sentence-opening "And" or "But" links to the sentence before; it is not part of what was said.
      // ("Nor" stays: it carries the negation.)
      while (a < q && (toks[a]!.pos === 'PUNCT' || LINKS.has(toks[a]!.lower)) && run.opens[a]! < 0) a++;
      // "DAYTON, Ohio (AP) — The port will close, …": a dateline is not what was said.
      if (a === s.tokenStart) a = Math.max(a, datelineEnd(run, a, q));
      // "… like Dover (80 percent there were retired, according to county rolls), …": a cue inside a bracket reports
      // from the bracket's opening.
      a = Math.max(a, openBracketBefore(run, a, q));
      const e = q + 1;
      if (e <= a) {
        c.dropped = true;
        continue;
      }
      c.content.push([a, e]);
      // Parenthetical: "Otherwise, she said, countries may …".
      // Past a short phrase on the cue too: "It helps, she said in an interview, that the rules are clear".
      let p = Math.max(c.x1, commaAfterCue(run, c.x1, end));
      // "At the core of it, according to aides who were there (, a planner,), was a decision …": past the source.
      if (c.mode === 'according' && c.s0 >= c.c1 && !(isComma(toks[p]) && continuesClause(run, p + 1, end)))
        p = Math.max(p, sourceThenClause(run, c.x1, end));
      // After "said X," a noun phrase is X's appositive ("said Ann Lee, a professor of law"), no second part.
      // After "according to X," a relative or a noun phrase with no verb of its own is X's too ("…, a pollster").
      // After "according to X," a contrast or comparison ("…, but one that …", "…, compared with …") is the writer's
      // too: only a clause going on is a second part.
      const goesOn = continuesClause(run, p + 1, end);
      const appositive =
        (c.s0 >= c.c1 && !goesOn && (c.mode !== 'according' || isAppositive(run, p + 1, end))) ||
        (c.mode === 'according' &&
          c.s0 >= c.c1 &&
          !goesOn &&
          !run.quoted(p + 1) &&
          WRITER_TAILS.has(toks[p + 1]?.lower ?? ''));
      if (isComma(toks[p]) && p + 1 < end && !startsCue(cands, p + 1) && !appositive) {
        const rr = run.opens[p + 1]!;
        if (rr >= 0 && !run.used[rr]) takeRegions(run, c, rr);
        else {
          p++;
          const e2 = trimEnd(run, p, end);
          if (e2 > p) c.content.push([p, extendToRegion(run, e2)]);
          c.rule = 'attribution/parenthetical';
        }
      } else if (toks[c.x1]?.text === ';') {
        // "These were no slips, Ruiz noted; the council had hidden the costs": a clause opening on its subject after
        // the semicolon goes on with what was said ("…, analysts say; in 2012, Ames got …" is the writer's).
        const b = c.x1 + 1;
        const f = toks[b];
        if (
          f &&
          b < end &&
          SEMI_SUBJECTS.has(f.pos) &&
          !startsCue(cands, b) &&
          !run.quoted(b) &&
          hasFiniteVerb(toks, b, Math.min(end, b + 8))
        ) {
          const e2 = trimEnd(run, b, clauseEnd(run, b, end));
          if (e2 > b) {
            c.content.push([b, extendToRegion(run, e2)]);
            c.rule = 'attribution/parenthetical';
            leftFloor = e2;
            continue;
          }
        }
      }
      leftFloor = c.x1;
    }
  }
}

/**
 * "what Ruiz says her plan would do and what it does", "What Lee says the levy would fund is unclear": after "what" +
 * a saying or belief cue, the reported clause (a subject of its own, then its verb group) ends at the next
 * conjunction, comma or finite verb. The end, or -1 when the shape does not hold.
 */
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);

function whatClauseEnd(run: Run, c: Cand, p: number, e: number): number {
  const toks = run.toks;
  const w = toks[c.s0 - 1];
  if (w?.lower !== 'what' || run.quoted(c.s0 - 1) || c.s1 > c.c0) return -1;
  if (c.entry.cls !== 'speech' && c.entry.cls !== 'belief') return -1;
  const f = toks[p];
  if (!f || !(f.pos === 'DET' || f.pos === 'PRON' || f.pos === 'PROPN' || f.pos === 'NOUN') || f.lower === 'that')
    return -1;
  let k = p;
  while (k < e && k < p + 8 && toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX') k++;
  if (k >= e || k >= p + 8 || k === p) return -1;
  while (k < e && (VERBAL.has(toks[k]!.pos) || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k++;
  for (let j = k; j < e; j++) {
    const t = toks[j]!;
    if (run.quoted(j)) continue;
    if (t.pos === 'CCONJ' || isComma(t) || t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma)) return j;
  }
  return e;
}

/**
 * "said Ruiz and the council are too timid": after a saying or belief verb, a bare noun phrase + "and" opens the
 * reported clause's coordinated subject, not a clause of its own.
 */
function coordinatedSubject(run: Run, c: Cand, d: Cand, p: number): boolean {
  const toks = run.toks;
  if (d.mode !== 'subject' || d.x0 - 1 <= p || toks[d.x0 - 1]!.lower !== 'and') return false;
  if (c.entry.cls !== 'speech' && c.entry.cls !== 'belief') return false;
  for (let k = p; k < d.x0 - 1; k++) if (!isNpTok(toks[k]!) || run.quoted(k)) return false;
  return true;
}

/**
 * "commented on the divide highlighted by the shootings", "hoped the meeting, requested by Lee, would …": a reduced
 * passive with its agent modifies a noun inside the content; it opens no clause of its own.
 */
function reducedPassive(run: Run, d: Cand): boolean {
  if (d.rule !== 'attribution/passive-by') return false;
  const b = run.toks[d.c0 - 1];
  return b !== undefined && (isNpHead(b) || isComma(b)) && !run.quoted(d.c0 - 1);
}

/** "in Dayton, Akron and Toledo who …": the relative's antecedent is the tail of a list of names, not a new item. */
function namesList(run: Run, d: Cand): boolean {
  const toks = run.toks;
  if (!d.ante) return false;
  for (let k = d.ante[0]; k < d.ante[1]; k++) if (toks[k]!.pos === 'CCONJ') return toks[k - 1]!.pos === 'PROPN';
  return false;
}

/** Parts of speech that open a clause on its subject after a semicolon. */
const SEMI_SUBJECTS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN']);

/**
 * End of the hearer after "told" within the noun phrase [p, e) the chunker joined: "told reporters the plan would
 * fail", "told CNN Tuesday it would": a determiner or time word right after a head starts what was said.
 */
function hearerEnd(run: Run, p: number, e: number): number {
  const toks = run.toks;
  for (let k = p + 1; k < e; k++) {
    const t = toks[k]!;
    const b = toks[k - 1]!;
    if ((b.pos === 'NOUN' || b.pos === 'PROPN' || b.pos === 'PRON') && (t.pos === 'DET' || TIME_HEADS.has(t.lower)))
      return k;
  }
  return e;
}

/**
 * An appositive after the comma at `q` on an object noun phrase ("Ann Lee, a judge from Ohio", "his successor, Tom
 * Reyes", "Dayton, Ohio"): a bare noun phrase that runs to the content's end, or to a comma before the end or before
 * the verb's complement ("…, for his ruling"). The token to go on from, or -1.
 */
function appositiveEnd(run: Run, q: number, e: number): number {
  const toks = run.toks;
  const n = toks[q + 1];
  // "the legacy of the mill, enshrined in local lore, and how …": a participle aside, then the list goes on.
  if (isComma(toks[q]) && n?.pos === 'VERB' && n.lower.endsWith('ed') && !run.quoted(q + 1)) {
    for (let j = q + 2; j < e - 1 && j < q + 10; j++) {
      const t = toks[j]!;
      if (run.quoted(j) || t.pos === 'AUX' || (t.pos === 'VERB' && !endsIngEd(t.lower))) return -1;
      if (isComma(t)) return toks[j + 1]!.pos === 'CCONJ' && listGoesOn(run, j, e) ? j : -1;
    }
    return -1;
  }
  // ("…, both union targets": a floating quantifier comments on the object.)
  if (!isComma(toks[q]) || !n || run.quoted(q + 1) || !APPOSITIVE_STARTS.has(n.pos) || FLOATING.has(n.lower)) return -1;
  let j = npRight(toks, q + 1, e);
  if (j < 0 || run.quoted(j - 1)) return -1;
  // "the hard questions, the ones about her server": one phrase on the appositive's head.
  if (j < e && APPOSITIVE_PREPS.has(toks[j]!.lower) && !run.quoted(j)) {
    const j2 = npRight(toks, j + 1, e);
    if (j2 > j + 1 && !run.quoted(j2 - 1)) j = j2;
  }
  const t = toks[j];
  if (j >= e || (t && CLOSERS.has(t.text) && j + 1 >= e)) return e;
  if (!isComma(t)) return -1;
  if (j + 1 >= e || (j + 2 >= e && CLOSERS.has(toks[j + 1]!.text))) return e;
  // "an officer in Tulsa, Okla., who …" / "Tulsa, Okla., police officer Ann Lee": a state after a city.
  // (The comma after the state is looked at again, unless the place modifies a noun after it.)
  if (toks[q - 1]!.pos === 'PROPN' && n.pos === 'PROPN' && j - q <= 3) {
    const m = toks[j + 1]!;
    return (m.pos === 'NOUN' || m.pos === 'ADJ') && !run.quoted(j + 1) ? j : j - 1;
  }
  // "his new book, The Long Road, and the campaign": the list goes on after the appositive.
  const m = toks[j + 1]!;
  return OBJECT_COMPLEMENT_PREPS.has(m.lower) || (m.pos === 'CCONJ' && listGoesOn(run, j, e)) ? j : -1;
}

const APPOSITIVE_PREPS: ReadonlySet<string> = new Set(['about', 'of', 'on', 'in', 'with', 'from', 'for']);

const APPOSITIVE_STARTS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'NOUN', 'ADJ', 'NUM']);
const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each']);
const OBJECT_COMPLEMENT_PREPS: ReadonlySet<string> = new Set(['for', 'of', 'as']);

/**
 * The end of the noun phrase holding the first quoted name in tokens [a, b) ("a “sham” audit of the port", "the
 * “immoral” “lie” of the moment"): past the quote, noun-phrase words, further quotes and "of" phrases; b when no
 * quote closes.
 */
function namedPhraseEnd(run: Run, a: number, b: number): number {
  const toks = run.toks;
  let k = a;
  while (k < b && run.closes[k]! < 0) k++;
  if (k >= b) return b;
  for (k++; k < b; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || run.closes[k]! >= 0) continue;
    // (Not a full stop, an object pronoun or a spaced dash: "… approach - working …".)
    const spaced = t.text === '-' && run.text.charCodeAt(t.start - 1) === 32;
    if (isNpTok(t) && t.text !== '.' && !spaced && !(t.pos === 'PRON' && !POSSESSIVES.has(t.lower))) continue;
    if (t.lower === 'of' && k + 1 < b && isNpTok(toks[k + 1]!)) continue;
    break;
  }
  return k;
}

/**
 * "The bridge he wants to build would cost …", "the judge the governor plans to nominate is …": a cue whose subject
 * follows a noun with no relative pronoun between, and whose infinitive lacks its object (a gap: the verb is followed
 * by a preposition, a verb, punctuation or a subordinator), reports the noun phrase and the infinitive, which ends
 * where the main clause goes on. [antecedent start, subject start, infinitive end], or null.
 */
function objectGap(run: Run, c: Cand, p: number, e: number, floor: number): [number, number, number] | null {
  const toks = run.toks;
  // "a loss the mayor believes to be her worst": the gap is the subject of "to be".
  const be = toks[p + 1]?.lower === 'be' && (c.entry.cls === 'belief' || c.entry.cls === 'speech');
  if (c.mode !== 'subject' || c.s0 < 0 || c.s1 > c.c0 || toks[p]?.lower !== 'to' || !(be || gapVerb(run, p + 1, e)))
    return null;
  // The subject's own start: after a noun inside the speaker NP ("the judge | the governor") or right before it.
  let sub = -1;
  for (let k = c.s0 + 1; k < c.s1; k++)
    if (
      toks[k - 1]!.pos === 'NOUN' &&
      (toks[k]!.pos === 'DET' ||
        PERSONAL_SUBJECTS.has(toks[k]!.lower) ||
        (k > c.s0 + 1 && nameWord(toks[k]!.text) && LOWER_START.test(toks[k - 1]!.text)))
    ) {
      sub = k;
      break;
    }
  if (sub < 0 && c.s0 - 1 >= floor && toks[c.s0 - 1]!.pos === 'NOUN') {
    const f = toks[c.s0]!;
    if (f.pos === 'DET' || PERSONAL_SUBJECTS.has(f.lower)) sub = c.s0;
  }
  // "a meeting that the two leaders agreed to hold": the relative pronoun stands for its noun.
  const rel = toks[c.s0 - 1];
  if (
    sub < 0 &&
    c.s0 - 2 >= floor &&
    rel &&
    GAP_RELATIVES.has(rel.lower) &&
    toks[c.s0 - 2]!.pos === 'NOUN' &&
    (toks[c.s0]!.pos === 'DET' || PERSONAL_SUBJECTS.has(toks[c.s0]!.lower) || toks[c.s0]!.pos === 'PROPN') &&
    !run.quoted(c.s0 - 1)
  ) {
    const end = be ? beEnd(run, p, e) : infinitiveGap(run, p, e);
    return end > 0 ? [c.s0 - 1, c.s0, end] : null;
  }
  if (sub < 0 || run.quoted(sub - 1)) return null;
  const head = toks[sub - 1]!.lower;
  if (TIME_HEADS.has(head) || TIME_WORDS.has(head) || MONTH_WORDS.has(head)) return null;
  const a = npLeft(toks, sub, floor);
  if (a < 0 || a >= sub) return null;
  const end = be ? beEnd(run, p, e) : infinitiveGap(run, p, e);
  return end > 0 ? [a, sub, end] : null;
}

/** A capitalised word in lower case after its first letter ("President", "Ruiz"; not "TV"). */
function nameWord(w: string): boolean {
  return UPPER_START.test(w) && w.length > 1 && LOWER_START.test(w.slice(1));
}

/** The end of "to be …" in a relative with no pronoun: the main clause's verb or punctuation. */
function beEnd(run: Run, p: number, e: number): number {
  const toks = run.toks;
  let k = p + 2;
  for (; k < e; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (t.pos === 'AUX' || ((t.pos === 'PUNCT' || isDash(t)) && t.text !== '-')) break;
    if (t.pos === 'VERB' && !endsIngEd(t.lower) && t.lower !== t.lemma) break;
  }
  return k > p + 2 ? k : -1;
}

const GAP_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'whom']);

/** Subordinators the tagger may read as adverbs ("agreed to hold | when they spoke"). */
const GAP_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'where', 'while', 'because']);

/** The verb of an infinitive at `k`: a verb, or a noun-tagged word right before a modal or the content's end. */
function gapVerb(run: Run, k: number, e: number): boolean {
  const t = run.toks[k];
  if (!t || k >= e || run.quoted(k)) return false;
  if (t.pos === 'VERB') return true;
  const n = run.toks[k + 1];
  return t.pos === 'NOUN' && t.lower === t.lemma && (k + 1 >= e || n?.pos === 'AUX');
}

/** The end of an infinitive at `p` that lacks its object, where the main clause goes on; -1 when it has one. */
function infinitiveGap(run: Run, p: number, e: number): number {
  const toks = run.toks;
  // The gap: nothing nominal right after the infinitive's verbs ("to build | would", "to keep pushing | is").
  // (The tagger may read the verb right before a modal as a noun: "to build/NOUN would".)
  let k = p + 2;
  while (k < e && toks[k]!.pos === 'VERB' && !run.quoted(k)) k++;
  const n = toks[k];
  if (
    k < e &&
    n &&
    !(n.pos === 'ADP' || n.pos === 'AUX' || n.pos === 'SCONJ' || n.pos === 'PUNCT' || GAP_SUBORDINATORS.has(n.lower))
  )
    return -1;
  // The end: the main clause's verb, a subordinator or punctuation.
  for (; k < e; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (
      t.pos === 'AUX' ||
      t.pos === 'SCONJ' ||
      GAP_SUBORDINATORS.has(t.lower) ||
      ((t.pos === 'PUNCT' || isDash(t)) && t.text !== '-')
    )
      break;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && toks[k - 1]!.lower !== 'to') break;
  }
  return k > p + 1 ? k : -1;
}

/**
 * The subject of a later cue `d` is the tail of a list that opens the content at `p` ("… in Dayton, | Akron and Toledo
 * want …"): it follows a comma, holds "and"/"or", and the words from `p` to the comma hold no verb of their own.
 */
function listTailSubject(run: Run, d: Cand, p: number): boolean {
  const toks = run.toks;
  if (d.mode !== 'subject' || d.side !== 'right' || d.s0 !== d.x0 || d.s0 <= p + 1 || !isComma(toks[d.s0 - 1]))
    return false;
  let conj = false;
  for (let k = d.s0; k < d.s1; k++) if (toks[k]!.lower === 'and' || toks[k]!.lower === 'or') conj = true;
  if (!conj) return false;
  // The first item: back from the comma over names and nouns to the content's start or a "that" ("… and that
  // Lee, Ames and Ruiz had …").
  let k = d.s0 - 2;
  while (k >= p && !run.quoted(k) && (toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'DET'))
    k--;
  if (k < d.s0 - 2 && (k < p || (toks[k]!.lower === 'that' && !run.quoted(k)))) return true;
  for (let j = p; j < d.s0 - 1; j++) {
    const t = toks[j]!;
    if (run.quoted(j) || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that' || isRelative(t)) return false;
  }
  return true;
}

/**
 * The end of a transcript turn: a speaker label in capitals opening the paragraph ("REYES: …") speaks to the end of
 * the paragraph, over its later sentences (without the final full stop); `e` otherwise.
 */
function turnEnd(run: Run, c: Cand, s: Sentence, p: number, e: number): number {
  const toks = run.toks;
  const doc = run.doc;
  const block = doc.blocks[s.block];
  if (!block || block.span.start !== toks[c.s0]?.start) return e;
  for (let k = c.s0; k < c.s1; k++) {
    const t = toks[k]!;
    if (t.text !== t.text.toUpperCase() || !HAS_UPPER.test(t.text)) return e;
  }
  let last = s.tokenEnd;
  for (let i = toks[s.tokenEnd - 1]!.sentence + 1; i < doc.sentences.length; i++) {
    const n = doc.sentences[i]!;
    if (n.block !== s.block) break;
    last = n.tokenEnd;
  }
  return last > s.tokenEnd ? trimEnd(run, p, last) : e;
}

/**
 * "Voters who say the economy will decide were split", "Aides who wanted to quit stayed on": a restrictive relative
 * on the sentence's subject reports a clause up to the main clause, whose verb group follows the reported clause's
 * own. (A bare object is left alone: "those who want more rules" then a main verb measured no better.)
 */
function subjectRelativeEnd(run: Run, c: Cand, s: Sentence, p: number, e: number): number {
  const toks = run.toks;
  const ante = c.ante ? c.ante[0] : c.s0 - 1;
  if (ante < s.tokenStart || ante > s.tokenStart + 1 || isComma(toks[c.x0 - 1]) || isDash(toks[c.x0 - 1])) return e;
  const f = toks[p];
  if (!f || run.quoted(p)) return e;
  if (!(f.lower === 'that' || f.lower === 'to' || hasClauseVerb(toks, p, Math.min(e, p + 5)))) return e;
  // Verb groups still to pass: the reported clause's own, and one more after a reporting verb in it ("that he
  // believes the plan is sound | was …").
  let need = 1;
  let inGroup = false;
  for (let k = p; k < e; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (isComma(t) || t.text === ';' || isDash(t)) return e;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX';
    // A new group: after other words, or an inflected verb right after a verb ("to quit | stayed").
    const inflected = t.pos === 'AUX' || (t.lower !== t.lemma && !t.lower.endsWith('ing'));
    if (verbal && (!inGroup || (inflected && toks[k - 1]!.pos === 'VERB'))) {
      if (need === 0) return k;
      need--;
    }
    if (t.pos === 'VERB' && CLAUSE_TAKERS.has(REPORTING_VERBS.get(t.lemma)?.cls ?? '')) need++;
    inGroup = verbal || (inGroup && (t.pos === 'ADV' || t.pos === 'PART'));
  }
  return e;
}

/** Cue classes whose verb takes a clause of its own ("believes the plan is sound"). */
const CLAUSE_TAKERS: ReadonlySet<string> = new Set(['speech', 'belief']);

/**
 * The first token after a dateline opening at `a` ("DAYTON, Ohio (AP) —", "DAYTON (Reuters) -"): a place in capitals,
 * optional state and agency, then a dash before a capitalised word; `a` when there is none.
 */
function datelineEnd(run: Run, a: number, q: number): number {
  const toks = run.toks;
  const f = toks[a];
  if (!f || f.text.length < 3 || f.text !== f.text.toUpperCase() || !HAS_UPPER.test(f.text)) return a;
  for (let k = a + 1; k < q && k <= a + 12; k++) {
    const t = toks[k]!;
    if (isDash(t)) return UPPER_START.test(toks[k + 1]?.text ?? '') && k + 1 < q ? k + 1 : a;
    if (run.quoted(k) || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PUNCT' || UPPER_START.test(t.text)))
      return a;
  }
  return a;
}

/** The token after a "(" left open between `a` and `q` (the cue is inside the bracket), or `a`. */
function openBracketBefore(run: Run, a: number, q: number): number {
  const toks = run.toks;
  let depth = 0;
  for (let k = q; k >= a && q - k <= 60; k--) {
    const t = toks[k]!.text;
    if (t === ')') depth++;
    else if (t === '(') {
      if (depth === 0) return k + 1 < q ? k + 1 : a;
      depth--;
    }
  }
  return a;
}

/** Particles of phrasal verbs ("talked up", "summed up", "singled out"), left out of a cue not in the lexicon. */
const PARTICLES_LEFT: ReadonlySet<string> = new Set(['up', 'out', 'down', 'off']);

/** The first region of the quote that region r continues. */
function headOf(run: Run, r: number): number {
  let h = r;
  while (run.regions[h]!.prev >= 0) h = run.regions[h]!.prev;
  return h;
}

/** "called for taxing such income, such as that of partnerships, at 15 percent": examples go on with the object. */
function exampleAfter(run: Run, q: number): boolean {
  const n = run.toks[q + 1];
  const m = run.toks[q + 2];
  if (n === undefined) return false;
  // "echoed Ruiz's point, that the tolls hurt the poor": a "that" clause in apposition to a noun says what it holds.
  if (
    n.lower === 'that' &&
    run.toks[q - 1]?.pos === 'NOUN' &&
    !run.quoted(q + 1) &&
    hasFiniteVerb(run.toks, q + 2, q + 8)
  )
    return true;
  // "thanked his aides, as well as his wife", "backed Ames, along with two other senators": an added item.
  if ((n.lower === 'as' && m?.lower === 'well') || (n.lower === 'along' && m?.lower === 'with')) return true;
  // "blamed the clinics, not the gun laws, for …": a contrasted item goes on.
  if (n.lower === 'not' && m !== undefined && m.pos !== 'PRON' && !run.quoted(q + 2)) return true;
  // "praised his rivals, especially Ruiz", "the costs missed, like the tunnel": an example of the object.
  if (EXAMPLE_OPENERS.has(n.lower) && m !== undefined && m.pos !== 'PRON' && !run.quoted(q + 1)) return true;
  return (n.lower === 'such' && m?.lower === 'as') || n.lower === 'including';
}

/** Words opening an example or a narrowing of an object after a comma. */
const EXAMPLE_OPENERS: ReadonlySet<string> = new Set(['especially', 'particularly', 'notably', 'like']);

/** Words opening a complement clause rather than a noun-phrase object. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'how', 'whether', 'why']);

/** Subordinators that open a complement's own lead clause ("that if …, he …"). */
const LEAD_SUBORDINATORS: ReadonlySet<string> = new Set([
  'if',
  'since',
  'when',
  'because',
  'although',
  'though',
  'while',
  'after',
  'before',
  'unless',
  'once',
  'whether',
]);

/** The comma closing a subordinate clause that opens the content at `p` ("that if X, …"), or -1. */
function leadClauseEnd(run: Run, p: number, end: number): number {
  const toks = run.toks;
  let k = toks[p]?.lower === 'that' ? p + 1 : p;
  // "noted that at an early board meeting, in 1998, she backed …": a fronted phrase with no verb, then the clause.
  if (k > p && toks[k]?.pos === 'ADP' && !run.quoted(k)) return frontedPhraseEnd(run, k, end);
  if (!LEAD_SUBORDINATORS.has(toks[k]?.lower ?? '') || run.quoted(k)) return -1;
  for (k++; k < end && k < p + 40; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (isComma(t)) return k;
    if (t.text === ';' || CLOSERS.has(t.text)) return -1;
  }
  return -1;
}

/** The last comma of a verbless phrase opening a clause at k, right before the clause's first verb; -1 when none. */
function frontedPhraseEnd(run: Run, k: number, end: number): number {
  const toks = run.toks;
  let last = -1;
  for (let m = k + 1; m < end && m < k + 30; m++) {
    const t = toks[m]!;
    if (run.quoted(m)) return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') return last;
    if (isComma(t)) last = m;
    else if (
      t.text === ';' ||
      t.text === ':' ||
      CLOSERS.has(t.text) ||
      (isDash(t) && t.text !== '-') ||
      t.pos === 'SCONJ' ||
      isRelative(t)
    )
      return -1;
  }
  return -1;
}

/** Words opening the writer's own tail after "according to X,". */
const WRITER_TAILS: ReadonlySet<string> = new Set(['but', 'compared', 'up', 'down', 'higher', 'lower']);

/** A day, a month, a date or a time word after "on" ("on Monday", "on May 4"). */
function isWhen(t: Token): boolean {
  return t.pos === 'NUM' || /^\d/.test(t.text) || MONTH_WORDS.has(t.lower) || TIME_WORDS.has(t.lower);
}

/** A number or "half" after "about": an estimate ("about half", "about 40 percent"), not a topic. */
function isEstimate(t: Token): boolean {
  return t.pos === 'NUM' || t.lower === 'half' || /^\d/.test(t.text);
}

/** The comma right after a cue, or after a short phrase on it ("she said in an interview,"); -1 when none. */
function commaAfterCue(run: Run, x1: number, end: number): number {
  const toks = run.toks;
  for (let k = x1; k < end && k <= x1 + 8; k++) {
    const t = toks[k]!;
    if (isComma(t)) return k;
    if (run.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || CLOSERS.has(t.text)) return -1;
    if (t.text === ';' || t.text === ':' || isDash(t) || isRelative(t)) return -1;
  }
  return -1;
}

/**
 * The comma closing a source after "according to" (past its relative, and past one appositive) when the sentence's
 * clause goes on after it ("…, according to aides who were there, was a decision …"); -1 otherwise.
 */
function sourceThenClause(run: Run, x1: number, end: number): number {
  const toks = run.toks;
  for (let k = x1; k < end && k < x1 + 30; k++) {
    const t = toks[k]!;
    if (run.quoted(k)) continue;
    if (CLOSERS.has(t.text) || t.text === ';' || t.text === ':') return -1;
    if (!isComma(t)) continue;
    if (continuesClause(run, k + 1, end)) return k;
    const j = npRight(toks, k + 1, end);
    return j > k + 1 && isComma(toks[j]) && continuesClause(run, j + 1, end) ? j : -1;
  }
  return -1;
}

/** Tokens from `a` are a relative or a bare noun phrase up to a comma, a preposition or the end: an appositive. */
function isAppositive(run: Run, a: number, end: number): boolean {
  const toks = run.toks;
  const t = toks[a];
  if (!t || a >= end) return false;
  if (isRelative(t) || t.lower === 'where') return true;
  const j = npRight(toks, a, end);
  if (j < 0) return false;
  const n = toks[j];
  return j >= end || !n || isComma(n) || CLOSERS.has(n.text) || n.pos === 'ADP' || isRelative(n);
}

/** Tokens from `a` carry on a clause ("would use …", "to pursue …", "that the law …", "his plan would …"). */
function continuesClause(run: Run, a: number, end: number): boolean {
  const toks = run.toks;
  const n = toks[a];
  // "…,” he said, that both men had ties …": a "that" clause (not a relative pronoun) goes on.
  if (n?.lower === 'that' && n.pos === 'SCONJ' && a < end && !run.quoted(a))
    return hasFiniteVerb(toks, a + 1, Math.min(end, a + 8));
  if (!n || a >= end || run.quoted(a) || !LOWER_START.test(n.text) || isRelative(n) || n.lower === 'where')
    return false;
  if (n.pos === 'VERB' && n.lower.endsWith('ing')) return false;
  if (n.lower === 'that' || (n.lower === 'to' && toks[a + 1]?.pos === 'VERB')) return true;
  if (!(n.pos === 'AUX' || n.pos === 'VERB' || n.pos === 'PRON' || n.pos === 'ADV')) return false;
  return hasFiniteVerb(toks, a, Math.min(end, a + 6));
}

/**
 * For a construction between commas followed by a quote: the sentence-opening noun phrase before the comma at `comma`
 * (which is the subject of the quoted words) and the words after the quote up to the sentence end; null when the
 * part before is no bare noun phrase ("Asked what he wanted, Adelson said, “…”").
 */
function parentheticalAround(
  run: Run,
  c: Cand,
  comma: number,
  r: number,
  end: number,
): [[number, number], [number, number] | null] | null {
  const toks = run.toks;
  const s = run.doc.sentences[toks[c.c0]!.sentence]!;
  let a = s.tokenStart;
  while (a < comma && (toks[a]!.pos === 'CCONJ' || toks[a]!.pos === 'PUNCT') && run.opens[a]! < 0) a++;
  // A quote opening in lower case goes on with the words before the aside ("Lee, an aide said, “is sure” …"), whatever
  // their shape ("Both of these rules, he said, “point the same way”"), unless they hold a verb of their own.
  const inner = toks[run.regionOpenTok[r]! + 1];
  const goesOn = inner !== undefined && LOWER_START.test(inner.text) && plainLead(run, a, comma);
  if (!isComma(toks[comma]) || comma - a < (goesOn ? 1 : 2) || run.quoted(a)) return null;
  // "In cases of abortion, it said, “…”", "While sales are up, he said, “…”": an adverbial lead-in is said too.
  if (!goesOn && npLeft(toks, comma, a) !== a && !adverbialLead(run, a, comma)) return null;
  // "Last week, Ames said, “…”": a time phrase is no subject; "Lamenting their luck, …": nor is a participle phrase.
  if (toks[a]!.lower.endsWith('ing')) return null;
  const head = toks[comma - 1]!.lower;
  if (TIME_HEADS.has(head) || TIME_WORDS.has(head) || MONTH_WORDS.has(head)) return null;
  const close = run.regionCloseTok[r]!;
  let tail: [number, number] | null = null;
  const b = close + 1;
  if (b < end && !CLOSERS.has(toks[b]!.text) && !isComma(toks[b]) && !run.quoted(b)) {
    const e = trimEnd(run, b, clauseEnd(run, b, end));
    if (e > b) tail = [b, e];
  }
  return [[a, comma], tail];
}

/**
 * Words that go on after a lead-in quote in its sentence ("said, “I have not heard that” from the police"): the
 * quote closed with no sentence or clause end of its own and a lower-case phrase follows; null otherwise.
 */
function tailAfterQuote(run: Run, cands: readonly Cand[], r: number, end: number): [number, number] | null {
  const toks = run.toks;
  if (run.regions[r]!.next >= 0) return null;
  const close = run.regionCloseTok[r]!;
  const g = run.regions[r]!;
  const last = run.text.charCodeAt(g.close - 1);
  // A quote closing on . , ! ? ends its own clause.
  if (last === 46 || last === 44 || last === 33 || last === 63) return null;
  const b = close + 1;
  const n = toks[b];
  if (!n || b >= end || run.quoted(b) || !LOWER_START.test(n.text) || startsCue(cands, b)) return null;
  if (!(n.pos === 'ADP' || n.pos === 'ADV' || n.pos === 'PART')) return null;
  const e = trimEnd(run, b, clauseEnd(run, b, end));
  return e > b ? [b, e] : null;
}

/** Tokens [a, comma) hold no quote, verb, "according" or "that" of their own (a phrase, not a clause). */
function plainLead(run: Run, a: number, comma: number): boolean {
  for (let k = a; k < comma; k++) {
    const t = run.toks[k]!;
    if (run.quoted(k) || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'according' || t.lower === 'that')
      return false;
  }
  return true;
}

/** Conditions and contrasts opening a lead ("While sales are up, he said, “…”"); others measured as the writer's. */
const LEAD_OPENERS: ReadonlySet<string> = new Set(['while', 'if', 'whether', 'unless']);

/** Tokens [a, comma) are an adverbial clause or phrase opening the sentence (not a participle or "asked" lead). */
function adverbialLead(run: Run, a: number, comma: number): boolean {
  const toks = run.toks;
  if (!LEAD_OPENERS.has(toks[a]!.lower)) return false;
  for (let k = a; k < comma; k++) {
    const t = toks[k]!;
    // A "that" clause in the lead reports something else ("While he agreed that …, he said, “…”").
    if (run.quoted(k) || t.lower === 'asked' || t.lower === 'according' || t.lower === 'that') return false;
  }
  const n = toks[a + 1]!;
  return !(n.pos === 'VERB' && endsIngEd(n.lower));
}

function startsCue(cands: readonly Cand[], p: number): boolean {
  for (const c of cands) if (c.x0 === p || c.c0 === p) return true;
  return false;
}

/** Later cues that fall inside a direct quote just taken are not separate attributions. */
function cutLater(run: Run, cands: Cand[], k: number, until: number): void {
  void run;
  for (let m = k + 1; m < cands.length; m++) if (cands[m]!.x0 < until) cands[m]!.dropped = true;
}

/**
 * "criticised him for saying …": a speech participle after a preposition reports inside the content, and as its own
 * quote too; other participles after a preposition ("by emphasizing …") are only part of the content.
 */
function nestedCue(run: Run, d: Cand): boolean {
  const b = run.toks[d.x0 - 1];
  return d.mode === 'participle' && afterPreposition(b) && d.entry.cls === 'speech';
}

/** Prepositions the tagger may read as conjunctions before a gerund ("for saying", "by claiming"). */
const GERUND_PREPS: ReadonlySet<string> = new Set(['for', 'by', 'of', 'without', 'from', 'about', 'in']);

function afterPreposition(b: Token | undefined): boolean {
  return b !== undefined && (b.pos === 'ADP' || (b.pos === 'SCONJ' && GERUND_PREPS.has(b.lower)));
}

/** A later construction ends an earlier content when it starts a new clause (after a comma, "and", ";"). */
/** Object pronouns before a noun phrase ("called him a liar"); not "that", "what" or "which". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/**
 * "called him a liar and the mayor accused him of lying": a later cue's subject read as "a liar and the mayor" starts
 * right after an object noun or pronoun of the content; the conjunction opens a new clause, and the subject is the
 * conjunct after it. (Not "said that Lee and Ruiz accused …": there the subject follows "that".)
 */
function splitSubject(run: Run, d: Cand): void {
  const toks = run.toks;
  if (d.mode !== 'subject' || d.s0 !== d.x0 || d.s1 > d.c0) return;
  const b = toks[d.x0 - 1];
  if (!b || run.quoted(d.x0 - 1) || !(OBJECT_PRONOUNS.has(b.lower) || b.pos === 'NOUN' || b.pos === 'PROPN')) return;
  for (let k = d.x0 + 1; k + 1 < d.s1; k++) {
    const t = toks[k]!;
    if (run.quoted(k) || isComma(t)) return;
    if (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'but')) {
      const n = toks[k + 1]!;
      if (n.pos !== 'DET' && n.pos !== 'PROPN' && n.pos !== 'PRON') return;
      d.s0 = k + 1;
      d.x0 = k + 1;
      return;
    }
  }
}

function isBoundary(run: Run, d: Cand): boolean {
  const b = run.toks[d.x0 - 1];
  // "criticised him for saying …": a participle after a preposition is inside the content, not a new clause.
  if (d.mode === 'participle' && afterPreposition(b)) return false;
  // "said the “big” donors had left": a quoted modifier before the subject is no quote the cue reports.
  if (d.side === 'left' && d.mode === 'subject' && quotedModifier(run, d.x0 - 1)) return false;
  if (d.mode === 'participle' || d.mode === 'coord' || d.mode === 'according' || d.side === 'left') return true;
  if (!b) return true;
  // "a question-and-answer session would …": a hyphen inside a compound opens no clause.
  if (innerHyphen(run, d.x0 - 1) || innerHyphen(run, d.x0)) return false;
  // "said he and other pastors are planning …": a subject pronoun before "and" coordinates the later cue's subject.
  if (b.pos === 'CCONJ' && SUBJECT_PRONOUNS.has(run.toks[d.x0 - 2]?.lower ?? '')) return false;
  // "said teachers or parents would …": nouns joined by "or" are one subject.
  if (b.lower === 'or' && d.mode === 'subject' && isNpHead(run.toks[d.x0 - 2]!) && !run.quoted(d.x0 - 2)) return false;
  return isComma(b) || b.pos === 'CCONJ' || b.text === ';' || isDash(b) || b.lower === 'while' || b.lower === 'but';
}

/** Punctuation that closes a quoted sentence or clause right before its mark. */
const STOPS_IN_QUOTE: ReadonlySet<string> = new Set([',', '.', '!', '?', ';', ':', '…', ' ']);

/**
 * A short quote closing at token `k` on a word (no comma or stop inside the mark) after a word of the clause, as a
 * modifier or name inside a noun phrase: "the “big” donors", "the ''Stay'' camp".
 */
function quotedModifier(run: Run, k: number): boolean {
  const r = k >= 0 ? run.closes[k]! : -1;
  if (r < 0) return false;
  const g = run.regions[r]!;
  const open = run.regionOpenTok[r]!;
  const b = run.toks[open - 1];
  if (!g.closed || g.prev >= 0 || !b || isComma(b) || b.pos === 'PUNCT' || b.pos === 'VERB' || b.pos === 'AUX')
    return false;
  return !STOPS_IN_QUOTE.has(run.text[g.close - 1] ?? '.') && wordCount(run.text, g.openEnd, g.close) <= 4;
}

/** A hyphen joining two words with no space ("question-and-answer"). */
function innerHyphen(run: Run, k: number): boolean {
  const t = run.toks[k];
  return t?.text === '-' && k > 0 && run.toks[k - 1]!.end === t.start && run.toks[k + 1]?.start === t.end;
}

/** The token end of a sentence's content (trailing punctuation is trimmed per content by trimEnd). */
function sentenceEnd(s: Sentence): number {
  return s.tokenEnd;
}
