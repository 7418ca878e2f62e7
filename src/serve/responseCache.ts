// Answers that cost a pass over much of the corpus (the counts of /api/stats, 0.2–0.9 s on a store of a
// million statements; the graph, balance, briefings, an actor's profile)
// are kept, keyed by their URL, and given again while the store's change stamp stays the same: fifty
// analysts looking at the same network cost one computation, and any write (here or by another process)
// makes them stale. Each is compressed once when kept, so a client that takes gzip gets a tenth of the
// bytes at no further cost. A large answer is compressed on libuv's threads, not the event loop, which
// a year's graph (6 MB of JSON, ~100 ms of gzip) held up for every other request; a small one on the
// loop, where it costs less than handing it over does. Bounded by bytes, least recently used first out.

import { promisify } from "node:util";
import { gzip as gzipCallback, gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import type { Store } from "../store/store.js";

interface Kept {
  stamp: string;
  headers: [string, string][];
  body: Uint8Array;
  gzip: Uint8Array;
}

const gzip = promisify(gzipCallback);

/** Smaller answers go as they are: compressing them gains nothing. */
const GZIP_FROM = 1024;
/**
 * From here on, gzip() on libuv's threads: below, gzipSync costs the loop less than gzip()'s stream
 * machinery does (measured at level 6: a 7 kB profile 48 us sync against 57 us of loop time async; a
 * 42 kB one 286 us against 91 us; level 1, used on the loop now, moves the break-even point higher).
 */
const ASYNC_GZIP_FROM = 16 * 1024;
/**
 * On the loop, the fastest level: a 5 kB actor profile takes ~30 us at level 1 against ~64 us at 6, and
 * comes out ~10% bigger (1.16 kB against 1.05). Off the loop, level 6.
 */
const SYNC_GZIP_LEVEL = 1;

export function responseCache(store: Store, paths: RegExp, maxBytes = 64 * 1024 * 1024): MiddlewareHandler {
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
  const kept = new Map<string, Kept>();
  let bytes = 0;
  const drop = (key: string) => {
    const k = kept.get(key);
    if (!k) return;
    bytes -= k.body.length + k.gzip.length;
    kept.delete(key);
  };
  const answer = (k: Kept, acceptsGzip: boolean): Response => {
    const headers = new Headers(k.headers);
    headers.set("vary", "accept-encoding");
    if (acceptsGzip && k.gzip.length > 0) {
      headers.set("content-encoding", "gzip");
      headers.set("content-length", String(k.gzip.length));
      return new Response(k.gzip, { status: 200, headers });
    }
    headers.set("content-length", String(k.body.length));
    return new Response(k.body, { status: 200, headers });
  };
  return async (c, next) => {
    if (c.req.method !== "GET" || !paths.test(c.req.path)) return next();
    // The path and the query in a set order: the same question asked in another order or through
    // another name of this host is the same answer.
    const url = new URL(c.req.url);
    url.searchParams.sort();
    const key = `${url.pathname}?${url.searchParams}`;
    const acceptsGzip = acceptsGzipEncoding(c.req.header("accept-encoding") ?? "");
    const stamp = await store.changeStamp();
    const hit = kept.get(key);
    if (hit && hit.stamp === stamp) {
      kept.delete(key);
      kept.set(key, hit);
      return answer(hit, acceptsGzip);
    }
    await next();
    if (c.res.status !== 200 || c.res.headers.has("content-encoding")) return;
    const body = new Uint8Array(await c.res.arrayBuffer());
    const zipped =
      body.length < GZIP_FROM
        ? new Uint8Array(0)
        : body.length < ASYNC_GZIP_FROM
          ? gzipSync(body, { level: SYNC_GZIP_LEVEL })
          : await gzip(body, { level: 6 });
    const entry: Kept = { stamp, headers: [...c.res.headers], body, gzip: zipped };
    drop(key);
    if (body.length + zipped.length <= maxBytes / 4) {
      kept.set(key, entry);
      bytes += body.length + zipped.length;
      while (bytes > maxBytes) drop(kept.keys().next().value as string);
    }
    c.res = answer(entry, acceptsGzip);
  };
}

/** Whether an Accept-Encoding takes gzip ("gzip", "gzip;q=0.5", "*"), not when it says "gzip;q=0". */
export function acceptsGzipEncoding(header: string): boolean {
  for (const part of header.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    if (name.trim() !== "gzip" && name.trim() !== "*") continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  }
  return false;
}
