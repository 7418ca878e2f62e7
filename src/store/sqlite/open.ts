// Opening an SQLite file as a stancegraph store: refuse what is not one (another program's database, a
// text file, an empty file opened for questions, a newer schema) without touching it, and bring an
// older or new store to the current schema. Several processes may open the same new file at once: the
// migration takes the write lock and checks the version again under it.

import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { StoreError } from "../../errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";

/** PRAGMA application_id of a stancegraph store ("SG" and 1): tells our files from other databases. */
export const APPLICATION_ID = 0x53470001;

export type Db = Database.Database;

export interface OpenOptions {
  /** Open an existing store only; never create one (questions and decisions: a typo must not make a file). */
  mustExist?: boolean;
  /** Read only: for questions. */
  readonly?: boolean;
  /**
   * How long a statement waits for another process's lock before it fails (default 10 s). The wait
   * blocks the thread: a server keeps it short and answers "busy, retry" instead.
   */
  busyTimeoutMs?: number;
}

function unreadable(path: string, detail: string, cause?: unknown): StoreError {
  return new StoreError(
    "SG_STORE_UNREADABLE",
    `${path}: cannot open the store (${detail}); give the path of a store made by \`stancegraph ingest\` with --db, or a new file name to start one`,
    { cause },
  );
}

interface Header {
  appId: number;
  version: number;
  tables: number;
}

function readHeader(db: Db): Header {
  // One read transaction: another process migrating at this moment is seen before or after, not between.
  return db.transaction(() => ({
    appId: db.pragma("application_id", { simple: true }) as number,
    version: db.pragma("user_version", { simple: true }) as number,
    tables: (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n,
  }))();
}

/** SQLite's page cache per connection, in KiB as `PRAGMA cache_size` takes it (negative: KiB, not pages). */
export const PAGE_CACHE_KIB = -64 * 1024;

export function openDatabase(path: string, options: OpenOptions): Db {
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
    // First of all: every later statement may meet another process's lock.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000))}`);
    // Any read fails here on a file that is not a database ("file is not a database").
    const header = readHeader(db);
    const blank = header.appId === 0 && header.version === 0 && header.tables === 0;
    if (header.appId !== APPLICATION_ID && !blank) {
      throw unreadable(path, "it is an SQLite database, but not a stancegraph store");
    }
    if (blank && options.mustExist) {
      throw unreadable(path, "the file is empty, not a store");
    }
    if (header.version > SCHEMA_VERSION) {
      throw new StoreError(
        "SG_STORE_TOO_NEW",
        `${path}: the store has schema ${header.version}, written by a newer stancegraph (this one knows up to ${SCHEMA_VERSION}); upgrade stancegraph to use it`,
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
    // A 64 MB page cache, not SQLite's 2 MB: an actor's profile reads ~20 statements from random pages
    // of a large store, and with 2 MB nearly each one was a read from the file. The API's actor bench
    // (1,000,000 statements, 50 clients) went from ~1,250 to ~1,550–1,800 answers a second.
    // (mmap_size gave ~10% more, but an I/O error in a mapped file kills the process with SIGBUS.)
    db.pragma(`cache_size = ${PAGE_CACHE_KIB}`);
    if (header.version < SCHEMA_VERSION) {
      if (options.readonly) {
        throw new StoreError(
          "SG_STORE_OUTDATED",
          `${path}: the store has schema ${header.version}, older than this stancegraph's ${SCHEMA_VERSION}; open it once for writing (any question does so by itself, or \`stancegraph reextract --db ${path}\`) to migrate it`,
        );
      }
      migrate(db);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    throw unreadable(path, (e as Error).message, e);
  }
}

function migrate(db: Db): void {
  db.transaction(() => {
    // Under the write lock: another process may have migrated since the header was read.
    const version = db.pragma("user_version", { simple: true }) as number;
    for (const m of MIGRATIONS) {
      if (m.version <= version) continue;
      db.exec(m.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
