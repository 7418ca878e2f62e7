// The store interface: what ingest, the questions and (later) the server need from a corpus store,
// whatever database holds it. SQLite (sqlite/sqliteStore.ts) is the embedded default; a PostgreSQL store
// must pass the same contract suite (storeContract.ts). Every method is async so that a networked
// database fits behind it; the SQLite store answers synchronously inside.

import type { ActorType, ExtractionResult } from "../contract/extraction.js";

/** Why a stored document has no extraction, or that it has one. */
export type DocumentStatus =
  /** Extracted: its statements, actors and relations are in the store. */
  | "extracted"
  /** Stored, not extracted: not English (`language` says what it is); `--force-language` extracts it. */
  | "language"
  /** Stored, not extracted: the engine failed on it (`statusDetail` says how). */
  | "failed";

/** One document to add, with its extraction when it has one. */
export interface NewDocument {
  /** sha256 (hex) of the bytes the source gave, before any conversion: a re-ingest is skipped on it. */
  rawHash: string;
  /** sha256 (hex) of the text: the same text from another file or URL is one document. */
  textHash: string;
  /** Where it came from: a path or a URL. */
  source: string;
  /** "text", "markdown", "html", "jsonl", … */
  format: string;
  title: string | null;
  /** Publication date, "YYYY-MM-DD". */
  date: string | null;
  /** ISO 639-3 code ("eng"), or "und" when too short to tell. */
  language: string;
  text: string;
  status: DocumentStatus;
  statusDetail: string | null;
  /** Present when status is "extracted". */
  extraction: ExtractionResult | null;
}

export interface AddedDocument {
  /** The store's id of the document (new, or the one already holding that text). */
  id: number;
  /** False when the text was already stored (from another source): nothing was written. */
  created: boolean;
}

export interface StoredDocument {
  id: number;
  source: string;
  format: string;
  title: string | null;
  date: string | null;
  language: string;
  status: DocumentStatus;
  statusDetail: string | null;
  text: string;
  ingestedAt: string;
}

export interface StoreStats {
  documents: number;
  /** Documents by status. */
  byStatus: Record<DocumentStatus, number>;
  statements: number;
  relations: number;
  actors: number;
  mentions: number;
  /** Earliest and latest publication date of the documents, or null. */
  from: string | null;
  to: string | null;
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Search statements, documents or both (default both). */
  in?: "statements" | "documents" | "all";
}

export interface SearchHit {
  kind: "statement" | "document";
  /** Statement or document id in the store. */
  id: number;
  document: number;
  documentTitle: string | null;
  documentSource: string;
  date: string | null;
  /** A statement's speaker (actor name) or null. */
  speaker: string | null;
  /** The matching passage, with the matched words between « and ». */
  snippet: string;
  /** Offsets of the statement's content or of the document, for the evidence reader. */
  span: [number, number];
  /** Lower is better (FTS5 bm25). */
  rank: number;
}

export interface ActorSummary {
  id: string;
  name: string;
  type: ActorType;
  known: boolean;
  documents: number;
  mentions: number;
  statements: number;
  relations: number;
}

export interface Store {
  /** A path or URL, for messages. */
  readonly location: string;
  /** True when a document with this raw or text hash is stored: ingest skips it before any work. */
  hasDocument(hash: string): Promise<boolean>;
  /** Adds a document and its extraction in one transaction: all of it is stored, or none. */
  addDocument(doc: NewDocument): Promise<AddedDocument>;
  getDocument(id: number): Promise<StoredDocument | null>;
  stats(): Promise<StoreStats>;
  /** Full-text search (words, "phrases", prefix*, AND/OR/NOT) over statements and documents. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Actors ranked by documents that mention them, then by mentions; `type` filters. */
  actors(options?: { type?: ActorType; limit?: number }): Promise<ActorSummary[]>;
  close(): Promise<void>;
}
