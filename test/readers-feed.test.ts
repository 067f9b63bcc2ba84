import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/corpus/readers/index.js';
import type { ReadItem } from '../src/corpus/types.js';

async function collect(paths: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
}

function file(name: string, body: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-feed-'));
  const f = join(dir, name);
  writeFileSync(f, body);
  return f;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Port strike ends after &quot;long night&quot; of talks</title>
    <link>https://gazette.example/port-strike</link>
    <guid isPermaLink="false">gz-1001</guid>
    <pubDate>Tue, 05 Mar 2024 08:15:00 +0100</pubDate>
    <dc:creator>Mara Quell</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Dock workers returned on Tuesday.</p><p>The union said the deal "holds".</p>]]></content:encoded>
  </item>
  <item>
    <title>Ferry timetable</title>
    <link>https://gazette.example/ferry</link>
    <description>&lt;p&gt;Ferries run &amp;amp; sail hourly.&lt;/p&gt;</description>
    <author>desk@gazette.example (Ola Brenn)</author>
  </item>
  <item>
    <title>Link only</title>
    <link>https://gazette.example/link-only</link>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Notes</title>
  <entry>
    <title type="html">Council votes on bridge</title>
    <link rel="alternate" href="https://notes.example/bridge"/>
    <link rel="enclosure" href="https://notes.example/bridge.mp3"/>
    <id>tag:notes.example,2024:bridge</id>
    <updated>2024-06-01T12:00:00Z</updated>
    <published>2024-05-31T09:30:00-04:00</published>
    <author><name>Ines Warr</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted 7 to 2.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://notes.example/summary"/>
    <id>tag:notes.example,2024:summary</id>
    <summary>Just a summary line.</summary>
  </entry>
</feed>`;

describe('readInputs: RSS 2.0', () => {
  it('yields one article per item with content, link, guid, date, author and the channel as publisher', async () => {
    const f = file('news.xml', RSS);
    const items = await collect([f]);
    expect(items).toEqual([
      {
        kind: 'article',
        article: {
          origin: `${f}#1`,
          format: 'html',
          html: '<p>Dock workers returned on Tuesday.</p><p>The union said the deal "holds".</p>',
          meta: {
            title: 'Port strike ends after "long night" of talks',
            url: 'https://gazette.example/port-strike',
            externalId: 'gz-1001',
            published: '2024-03-05T07:15:00.000Z',
            publisher: 'The Harbour Gazette',
            authors: ['Mara Quell'],
          },
        },
      },
      {
        kind: 'article',
        article: {
          origin: `${f}#2`,
          format: 'html',
          html: '<p>Ferries run &amp; sail hourly.</p>',
          meta: {
            title: 'Ferry timetable',
            url: 'https://gazette.example/ferry',
            externalId: 'https://gazette.example/ferry',
            publisher: 'The Harbour Gazette',
            authors: ['Ola Brenn'],
          },
        },
      },
      {
        kind: 'skipped',
        origin: `${f}#3`,
        reason: 'feed item has no content (use --fetch to download its page)',
      },
    ]);
  });

  it('reads a feed split across many small chunks from stdin the same way', async () => {
    const bytes = new TextEncoder().encode(RSS);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5);
    }
    const items = await collect(['-'], { stdin: chunks() });
    expect(items.map((i) => (i.kind === 'article' ? i.article.meta.externalId : i.reason))).toEqual([
      'gz-1001',
      'https://gazette.example/ferry',
      'feed item has no content (use --fetch to download its page)',
    ]);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Zeitung</title><item><title>Gr\xfc\xdfe</title><guid>z1</guid><description>Sch\xf6n</description></item></channel></rss>';
    const f = file(
      'latin.rss',
      Uint8Array.from(xml, (c) => c.charCodeAt(0)),
    );
    const items = await collect([f]);
    expect(items).toEqual([
      {
        kind: 'article',
        article: {
          origin: `${f}#1`,
          format: 'html',
          html: 'Schön',
          meta: { title: 'Grüße', externalId: 'z1', publisher: 'Zeitung' },
        },
      },
    ]);
  });

  it('reports a truncated feed and a file with no items', async () => {
    const cut = file('cut.xml', RSS.slice(0, RSS.indexOf('<title>Ferry')));
    expect((await collect([cut])).map((i) => (i.kind === 'skipped' ? `${i.origin} ${i.reason}` : 'article'))).toEqual([
      'article',
      `${cut}#2 feed ends inside an item (truncated)`,
    ]);
    const empty = file('empty.rss', '<rss version="2.0"><channel><title>Nothing</title></channel></rss>');
    expect(await collect([empty])).toEqual([{ kind: 'skipped', origin: empty, reason: 'feed has no items' }]);
  });
});

describe('readInputs: Atom', () => {
  it('reads entries: alternate link, id, published date, author name, xhtml content, summary fallback', async () => {
    const f = file('notes.atom', ATOM);
    const items = await collect([f]);
    expect(items).toEqual([
      {
        kind: 'article',
        article: {
          origin: `${f}#1`,
          format: 'html',
          html: '<div xmlns="http://www.w3.org/1999/xhtml"><p>The council voted 7 to 2.</p></div>',
          meta: {
            title: 'Council votes on bridge',
            url: 'https://notes.example/bridge',
            externalId: 'tag:notes.example,2024:bridge',
            published: '2024-05-31T13:30:00.000Z',
            publisher: 'Valley Notes',
            authors: ['Ines Warr'],
          },
        },
      },
      {
        kind: 'article',
        article: {
          origin: `${f}#2`,
          format: 'html',
          html: 'Just a summary line.',
          meta: {
            title: 'Summary only',
            url: 'https://notes.example/summary',
            externalId: 'tag:notes.example,2024:summary',
            publisher: 'Valley Notes',
          },
        },
      },
    ]);
  });

  it('sniffs a feed without a telling extension', async () => {
    const f = file('feed-download', ATOM);
    const items = await collect([f]);
    expect(items.map((i) => i.kind)).toEqual(['article', 'article']);
  });
});
