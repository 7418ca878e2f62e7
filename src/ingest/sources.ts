// What `ingest` was asked to read, as a stream of sources: files, folders (walked recursively, in name
// order), globs, JSONL batches (one source per line) and URLs. Listing comes first and is cheap (paths
// and sizes only), so progress knows the total; bytes are read one source at a time as the ingest pulls.
// A source that cannot be found or read is an error item, and the stream goes on.

import { createHash } from "node:crypto";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { type ErrorCode, InputError, isStancegraphError } from "../errors.js";
import { asInputError, readFileBytes, readInputs } from "../io/readInputs.js";
import { confinedPath } from "./confine.js";
import { feedItems } from "./feeds.js";
import { detectFormat, formatFromExtension, INGESTED_EXTENSIONS } from "./formats.js";
import type { RawSource } from "./prepare.js";

export type Listed =
  | { kind: "file"; path: string; bytes: number }
  | { kind: "url"; url: string }
  /** Bytes handed over whole (an upload to `serve`), named by the file name the sender gave. */
  | { kind: "bytes"; name: string; bytes: Uint8Array }
  | { kind: "error"; code: ErrorCode; message: string; where: string };

export type SourceItem =
  | { kind: "source"; raw: RawSource; bytes: number }
  | { kind: "error"; code: ErrorCode; message: string; where: string };

const URL_PATTERN = /^https?:\/\//i;

function errorItem(e: unknown, where: string): Extract<Listed, { kind: "error" }> {
  const error = asInputError(e, where);
  return { kind: "error", code: error.code, message: error.message, where };
}

/** Every file under a folder that ingest reads (by extension), skipping hidden entries, in name order. */
async function walk(
  dir: string,
  out: Listed[],
  skip: ReadonlySet<string>,
  followLinks: boolean,
): Promise<void> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push(errorItem(e, dir));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out, skip, followLinks);
    else if (entry.isFile() || (followLinks && entry.isSymbolicLink())) {
      const ext = /\.([A-Za-z0-9]+)$/.exec(entry.name)?.[1]?.toLowerCase();
      if (!ext || !INGESTED_EXTENSIONS.has(ext) || skip.has(resolve(path))) continue;
      // A link to a file is read as the file (never the store's own, under any name); links to folders
      // are not followed, as find(1) does not, so that a loop of links cannot walk forever.
      const target = await stat(path).catch(() => null);
      if (entry.isSymbolicLink()) {
        if (!target?.isFile()) continue;
        if (skip.has(await realpath(path).catch(() => path))) continue;
      }
      out.push({ kind: "file", path, bytes: target?.size ?? 0 });
    }
  }
}

/**
 * The sources the arguments name, listed without reading them. `skip` holds absolute paths never to
 * read (the store's own files).
 */
export async function listSources(
  args: readonly string[],
  skip: ReadonlySet<string>,
  options: { confine?: string } = {},
): Promise<Listed[]> {
  const out: Listed[] = [];
  // Confined (serve --allow-path): no URLs, no patterns, no links followed, every file checked again when read.
  const confined = options.confine !== undefined;
  for (const arg of args) {
    if (URL_PATTERN.test(arg) && !confined) {
      out.push({ kind: "url", url: arg });
      continue;
    }
    const info = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) await walk(arg, out, skip, !confined);
      else if (!skip.has(resolve(arg))) out.push({ kind: "file", path: arg, bytes: info.size });
      continue;
    }
    if (info.code === "ENOENT" && isDynamicPattern(arg) && !confined) {
      const paths = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (paths.length === 0) {
        out.push({
          kind: "error",
          code: "SG_INPUT_NOT_FOUND",
          message: `${arg}: no file matches this pattern; check it, or quote it so the shell does not expand it`,
          where: arg,
        });
      }
      for (const path of paths)
        if (!skip.has(resolve(path)))
          out.push({ kind: "file", path, bytes: (await stat(path).catch(() => ({ size: 0 }))).size });
      continue;
    }
    out.push(errorItem(info, arg));
  }
  return out;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface ReadSourcesOptions {
  maxBytes: number;
  /** Read files only inside this folder (a real path): serve --allow-path. */
  confine?: string;
  /** Fetches a URL's bytes and Content-Type (fetchUrl.ts; a parameter so tests can serve pages). */
  fetchUrl: (url: string, maxBytes: number) => Promise<{ bytes: Uint8Array; contentType: string | null }>;
}

/** Reads the listed sources one at a time, yielding each as a RawSource, or an error item. */
export async function* readSources(
  listed: readonly Listed[],
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  for (const item of listed) {
    if (item.kind === "error") {
      yield item;
      continue;
    }
    if (item.kind === "url") {
      try {
        const { bytes, contentType } = await options.fetchUrl(item.url, options.maxBytes);
        const format = detectFormat(new URL(item.url).pathname, contentType, bytes);
        if (format === "feed") {
          yield* feedItems(bytes, item.url, { ...options, sha256 });
          continue;
        }
        yield {
          kind: "source",
          bytes: bytes.length,
          raw: { where: item.url, source: item.url, format, rawHash: sha256(bytes), bytes },
        };
      } catch (e) {
        const code = isStancegraphError(e) ? e.code : "SG_INPUT_UNREADABLE";
        yield { kind: "error", code, message: (e as Error).message, where: item.url };
      }
      continue;
    }
    if (item.kind === "bytes") {
      const where = `upload:${item.name}`;
      if (item.bytes.length > options.maxBytes) {
        yield {
          kind: "error",
          code: "SG_INPUT_TOO_LARGE",
          message: `${where}: is ${item.bytes.length} bytes, over the limit of ${options.maxBytes}`,
          where,
        };
        continue;
      }
      if (formatFromExtension(item.name) === "jsonl") {
        yield {
          kind: "error",
          code: "SG_INPUT_UNSUPPORTED",
          message: `${where}: a JSONL batch cannot be uploaded; ingest it with \`stancegraph ingest FILE.jsonl\``,
          where,
        };
        continue;
      }
      yield* fromBytes(item.name, where, item.bytes, options);
      continue;
    }
    const { path } = item;
    if (formatFromExtension(path) === "jsonl") {
      let real = path;
      if (options.confine) {
        try {
          real = await confinedPath(options.confine, path);
        } catch (e) {
          const error = asInputError(e, path);
          yield { kind: "error", code: error.code, message: error.message, where: path };
          continue;
        }
      }
      // A batch: every line is a document of its own, hashed by its text.
      for await (const line of readInputs([real], { inputFormat: "jsonl", maxBytes: options.maxBytes })) {
        if (line.kind === "error") {
          yield { kind: "error", code: line.error.code, message: line.error.message, where: line.where };
          continue;
        }
        const text = line.input.text;
        yield {
          kind: "source",
          bytes: Buffer.byteLength(text, "utf8"),
          raw: {
            where: line.where,
            source: line.input.source ?? line.where,
            format: "jsonl",
            rawHash: sha256(text),
            record: line.input,
          },
        };
      }
      continue;
    }
    try {
      const bytes = options.confine
        ? await readFileBytes(await confinedPath(options.confine, path), options.maxBytes, true)
        : await readFileBytes(path, options.maxBytes);
      yield* fromBytes(path, resolve(path), bytes, options);
    } catch (e) {
      const error = e instanceof InputError ? e : asInputError(e, path);
      yield { kind: "error", code: error.code, message: error.message, where: path };
    }
  }
}

/** A file's bytes as a source (its format from its name and its bytes), or a feed's items. */
async function* fromBytes(
  name: string,
  source: string,
  bytes: Uint8Array,
  options: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  const format = detectFormat(name, null, bytes);
  if (format === "feed") {
    yield* feedItems(bytes, name, { ...options, sha256 });
    return;
  }
  if (/\.xml$/i.test(name)) {
    yield {
      kind: "error",
      code: "SG_INPUT_UNSUPPORTED",
      message: `${name}: is an XML file but not an RSS, Atom or RDF feed; nothing to ingest`,
      where: name,
    };
    return;
  }
  yield {
    kind: "source",
    bytes: bytes.length,
    raw: { where: name, source, format, rawHash: sha256(bytes), bytes },
  };
}
