// JSONL input: a byte-level line splitter over a stream, and the check that turns one line into a
// document. The splitter works on bytes rather than node:readline so that invalid UTF-8 is reported
// (readline would silently decode it to U+FFFD), so that each line's file offset is known, and so that an
// over-long line is skipped without ever being held in memory whole.

import type { DocumentInput } from "../contract/extraction.js";
import { InputError } from "../errors.js";
import { isIsoDate } from "./isoDate.js";

/** One complete line, without its "\n" (and "\r" before it). */
export interface LineBytes {
  kind: "line";
  /** 1-based. */
  lineNo: number;
  /** Byte offset of the line's start within the stream. */
  offset: number;
  bytes: Buffer;
}

/** A line longer than the limit: its bytes were dropped as they streamed past. */
export interface LineTooLong {
  kind: "tooLong";
  lineNo: number;
  offset: number;
  /** Its length in bytes. */
  length: number;
}

/**
 * Splits a byte stream into lines, one at a time, so memory holds at most one line (up to maxLineBytes)
 * plus one chunk. The last line need not end with "\n". The yielded bytes may be views into a chunk:
 * use them before asking for the next line.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<LineBytes | LineTooLong> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let dropping = false; // the current line is over the limit: count its bytes, keep none
  let lineNo = 0;
  let offset = 0; // of the current line's start

  const finish = (last: Buffer): LineBytes | LineTooLong => {
    lineNo++;
    const length = pendingLength + last.length;
    const start = offset;
    offset += length + 1;
    if (dropping || length > maxLineBytes) {
      pending = [];
      pendingLength = 0;
      dropping = false;
      return { kind: "tooLong", lineNo, offset: start, length };
    }
    let bytes = pending.length === 0 ? last : Buffer.concat([...pending, last], length);
    pending = [];
    pendingLength = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { kind: "line", lineNo, offset: start, bytes };
  };

  for await (const raw of chunks) {
    const chunk =
      typeof raw === "string"
        ? Buffer.from(raw, "utf8")
        : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl < 0) {
        const rest = chunk.subarray(start);
        if (rest.length > 0) {
          if (!dropping && pendingLength + rest.length > maxLineBytes) {
            dropping = true;
            pending = [];
          }
          // Copy only when keeping: a view would pin the whole chunk in memory.
          if (!dropping) pending.push(Buffer.from(rest));
          pendingLength += rest.length;
        }
        break;
      }
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
  }
  if (pendingLength > 0 || dropping) yield finish(Buffer.alloc(0));
}

/** True when the line holds only spaces and tabs (blank lines are ignored, not errors). */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

// Long inputs make long JSON.parse messages (V8 quotes the input); a message is for a person to read.
function shorten(message: string, max = 160): string {
  return message.length <= max ? message : `${message.slice(0, max - 1)}…`;
}

/** "a number", "an array", "null": for messages about what a field holds instead. */
function aType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  return t === "object" || t === "undefined" ? `an ${t}` : `a ${t}`;
}

const EXPECTED = `expected {"id": "…", "text": "…", "date"?: "YYYY-MM-DD", "title"?: "…"}`;

/**
 * Turns one JSONL line into the engine's input. `text` is required; `id`, `date`, `title` and `source`
 * are optional (null counts as absent; the engine then uses "sha256:<hex of text>" as the id). Other
 * fields are ignored, so richer records from other tools still work.
 * @param where how to name the line in messages, e.g. "batch.jsonl:17".
 * @throws InputError SG_JSONL_NOT_JSON or SG_JSONL_BAD_RECORD.
 */
export function parseRecord(line: string, where: string): DocumentInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new InputError("SG_JSONL_NOT_JSON", `${where}: not JSON (${shorten(detail)})`, { cause });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(
      "SG_JSONL_BAD_RECORD",
      `${where}: ${aType(value)} in JSON, not an object; ${EXPECTED}`,
    );
  }
  const record = value as Record<string, unknown>;
  const bad = (message: string): InputError => new InputError("SG_JSONL_BAD_RECORD", `${where}: ${message}`);

  const { text, id, date, title, source } = record;
  if (text === undefined) throw bad(`no "text" field; ${EXPECTED}`);
  if (typeof text !== "string") throw bad(`"text" is ${aType(text)}, not a string; ${EXPECTED}`);
  if (id !== undefined && id !== null && typeof id !== "string") {
    const hint = typeof id === "number" || typeof id === "boolean" ? `; write it as "id": "${id}"` : "";
    throw bad(`"id" is ${aType(id)}, not a string${hint}`);
  }
  if (date !== undefined && date !== null) {
    if (typeof date !== "string") throw bad(`"date" is ${aType(date)}, not a "YYYY-MM-DD" string`);
    if (!isIsoDate(date))
      throw bad(`"date" is ${JSON.stringify(shorten(date, 40))}, not a real date written YYYY-MM-DD`);
  }
  if (title !== undefined && title !== null && typeof title !== "string") {
    throw bad(`"title" is ${aType(title)}, not a string`);
  }
  if (source !== undefined && source !== null && typeof source !== "string") {
    throw bad(`"source" is ${aType(source)}, not a string`);
  }

  const input: DocumentInput = { text };
  if (typeof id === "string") input.id = id;
  if (typeof date === "string") input.date = date;
  if (typeof title === "string") input.title = title;
  if (typeof source === "string") input.source = source;
  return input;
}
