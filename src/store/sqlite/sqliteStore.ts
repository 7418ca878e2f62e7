// The embedded store: one SQLite file (better-sqlite3) in WAL mode, so that readers never wait on an
// ingest and a killed process leaves every committed document intact. Each document and its extraction
// go in one transaction. This class wires the parts: open.ts (opening, migrations), write.ts
// (extractions), queries.ts (questions), curation.ts (analysts' decisions and reextract).

import type { Statement } from "better-sqlite3";
import type {
  ActorListOptions,
  ActorProfile,
  ActorRef,
  ActorSummary,
  AddedDocument,
  AffiliationRow,
  AnalystAlias,
  Decision,
  DocumentForExtraction,
  DocumentLayers,
  DocumentStatus,
  DocumentSummary,
  NewDocument,
  Page,
  ProfileOptions,
  RelationEdit,
  RelationPageOptions,
  RelationRow,
  RelationStatus,
  RelationsBetween,
  ReplaceOutcome,
  SearchHit,
  SearchOptions,
  Store,
  StoredDocument,
  StoredRelation,
  StoredStatement,
  StoreStats,
  TimeWindow,
} from "../store.js";
import { prepareCuration, SqliteCuration } from "./curation.js";
import { type Db, type OpenOptions, openDatabase } from "./open.js";
import * as queries from "./queries.js";
import { prepareWriter, type Writer, writeExtraction } from "./write.js";

export type SqliteStoreOptions = OpenOptions;

/** A page's limit (1–1000) and offset (≥ 0). */
function pageOf(page: Page, limit: number): { limit: number; offset: number } {
  return {
    limit: Math.max(1, Math.min(page.limit ?? limit, 1000)),
    offset: Math.max(0, page.offset ?? 0),
  };
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Db;
  private readonly q: queries.Queries;
  private readonly w: Writer | null;
  private readonly curation: SqliteCuration | null;
  private readonly docs: ReturnType<typeof prepareDocuments>;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.location = path;
    this.db = openDatabase(path, options);
    this.q = queries.prepareQueries(this.db);
    this.dataVersion = this.db.prepare("PRAGMA data_version").pluck();
    const writable = !options.readonly;
    this.docs = prepareDocuments(this.db, writable);
    this.w = writable ? prepareWriter(this.db) : null;
    this.curation = writable ? new SqliteCuration(this.db, prepareCuration(this.db), this.q) : null;
  }

  /** Writes through this connection: with SQLite's data_version (others' commits), the change stamp. */
  private writes = 0;
  /** Asked on every API request (the response cache): prepared once, where db.pragma() prepares anew. */
  private readonly dataVersion: Statement;

  /** The decisions' tables, to read: not a write, so the change stamp stays. */
  private curationReads(): SqliteCuration {
    if (!this.curation) throw new Error(`${this.location} was opened read-only`);
    return this.curation;
  }

  private writable(): { w: Writer; c: SqliteCuration } {
    if (!this.w || !this.curation) throw new Error(`${this.location} was opened read-only`);
    this.writes++;
    return { w: this.w, c: this.curation };
  }

  async storedStatus(hash: string): Promise<DocumentStatus | null> {
    const row = this.q.storedStatus.get(hash, hash) as { status: DocumentStatus } | undefined;
    return row?.status ?? null;
  }

  async addDocument(doc: NewDocument): Promise<AddedDocument> {
    return (await this.addDocuments([doc]))[0] as AddedDocument;
  }

  async addDocuments(docs: readonly NewDocument[]): Promise<AddedDocument[]> {
    const { w, c } = this.writable();
    const addOne = (doc: NewDocument): AddedDocument => {
      const existing = this.docs.byTextHash.get(doc.textHash) as
        | { id: number; status: DocumentStatus }
        | undefined;
      if (existing) {
        this.docs.insertSource?.run(doc.rawHash, existing.id);
        // Stored unextracted before (another language, an engine failure), extracted now.
        if (existing.status !== "extracted" && doc.status === "extracted") {
          c.replace(existing.id, doc);
          return { id: existing.id, created: false, extracted: true };
        }
        return { id: existing.id, created: false, extracted: false };
      }
      const now = new Date().toISOString();
      const x = doc.status === "extracted" ? doc.extraction : null;
      const info = this.docs.insertDocument?.run({
        raw_hash: doc.rawHash,
        text_hash: doc.textHash,
        doc_key: x?.document.id ?? `sha256:${doc.textHash}`,
        source: doc.source,
        format: doc.format,
        title: doc.title,
        date: doc.date,
        language: doc.language,
        status: doc.status,
        status_detail: doc.statusDetail,
        text: doc.text,
        ingested_at: now,
        extracted_at: x ? now : null,
        engine: x ? x.schema : null,
      });
      const id = Number(info?.lastInsertRowid);
      this.docs.insertSource?.run(doc.rawHash, id);
      if (x) writeExtraction(w, id, x, doc.text, doc.date);
      return { id, created: true, extracted: x !== null };
    };
    return this.db.transaction((): AddedDocument[] => docs.map(addOne)).immediate();
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const row = this.q.getDocument.get(id) as Record<string, unknown> | undefined;
    if (!row) return null;
    return {
      id: row.id as number,
      source: row.source as string,
      format: row.format as string,
      title: row.title as string | null,
      date: row.date as string | null,
      language: row.language as string,
      status: row.status as DocumentStatus,
      statusDetail: row.status_detail as string | null,
      text: row.text as string,
      ingestedAt: row.ingested_at as string,
    };
  }

  async listDocuments(page: Page = {}): Promise<DocumentSummary[]> {
    return (this.q.listDocuments.all(pageOf(page, 50)) as Record<string, unknown>[]).map((r) => ({
      id: r.id as number,
      title: r.title as string | null,
      source: r.source as string,
      date: r.date as string | null,
      format: r.format as string,
      language: r.language as string,
      status: r.status as DocumentStatus,
      length: r.length as number,
      ingestedAt: r.ingested_at as string,
      statements: r.statements as number,
      relations: r.relations as number,
    }));
  }

  async documentLayers(id: number): Promise<DocumentLayers | null> {
    // Not the text: the caller has it, or does not need it.
    if (!this.q.documentExists.get(id)) return null;
    return {
      statements: (this.q.documentStatements.all(id) as Record<string, unknown>[]).map(queries.toStatement),
      relations: (this.q.documentRelations.all(id) as Record<string, unknown>[]).map(queries.toRelation),
      mentions: (this.q.documentMentions.all(id) as Record<string, unknown>[]).map((r) => ({
        actor: queries.actorRef(r, ""),
        span: [r.start as number, r.end as number],
      })),
    };
  }

  async reviewQueue(options: Page & { status?: RelationStatus } = {}): Promise<StoredRelation[]> {
    const rows = this.q.reviewQueue.all({ status: options.status ?? "machine", ...pageOf(options, 50) });
    return (rows as Record<string, unknown>[]).map(queries.toRelation);
  }

  async changeStamp(): Promise<string> {
    return `${this.dataVersion.get()}:${this.writes}`;
  }

  async stats(): Promise<StoreStats> {
    return queries.stats(this.db);
  }

  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    return queries.search(this.q, query, options);
  }

  async actors(options: ActorListOptions = {}): Promise<ActorSummary[]> {
    return queries.rankActors(this.q, options);
  }

  async findActors(name: string): Promise<ActorRef[]> {
    return queries.findActors(this.q, name);
  }

  async relationsBetween(a: string, b: string, options?: RelationPageOptions): Promise<RelationsBetween> {
    // One read transaction: the counts and the page see the same store, whatever another process writes.
    return this.db.transaction(() => queries.relationsBetween(this.q, a, b, options))();
  }

  async actorProfile(id: string, options?: ProfileOptions): Promise<ActorProfile | null> {
    return queries.actorProfile(this.q, id, options);
  }

  async getRelation(id: number): Promise<StoredRelation | null> {
    const row = this.q.relationById.get(id) as Record<string, unknown> | undefined;
    return row ? queries.toRelation(row) : null;
  }

  async getStatement(id: number): Promise<StoredStatement | null> {
    const row = this.q.statementById.get(id) as Record<string, unknown> | undefined;
    return row ? queries.toStatement(row) : null;
  }

  async relationsInWindow(window?: TimeWindow): Promise<StoredRelation[]> {
    return queries.relationsInWindow(this.q, window);
  }

  async relationRows(window?: TimeWindow): Promise<RelationRow[]> {
    return queries.relationRows(this.q, window);
  }

  async actorsById(ids: readonly string[]): Promise<Map<string, ActorRef>> {
    return queries.actorsById(this.q, ids);
  }

  async affiliationRows(): Promise<AffiliationRow[]> {
    return queries.affiliationRows(this.q);
  }

  async confirmRelation(id: number, author: string): Promise<StoredRelation> {
    return this.writable().c.confirm(id, author);
  }

  async rejectRelation(id: number, author: string): Promise<StoredRelation> {
    return this.writable().c.reject(id, author);
  }

  async editRelation(id: number, edit: RelationEdit, author: string): Promise<StoredRelation> {
    return this.writable().c.edit(id, edit, author);
  }

  async mergeActors(into: string, from: string, author: string): Promise<void> {
    this.writable().c.merge(into, from, author);
  }

  async splitActor(id: string, author: string): Promise<void> {
    this.writable().c.split(id, author);
  }

  async removeAlias(actor: string, alias: string, author: string): Promise<void> {
    this.writable().c.removeAlias(actor, alias, author);
  }

  async addAlias(actor: string, alias: string, author: string): Promise<void> {
    this.writable().c.addAlias(actor, alias, author);
  }

  async analystAliases(): Promise<AnalystAlias[]> {
    return this.curationReads().analystAliases();
  }

  async decisions(options: { limit?: number } = {}): Promise<Decision[]> {
    return this.curationReads().decisions(Math.max(1, Math.min(options.limit ?? 100, 1_000_000)));
  }

  async documentIds(): Promise<number[]> {
    return (this.docs.ids.all() as { id: number }[]).map((r) => r.id);
  }

  async documentForExtraction(id: number): Promise<DocumentForExtraction | null> {
    return (this.docs.forExtraction.get(id) as DocumentForExtraction | undefined) ?? null;
  }

  async replaceExtraction(
    id: number,
    result: Pick<NewDocument, "status" | "statusDetail" | "language" | "extraction"> & {
      date?: string | null;
    },
  ): Promise<ReplaceOutcome> {
    return this.writable().c.replace(id, result);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function prepareDocuments(db: Db, writable: boolean) {
  return {
    byTextHash: db.prepare("SELECT id, status FROM documents WHERE text_hash = ?"),
    ids: db.prepare("SELECT id FROM documents ORDER BY id"),
    forExtraction: db.prepare(
      "SELECT id, text, title, date, source, format, language, status FROM documents WHERE id = ?",
    ),
    insertDocument: writable
      ? db.prepare(`INSERT INTO documents (raw_hash, text_hash, doc_key, source, format, title, date, language,
          status, status_detail, text, ingested_at, extracted_at, engine)
          VALUES (@raw_hash, @text_hash, @doc_key, @source, @format, @title, @date, @language, @status,
          @status_detail, @text, @ingested_at, @extracted_at, @engine)`)
      : null,
    insertSource: writable
      ? db.prepare("INSERT OR IGNORE INTO document_sources (raw_hash, document) VALUES (?, ?)")
      : null,
  };
}
