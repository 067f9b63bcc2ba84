import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkUrl, fetchItemPages, fetchPage, isPrivateAddress } from '../src/corpus/readers/index.js';
import type { ReadItem } from '../src/corpus/types.js';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::10.0.0.1', true],
    ['2001:db8::1', true],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', true],
  ])('%s → %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});

describe('checkUrl', () => {
  const resolve = async (host: string): Promise<string[]> =>
    ({ 'news.example': ['93.184.216.34'], 'intranet.example': ['93.184.216.34', '10.0.0.5'] })[host] ?? [];

  it('allows public http(s) hosts and refuses everything else', async () => {
    expect(await checkUrl('https://news.example/a', { resolve })).toBeNull();
    expect(await checkUrl('ftp://news.example/a', { resolve })).toBe('refused scheme ftp:');
    expect(await checkUrl('file:///etc/passwd', { resolve })).toBe('refused scheme file:');
    expect(await checkUrl('http://user:pw@news.example/', { resolve })).toBe('refused URL with credentials');
    expect(await checkUrl('http://127.0.0.1:8080/', { resolve })).toBe(
      'refused private address 127.0.0.1 for 127.0.0.1',
    );
    expect(await checkUrl('http://[::1]/', { resolve })).toBe('refused private address ::1 for ::1');
    expect(await checkUrl('https://intranet.example/', { resolve })).toBe(
      'refused private address 10.0.0.5 for intranet.example',
    );
    expect(await checkUrl('https://nowhere.example/', { resolve })).toBe('cannot resolve nowhere.example');
    expect(await checkUrl('not a url')).toBe('invalid URL');
  });

  it('lets private addresses through only with allowPrivate', async () => {
    expect(await checkUrl('http://127.0.0.1:8080/', { allowPrivate: true })).toBeNull();
  });
});

describe('fetchPage with a fake fetch (no network)', () => {
  const resolve = async (): Promise<string[]> => ['93.184.216.34'];
  const page = (body: string, init: ResponseInit = {}): Response =>
    new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });

  it('follows redirects, re-checking each hop, and refuses a hop to a private address', async () => {
    const hops: string[] = [];
    const fake = (async (url: string) => {
      hops.push(url);
      if (url.endsWith('/start')) return new Response(null, { status: 301, headers: { location: '/next' } });
      if (url.endsWith('/next')) return new Response(null, { status: 302, headers: { location: 'http://10.0.0.1/x' } });
      return page('<p>never</p>');
    }) as typeof fetch;
    expect(await fetchPage('https://news.example/start', { fetch: fake, resolve })).toEqual({
      error: 'refused private address 10.0.0.1 for 10.0.0.1',
    });
    expect(hops).toEqual(['https://news.example/start', 'https://news.example/next']);
  });

  it('stops after maxRedirects, refuses non-HTML, error statuses and oversize bodies', async () => {
    const loop = (async () => new Response(null, { status: 302, headers: { location: '/again' } })) as typeof fetch;
    expect(await fetchPage('https://news.example/a', { fetch: loop, resolve, maxRedirects: 2 })).toEqual({
      error: 'more than 2 redirects',
    });
    const pdf = (async () => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } })) as typeof fetch;
    expect(await fetchPage('https://news.example/a', { fetch: pdf, resolve })).toEqual({
      error: 'not HTML (application/pdf)',
    });
    const missing = (async () => new Response('no', { status: 404 })) as typeof fetch;
    expect(await fetchPage('https://news.example/a', { fetch: missing, resolve })).toEqual({ error: 'HTTP 404' });
    const big = (async () => page('x'.repeat(5000))) as typeof fetch;
    expect(await fetchPage('https://news.example/a', { fetch: big, resolve, maxBytes: 1000 })).toEqual({
      error: 'page larger than 1000 bytes',
    });
  });

  it('replaces feed content with the fetched page, and keeps it when the fetch fails', async () => {
    const fake = (async (url: string) =>
      url.includes('ok') ? page('<p>Full story.</p>') : new Response('', { status: 500 })) as typeof fetch;
    const items: ReadItem[] = [
      {
        kind: 'article',
        article: { origin: 'f#1', format: 'html', html: 'teaser', meta: { url: 'https://n.example/ok' } },
      },
      {
        kind: 'article',
        article: { origin: 'f#2', format: 'html', html: 'kept', meta: { url: 'https://n.example/bad' } },
      },
      { kind: 'article', article: { origin: 'f#3', format: 'html', meta: { url: 'https://n.example/bad' } } },
      { kind: 'skipped', origin: 'f#4', reason: 'x' },
    ];
    const errors: string[] = [];
    const out: ReadItem[] = [];
    for await (const i of fetchItemPages(items, { fetch: fake, resolve, onError: (o, r) => errors.push(`${o} ${r}`) }))
      out.push(i);
    expect(out[0]).toMatchObject({ kind: 'article', article: { origin: 'f#1', html: '<p>Full story.</p>' } });
    expect(out[1]).toEqual(items[1]);
    expect(out[2]).toEqual({
      kind: 'skipped',
      origin: 'f#3',
      reason: 'cannot fetch "https://n.example/bad": HTTP 500',
    });
    expect(out[3]).toEqual(items[3]);
    // Each failure is told once: f#2 keeps its feed content (onError), f#3 has none (a skipped item).
    expect(errors).toEqual(['f#2 HTTP 500']);
  });
});

describe('fetchPage against a loopback server', () => {
  it('is refused by default and allowed with allowPrivate', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>Local page.</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      expect(await fetchPage(url)).toEqual({ error: 'refused private address 127.0.0.1 for 127.0.0.1' });
      const ok = await fetchPage(url, { allowPrivate: true, timeoutMs: 5000 });
      expect(ok).toMatchObject({ html: '<p>Local page.</p>' });
    } finally {
      server.close();
    }
  });
});

describe('fetchPage pins the checked address (DNS rebinding)', () => {
  async function withServer(
    handler: Parameters<typeof createServer>[1],
    body: (port: number, hits: () => number) => Promise<void>,
  ): Promise<void> {
    let n = 0;
    const server = createServer((req, res) => {
      n++;
      handler?.(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await body((server.address() as AddressInfo).port, () => n);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  const html = (_req: unknown, res: import('node:http').ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>Pinned page.</p>');
  };

  it('refuses a name that answers public for the check and loopback for the connection', async () => {
    await withServer(html, async (port, hits) => {
      const answers = [['93.184.216.34'], ['127.0.0.1']];
      const resolve = async (): Promise<string[]> => answers.shift() ?? ['127.0.0.1'];
      expect(await fetchPage(`http://rebind.example:${port}/`, { resolve, timeoutMs: 5000 })).toEqual({
        error: 'fetch failed: refused private address 127.0.0.1 for rebind.example',
      });
      expect(hits()).toBe(0);
    });
  });

  it('connects to the resolved address when it is allowed, and times out a silent server', async () => {
    await withServer(html, async (port, hits) => {
      const resolve = async (): Promise<string[]> => ['127.0.0.1'];
      const got = await fetchPage(`http://local.example:${port}/`, { resolve, allowPrivate: true, timeoutMs: 5000 });
      expect(got).toMatchObject({ html: '<p>Pinned page.</p>' });
      expect(hits()).toBe(1);
    });
    await withServer(
      () => {},
      async (port) => {
        expect(await fetchPage(`http://127.0.0.1:${port}/`, { allowPrivate: true, timeoutMs: 300 })).toEqual({
          error: 'fetch failed: timed out',
        });
      },
    );
  });
});
