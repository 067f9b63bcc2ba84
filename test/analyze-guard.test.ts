import { describe, expect, it } from 'vitest';
import { createAnalyzer, STAGES } from '../src/index.js';

describe('a stage that fails keeps the article', () => {
  it('empties only the layers of that stage, says so in a diagnostic, and runs the later stages', () => {
    const events = STAGES.find((s) => s.name === 'events')!;
    const original = events.run;
    // Stages are frozen; a stand-in is swapped in through the array's own slot for the length of this test.
    const i = STAGES.indexOf(events);
    const broken = {
      ...events,
      run: () => {
        throw new Error('boom');
      },
    };
    (STAGES as unknown as (typeof events)[])[i] = broken;
    try {
      const doc = createAnalyzer().analyzeDoc('“We will not sign,” the minister said on Monday.');
      expect(doc.events).toEqual([]);
      expect(doc.quotes).toHaveLength(1);
      expect(doc.diagnostics).toEqual([
        {
          severity: 'warning',
          code: 'PARLEY_W_STAGE_FAILED',
          stage: 'events',
          span: null,
          reason: 'the events stage failed (boom); its layers are empty',
        },
      ]);
      expect(doc.claims.length).toBeGreaterThan(0);
    } finally {
      (STAGES as unknown as (typeof events)[])[i] = events;
      expect(events.run).toBe(original);
    }
  });
});
