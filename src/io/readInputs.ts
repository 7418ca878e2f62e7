// Reads the inputs of `stancegraph extract`, one at a time, as a stream of documents and input errors.
// A bad input (missing, unreadable, binary, not UTF-8, too large, a malformed JSONL line) becomes an
// error item and reading goes on with the next one: the caller reports it and carries on with the batch.
// Nothing here holds more than one document in memory.

import { constants } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { DocumentInput } from "../contract/extraction.js";
import { InputError, isStancegraphError } from "../errors.js";
import { assertLooksLikeText, decodeText, decodeUtf8, SNIFF_BYTES } from "./decodeText.js";
import { isBlank, parseRecord, splitLines } from "./jsonl.js";
import { readTextMetadata, unreadDateWarning } from "./textMetadata.js";

export type InputFormat = "text" | "jsonl";

export type InputItem =
  /** `where` names it in messages: a path, "stdin", or "batch.jsonl:17". */
  | { kind: "document"; where: string; input: DocumentInput; warning?: string }
  | { kind: "error"; where: string; error: InputError };

export interface ReadInputsOptions {
  inputFormat: InputFormat;
  /** Largest text file, or JSONL line, accepted (bytes). */
  maxBytes: number;
  /** Where "-" reads from; process.stdin by default (a parameter so tests can feed it). */
  stdin?: Readable;
  /** --date, the date of documents that give none: named when a dateline reads as no date. */
  date?: string | null;
}

/** The name "-" gets in messages. */
export const STDIN_NAME = "stdin";

/** The default of --max-bytes: far above any article, small enough to fail before memory runs out. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** Reads every path in order ("-" is standard input), yielding documents and errors as it goes. */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions,
): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (options.inputFormat === "jsonl") {
      yield* readJsonl(path, options);
      continue;
    }
    const where = path === "-" ? STDIN_NAME : path;
    try {
      const bytes =
        path === "-"
          ? await readStream(stdinOf(options), options.maxBytes, where)
          : await readFileBytes(path, options.maxBytes);
      const text = decodeText(bytes, where);
      const meta = readTextMetadata(text);
      yield {
        kind: "document",
        where,
        input: {
          text,
          source: path === "-" ? null : path,
          title: meta.title,
          ...(meta.date ? { date: meta.date } : {}),
        },
        ...(markupWarning(where) ??
          (meta.unreadDate ? { warning: unreadDateWarning(where, meta.unreadDate, options.date) } : {})),
      };
    } catch (error) {
      yield { kind: "error", where, error: asInputError(error, where) };
    }
  }
}

function stdinOf(options: ReadInputsOptions): Readable {
  return options.stdin ?? process.stdin;
}

/** One JSONL input, line by line: each good line a document, each bad one an error. */
async function* readJsonl(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const name = path === "-" ? STDIN_NAME : path;
  let stream: Readable;
  try {
    stream = path === "-" ? stdinOf(options) : await openStream(path);
  } catch (error) {
    yield { kind: "error", where: name, error: asInputError(error, name) };
    return;
  }
  let lineNo = 0;
  try {
    // The sniff needs the first bytes, so peek at the first chunk before the splitter sees it.
    const sniffed = sniffFirstChunk(stream, name);
    for await (const line of splitLines(sniffed, options.maxBytes)) {
      lineNo = line.lineNo;
      const where = `${name}:${line.lineNo}`;
      if (line.kind === "tooLong") {
        yield { kind: "error", where, error: tooLarge(where, line.length, options.maxBytes, "line") };
        continue;
      }
      if (isBlank(line.bytes)) continue;
      try {
        const input = parseRecord(decodeUtf8(line.bytes, where, line.offset), where);
        yield { kind: "document", where, input };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { kind: "error", where, error };
      }
    }
  } catch (error) {
    if (error instanceof InputError) {
      yield { kind: "error", where: name, error };
    } else {
      // A read error mid-file (EIO, a vanished network mount): the lines read so far stand.
      const after = lineNo > 0 ? ` after line ${lineNo}` : "";
      yield { kind: "error", where: name, error: asInputError(error, `${name}${after}`) };
    }
  } finally {
    if (path !== "-") stream.destroy();
  }
}

async function* sniffFirstChunk(stream: Readable, where: string): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (first) {
      assertLooksLikeText(bytes.subarray(0, SNIFF_BYTES), where);
      first = false;
    }
    yield bytes;
  }
}

async function openStream(path: string): Promise<Readable> {
  const handle = await open(path, "r").catch((error: unknown) => {
    throw asInputError(error, path);
  });
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw isDirectory(path);
  } catch (error) {
    await handle.close();
    throw asInputError(error, path);
  }
  // Big chunks: fewer boundaries to stitch lines across, still a bounded buffer.
  return handle.createReadStream({ highWaterMark: 1024 * 1024 });
}

/** A whole file's bytes, refused before reading when it is over the limit. */
export async function readFileBytes(path: string, maxBytes: number, noFollow = false): Promise<Buffer> {
  // noFollow: a link put in the file's place after it was checked is refused, not read.
  const flags = noFollow ? constants.O_RDONLY | constants.O_NOFOLLOW : "r";
  const handle = await open(path, flags).catch((error: unknown) => {
    throw asInputError(error, path);
  });
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw isDirectory(path);
    if (stat.isFile()) {
      if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes, "file");
      const bytes = await handle.readFile();
      // The file may have grown since stat; the limit is about memory, so check what was read.
      if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes, "file");
      return bytes;
    }
    // A FIFO or device (e.g. /dev/stdin, <(cmd)): no size up front, so count while reading.
    return await readStream(handle.createReadStream({ autoClose: false }), maxBytes, path);
  } finally {
    await handle.close();
  }
}

/** All bytes of a stream, stopping as soon as they pass the limit. */
async function readStream(stream: Readable, maxBytes: number, where: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(where, total, maxBytes, "input", true);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(where: string, size: number, maxBytes: number, what: string, atLeast = false): InputError {
  return new InputError(
    "SG_INPUT_TOO_LARGE",
    `${where}: ${what} of ${atLeast ? "at least " : ""}${formatBytes(size)} is over the limit of ${formatBytes(maxBytes)}; split it, or raise the limit with --max-bytes`,
  );
}

function isDirectory(path: string): InputError {
  return new InputError(
    "SG_INPUT_UNREADABLE",
    `${path}: is a directory; pass the files in it instead, e.g. ${path.replace(/\/+$/, "")}/*.txt`,
  );
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Maps a file-system error (or any other failure to read) to an InputError naming the input. */
export function asInputError(error: unknown, where: string): InputError {
  if (error instanceof InputError) return error;
  if (isStancegraphError(error)) return new InputError(error.code, error.message, { cause: error });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return new InputError("SG_INPUT_NOT_FOUND", `${where}: no such file; check the path`, { cause: error });
    case "EACCES":
    case "EPERM":
      return new InputError(
        "SG_INPUT_UNREADABLE",
        `${where}: permission denied; check the file's permissions`,
        {
          cause: error,
        },
      );
    case "EISDIR":
      return isDirectory(where);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new InputError(
        "SG_INPUT_UNREADABLE",
        `${where}: cannot be read (${detail}); check the file and try again`,
        {
          cause: error,
        },
      );
    }
  }
}

/**
 * A file whose name says HTML or Markdown is read as plain text here, its tags and marks in the text:
 * said once, with the command that converts it.
 */
function markupWarning(where: string): { warning: string } | null {
  const m = /\.(html?|md|markdown)$/i.exec(where);
  if (!m) return null;
  const format = (m[1] as string).toLowerCase().startsWith("htm") ? "HTML" : "Markdown";
  return {
    warning: `${where}: read as plain text, its ${format} markup in the text; \`stancegraph ingest\` converts ${format} (main content, title, date) before extracting`,
  };
}
