/** Output: the run's candidates become the document's `Quote`s (spans, speaker, act, rule, confidence), in order. */
import type { Quote, Span, Speaker, SpeechAct } from '../model/index.js';
import { decideAct } from './acts.js';
import { firstTok, isWs, type Run } from './run.js';

export function emit(run: Run): void {
  const { doc, toks, text } = run;
  const cands = run.out.sort((a, b) => firstTok(a, run) - firstTok(b, run));
  const quotes: Quote[] = [];
  const minChars = 2;
  for (const c of cands) {
    const spans: Span[] = [];
    for (const r of c.regions) {
      const g = run.regions[r]!;
      let a = g.openEnd;
      let b = g.close;
      while (a < b && isWs(text.charCodeAt(a))) a++;
      while (b > a && isWs(text.charCodeAt(b - 1))) b--;
      if (c.kind === 'partial') while (b > a && (text[b - 1] === '.' || text[b - 1] === ',')) b--;
      if (b > a) spans.push({ start: a, end: b });
    }
    for (const [a, e] of c.content) spans.push({ start: toks[a]!.start, end: toks[e - 1]!.end });
    spans.sort((x, y) => x.start - y.start);
    const len = spans.reduce((n, s) => n + s.end - s.start, 0);
    if (spans.length === 0 || len < minChars) continue;
    const cue: Span | null = c.c0 >= 0 ? { start: toks[c.c0]!.start, end: toks[c.c1 - 1]!.end } : null;
    let speaker: Speaker;
    if (c.s0 >= 0) {
      speaker = run.speakers.resolve(toks, c.s0, c.s1, c.ante);
      run.speakers.remember(speaker);
    } else speaker = { mention: null, entity: null, name: null };
    const contentText = spanText(text, spans);
    const firstWord = c.content[0] ? toks[c.content[0][0]]!.lower : '';
    const act: SpeechAct = decideAct(
      c.entry.act,
      c.entry.cls === 'naming',
      contentText,
      firstWord === 'to' ||
        (c.entry.addressee === true && /\bto\b/.test(contentText.slice(0, 40)) && c.entry.act === 'question'),
    );
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: c.kind,
      content: spans,
      cue,
      act,
      speaker,
      ...(c.negated ? { negated: true } : {}),
      rule: c.rule,
      confidence: c.confidence,
    });
  }
  doc.quotes = quotes;
}

/** The spans' text joined by single spaces (one slice for the usual single span, no intermediate array). */
function spanText(text: string, spans: readonly Span[]): string {
  let out = text.slice(spans[0]!.start, spans[0]!.end);
  for (let k = 1; k < spans.length; k++) out += ` ${text.slice(spans[k]!.start, spans[k]!.end)}`;
  return out;
}
