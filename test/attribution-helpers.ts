import { createAnalyzer } from '../src/index.js';

/** An analyzer without events and claims: attribution tests need only the quotes. */
export const analyzer = createAnalyzer({ events: false, claims: false });

/** The quotes of a short text, read back as text: kind, rule, act, content parts, cue and speaker mention. */
export function quotes(text: string) {
  return analyzer.analyzeDoc(text).quotes.map((q) => ({
    kind: q.kind,
    rule: q.rule,
    act: q.act,
    c: q.content.map((s) => text.slice(s.start, s.end)),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    who: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  }));
}
