import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/html/dom.js';
import { densityParagraphs } from '../src/html/fallback.js';
import { extractHtml } from '../src/html/index.js';
import { pageParagraphs } from '../src/html/paragraphs.js';
import { ParleyError } from '../src/model/index.js';

const para = (s: string): string => `<p>${s}</p>`;

const BODY = [
  'The harbour authority said on Tuesday that the northern pier would close for repairs from the first of May.',
  'Engineers found cracks in two of the supporting columns during a routine inspection last month, officials said.',
  'Ferry operators will move their services to the southern terminal while the work is carried out over the summer.',
  'A spokesperson for the authority said the repairs were expected to cost about four million euros in total.',
];

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en-gb"><head>${head}</head><body>${body}</body></html>`;
}

describe('extractHtml: text', () => {
  it('puts the headline first, then standfirst and body, blocks separated by blank lines', () => {
    const html = page(
      '<title>Pier to close for repairs - Harbour Post</title><meta property="og:site_name" content="Harbour Post">',
      `<nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav>
       <article><header><h1>Pier to close for repairs</h1>
       <p class="standfirst">Cracks found in the northern pier mean months of work for the harbour this summer.</p></header>
       <div class="story">${BODY.map(para).join('')}</div></article>
       <footer><p>Copyright 2024 Harbour Post. All rights reserved.</p></footer>`,
    );
    const ex = extractHtml(html);
    expect(ex.text).toBe(
      [
        'Pier to close for repairs',
        'Cracks found in the northern pier mean months of work for the harbour this summer.',
        ...BODY,
      ].join('\n\n'),
    );
    expect(ex.bodyStart).toBe('Pier to close for repairs\n\n'.length);
    expect(ex.method).toBe('readability');
  });

  it('drops furniture lines, captions, share bars, repeated blocks and link-only teasers', () => {
    const html = page(
      '<title>Pier to close for repairs</title>',
      `<article><h1>Pier to close for repairs</h1>
       ${para(BODY[0]!)}
       <p>Read more: Harbour fees to rise</p>
       ${para(BODY[1]!)}
       <figure><img src="p.jpg"><figcaption>The northern pier at dawn.</figcaption></figure>
       <p>In this file photo taken in 2019, ferries wait at the northern pier, provided by the authority.</p>
       <p>Sign up for our morning newsletter and get the news in your inbox</p>
       ${para(BODY[2]!)}
       <p>Share this article</p>
       <p>We use cookies to improve your experience.</p>
       ${para(BODY[3]!)}
       ${para(BODY[1]!)}
       <p><a href="/other">Council approves new bus routes</a></p></article>`,
    );
    expect(extractHtml(html).text).toBe(['Pier to close for repairs', ...BODY].join('\n\n'));
  });

  it('puts embedded tweets back where they stood between body paragraphs', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The pier will reopen in September, not before.</p>' +
      '— Harbour Authority (@harbour) <a href="https://t.example/1">April 2, 2024</a></blockquote></div>';
    const html = page(
      '<title>Pier to close</title>',
      `<article><h1>Pier to close</h1>${para(BODY[0]!)}${para(BODY[1]!)}${tweet}${para(BODY[2]!)}${para(BODY[3]!)}</article>`,
    );
    expect(extractHtml(html).text).toBe(
      [
        'Pier to close',
        BODY[0],
        BODY[1],
        'The pier will reopen in September, not before.',
        '— Harbour Authority (@harbour) April 2, 2024',
        BODY[2],
        BODY[3],
      ].join('\n\n'),
    );
  });

  it('never runs scripts and never keeps script or style text', () => {
    const g = globalThis as { __parleyRan?: boolean };
    const html = page(
      '<title>Pier to close</title><style>p { color: red }</style>',
      `<script>globalThis.__parleyRan = true; document.write("INJECTED")</script>
       <article><h1>Pier to close</h1>${BODY.map(para).join('')}</article>
       <img src="x" onerror="globalThis.__parleyRan = true">`,
    );
    const ex = extractHtml(html);
    expect(g.__parleyRan).toBeUndefined();
    expect(ex.text).not.toContain('INJECTED');
    expect(ex.text).not.toContain('color: red');
  });

  it('falls back to paragraph density: the container with the most link-poor paragraph text wins', () => {
    const html = page(
      '<title>Short notes</title>',
      `<div class="promo"><p><a href="/a">A very long teaser link for another story on this site, one of many</a></p></div>
       <div class="c">${BODY.slice(0, 2).map(para).join('')}</div>
       <footer><p>${BODY[3]} ${BODY[3]} ${BODY[3]}</p></footer>`,
    );
    expect(densityParagraphs(pageParagraphs(parseDocument(html)))).toEqual(BODY.slice(0, 2));
  });

  it('gives best-effort text for fragments and garbage, and the empty text for nothing', () => {
    expect(extractHtml('<p>Just one line of text in a fragment.</p>').text).toBe(
      'Just one line of text in a fragment.',
    );
    expect(extractHtml('<<<>>> <p>Still <b>readable</b> <i>text</p> </div></span>').text).toBe('Still readable text');
    expect(extractHtml('').text).toBe('');
    expect(extractHtml('\u0000\u0001garbage').text).toBe('garbage');
    expect(extractHtml('<html><body></body></html>')).toEqual({ text: '', meta: {}, bodyStart: 0, method: 'none' });
  });

  it('refuses a page over the size cap with PARLEY_ERR_INPUT_TOO_LARGE, and a non-string with INPUT_FORMAT', () => {
    expect(() => extractHtml('<p>x</p>'.repeat(100), { maxChars: 100, name: 'big.html' })).toThrowError(
      new ParleyError('PARLEY_ERR_INPUT_TOO_LARGE', 'big.html', '100'),
    );
    try {
      extractHtml(42 as unknown as string);
      expect.unreachable();
    } catch (e) {
      expect((e as ParleyError).code).toBe('PARLEY_ERR_INPUT_FORMAT');
    }
  });
});

describe('extractHtml: metadata', () => {
  it('reads JSON-LD NewsArticle inside @graph before OpenGraph and meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: 'Pier to close for repairs',
          datePublished: '2024-04-02T07:30:00+02:00',
          author: [
            { '@type': 'Person', name: 'Lena Voss' },
            { '@type': 'Person', name: 'Tom Ash' },
          ],
          publisher: { '@type': 'Organization', name: 'Harbour Post' },
          inLanguage: 'en-GB',
        },
      ],
    };
    const html = page(
      `<title>Ignored title</title><script type="application/ld+json">${JSON.stringify(ld)}</script>
       <meta property="og:title" content="OG title"><meta name="author" content="By Lena Voss">
       <link rel="canonical" href="https://post.example/pier">`,
      `<article><h1>Pier to close for repairs</h1>${BODY.map(para).join('')}</article>`,
    );
    expect(extractHtml(html).meta).toEqual({
      title: 'Pier to close for repairs',
      authors: ['Lena Voss', 'Tom Ash'],
      published: '2024-04-02T05:30:00.000Z',
      publisher: 'Harbour Post',
      url: 'https://post.example/pier',
      language: 'en-GB',
    });
  });

  it('falls back to OpenGraph, article:* and html lang; decodes entities; ignores broken JSON-LD', () => {
    const html = page(
      `<script type="application/ld+json">{ not json </script>
       <meta property="og:title" content="Pier to close &amp;mdash; for now">
       <meta property="article:published_time" content="2024-04-02">
       <meta property="article:author" content="https://post.example/staff/lena">
       <meta name="author" content="Lena Voss">
       <meta property="og:site_name" content="Harbour Post"><meta property="og:url" content="https://post.example/pier">`,
      `<article>${BODY.map(para).join('')}</article>`,
    );
    expect(extractHtml(html).meta).toEqual({
      title: 'Pier to close — for now',
      authors: ['Lena Voss'],
      published: '2024-04-02',
      publisher: 'Harbour Post',
      url: 'https://post.example/pier',
      language: 'en-GB',
    });
  });

  it('reads JSON-LD wrapped in CDATA with raw line breaks, and finds in-page bylines when the head names no one', () => {
    const ld =
      '<script type="application/ld+json">//<![CDATA[\n{"@context":"https://schema.org","@type":"BlogPosting",\n"headline":"Pier notes","datePublished":"2024-04-02T07:30:00Z",\n"description":"two\nlines"}\n//]]></script>';
    const html = page(
      `<title>Pier notes</title>${ld}`,
      `<article><h1>Pier notes</h1><p class="byline">By Lena Voss and Tom Ash</p>${BODY.map(para).join('')}</article>`,
    );
    const ex = extractHtml(html);
    expect(ex.meta).toEqual({
      title: 'Pier notes',
      published: '2024-04-02T07:30:00.000Z',
      authors: ['Lena Voss', 'Tom Ash'],
      language: 'en-GB',
    });
    expect(ex.text).toBe(['Pier notes', ...BODY].join('\n\n'));
  });
});
