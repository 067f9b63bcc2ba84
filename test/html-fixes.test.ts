import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/html/dom.js';
import { isBoilerplate } from '../src/html/filters.js';
import { extractHtml } from '../src/html/index.js';
import { pageParagraphs } from '../src/html/paragraphs.js';

// Texts written for these tests: a made-up story about a town library.
const BODY = [
  'The town council voted on Monday to keep the central library open on Sundays for at least another two years.',
  'Librarians had warned that cutting the Sunday hours would hit students and shift workers hardest, the council said.',
  'The extra opening will be paid for from the culture budget, which grows by three per cent next year, officials said.',
  'A petition to keep the hours had gathered more than six thousand signatures in the four weeks before the vote.',
  'The library will also lend laptops from the spring, a scheme the council described as a trial for the whole region.',
];
const para = (s: string): string => `<p>${s}</p>`;
const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Library keeps Sunday hours</title></head><body>${body}</body></html>`;
const bodyOf = (html: string): string => {
  const ex = extractHtml(html);
  return ex.text.slice(ex.bodyStart);
};

describe('extractHtml: Parley fixes over Readability', () => {
  it('leaves out ruby annotations (the reading printed over the base text)', () => {
    const ruby = '<p>The <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby> sign was repainted by volunteers.</p>';
    const text = bodyOf(
      page(`<article><h1>Library keeps Sunday hours</h1>${ruby}${BODY.map(para).join('')}</article>`),
    );
    expect(text).toContain('The 漢字 sign was repainted by volunteers.');
    expect(text).not.toContain('かんじ');
  });

  it('drops author bios, disclaimers, newsletter boxes and captions inside the body by their class', () => {
    const html = page(`<article><h1>Library keeps Sunday hours</h1>
      ${para(BODY[0]!)}${para(BODY[1]!)}
      <div class="photo"><img src="a.jpg"><span class="newsCaption">Readers queue at the library door on a Sunday morning</span></div>
      ${para(BODY[2]!)}
      <div class="newsletter-signup"><h3>Stay in the loop</h3><p>Our weekly letter brings the council's decisions to you every Friday morning.</p></div>
      ${para(BODY[3]!)}${para(BODY[4]!)}
      <div class="post-author-bio"><img src="sam.jpg"><p>Sam Reed has covered the town hall for the paper since the flood of the last decade.</p></div>
      <p class="editorial-disclaimer">Opinions in the reader letters below are those of their writers alone.</p>
      </article>`);
    expect(bodyOf(html)).toBe(BODY.join('\n\n'));
  });

  it('keeps a "caption-credit" part out of the caption test: the whole caption box goes', () => {
    const html = page(`<article><h1>Library keeps Sunday hours</h1>${para(BODY[0]!)}
      <div class="figure"><img src="b.jpg"><div class="caption">The reading room after the refit <span class="caption-credit">(Photo: Town Archive)</span></div></div>
      ${BODY.slice(1).map(para).join('')}</article>`);
    expect(bodyOf(html)).toBe(BODY.join('\n\n'));
  });

  it('does not treat a wrapper named like chrome as chrome when it holds most of the page', () => {
    const html = page(`<nav><a href="/">Home</a></nav>
      <div class="above-footer"><div class="story">${BODY.map(para).join('')}</div></div>
      <footer class="site-footer"><p>Contact the newsroom by post at the town hall address, weekdays only.</p></footer>`);
    const paras = pageParagraphs(parseDocument(html));
    expect(paras.filter((p) => !p.chrome).map((p) => p.text)).toEqual(BODY);
    expect(paras.find((p) => p.text.startsWith('Contact'))?.chrome).toBe(true);
  });

  it('takes a standfirst heading ("deck") that sits between headline and body', () => {
    const deck = 'Councillors overturned a plan to close on Sundays after weeks of protest by readers';
    const html = page(`<article><header><h1>Library keeps Sunday hours</h1><h2 class="article-deck">${deck}</h2>
      <span class="byline">By Sam Reed</span></header>
      <div class="body">${BODY.map(para).join('')}</div></article>`);
    expect(bodyOf(html)).toBe([deck, ...BODY].join('\n\n'));
  });
});

describe('extractHtml: furniture lines and page shapes', () => {
  it('drops "By" lines with names and dates, in several languages, but not sentences that start with "By"', () => {
    const html = page(`<article><h1>Library keeps Sunday hours</h1>
      <p>By Sam Reed | March 3, 2024 at 9:10 AM - Updated March 3 at 11:00 AM</p>
      ${para(BODY[0]!)}<p>Por Ana Gómez y Luis Ortega</p>${BODY.slice(1).map(para).join('')}
      <p>By Tuesday, the doors were open again.</p></article>`);
    expect(bodyOf(html)).toBe([...BODY, 'By Tuesday, the doors were open again.'].join('\n\n'));
  });

  it('drops gallery counters, credit lines, wire contributor lines and affiliate notes', () => {
    const html = page(`<article><h1>Library keeps Sunday hours</h1>
      <p>Image 2 of 7</p><p>(Image credit: Town Archive)</p>${para(BODY[0]!)}
      <p>The new reading room on its first morning.Reuters</p>${BODY.slice(1).map(para).join('')}
      <p>We may earn a commission when you buy through links on this page. Our picks are made by editors who do not see
      which shops pay us, and a shop cannot buy a place in a list; prices were right when we checked them, but they
      change, so look again before you order anything we recommend.</p>
      <p>(Reporting by Sam Reed; editing by Jo Lane)</p><p>Featured image by Jo Lane/Town Archive</p></article>`);
    expect(bodyOf(html)).toBe(BODY.join('\n\n'));
  });

  it('reads pages that leave out the <body> tag', () => {
    const html = `<html><head><title>Library keeps Sunday hours</title><style>p{color:red}</style></head>
      <div class="site"><article><h1>Library keeps Sunday hours</h1>${BODY.map(para).join('')}</article></div></html>`;
    expect(bodyOf(html)).toBe(BODY.join('\n\n'));
  });
});

describe('extractHtml: a second Readability pass for short results', () => {
  it('finds an article whose wrapper has a chrome-like class, not only the short disclaimer box beside it', () => {
    const notice =
      'Some offers on this site come from partners who pay us when readers sign up through our links. We only list ' +
      'offers we have checked ourselves, and partners never see our reviews before they are published, and they ' +
      'cannot change them afterwards either. Full details of how we work with partners are on the about page. ' +
      'Prices and terms can change at any time, so check them with the provider before you sign anything, and ' +
      'keep a copy of what you agreed to. Questions about this policy go to the editor, whose address is below.';
    const html = page(`<section class="notice-body"><h3>How we work</h3><p>${notice}</p></section>
      <div class="extra-wrap"><div class="text">${BODY.map(para).join('')}${BODY.map(para).join('').replace(/the /g, 'this ')}</div></div>`);
    const ex = extractHtml(html);
    for (const b of BODY) expect(ex.text).toContain(b);
    expect(ex.method).toBe('readability');
  });
});

describe('extractHtml: <noscript> copies of the post', () => {
  it('reads a post kept in <noscript> for script-less readers, and ignores short noscript notes', () => {
    const html = page(`<div class="post"><h1>Library keeps Sunday hours</h1>
      <script type="text/template"><p>${BODY[0]}</p></script>
      <noscript><p>Please turn on JavaScript to see comments.</p></noscript>
      <noscript>${BODY.map(para).join('')}</noscript></div>`);
    expect(bodyOf(html)).toBe(BODY.join('\n\n'));
    expect(extractHtml(html).method).toBe('readability');
  });
});

describe('boilerplate lexicon: furniture kinds added from error analysis', () => {
  it('flags paywall, app, disclaimer, reading-time, copyright, sign-off, prompt and label lines', () => {
    const furniture = [
      'To read the full article, subscribe to the Harbour Post today.',
      'Already a member? Log in to keep reading this story.',
      'For breaking news on the go, get the Harbour Post app for iPhone and Android.',
      'This column does not necessarily reflect the views of the editors.',
      'Lesezeit: 4 Minuten',
      '6 min read',
      'Alle Rechte vorbehalten.',
      '(dpa)',
      'kb/AFP',
      'Gefällt dir unser Magazin?',
      'Den Beitrag mit anderen teilen',
      'Kontakt:',
      'Aktualisiert am 4. März 2024, 10:15 Uhr',
      'Vorschau auf den nächsten Artikel',
      'Next article',
    ];
    for (const line of furniture) expect(isBoilerplate(line), line).toBe(true);
  });

  it('leaves sentences that only share a word with furniture alone', () => {
    const prose = [
      'The mayor said the booking app for iOS and Android would arrive late.',
      'Readers who subscribe get the print edition on Saturdays, the publisher said.',
      'Von Berlin aus fuhren die Züge weiter nach Hamburg.',
      'The AP reported the figures first.',
    ];
    for (const line of prose) expect(isBoilerplate(line), line).toBe(false);
  });
});

describe('extractHtml: repeated blocks', () => {
  it('keeps short repeated lines (list and table labels) but drops a repeated paragraph', () => {
    const plan = ['Morning', 'Oat porridge with pears and walnuts', 'Evening', 'Oat porridge with pears and walnuts'];
    const html = page(`<article><h1>Library keeps Sunday hours</h1>${BODY.slice(0, 3).map(para).join('')}
      <ul>${plan.map((x) => `<li>${x}</li>`).join('')}</ul>${para(BODY[3]!)}${para(BODY[0]!)}${para(BODY[4]!)}</article>`);
    expect(bodyOf(html)).toBe([...BODY.slice(0, 3), ...plan, BODY[3], BODY[4]].join('\n\n'));
  });
});
