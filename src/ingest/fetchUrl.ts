// Fetching a URL for ingest: a time limit, a size limit counted while the body streams, and errors
// that say what went wrong (unreachable host, HTTP status, too large). The command line fetches what its
// user names; `serve` fetches for whoever asks, so it reaches public addresses only (fetchPublicUrl).

import { isIP } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { InputError } from "../errors.js";
import { formatBytes } from "../io/readInputs.js";
import { isPublicAddress, PrivateAddressError, publicLookup } from "./publicAddresses.js";

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
}

export const FETCH_TIMEOUT_MS = 30_000;

const HEADERS = {
  "user-agent": "stancegraph (+https://github.com/stancegraph)",
  accept:
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
};

const MAX_REDIRECTS = 5;

/** Connects only to public addresses, whatever a name resolves to when the socket opens. */
const publicAgent = new Agent({ connect: { lookup: publicLookup } });

function refused(url: string, why: string): InputError {
  return new InputError(
    "SG_FORBIDDEN",
    `${url}: ${why}; this server fetches public addresses only (serve --allow-private-urls to allow others)`,
  );
}

/**
 * Fetches a URL for `serve`: public addresses only, every redirect checked the same way (an address
 * written as a number never goes through DNS, so it is checked here).
 */
export async function fetchPublicUrl(
  url: string,
  maxBytes: number,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const host = new URL(current).hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) !== 0 && !isPublicAddress(host)) throw refused(current, `${host} is not a public address`);
    const response = await send(current, timeoutMs, async (u, init) => {
      try {
        return (await undiciFetch(u, {
          ...init,
          redirect: "manual",
          dispatcher: publicAgent,
        })) as unknown as Response;
      } catch (e) {
        if ((e as { cause?: unknown }).cause instanceof PrivateAddressError)
          throw refused(u, ((e as { cause: Error }).cause as Error).message);
        throw e;
      }
    });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel().catch(() => {});
      current = new URL(location, current).href;
      continue;
    }
    return readBody(current, response, maxBytes);
  }
  throw new InputError(
    "SG_INPUT_UNREADABLE",
    `${url}: more than ${MAX_REDIRECTS} redirects; give the final address`,
  );
}

export async function fetchUrl(
  url: string,
  maxBytes: number,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Fetched> {
  const response = await send(url, timeoutMs, (u, init) => fetch(u, { ...init, redirect: "follow" }));
  return readBody(url, response, maxBytes);
}

type Send = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

async function send(url: string, timeoutMs: number, how: Send): Promise<Response> {
  try {
    return await how(url, { signal: AbortSignal.timeout(timeoutMs), headers: HEADERS });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const detail =
      (e as Error).name === "TimeoutError"
        ? `no answer within ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (e as Error).message);
    throw new InputError(
      "SG_INPUT_UNREADABLE",
      `${url}: cannot be fetched (${detail}); check the address and the network, then ingest it again`,
      { cause: e },
    );
  }
}

async function readBody(url: string, response: Response, maxBytes: number): Promise<Fetched> {
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new InputError(
      "SG_INPUT_UNREADABLE",
      `${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}; check the address`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new InputError(
          "SG_INPUT_TOO_LARGE",
          `${url}: more than ${formatBytes(maxBytes)}; raise the limit with --max-bytes to ingest it`,
        );
      }
      chunks.push(chunk);
    }
  }
  return { bytes: Buffer.concat(chunks, total), contentType: response.headers.get("content-type") };
}
