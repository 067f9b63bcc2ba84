import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** What the guard needs: the private-address test, the flag that lifts it, and an optional resolver (tests). */
export interface PinOptions {
  readonly allowPrivate?: boolean;
  readonly resolve?: (host: string) => Promise<string[]>;
  readonly isPrivate: (ip: string) => boolean;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `dns.lookup` replacement for the socket itself. Checking a name before the request and letting the HTTP client
 * resolve it again leaves a window (DNS rebinding: a public address for the check, 127.0.0.1 for the connection).
 * Here the addresses the socket connects to are the ones checked, so no second answer is ever used.
 */
export function guardedLookup(opts: PinOptions) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolveAll(hostname, opts).then(
      (addrs) => {
        const bad = opts.allowPrivate ? undefined : addrs.find((a) => opts.isPrivate(a.address));
        if (bad) return callback(lookupError(`refused private address ${bad.address} for ${hostname}`), '');
        const usable = options.family ? addrs.filter((a) => a.family === options.family) : addrs;
        if (usable.length === 0) return callback(lookupError(`cannot resolve ${hostname}`), '');
        if (options.all) return callback(null, usable);
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      () => callback(lookupError(`cannot resolve ${hostname}`), ''),
    );
  };
}

async function resolveAll(host: string, opts: PinOptions): Promise<LookupAddress[]> {
  if (opts.resolve) return (await opts.resolve(host)).map((address) => ({ address, family: isIP(address) }));
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))),
  );
}

function lookupError(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: 'EPARLEYREFUSED' });
}

/** Statuses whose Response may not carry a body. */
const NULL_BODY = new Set([204, 205, 304]);

/**
 * A minimal `fetch` over node:http(s) whose sockets resolve through `guardedLookup`. It never follows redirects
 * (the caller re-checks each hop), asks for an uncompressed body, and honours `init.signal`.
 */
export function pinnedFetch(opts: PinOptions): typeof fetch {
  const lookup = guardedLookup(opts);
  return ((input: string | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input));
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const headers = { ...(init.headers as Record<string, string> | undefined), 'accept-encoding': 'identity' };
      const req = send(url, { method: 'GET', headers, lookup, signal: init.signal ?? undefined }, (res) => {
        const status = res.statusCode ?? 0;
        const out = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (v === undefined) continue;
          for (const one of Array.isArray(v) ? v : [v]) out.append(k, one);
        }
        if (NULL_BODY.has(status) || status < 200 || status > 599) {
          res.resume();
          resolve(new Response(null, { status: status < 200 || status > 599 ? 502 : status, headers: out }));
          return;
        }
        const body = Readable.toWeb(res) as WebReadableStream<Uint8Array>;
        resolve(new Response(body as unknown as ReadableStream<Uint8Array>, { status, headers: out }));
      });
      req.on('error', reject);
      req.end();
    })) as typeof fetch;
}
