// The embedded store: one SQLite file (better-sqlite3), in WAL mode so that readers never wait on the
// ingest and a killed process leaves every committed document intact. Each document and its extraction
// go in one transaction. Full-text search runs on FTS5 tables kept in step by triggers.

import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import type { ActorType, ExtractionResult } from "../../contract/extraction.js";
import { StoreError } from "../../errors.js";
import type {
  ActorSummary,
  AddedDocument,
  DocumentStatus,
  NewDocument,
  SearchHit,
  SearchOptions,
  Store,
  StoredDocument,
  StoreStats,
} from "../store.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";

/** PRAGMA application_id of a stancegraph store ("SG" and 1): tells our files from other databases. */
const APPLICATION_ID = 0x53470001;

export interface SqliteStoreOptions {
  /** Open an existing store only; do not create one (for questions, where a typo must not make a new file). */
  mustExist?: boolean;
  readonly?: boolean;
}

type Db = Database.Database;

function unreadable(path: string, detail: string, cause?: unknown): StoreError {
  return new StoreError(
    "SG_STORE_UNREADABLE",
    `${path}: cannot open the store (${detail}); give the path of a store made by \`stancegraph ingest\` with --db, or a new file name to start one`,
    { cause },
  );
}

function openDatabase(path: string, options: SqliteStoreOptions): Db {
  if (options.mustExist && path !== ":memory:" && !existsSync(path)) {
    throw new StoreError(
      "SG_STORE_UNREADABLE",
      `${path}: no store here; run \`stancegraph ingest FILES --db ${path}\` first, or give another --db`,
    );
  }
  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.mustExist ?? false,
    });
  } catch (e) {
    throw unreadable(path, (e as Error).message, e);
  }
  try {
    // Any read fails here on a file that is not a database ("file is not a database").
    const appId = db.pragma("application_id", { simple: true }) as number;
    const version = db.pragma("user_version", { simple: true }) as number;
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
    if (appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || tables.n > 0)) {
      throw unreadable(path, "it is an SQLite database, but not a stancegraph store");
    }
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        "SG_STORE_TOO_NEW",
        `${path}: the store has schema ${version}, written by a newer stancegraph (this one knows up to ${SCHEMA_VERSION}); upgrade stancegraph to use it`,
      );
    }
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      // With WAL, NORMAL loses no committed transaction when the process dies (only on power loss).
      db.pragma("synchronous = NORMAL");
      // Checkpoints (the only fsyncs under WAL with NORMAL) every ~40 MB of WAL rather than every 4 MB:
      // a fifth off the ingest's store time, measured on PolNeAR train.
      db.pragma("wal_autocheckpoint = 10000");
    }
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    if (version < SCHEMA_VERSION) {
      if (options.readonly) {
        throw new StoreError(
          "SG_STORE_TOO_NEW",
          `${path}: the store has schema ${version}, older than this stancegraph's ${SCHEMA_VERSION}; open it once for writing (e.g. \`stancegraph ingest --db ${path}\`) to migrate it`,
        );
      }
      migrate(db, version);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    throw unreadable(path, (e as Error).message, e);
  }
}

function migrate(db: Db, from: number): void {
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** What `search` passes to FTS5 MATCH: the user's query when it parses, else each word as a phrase. */
function quoteWords(query: string): string {
  const words = query.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? [];
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

const EMPTY_STATUS: Record<DocumentStatus, number> = { extracted: 0, language: 0, failed: 0 };

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Db;
  private readonly st: ReturnType<typeof prepare>;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.location = path;
    this.db = openDatabase(path, options);
    this.st = prepare(this.db, options.readonly ?? false);
  }

  async hasDocument(hash: string): Promise<boolean> {
    return this.st.hasHash !== null && this.st.hasHash.get(hash, hash) !== undefined;
  }

  async addDocument(doc: NewDocument): Promise<AddedDocument> {
    return this.writeDocument(doc);
  }

  private writeDocument = (doc: NewDocument): AddedDocument => {
    const st = this.st;
    return this.db
      .transaction((): AddedDocument => {
        const existing = st.byTextHash.get(doc.textHash) as { id: number } | undefined;
        if (existing) return { id: existing.id, created: false };
        const now = new Date().toISOString();
        const x = doc.status === "extracted" ? doc.extraction : null;
        const info = st.insertDocument.run({
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
        const id = Number(info.lastInsertRowid);
        if (x) this.writeExtraction(id, x, doc.date);
        return { id, created: true };
      })
      .immediate();
  };

  private writeExtraction(document: number, x: ExtractionResult, date: string | null): void {
    const st = this.st;
    for (const a of x.actors) {
      st.upsertActor.run(a.id, a.name, a.type, a.known ? 1 : 0);
      for (const alias of a.aliases) st.insertAlias.run(a.id, alias);
      for (const [start, end] of a.mentions) st.insertMention.run(document, a.id, start, end);
    }
    // Affiliations may name an organisation that has no mention of its own in this document.
    for (const a of x.actors)
      for (const f of a.affiliations) st.insertAffiliation.run(document, a.id, f.actor, f.role, date);
    const statementIds = new Map<string, number>();
    for (const s of x.statements) {
      if (s.speaker !== null) st.ensureActor.run(s.speaker, s.speakerText ?? s.speaker);
      const info = st.insertStatement.run(
        document,
        s.id,
        s.speaker,
        s.speakerText,
        s.speakerSpan?.[0] ?? null,
        s.speakerSpan?.[1] ?? null,
        s.cue,
        s.cueSpan?.[0] ?? null,
        s.cueSpan?.[1] ?? null,
        s.content,
        JSON.stringify(s.contentSpans),
        s.kind,
        s.date,
        JSON.stringify(s.notes),
        s.confidence,
      );
      statementIds.set(s.id, Number(info.lastInsertRowid));
    }
    for (const r of x.relations) {
      st.ensureActor.run(r.source, r.source);
      st.ensureActor.run(r.target, r.target);
      st.insertRelation.run(
        document,
        r.id,
        r.source,
        r.target,
        r.type,
        r.polarity,
        r.date,
        r.period?.from ?? null,
        r.period?.to ?? null,
        r.period?.text ?? null,
        r.statement === null ? null : (statementIds.get(r.statement) ?? null),
        r.evidence[0],
        r.evidence[1],
        r.confidence,
      );
    }
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const row = this.st.getDocument.get(id) as Record<string, unknown> | undefined;
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

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    const byStatus = { ...EMPTY_STATUS };
    for (const row of this.db
      .prepare("SELECT status, count(*) AS n FROM documents GROUP BY status")
      .all() as {
      status: DocumentStatus;
      n: number;
    }[])
      byStatus[row.status] = row.n;
    const range = this.db.prepare("SELECT min(date) AS a, max(date) AS b FROM documents").get() as {
      a: string | null;
      b: string | null;
    };
    return {
      documents: count("SELECT count(*) AS n FROM documents"),
      byStatus,
      statements: count("SELECT count(*) AS n FROM statements"),
      relations: count("SELECT count(*) AS n FROM relations"),
      actors: count("SELECT count(*) AS n FROM actors"),
      mentions: count("SELECT count(*) AS n FROM mentions"),
      from: range.a,
      to: range.b,
    };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
    const where = options.in ?? "all";
    const run = (match: string): SearchHit[] => {
      const hits: SearchHit[] = [];
      if (where !== "documents")
        for (const r of this.st.searchStatements.all(match, limit) as Record<string, unknown>[]) {
          const spans = JSON.parse(r.content_spans as string) as [number, number][];
          const first = spans[0] ?? [0, 0];
          const last = spans[spans.length - 1] ?? first;
          hits.push({
            kind: "statement",
            id: r.id as number,
            document: r.document as number,
            documentTitle: r.title as string | null,
            documentSource: r.source as string,
            date: (r.date as string | null) ?? (r.doc_date as string | null),
            speaker: (r.speaker_name as string | null) ?? (r.speaker_text as string | null),
            snippet: r.snippet as string,
            span: [first[0], last[1]],
            rank: r.rank as number,
          });
        }
      if (where !== "statements")
        for (const r of this.st.searchDocuments.all(match, limit) as Record<string, unknown>[]) {
          hits.push({
            kind: "document",
            id: r.id as number,
            document: r.id as number,
            documentTitle: r.title as string | null,
            documentSource: r.source as string,
            date: r.date as string | null,
            speaker: null,
            snippet: r.snippet as string,
            span: [0, r.length as number],
            rank: r.rank as number,
          });
        }
      return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
    };
    const trimmed = query.trim();
    if (trimmed === "") return [];
    try {
      return run(trimmed);
    } catch (e) {
      // A query FTS5 cannot parse ("fts5: syntax error", "unterminated string": a stray quote, a lone
      // AND): read it as plain words instead.
      if ((e as { code?: string }).code !== "SQLITE_ERROR") throw e;
      const words = quoteWords(trimmed);
      return words === "" ? [] : run(words);
    }
  }

  async actors(options: { type?: ActorType; limit?: number } = {}): Promise<ActorSummary[]> {
    const limit = Math.max(1, Math.min(options.limit ?? 50, 100_000));
    const rows = this.st.rankActors.all({ type: options.type ?? null, limit }) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      type: r.type as ActorType,
      known: r.known === 1,
      documents: r.documents as number,
      mentions: r.mentions as number,
      statements: r.statements as number,
      relations: r.relations as number,
    }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function prepare(db: Db, readonly: boolean) {
  const write = <T>(make: () => T): T => (readonly ? (null as T) : make());
  return {
    hasHash: db.prepare("SELECT 1 FROM documents WHERE raw_hash = ? OR text_hash = ? LIMIT 1"),
    byTextHash: db.prepare("SELECT id FROM documents WHERE text_hash = ?"),
    getDocument: db.prepare("SELECT * FROM documents WHERE id = ?"),
    insertDocument: write(() =>
      db.prepare(`INSERT INTO documents (raw_hash, text_hash, doc_key, source, format, title, date, language,
        status, status_detail, text, ingested_at, extracted_at, engine)
        VALUES (@raw_hash, @text_hash, @doc_key, @source, @format, @title, @date, @language, @status,
        @status_detail, @text, @ingested_at, @extracted_at, @engine)`),
    ),
    upsertActor: write(() =>
      // The first document's name and type stand, unless only a relation had named the actor so far.
      db.prepare(`INSERT INTO actors (id, name, type, known) VALUES (?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET known = max(known, excluded.known),
          name = iif(type = 'unknown', excluded.name, name), type = iif(type = 'unknown', excluded.type, type)`),
    ),
    ensureActor: write(() =>
      db.prepare(
        "INSERT INTO actors (id, name, type, known) VALUES (?, ?, 'unknown', 0) ON CONFLICT DO NOTHING",
      ),
    ),
    insertAlias: write(() => db.prepare("INSERT OR IGNORE INTO actor_aliases (actor, alias) VALUES (?, ?)")),
    insertMention: write(() =>
      db.prepare('INSERT INTO mentions (document, actor, start, "end") VALUES (?, ?, ?, ?)'),
    ),
    insertAffiliation: write(() =>
      db.prepare("INSERT INTO affiliations (document, actor, of_actor, role, date) VALUES (?, ?, ?, ?, ?)"),
    ),
    insertStatement: write(() =>
      db.prepare(`INSERT INTO statements (document, local_id, speaker, speaker_text, speaker_start, speaker_end,
        cue, cue_start, cue_end, content, content_spans, kind, date, notes, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    ),
    insertRelation: write(() =>
      db.prepare(`INSERT INTO relations (document, local_id, source, target, type, polarity, date, period_from,
        period_to, period_text, statement, evidence_start, evidence_end, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    ),
    searchStatements: db.prepare(`SELECT s.id, s.document, s.content_spans, s.speaker_text, s.date,
        a.name AS speaker_name, d.title, d.source, d.date AS doc_date,
        snippet(statements_fts, 0, '«', '»', '…', 16) AS snippet, bm25(statements_fts) AS rank
      FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
      JOIN documents d ON d.id = s.document LEFT JOIN actors a ON a.id = s.speaker
      WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?`),
    searchDocuments: db.prepare(`SELECT d.id, d.title, d.source, d.date, length(d.text) AS length,
        snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet, bm25(documents_fts) AS rank
      FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`),
    rankActors: db.prepare(`SELECT a.id, a.name, a.type, a.known,
        (SELECT count(DISTINCT m.document) FROM mentions m WHERE m.actor = a.id) AS documents,
        (SELECT count(*) FROM mentions m WHERE m.actor = a.id) AS mentions,
        (SELECT count(*) FROM statements s WHERE s.speaker = a.id) AS statements,
        (SELECT count(*) FROM relations r WHERE r.source = a.id OR r.target = a.id) AS relations
      FROM actors a WHERE @type IS NULL OR a.type = @type
      ORDER BY documents DESC, mentions DESC, a.name LIMIT @limit`),
  };
}
