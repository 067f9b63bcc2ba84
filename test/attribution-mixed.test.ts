import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';

const analyzer = createAnalyzer({ events: false, claims: false });

function quotes(text: string) {
  return analyzer.analyzeDoc(text).quotes.map((q) => ({
    kind: q.kind,
    rule: q.rule,
    c: q.content.map((s) => text.slice(s.start, s.end)),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    who: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  }));
}

describe('quote continuations', () => {
  it('a quote that ends its sentence continues even when the splitter runs on into the next cue', () => {
    const qs = quotes(
      "The two fled the city in May.\n\n''We are students,'' Ms. Rahimi said. ''We are not soldiers.'' Mr. Karim said: ''The shelling was the worst.''",
    );
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/split', cue: 'said', who: 'Ms. Rahimi' });
    expect(qs[0]!.c).toEqual(['We are students,', 'We are not soldiers.']);
    expect(qs[1]).toMatchObject({ kind: 'direct', cue: 'said', who: 'Mr. Karim' });
    expect(qs[1]!.c).toEqual(['The shelling was the worst.']);
  });

  it('a quote followed by the writer’s own clause in the same sentence is not a continuation', () => {
    const qs = quotes('“We will win,” the mayor said. “Next week” is when the council votes on the plan.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['We will win,']);
  });
});
