// Fetching a URL for ingest: Node's own fetch, a time limit, a size limit counted while the body
// streams, and errors that say what went wrong (unreachable host, HTTP status, too large).

import { InputError } from "../errors.js";
import { formatBytes } from "../io/readInputs.js";

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
}

export const FETCH_TIMEOUT_MS = 30_000;

export async function fetchUrl(
  url: string,
  maxBytes: number,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "user-agent": "stancegraph (+https://github.com/stancegraph)",
        accept:
          "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
      },
    });
  } catch (e) {
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
