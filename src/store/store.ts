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
  /** False when the text was already stored (from another source); then only the source's hash is added. */
  created: boolean;
  /** True when the text was stored unextracted (another language, an engine failure) and now is extracted. */
  extracted: boolean;
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
  /** The matching passage, as plain text. */
  snippet: string;
  /** Where the matched words are in `snippet`, [start, end) in UTF-16 code units. */
  highlights: [number, number][];
  /** Offsets of the statement's content or of the document, for the evidence reader. */
  span: [number, number];
  /** Lower is better (FTS5 bm25). */
  rank: number;
}

/** A stored document as a list shows it, without its text. */
export interface DocumentSummary {
  id: number;
  title: string | null;
  source: string;
  date: string | null;
  format: string;
  language: string;
  status: DocumentStatus;
  /** Characters of text. */
  length: number;
  ingestedAt: string;
  statements: number;
  /** Relations not rejected. */
  relations: number;
}

/** A stored document with every layer the evidence reader shows: statements, relations, actor mentions. */
export interface DocumentLayers {
  statements: StoredStatement[];
  /** Every relation of the document, rejected ones too (with their status). */
  relations: StoredRelation[];
  mentions: { actor: ActorRef; span: [number, number] }[];
}

/** A page of a list: the items and where the next page starts. */
export interface Page {
  limit?: number;
  offset?: number;
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

/** An actor as questions name it: the canonical actor (after analysts' merges). */
export interface ActorRef {
  id: string;
  name: string;
  type: ActorType;
  known: boolean;
}

export type RelationStatus =
  /** As the engine found it; replaced on reextract. */
  | "machine"
  /** An analyst confirmed it: it stays through reextract. */
  | "confirmed"
  /** An analyst rejected it: kept (with its decision) but left out of every question, graph and export. */
  | "rejected"
  /** An analyst changed its type or polarity: it stays, as edited. */
  | "edited";

export interface StoredRelation {
  id: number;
  document: number;
  documentTitle: string | null;
  documentSource: string;
  documentDate: string | null;
  source: ActorRef;
  target: ActorRef;
  type: string;
  polarity: -1 | 0 | 1;
  date: string | null;
  period: { from: string; to: string; text: string } | null;
  /** The store's id of the statement that expresses it, if one does. */
  statement: number | null;
  evidence: [number, number];
  /** The words at `evidence` in the document. */
  evidenceText: string;
  /** The sentence (or sentences) around the evidence, and its words. */
  sentence: [number, number];
  sentenceText: string;
  confidence: number;
  status: RelationStatus;
}

export interface RelationEdit {
  type?: string;
  polarity?: -1 | 0 | 1;
}

export interface Decision {
  id: number;
  /** ISO 8601 time. */
  at: string;
  author: string;
  /** "relation.confirm", "relation.reject", "relation.edit", "actor.merge", "actor.split", "actor.alias". */
  action: string;
  /** The relation id or actor id decided on. */
  subject: string;
  detail: Record<string, unknown>;
}

export interface StoredStatement {
  id: number;
  document: number;
  documentTitle: string | null;
  documentSource: string;
  date: string | null;
  speaker: ActorRef | null;
  speakerText: string | null;
  /** The speaker's role as the document states it: "head of Hamas political bureau". */
  speakerRole: string | null;
  /** Where the speaker is named in the document, if it is. */
  speakerSpan: [number, number] | null;
  cue: string | null;
  cueSpan: [number, number] | null;
  content: string;
  contentSpans: [number, number][];
  kind: string;
}

/** A role an actor held, as the documents state it, with the first and last document date stating it. */
export interface RoleOverTime {
  /** Whose role it is; null for a role the documents state of no one ("columnist"). */
  of: ActorRef | null;
  role: string | null;
  from: string | null;
  to: string | null;
  documents: number;
}

/** How an actor relates to one counterpart, both directions together, with the evidence counted. */
export interface Counterpart {
  actor: ActorRef;
  positive: number;
  negative: number;
  neutral: number;
  /** positive − negative: > 0 an ally, < 0 an adversary. */
  balance: number;
  first: string | null;
  last: string | null;
}

export interface ActorProfile {
  actor: ActorRef;
  aliases: string[];
  /** Actors an analyst merged into this one. */
  merged: string[];
  roles: RoleOverTime[];
  statementsBy: StoredStatement[];
  /** Statements that express a relation toward this actor. */
  statementsAbout: StoredStatement[];
  /** The most-evidenced counterparts (at most `counterparts` of the options), allies and adversaries alike. */
  counterparts: Counterpart[];
  /** How many counterparts there are in all, listed or not. */
  counterpartCount: number;
}

/** How much of a profile to return: the newest `limit` statements each way, the top `counterparts`. */
export interface ProfileOptions extends TimeWindow {
  /** Statements by and about (1–1000; default 20). */
  limit?: number;
  /** Counterparts listed (1–10000; default 200). */
  counterparts?: number;
}

export interface ActorListOptions {
  type?: ActorType;
  /** Words the name or an alias contains, any case ("haniy" finds Isma'il Haniya). */
  match?: string;
  limit?: number;
}

/** Which relations between two actors to list: a window, and a page of it (oldest first). */
export interface RelationPageOptions extends TimeWindow {
  /** Relations listed (1–1000; default 100). */
  limit?: number;
  /** Relations skipped first (default 0). */
  offset?: number;
}

/** How many relations two actors have on one day, by sign; `day` is null for undated ones. */
export interface DayCounts {
  day: string | null;
  positive: number;
  negative: number;
  neutral: number;
}

/**
 * Two hubs can share thousands of relations: the answer lists one page of them and counts the rest, so that a
 * timeline can be drawn from `days` without fetching every sentence.
 */
export interface RelationsBetween {
  /** All relations in the window, listed or not. */
  total: number;
  offset: number;
  /** Their signs by day, oldest first, undated first. */
  days: DayCounts[];
  relations: StoredRelation[];
}

export interface TimeWindow {
  /** "YYYY-MM-DD" or "YYYY": relations and statements on or after. */
  from?: string;
  /** "YYYY-MM-DD" or "YYYY": on or before. */
  to?: string;
}

/** A relation as the graph needs it: canonical actors, sign, type and day. */
export interface RelationRow {
  id: number;
  document: number;
  source: string;
  target: string;
  type: string;
  polarity: -1 | 0 | 1;
  /** Its period's start, its day, else its document's date; null when none is known. */
  day: string | null;
  status: RelationStatus;
}

/** An affiliation as the roll-up needs it: how many documents state it. */
export interface AffiliationRow {
  actor: string;
  of: string;
  ofType: ActorType;
  role: string | null;
  documents: number;
}

/** What an extraction replaced on reextract: the analysts' relations kept, the engine's rows written. */
export interface ReplaceOutcome {
  statements: number;
  relations: number;
  /** Relations an analyst decided on, kept as they were. */
  kept: number;
}

/** A document's text and what the engine needs to read it again. */
export interface DocumentForExtraction {
  id: number;
  text: string;
  title: string | null;
  date: string | null;
  source: string;
  format: string;
  language: string;
  status: DocumentStatus;
}

/** An alias an analyst added, as the engine's dictionary needs it. */
export interface AnalystAlias {
  actor: string;
  name: string;
  type: ActorType;
  known: boolean;
  alias: string;
}

export interface Store {
  /** A path or URL, for messages. */
  readonly location: string;
  /** The status of the document stored under this source hash or text hash, or null: ingest skips before any work. */
  storedStatus(hash: string): Promise<DocumentStatus | null>;
  /** Adds a document and its extraction in one transaction: all of it is stored, or none. */
  addDocument(doc: NewDocument): Promise<AddedDocument>;
  /**
   * Adds documents in order, all in one transaction (all are stored, or none), each as addDocument would:
   * what a batch costs the store (indexes, full-text segments, the commit) is paid once for all of them.
   */
  addDocuments(docs: readonly NewDocument[]): Promise<AddedDocument[]>;
  getDocument(id: number): Promise<StoredDocument | null>;
  /** Documents, the last ingested first. */
  listDocuments(page?: Page): Promise<DocumentSummary[]>;
  /** A document's statements, relations and mentions, in text order; null when there is no such document. */
  documentLayers(id: number): Promise<DocumentLayers | null>;
  /** Relations with this status (default the engine's, "machine"), least confident first: the review queue. */
  reviewQueue(options?: Page & { status?: RelationStatus }): Promise<StoredRelation[]>;
  stats(): Promise<StoreStats>;
  /**
   * Changes whenever what the store holds may have changed, by this process or another one: answers
   * computed under one stamp can be reused while it stays the same.
   */
  changeStamp(): Promise<string>;
  /** Full-text search (words, "phrases", prefix*, AND/OR/NOT) over statements and documents. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * Actors ranked by documents that mention them, then by mentions; `type` filters, and `match` keeps those
   * whose name or an alias contains it (any case): what a search box finds.
   */
  actors(options?: ActorListOptions): Promise<ActorSummary[]>;
  /**
   * The actor whose id is `name`, or else the actors whose name or an alias is `name` (any case), as their
   * canonical actors.
   */
  findActors(name: string): Promise<ActorRef[]>;
  /**
   * The relations between two actors (either direction, merges included), rejected ones left out: one page of
   * them, oldest first, with how many there are in all and their signs by day.
   */
  relationsBetween(a: string, b: string, options?: RelationPageOptions): Promise<RelationsBetween>;
  /** An actor's roles over time, statements by and about it, and its counterparts; null when unknown. */
  actorProfile(id: string, options?: ProfileOptions): Promise<ActorProfile | null>;
  getRelation(id: number): Promise<StoredRelation | null>;
  getStatement(id: number): Promise<StoredStatement | null>;
  /** Every relation in the window (rejected ones left out), whole, oldest first: for exports and briefings. */
  relationsInWindow(window?: TimeWindow): Promise<StoredRelation[]>;
  /** Every relation in the window (rejected ones left out), with canonical actors: the graph's edges. */
  relationRows(window?: TimeWindow): Promise<RelationRow[]>;
  /** Actors by id (canonical ids as relationRows gives them). */
  actorsById(ids: readonly string[]): Promise<Map<string, ActorRef>>;
  /** Affiliations stated in the documents, canonical ids, counted: for rolling persons up to organisations. */
  affiliationRows(): Promise<AffiliationRow[]>;

  // Analysts' decisions: each one recorded with time and author, each one surviving reextract.
  confirmRelation(id: number, author: string): Promise<StoredRelation>;
  rejectRelation(id: number, author: string): Promise<StoredRelation>;
  editRelation(id: number, edit: RelationEdit, author: string): Promise<StoredRelation>;
  /** `from` becomes part of `into` in every question; undone by splitActor(from). */
  mergeActors(into: string, from: string, author: string): Promise<void>;
  splitActor(id: string, author: string): Promise<void>;
  addAlias(actor: string, alias: string, author: string): Promise<void>;
  /** Removes an alias an analyst added (addAlias); SG_BAD_OPTION when the actor has no such one. */
  removeAlias(actor: string, alias: string, author: string): Promise<void>;
  analystAliases(): Promise<AnalystAlias[]>;
  decisions(options?: { limit?: number }): Promise<Decision[]>;

  /** Ids of the stored documents, oldest first. */
  documentIds(): Promise<number[]>;
  documentForExtraction(id: number): Promise<DocumentForExtraction | null>;
  /**
   * Replaces a document's extraction in one transaction: the engine's rows go, the new ones come, the
   * relations an analyst decided on stay, and the engine's new reading of a decided relation is not added.
   * A `date` dates a document stored without one (reextract --date); a stored date is kept.
   */
  replaceExtraction(
    id: number,
    result: Pick<NewDocument, "status" | "statusDetail" | "language" | "extraction"> & {
      date?: string | null;
    },
  ): Promise<ReplaceOutcome>;

  close(): Promise<void>;
}
