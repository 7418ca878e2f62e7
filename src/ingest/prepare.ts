// One source in, one document ready for the store out: decode and convert the bytes (text, Markdown,
// HTML, PDF, DOCX), tell the language, and run the engine on English. The unit of work of `ingest`,
// the same code in the main thread and in worker threads. A source that cannot be read is a typed
// failure in the result, never an exception: the batch reports it and goes on.

import { createHash } from "node:crypto";
import type { DocumentInput } from "../contract/extraction.js";
import { type ErrorCode, InputError, isStancegraphError } from "../errors.js";
import { decodeText } from "../io/decodeText.js";
import { formatBytes } from "../io/readInputs.js";
import { readTextMetadata, unreadDateWarning } from "../io/textMetadata.js";
import { createExtractor } from "../pipeline/extract.js";
import type { NewDocument } from "../store/store.js";
import type { ConvertedDocument } from "./convert/converted.js";
import { convertDocx } from "./convert/docx.js";
import { convertHtml } from "./convert/html.js";
import { convertMarkdown } from "./convert/markdown.js";
import { convertPdf } from "./convert/pdf.js";
import type { SourceFormat } from "./formats.js";
import { detectLanguage, isExtractable } from "./language.js";

/** A source as the main thread hands it over (structured-cloned to a worker). */
export interface RawSource {
  /** How messages name it: a path, a URL, "batch.jsonl:17". */
  where: string;
  /** What the store keeps as its origin: a path or URL. */
  source: string;
  format: SourceFormat;
  /** sha256 (hex) of the bytes, or of a JSONL record's text. */
  rawHash: string;
  /** The file's or response's bytes; absent for a JSONL record. */
  bytes?: Uint8Array;
  /** A JSONL record, already parsed. */
  record?: DocumentInput;
  /** The date a feed gave the item: the document's date when the page itself states none. */
  fallbackDate?: string | null;
}

export interface PrepareSettings {
  /** --date: the publication date of documents that state none. */
  date: string | null;
  actorFiles: string[];
  /** --force-language: extract documents in any language. */
  forceLanguage: boolean;
  /** Largest text a source may turn into (a 90 KB DOCX can hold 30 MB): over it, the source is skipped. */
  maxTextBytes?: number;
}

export type Prepared =
  | { ok: true; document: NewDocument; warning?: string }
  | { ok: false; code: ErrorCode; message: string; where: string };

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function convert(raw: RawSource): Promise<ConvertedDocument> {
  if (raw.record) {
    const r = raw.record;
    return { text: r.text, title: r.title ?? null, date: r.date ?? null, language: null };
  }
  const bytes = raw.bytes ?? new Uint8Array();
  switch (raw.format) {
    case "pdf":
      return convertPdf(bytes, raw.where);
    case "docx":
      return convertDocx(bytes, raw.where);
    case "html":
      return convertHtml(decodeText(bytes, raw.where), raw.where);
    case "markdown":
      return convertMarkdown(decodeText(bytes, raw.where));
    case "feed":
      // Feeds are opened into their items before this (sources.ts); a feed inside a feed is not followed.
      throw new InputError(
        "SG_INPUT_UNSUPPORTED",
        `${raw.where}: is a feed inside a feed; ingest it on its own`,
      );
    default: {
      const text = decodeText(bytes, raw.where);
      const meta = readTextMetadata(text);
      return { text, title: meta.title, date: meta.date, language: null, unreadDate: meta.unreadDate };
    }
  }
}

/** Builds the engine once; returns the task that prepares one source. */
export function createPrepareTask(settings: PrepareSettings): (raw: RawSource) => Promise<Prepared> {
  const extractor = createExtractor({ date: settings.date, actorFiles: settings.actorFiles });
  return async (raw) => {
    let converted: ConvertedDocument;
    try {
      converted = await convert(raw);
    } catch (e) {
      if (!isStancegraphError(e)) throw e;
      return { ok: false, code: e.code, message: e.message, where: raw.where };
    }
    const { text } = converted;
    const limit = settings.maxTextBytes ?? Number.POSITIVE_INFINITY;
    if (text.length > limit / 4 && Buffer.byteLength(text, "utf8") > limit) {
      return {
        ok: false,
        code: "SG_INPUT_TOO_LARGE",
        message: `${raw.where}: its text is ${formatBytes(Buffer.byteLength(text, "utf8"))}, over the limit of ${formatBytes(limit)}; split it, or raise the limit with --max-bytes`,
        where: raw.where,
      };
    }
    if (text.trim() === "") {
      return {
        ok: false,
        code: "SG_INPUT_UNSUPPORTED",
        message: `${raw.where}: holds no text; nothing to ingest`,
        where: raw.where,
      };
    }
    const language = detectLanguage(text);
    const date = converted.date ?? raw.fallbackDate ?? settings.date;
    const warning = converted.unreadDate
      ? unreadDateWarning(raw.where, converted.unreadDate, date)
      : undefined;
    const base = {
      rawHash: raw.rawHash,
      textHash: sha256(text),
      source: raw.source,
      format: raw.format,
      title: converted.title,
      date,
      language,
      text,
    };
    if (!settings.forceLanguage && !isExtractable(language)) {
      const document: NewDocument = {
        ...base,
        status: "language",
        statusDetail: `not English (${language}); stored, not extracted; ingest with --force-language to extract it`,
        extraction: null,
      };
      return { ok: true, document, ...(warning ? { warning } : {}) };
    }
    try {
      const extraction = extractor.extract({
        id: raw.record?.id ?? null,
        text,
        source: raw.source,
        title: converted.title,
        date,
      });
      return {
        ok: true,
        document: { ...base, status: "extracted", statusDetail: null, extraction },
        ...(warning ? { warning } : {}),
      };
    } catch (e) {
      // The engine must not throw on any text; if it does, the text is kept and the failure stated.
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: true,
        document: {
          ...base,
          status: "failed",
          statusDetail: `the extractor failed (${detail}); this is a bug in stancegraph, please report it`,
          extraction: null,
        },
      };
    }
  };
}
