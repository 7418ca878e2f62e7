// The engine's entry point: compiles the lexicons once, then turns each document into an
// ExtractionResult (CONTRACT.md). Pure: no I/O beyond loading bundled data at creation.

import { createHash } from "node:crypto";
import { type DocumentInput, type ExtractionResult, SCHEMA } from "../contract/extraction.js";

export interface ExtractorOptions {
  /** Default publication date for documents that carry none ("YYYY-MM-DD"). */
  date?: string | null;
}

export interface Extractor {
  extract(input: DocumentInput): ExtractionResult;
}

export function documentId(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  return {
    extract(input) {
      return {
        schema: SCHEMA,
        document: {
          id: input.id ?? documentId(input.text),
          source: input.source ?? null,
          title: input.title ?? null,
          date: input.date ?? options.date ?? null,
          text: input.text,
        },
        actors: [],
        statements: [],
        relations: [],
      };
    },
  };
}
