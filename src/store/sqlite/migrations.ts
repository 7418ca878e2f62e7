// The SQLite store's schema, as numbered migrations. `PRAGMA user_version` holds the last one applied;
// opening a store applies the rest, each in its own transaction. Never edit a released migration: add
// the next one.

export interface Migration {
  version: number;
  /** What it is for, shown when it runs. */
  note: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    note: "documents, actors, mentions, affiliations, statements, relations, full-text search",
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        raw_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL UNIQUE,
        doc_key TEXT NOT NULL,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        date TEXT,
        language TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('extracted', 'language', 'failed')),
        status_detail TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        extracted_at TEXT,
        engine TEXT
      );
      -- Every source's own bytes hash (a file, a URL, a JSONL line) that gave a stored text: the same text
      -- from a second file is passed over on the next run without being read again.
      CREATE TABLE document_sources (
        raw_hash TEXT PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX documents_date ON documents (date);

      -- Actors are corpus-wide: the dictionary's ids, and for names it does not know, the engine's slug of
      -- the name, so that the same unknown name in two documents is one actor until an analyst splits it.
      CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        known INTEGER NOT NULL
      );
      -- origin: 'engine' (from an extraction) or 'analyst' (actors alias add: also fed back to the engine).
      CREATE TABLE actor_aliases (
        actor TEXT NOT NULL REFERENCES actors (id),
        alias TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT 'engine' CHECK (origin IN ('engine', 'analyst')),
        PRIMARY KEY (actor, alias)
      ) WITHOUT ROWID;
      -- Naming an actor (actor NAME, the API) looks its name and aliases up in any case.
      CREATE INDEX actors_name ON actors (name COLLATE NOCASE);
      CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

      -- Analysts' merges: rows keep the engine's ids, and every question reads them through this map, so a
      -- merge survives reextract and can be undone (actors split).
      CREATE TABLE actor_merges (
        from_id TEXT PRIMARY KEY REFERENCES actors (id),
        into_id TEXT NOT NULL REFERENCES actors (id)
      );
      CREATE INDEX actor_merges_into ON actor_merges (into_id);

      CREATE TABLE mentions (
        document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        actor TEXT NOT NULL REFERENCES actors (id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE INDEX mentions_actor ON mentions (actor, document);
      CREATE INDEX mentions_document ON mentions (document);

      -- As the document states them, on the document's date: roles over time come from these rows.
      CREATE TABLE affiliations (
        document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        actor TEXT NOT NULL REFERENCES actors (id),
        of_actor TEXT NOT NULL,
        role TEXT,
        date TEXT
      );
      CREATE INDEX affiliations_actor ON affiliations (actor);
      CREATE INDEX affiliations_document ON affiliations (document);

      CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        speaker TEXT REFERENCES actors (id),
        speaker_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        content TEXT NOT NULL,
        content_spans TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT,
        notes TEXT NOT NULL,
        confidence REAL NOT NULL,
        -- Its day for windows and order: its own full date, else its document's.
        day TEXT
      );
      CREATE INDEX statements_document ON statements (document);
      CREATE INDEX statements_speaker ON statements (speaker, day);

      CREATE TABLE relations (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        source TEXT NOT NULL REFERENCES actors (id),
        target TEXT NOT NULL REFERENCES actors (id),
        type TEXT NOT NULL,
        polarity INTEGER NOT NULL CHECK (polarity IN (-1, 0, 1)),
        date TEXT,
        period_from TEXT,
        period_to TEXT,
        period_text TEXT,
        statement INTEGER REFERENCES statements (id) ON DELETE SET NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        -- The whole sentence around the evidence, for the analyst who reads it.
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        sentence_text TEXT NOT NULL,
        confidence REAL NOT NULL,
        -- The engine's reading it came from (source, target, type, evidence), never changed by an edit: on
        -- reextract, a relation an analyst decided on stands, and the engine's same reading is not added again.
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'machine' CHECK (status IN ('machine', 'confirmed', 'rejected', 'edited')),
        -- Its day for windows and order: its period's start, its own full date, else its document's.
        day TEXT
      );
      CREATE INDEX relations_fingerprint ON relations (document, fingerprint);
      -- Covering indexes: an actor's counterparts are counted from the index alone, in the order they are
      -- grouped (no sort); relations_about gives the newest statements about an actor without a sort.
      CREATE INDEX relations_out ON relations (source, target, day, polarity, status);
      CREATE INDEX relations_in ON relations (target, source, day, polarity, status);
      CREATE INDEX relations_about ON relations (target, day);
      CREATE INDEX relations_document ON relations (document);
      -- The review queue: the engine's least confident readings first.
      CREATE INDEX relations_review ON relations (status, confidence, id);

      -- Every decision an analyst made, in order: who, when, what, and the state before and after.
      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;

      CREATE VIRTUAL TABLE statements_fts USING fts5 (
        content, speaker_text, content = 'statements', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, content, speaker_text) VALUES (new.id, new.content, new.speaker_text);
      END;
      CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, content, speaker_text)
          VALUES ('delete', old.id, old.content, old.speaker_text);
      END;
    `,
  },
  {
    version: 2,
    note: "actor_links: each pair of actors' relations counted, kept by triggers, for hub profiles",
    // A hub's profile counted its counterparts from every relation it is in (50,000 index entries for the
    // biggest, 80 ms); here each pair is one row, both ways round, so the profile reads the top rows of
    // one index range. Counts are by the engine's ids, so merges and splits (read through actor_merges
    // at question time) change nothing here. The triggers follow every write to relations: ingest,
    // reextract, confirm, reject, edit, a document's rows deleted. A self-relation is never a counterpart.
    // Taking a relation out recounts the pair's first and last day only when that relation held one.
    sql: `
      CREATE TABLE actor_links (
        actor TEXT NOT NULL,
        other TEXT NOT NULL,
        positive INTEGER NOT NULL,
        negative INTEGER NOT NULL,
        neutral INTEGER NOT NULL,
        first TEXT,
        last TEXT,
        PRIMARY KEY (actor, other)
      ) WITHOUT ROWID;
      -- An actor's most-evidenced counterparts first, without a sort.
      CREATE INDEX actor_links_rank ON actor_links (actor, positive + negative + neutral DESC, other);

      INSERT INTO actor_links (actor, other, positive, negative, neutral, first, last)
        SELECT actor, other, sum(polarity > 0), sum(polarity < 0), sum(polarity = 0), min(day), max(day)
        FROM (SELECT source AS actor, target AS other, polarity, day FROM relations
            WHERE status != 'rejected' AND source != target
          UNION ALL SELECT target, source, polarity, day FROM relations
            WHERE status != 'rejected' AND source != target)
        GROUP BY actor, other;

      CREATE TRIGGER relations_links_insert AFTER INSERT ON relations
        WHEN new.status != 'rejected' AND new.source != new.target BEGIN
        INSERT INTO actor_links (actor, other, positive, negative, neutral, first, last)
          VALUES (new.source, new.target, new.polarity > 0, new.polarity < 0, new.polarity = 0, new.day, new.day),
            (new.target, new.source, new.polarity > 0, new.polarity < 0, new.polarity = 0, new.day, new.day)
          ON CONFLICT (actor, other) DO UPDATE SET positive = positive + excluded.positive,
            negative = negative + excluded.negative, neutral = neutral + excluded.neutral,
            first = coalesce(min(first, excluded.first), first, excluded.first),
            last = coalesce(max(last, excluded.last), last, excluded.last);
      END;

      CREATE TRIGGER relations_links_delete AFTER DELETE ON relations
        WHEN old.status != 'rejected' AND old.source != old.target BEGIN
        UPDATE actor_links SET positive = positive - (old.polarity > 0), negative = negative - (old.polarity < 0),
            neutral = neutral - (old.polarity = 0),
            first = iif(old.day <= first, (SELECT min(day) FROM relations WHERE status != 'rejected'
              AND ((source = old.source AND target = old.target) OR (source = old.target AND target = old.source))), first),
            last = iif(old.day >= last, (SELECT max(day) FROM relations WHERE status != 'rejected'
              AND ((source = old.source AND target = old.target) OR (source = old.target AND target = old.source))), last)
          WHERE (actor = old.source AND other = old.target) OR (actor = old.target AND other = old.source);
        DELETE FROM actor_links WHERE ((actor = old.source AND other = old.target) OR (actor = old.target AND other = old.source))
          AND positive + negative + neutral = 0;
      END;

      -- An update as the old row taken out and the new one put in; only when what is counted changes.
      CREATE TRIGGER relations_links_update AFTER UPDATE OF source, target, polarity, status, day ON relations
        WHEN old.source IS NOT new.source OR old.target IS NOT new.target OR old.polarity IS NOT new.polarity
          OR old.day IS NOT new.day OR (old.status = 'rejected') != (new.status = 'rejected') BEGIN
        UPDATE actor_links SET positive = positive - (old.polarity > 0), negative = negative - (old.polarity < 0),
            neutral = neutral - (old.polarity = 0),
            first = iif(old.day <= first, (SELECT min(day) FROM relations WHERE status != 'rejected'
              AND ((source = old.source AND target = old.target) OR (source = old.target AND target = old.source))), first),
            last = iif(old.day >= last, (SELECT max(day) FROM relations WHERE status != 'rejected'
              AND ((source = old.source AND target = old.target) OR (source = old.target AND target = old.source))), last)
          WHERE old.status != 'rejected' AND old.source != old.target
            AND ((actor = old.source AND other = old.target) OR (actor = old.target AND other = old.source));
        DELETE FROM actor_links WHERE ((actor = old.source AND other = old.target) OR (actor = old.target AND other = old.source))
          AND positive + negative + neutral = 0;
        INSERT INTO actor_links (actor, other, positive, negative, neutral, first, last)
          SELECT new.source, new.target, new.polarity > 0, new.polarity < 0, new.polarity = 0, new.day, new.day
            WHERE new.status != 'rejected' AND new.source != new.target
          UNION ALL SELECT new.target, new.source, new.polarity > 0, new.polarity < 0, new.polarity = 0, new.day, new.day
            WHERE new.status != 'rejected' AND new.source != new.target
          ON CONFLICT (actor, other) DO UPDATE SET positive = positive + excluded.positive,
            negative = negative + excluded.negative, neutral = neutral + excluded.neutral,
            first = coalesce(min(first, excluded.first), first, excluded.first),
            last = coalesce(max(last, excluded.last), last, excluded.last);
      END;
    `,
  },
  {
    version: 3,
    note: "actor_roles: each actor's stated roles counted, kept by triggers, for hub profiles",
    // A spokesman named in 50,000 documents had 50,000 affiliation rows to group and count distinct
    // documents over for the profile's roles (~50 ms, even from a covering index). Here each (actor, of,
    // role) is one row with its documents and first and last date, by the engine's ids as actor_links.
    // A document counts once however often it states the role; taking a row out recounts the dates only
    // when it held one, from the index that replaces affiliations_actor (same first column). Whether a
    // document already states a role is asked of the document's few rows (the unary + keeps the planner
    // off the actor's index, which for a hub is 50,000 rows: ingest was three times slower).
    sql: `
      DROP INDEX affiliations_actor;
      CREATE INDEX affiliations_actor_role ON affiliations (actor, of_actor, role, date);
      CREATE TABLE actor_roles (
        actor TEXT NOT NULL,
        of_actor TEXT NOT NULL,
        role TEXT,
        documents INTEGER NOT NULL,
        first TEXT,
        last TEXT
      );
      -- Not UNIQUE: a role may be null, which UNIQUE does not compare; the triggers keep one row each.
      CREATE INDEX actor_roles_actor ON actor_roles (actor, of_actor, role);

      INSERT INTO actor_roles (actor, of_actor, role, documents, first, last)
        SELECT actor, of_actor, role, count(DISTINCT document), min(date), max(date) FROM affiliations
        GROUP BY actor, of_actor, role;

      CREATE TRIGGER affiliations_roles_insert AFTER INSERT ON affiliations BEGIN
        UPDATE actor_roles SET
            documents = documents + ((SELECT count(*) FROM affiliations WHERE document = new.document
              AND +actor = new.actor AND +of_actor = new.of_actor AND +role IS new.role) = 1),
            first = coalesce(min(first, new.date), first, new.date),
            last = coalesce(max(last, new.date), last, new.date)
          WHERE actor = new.actor AND of_actor = new.of_actor AND role IS new.role;
        INSERT INTO actor_roles (actor, of_actor, role, documents, first, last)
          SELECT new.actor, new.of_actor, new.role, 1, new.date, new.date WHERE NOT EXISTS (
            SELECT 1 FROM actor_roles WHERE actor = new.actor AND of_actor = new.of_actor AND role IS new.role);
      END;

      CREATE TRIGGER affiliations_roles_delete AFTER DELETE ON affiliations BEGIN
        UPDATE actor_roles SET
            documents = documents - NOT EXISTS (SELECT 1 FROM affiliations WHERE document = old.document
              AND +actor = old.actor AND +of_actor = old.of_actor AND +role IS old.role),
            first = iif(old.date <= first, (SELECT min(date) FROM affiliations
              WHERE actor = old.actor AND of_actor = old.of_actor AND role IS old.role), first),
            last = iif(old.date >= last, (SELECT max(date) FROM affiliations
              WHERE actor = old.actor AND of_actor = old.of_actor AND role IS old.role), last)
          WHERE actor = old.actor AND of_actor = old.of_actor AND role IS old.role;
        DELETE FROM actor_roles
          WHERE actor = old.actor AND of_actor = old.of_actor AND role IS old.role AND documents = 0;
      END;

      -- Affiliation rows are written and deleted, never changed: an update is refused, not miscounted.
      CREATE TRIGGER affiliations_no_update BEFORE UPDATE ON affiliations BEGIN
        SELECT RAISE(ABORT, 'affiliations are not updated: delete and insert them (actor_roles counts them)');
      END;
    `,
  },
  {
    version: 4,
    note: "documents_meta: a document's title, source and date apart from its text, for joins",
    // A statement or relation shown with its document joined the documents table by rowid: one leaf
    // page per document, as a row holds the whole text, so 2,400 relations between two hubs read 2,400
    // pages (13 ms of the 45) and each profile 20. This index is 3 MB for 66,667 documents and stays in
    // the page cache; the joins name it (INDEXED BY), as the planner always prefers the rowid.
    sql: `
      CREATE INDEX documents_meta ON documents (id, title, source, date);
    `,
  },
];

/**
 * `affiliations.of_actor` (and `actor_roles.of_actor`) of a role the text states without naming whose it
 * is ("columnist Fadi al-Hourani": the extraction's Actor.roles). Not NULL: the column is NOT NULL since
 * migration 1, and the counting triggers compare it with "=".
 */
export const NO_OWNER = "";

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
