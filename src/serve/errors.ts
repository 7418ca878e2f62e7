// Errors as the API answers them: `{ "error": { "code", "message" } }` with the stable codes of
// errors.ts and an HTTP status that says whose fault it is. A request can only get a 500 through a bug,
// and then the message says so without leaking the stack.

import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../errors.js";
import { isStancegraphError } from "../errors.js";

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  SG_NOT_FOUND: 404,
  SG_UNAUTHORIZED: 401,
  SG_FORBIDDEN: 403,
  SG_PAYLOAD_TOO_LARGE: 413,
  SG_INPUT_TOO_LARGE: 413,
  SG_INTERNAL: 500,
  SG_STORE_UNREADABLE: 503,
  SG_STORE_TOO_NEW: 503,
  SG_STORE_OUTDATED: 503,
  SG_STORE_BUSY: 503,
  // The server's own data or engine, not the request.
  SG_DATA_INVALID: 500,
  SG_ACTORS_INVALID: 500,
  SG_PIPELINE_INVALID: 500,
  SG_EXTRACT_FAILED: 500,
};

/** The HTTP status for an error code: a caller's mistake is 400 unless it is one of the above. */
export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code] ?? 400;
}

export function errorJson(
  c: Context,
  code: ErrorCode,
  message: string,
  status: ContentfulStatusCode = statusOf(code),
): Response {
  return c.json({ error: { code, message } }, status);
}

/**
 * The app's onError: stancegraph's own errors with their codes; anything else is a bug, logged. Messages
 * written for the command line name the store's file; a client learns nothing of the server's folders.
 */
export function apiErrors(storeLocation: string): (error: Error, c: Context) => Response {
  return (error, c) => onError(error, c, storeLocation);
}

function onError(error: Error, c: Context, storeLocation: string): Response {
  if (isStancegraphError(error)) {
    const message = storeLocation ? error.message.split(storeLocation).join("the store") : error.message;
    return errorJson(c, error.code, message);
  }
  if ((error as { code?: string }).code === "SQLITE_BUSY") {
    c.header("retry-after", "2");
    return errorJson(
      c,
      "SG_STORE_BUSY",
      "the store is busy with another process's write (an ingest?); try again in a moment",
    );
  }
  // Hono's own HTTPException (a malformed JSON body, a body limit) carries its status.
  const status = (error as { status?: number }).status;
  if (typeof status === "number" && status >= 400 && status < 500)
    return errorJson(
      c,
      status === 413 ? "SG_PAYLOAD_TOO_LARGE" : status === 401 ? "SG_UNAUTHORIZED" : "SG_BAD_REQUEST",
      hint(error.message || "the request is malformed", status),
      status as ContentfulStatusCode,
    );
  console.error(`stancegraph serve: ${c.req.method} ${c.req.path} failed:`, error);
  return errorJson(
    c,
    "SG_INTERNAL",
    "the server failed on this request; this is a bug in stancegraph, please report it with the request",
  );
}

function hint(message: string, status: number): string {
  if (status === 415)
    return `${message}: send JSON with Content-Type: application/json (uploads: multipart/form-data)`;
  return message;
}
