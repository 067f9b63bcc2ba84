/** HTML fixes found in the issue-5 audit: pull quotes are repeated blocks. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/html/index.js';

const page = (body: string) =>
  `<!doctype html><html><head><title>Mine closure angers town</title></head><body><article><h1>Mine closure angers town</h1>${body}</article></body></html>`;

const P1 =
  'The owners of the Kiruna East mine said on Monday it would close by December, putting 600 jobs at risk in a town of 20,000 people.';
const P2 =
  '"This is a catastrophe for our town," mayor Elin Sand said, adding that the council would seek talks with the government.';
const P3 = 'The company blamed falling ore prices and rising energy costs for the decision to close the mine.';
const P4 = 'Union leader Nils Berg said workers had been given no warning and would hold a meeting on Thursday.';

describe('extractHtml: pull quotes', () => {
  it('drops a short block that repeats part of a paragraph near it, wherever it stands', () => {
    for (const pull of [
      '<blockquote class="pullquote">"This is a catastrophe for our town"</blockquote>',
      '<aside><p>This is a catastrophe for our town</p></aside>',
      '<p><strong>“This is a catastrophe for our town”</strong></p>',
    ]) {
      const { text } = extractHtml(page(`<p>${P1}</p>${pull}<p>${P2}</p><p>${P3}</p><p>${P4}</p>`));
      expect(text).toBe(`Mine closure angers town\n\n${P1}\n\n${P2}\n\n${P3}\n\n${P4}`);
    }
  });

  it('keeps short paragraphs that are not inside another, and a repeat too far away to be a pull quote', () => {
    const short = 'The mine opened in 1958 and employed 2,000 people at its peak.';
    const far = 'This is a catastrophe for our town';
    const body = `<p>${P1}</p><p>${far}.</p><p>${short}</p><p>${P3}</p><p>${P4}</p><p>${P3.replace('the mine', 'it')}</p><p>${P2}</p>`;
    const { text } = extractHtml(page(body));
    expect(text).toContain(short);
    // Five blocks from the paragraph it repeats: a line of its own, not a pull quote.
    expect(text).toContain(`\n\n${far}.\n\n`);
    expect(text).toContain(P2);
  });
});
