// The SQLite store's questions: statistics, full-text search, ranked actors, an actor's profile, and the
// relations between two actors. Rows keep the engine's actor ids; every answer reads them through the
// analysts' merges (CANON below), and rejected relations are left out.

import { foldName, wordKey } from "../../actors/dictionary/fold.js";
import type { ActorType } from "../../contract/extraction.js";
import { UsageError } from "../../errors.js";
import type {
  ActorListOptions,
  ActorProfile,
  ActorRef,
  ActorSummary,
  AffiliationRow,
  Counterpart,
  DayCounts,
  DocumentStatus,
  ProfileOptions,
  RelationPageOptions,
  RelationRow,
  RelationsBetween,
  SearchHit,
  SearchOptions,
  StoredRelation,
  StoredStatement,
  StoreStats,
  TimeWindow,
} from "../store.js";
import { actorRef } from "./actorRef.js";
import { CANON } from "./canon.js";
import { type Counts, prepareCounterparts, rankCounterparts } from "./counterparts.js";
import type { Db } from "./open.js";
import { prepareRoles, rolesOf } from "./roles.js";

/** A relation's day for windows and order (written with it: its period's start, its day, else its document's). */
const RELATION_DAY = "r.day";

/** The relations, not rejected, between the members of @a and those of @b (JSON arrays), in the window. */
const BETWEEN = `r.status != 'rejected'
  AND ((r.source IN (SELECT value FROM json_each(@a)) AND r.target IN (SELECT value FROM json_each(@b)))
    OR (r.source IN (SELECT value FROM json_each(@b)) AND r.target IN (SELECT value FROM json_each(@a))))
  AND (@from IS NULL OR ${RELATION_DAY} >= @from) AND (@to IS NULL OR ${RELATION_DAY} <= @to)`;

/** Window bounds as comparable strings: "2021" → from "2021", to "2021\uffff" (any day of that year). */
function bounds(w: TimeWindow = {}): { from: string | null; to: string | null } {
  return { from: w.from ?? null, to: w.to ? `${w.to}\uffff` : null };
}

const EMPTY_STATUS: Record<DocumentStatus, number> = { extracted: 0, language: 0, failed: 0 };

/** What `search` passes to FTS5 MATCH when the query does not parse: its words as phrases, operators dropped. */
function quoteWords(query: string): string {
  const words = (query.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []).filter(
    (w) => !/^(?:AND|OR|NOT|NEAR)$/.test(w),
  );
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

export { actorRef };

export function prepareQueries(db: Db) {
  db.function("sg_lower", { deterministic: true }, (v: unknown) =>
    typeof v === "string" ? v.toLowerCase() : v,
  );
  db.function("sg_name_key", { deterministic: true }, (v: unknown) =>
    typeof v === "string" ? nameKey(v) : v,
  );
  // A document's title, source and date come from documents_meta (migration 4), not from the page that
  // holds its text. The columns toRelation and toStatement read, no more: between two hubs a relation
  // list is 2,400 rows, and each value is a JS string made (the fingerprint is the longest).
  const relationSelect = `WITH RECURSIVE ${CANON}
    SELECT r.id, r.document, r.type, r.polarity, r.date, r.period_from, r.period_to, r.period_text, r.statement,
      r.evidence_start, r.evidence_end, r.evidence_text, r.sentence_start, r.sentence_end, r.sentence_text,
      r.confidence, r.status, d.title AS doc_title, d.source AS doc_source, d.date AS doc_date,
      sa.id AS s_id, sa.name AS s_name, sa.type AS s_type, sa.known AS s_known,
      ta.id AS t_id, ta.name AS t_name, ta.type AS t_type, ta.known AS t_known
    FROM relations r JOIN documents d INDEXED BY documents_meta ON d.id = r.document
    LEFT JOIN canon cs ON cs.id = r.source LEFT JOIN canon ct ON ct.id = r.target
    JOIN actors sa ON sa.id = coalesce(cs.cid, r.source) JOIN actors ta ON ta.id = coalesce(ct.cid, r.target)`;
  const statementSelect = `WITH RECURSIVE ${CANON}
    SELECT s.id, s.document, s.speaker_text, s.speaker_start, s.speaker_end, s.cue, s.cue_start, s.cue_end,
      s.content, s.content_spans, s.kind, s.date, d.title AS doc_title, d.source AS doc_source, d.date AS doc_date,
      a.id AS a_id, a.name AS a_name, a.type AS a_type, a.known AS a_known,
      (SELECT iif(o.id IS NULL, f.role, coalesce(f.role || ' of ', '') || o.name)
        FROM affiliations f LEFT JOIN actors o ON o.id = f.of_actor
        WHERE f.document = s.document AND f.actor = s.speaker AND f.role IS NOT NULL
        ORDER BY o.id IS NULL, o.type = 'state', f.rowid LIMIT 1) AS speaker_role
    FROM statements s JOIN documents d INDEXED BY documents_meta ON d.id = s.document
    LEFT JOIN canon c ON c.id = s.speaker LEFT JOIN actors a ON a.id = coalesce(c.cid, s.speaker)`;
  return {
    storedStatus: db.prepare(`SELECT d.status FROM document_sources x JOIN documents d ON d.id = x.document
      WHERE x.raw_hash = ? UNION ALL SELECT status FROM documents WHERE text_hash = ? LIMIT 1`),
    getDocument: db.prepare("SELECT * FROM documents WHERE id = ?"),
    documentExists: db.prepare("SELECT 1 FROM documents WHERE id = ?"),
    searchStatements: db.prepare(`SELECT s.id, s.document, s.content_spans, s.speaker_text, s.date,
        a.name AS speaker_name, d.title, d.source, d.date AS doc_date,
        snippet(statements_fts, 0, char(57344), char(57345), '…', 16) AS snippet, bm25(statements_fts) AS rank
      FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
      JOIN documents d INDEXED BY documents_meta ON d.id = s.document LEFT JOIN actors a ON a.id = s.speaker
      WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?`),
    searchDocuments: db.prepare(`SELECT d.id, d.title, d.source, d.date, length(d.text) AS length,
        snippet(documents_fts, 1, char(57344), char(57345), '…', 16) AS snippet, bm25(documents_fts) AS rank
      FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`),
    rankActors: db.prepare(`WITH RECURSIVE ${CANON},
      men AS (SELECT coalesce(c.cid, x.actor) AS cid, count(DISTINCT x.document) AS documents, count(*) AS mentions
        FROM mentions x LEFT JOIN canon c ON c.id = x.actor GROUP BY 1),
      st AS (SELECT coalesce(c.cid, s.speaker) AS cid, count(*) AS statements
        FROM statements s LEFT JOIN canon c ON c.id = s.speaker WHERE s.speaker IS NOT NULL GROUP BY 1),
      ends AS (SELECT source AS actor FROM relations WHERE status != 'rejected'
        UNION ALL SELECT target FROM relations WHERE status != 'rejected'),
      rel AS (SELECT coalesce(c.cid, e.actor) AS cid, count(*) AS relations FROM ends e
        LEFT JOIN canon c ON c.id = e.actor GROUP BY 1)
      SELECT a.id, a.name, a.type, a.known, coalesce(men.documents, 0) AS documents,
        coalesce(men.mentions, 0) AS mentions, coalesce(st.statements, 0) AS statements,
        coalesce(rel.relations, 0) AS relations
      FROM actors a LEFT JOIN men ON men.cid = a.id LEFT JOIN st ON st.cid = a.id LEFT JOIN rel ON rel.cid = a.id
      WHERE a.id NOT IN (SELECT from_id FROM actor_merges) AND (@type IS NULL OR a.type = @type)
        AND coalesce(men.mentions, 0) + coalesce(st.statements, 0) + coalesce(rel.relations, 0) > 0
      ORDER BY documents DESC, mentions DESC, a.name LIMIT @limit`),
    // The search box's question: a pass over names and aliases, the closest matches first (the whole name,
    // its start, a word's start, anywhere), at most @candidates of them, then counts read per actor from the
    // indexes: the ranking above groups the whole corpus, seconds on a million statements. Names are folded
    // by sg_lower (JavaScript's toLowerCase: SQLite's lower() knows ASCII only, and "Élite" is a name).
    matchActors: db.prepare(`WITH RECURSIVE ${CANON},
      names AS (SELECT a.id, sg_lower(a.name) AS n FROM actors a UNION ALL SELECT a.id, lower(a.id) FROM actors a
        UNION ALL SELECT x.actor, sg_lower(x.alias) FROM actor_aliases x),
      hits AS (SELECT id, CASE WHEN n = @match THEN 0 WHEN substr(n, 1, length(@match)) = @match THEN 1
          WHEN instr(n, ' ' || @match) > 0 OR instr(n, '-' || @match) > 0 THEN 2 ELSE 3 END AS closeness
        FROM names WHERE instr(n, @match) > 0),
      found AS (SELECT coalesce(c.cid, h.id) AS id, min(h.closeness) AS closeness FROM hits h
        LEFT JOIN canon c ON c.id = h.id JOIN actors a ON a.id = coalesce(c.cid, h.id)
        WHERE @type IS NULL OR a.type = @type
        GROUP BY 1 ORDER BY 2, 1 LIMIT @candidates),
      members AS (SELECT f.id AS cid, f.id AS id FROM found f
        UNION SELECT c.cid, c.id FROM canon c JOIN found f ON f.id = c.cid),
      counted AS (SELECT f.id AS cid,
          (SELECT count(DISTINCT x.document) FROM mentions x
            WHERE x.actor IN (SELECT m.id FROM members m WHERE m.cid = f.id)) AS documents,
          (SELECT count(*) FROM mentions x WHERE x.actor IN (SELECT m.id FROM members m WHERE m.cid = f.id))
            AS mentions,
          (SELECT count(*) FROM statements s WHERE s.speaker IN (SELECT m.id FROM members m WHERE m.cid = f.id))
            AS statements,
          (SELECT count(*) FROM relations r WHERE r.status != 'rejected'
            AND r.source IN (SELECT m.id FROM members m WHERE m.cid = f.id))
          + (SELECT count(*) FROM relations r WHERE r.status != 'rejected'
            AND r.target IN (SELECT m.id FROM members m WHERE m.cid = f.id)) AS relations
        FROM found f)
      SELECT a.id, a.name, a.type, a.known, k.documents, k.mentions, k.statements, k.relations
      FROM counted k JOIN actors a ON a.id = k.cid JOIN found f ON f.id = k.cid
      WHERE k.mentions + k.statements + k.relations > 0
      ORDER BY f.closeness, k.documents DESC, k.mentions DESC, a.name LIMIT @limit`),
    findActors: db.prepare(`WITH RECURSIVE ${CANON},
      hits AS (SELECT id FROM actors WHERE id = @name
        UNION SELECT id FROM actors WHERE name = @name COLLATE NOCASE
        UNION SELECT actor FROM actor_aliases WHERE alias = @name COLLATE NOCASE)
      SELECT DISTINCT a.id, a.name, a.type, a.known FROM hits h LEFT JOIN canon c ON c.id = h.id
      JOIN actors a ON a.id = coalesce(c.cid, h.id) ORDER BY a.known DESC, a.id`),
    // The fallback when no name or alias is written so: the same folding and transliteration key the
    // engine matches names by ("Hanieh" for Haniya, "Na’im Qassem" for Na'im Qassim). A scan of every
    // name, run only when the exact lookups found none.
    findActorsByKey: db.prepare(`WITH RECURSIVE ${CANON},
      hits AS (SELECT id FROM actors WHERE sg_name_key(name) = @key
        UNION SELECT actor FROM actor_aliases WHERE sg_name_key(alias) = @key)
      SELECT DISTINCT a.id, a.name, a.type, a.known FROM hits h LEFT JOIN canon c ON c.id = h.id
      JOIN actors a ON a.id = coalesce(c.cid, h.id) ORDER BY a.known DESC, a.id`),
    canonical: db.prepare(
      `WITH RECURSIVE ${CANON} SELECT coalesce((SELECT cid FROM canon WHERE id = ?), ?) AS id`,
    ),
    members: db.prepare(`WITH RECURSIVE ${CANON} SELECT id FROM canon WHERE cid = ? UNION SELECT ?`),
    actor: db.prepare("SELECT id, name, type, known FROM actors WHERE id = ?"),
    aliases: db.prepare(
      "SELECT DISTINCT alias FROM actor_aliases WHERE actor IN (SELECT value FROM json_each(?)) ORDER BY alias",
    ),
    relationById: db.prepare(`${relationSelect} WHERE r.id = ?`),
    listDocuments: db.prepare(`SELECT d.id, d.title, d.source, d.date, d.format, d.language, d.status,
        length(d.text) AS length, d.ingested_at,
        (SELECT count(*) FROM statements s WHERE s.document = d.id) AS statements,
        (SELECT count(*) FROM relations r WHERE r.document = d.id AND r.status != 'rejected') AS relations
      FROM documents d ORDER BY d.id DESC LIMIT @limit OFFSET @offset`),
    documentStatements: db.prepare(`${statementSelect} WHERE s.document = ? ORDER BY s.id`),
    documentRelations: db.prepare(`${relationSelect} WHERE r.document = ? ORDER BY r.evidence_start, r.id`),
    documentMentions: db.prepare(`WITH RECURSIVE ${CANON}
      SELECT m.start, m."end", a.id, a.name, a.type, a.known FROM mentions m
      LEFT JOIN canon c ON c.id = m.actor JOIN actors a ON a.id = coalesce(c.cid, m.actor)
      WHERE m.document = ? ORDER BY m.start`),
    reviewQueue: db.prepare(`${relationSelect}
      WHERE r.status = @status ORDER BY r.confidence, r.id LIMIT @limit OFFSET @offset`),
    statementById: db.prepare(`${statementSelect} WHERE s.id = ?`),
    // The page is chosen from the pair indexes alone (day, then the order stored: documents as ingested,
    // relations in text order; a re-extracted document's come after the others of their day), so that only
    // its rows are read whole and joined to actors and documents.
    relationsBetween: db.prepare(`${relationSelect}
      WHERE r.id IN (SELECT r.id FROM relations r WHERE ${BETWEEN}
        ORDER BY ${RELATION_DAY}, r.id LIMIT @limit OFFSET @offset)
      ORDER BY ${RELATION_DAY}, r.id`),
    // Read from the covering pair indexes (relations_out, relations_in) alone.
    relationDaysBetween: db.prepare(`SELECT ${RELATION_DAY} AS day, sum(r.polarity > 0) AS positive,
        sum(r.polarity < 0) AS negative, sum(r.polarity = 0) AS neutral
      FROM relations r WHERE ${BETWEEN} GROUP BY ${RELATION_DAY} ORDER BY ${RELATION_DAY}`),
    relationsInWindow: db.prepare(`${relationSelect}
      WHERE r.status != 'rejected'
        AND (@from IS NULL OR ${RELATION_DAY} >= @from) AND (@to IS NULL OR ${RELATION_DAY} <= @to)
      ORDER BY ${RELATION_DAY}, r.id`),
    relationRows: db.prepare(`WITH RECURSIVE ${CANON}
      SELECT r.id, r.document, coalesce(cs.cid, r.source) AS source, coalesce(ct.cid, r.target) AS target,
        r.type, r.polarity, r.status, ${RELATION_DAY} AS day
      FROM relations r JOIN documents d INDEXED BY documents_meta ON d.id = r.document
      LEFT JOIN canon cs ON cs.id = r.source LEFT JOIN canon ct ON ct.id = r.target
      WHERE r.status != 'rejected'
        AND (@from IS NULL OR ${RELATION_DAY} >= @from) AND (@to IS NULL OR ${RELATION_DAY} <= @to)
      ORDER BY r.id`),
    // Driven by the list, one primary-key lookup each (an IN over json_each scanned the whole table).
    actorsById: db.prepare(
      "SELECT a.id, a.name, a.type, a.known FROM json_each(?) j JOIN actors a ON a.id = j.value",
    ),
    affiliationRows: db.prepare(`WITH RECURSIVE ${CANON}
      SELECT coalesce(ca.cid, f.actor) AS actor, o.id AS of_id, o.type AS of_type, f.role,
        count(DISTINCT f.document) AS documents
      FROM affiliations f LEFT JOIN canon ca ON ca.id = f.actor LEFT JOIN canon co ON co.id = f.of_actor
      JOIN actors o ON o.id = coalesce(co.cid, f.of_actor)
      GROUP BY 1, 2, f.role`),
    roles: prepareRoles(db),
    // Ids first, from the index (speaker, day); the whole rows (joins, the speaker's role) only for those.
    statementsByIds: db.prepare(`SELECT s.id FROM statements s
      WHERE s.speaker IN (SELECT value FROM json_each(@a))
        AND (@from IS NULL OR s.day >= @from) AND (@to IS NULL OR s.day <= @to)
      ORDER BY s.day DESC, s.id DESC LIMIT @limit`),
    aboutIds: db.prepare(`SELECT r.statement FROM relations r INDEXED BY relations_about
      WHERE r.target IN (SELECT value FROM json_each(@a)) AND r.status != 'rejected' AND r.statement IS NOT NULL
        AND (@from IS NULL OR r.day >= @from) AND (@to IS NULL OR r.day <= @to)
      ORDER BY r.day DESC LIMIT @limit`),
    statementsWithIds: db.prepare(`${statementSelect}
      WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.day DESC, s.id DESC`),
    counterparts: prepareCounterparts(db),
  };
}

export type Queries = ReturnType<typeof prepareQueries>;

export function toRelation(r: Record<string, unknown>): StoredRelation {
  return {
    id: r.id as number,
    document: r.document as number,
    documentTitle: r.doc_title as string | null,
    documentSource: r.doc_source as string,
    documentDate: r.doc_date as string | null,
    source: actorRef(r, "s_"),
    target: actorRef(r, "t_"),
    type: r.type as string,
    polarity: r.polarity as -1 | 0 | 1,
    date: r.date as string | null,
    period:
      r.period_from === null
        ? null
        : { from: r.period_from as string, to: r.period_to as string, text: r.period_text as string },
    statement: r.statement as number | null,
    evidence: [r.evidence_start as number, r.evidence_end as number],
    evidenceText: r.evidence_text as string,
    sentence: [r.sentence_start as number, r.sentence_end as number],
    sentenceText: r.sentence_text as string,
    confidence: r.confidence as number,
    status: r.status as StoredRelation["status"],
  };
}

function spanOf(start: unknown, end: unknown): [number, number] | null {
  return typeof start === "number" && typeof end === "number" ? [start, end] : null;
}

export function toStatement(s: Record<string, unknown>): StoredStatement {
  return {
    id: s.id as number,
    document: s.document as number,
    documentTitle: s.doc_title as string | null,
    documentSource: s.doc_source as string,
    date: (s.date as string | null) ?? (s.doc_date as string | null),
    speaker: s.a_id === null ? null : actorRef(s, "a_"),
    speakerText: s.speaker_text as string | null,
    speakerRole: s.speaker_role as string | null,
    speakerSpan: spanOf(s.speaker_start, s.speaker_end),
    cue: s.cue as string | null,
    cueSpan: spanOf(s.cue_start, s.cue_end),
    content: s.content as string,
    contentSpans: JSON.parse(s.content_spans as string) as [number, number][],
    kind: s.kind as string,
  };
}

export function stats(db: Db): StoreStats {
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const byStatus = { ...EMPTY_STATUS };
  for (const row of db.prepare("SELECT status, count(*) AS n FROM documents GROUP BY status").all() as {
    status: DocumentStatus;
    n: number;
  }[])
    byStatus[row.status] = row.n;
  const range = db.prepare("SELECT min(date) AS a, max(date) AS b FROM documents").get() as {
    a: string | null;
    b: string | null;
  };
  return {
    documents: count("SELECT count(*) AS n FROM documents"),
    byStatus,
    statements: count("SELECT count(*) AS n FROM statements"),
    relations: count("SELECT count(*) AS n FROM relations WHERE status != 'rejected'"),
    actors: count("SELECT count(*) AS n FROM actors WHERE id NOT IN (SELECT from_id FROM actor_merges)"),
    mentions: count("SELECT count(*) AS n FROM mentions"),
    from: range.a,
    to: range.b,
  };
}

/** Runs a MATCH; a query FTS5 cannot parse for this table ("fts5: syntax error", "unterminated string",
 * a column another table has) is read as plain words instead. */
function match<T>(run: (q: string) => T[], query: string): T[] {
  try {
    return run(query);
  } catch (e) {
    if ((e as { code?: string }).code !== "SQLITE_ERROR") throw e;
    // An operator that cannot stand where it is ("NOT Hamas", "Hamas OR"): read as words, the query would
    // find the opposite of what was asked.
    if (/(?:^|\s)(?:AND|OR|NOT|NEAR)(?:\s|$)/.test(query))
      throw new UsageError(
        "SG_BAD_OPTION",
        `${JSON.stringify(query)} is no query the search can run: AND, OR and NOT stand between two terms ("Iran NOT Hamas", "Iran OR Tehran"); write the words in lower case to search for them`,
      );
    const words = quoteWords(query);
    return words === "" ? [] : run(words);
  }
}

/**
 * FTS5 marks the matched words with two private-use characters (U+E000, U+E001), which no client has to
 * know: the passage goes out as plain text with the marked ranges beside it. A text's own « » stay text.
 */
export function highlighted(marked: string): Pick<SearchHit, "snippet" | "highlights"> {
  let snippet = "";
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === "\uE000") open = snippet.length;
    else if (ch === "\uE001") {
      if (open !== -1) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

export function search(q: Queries, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = Math.max(1, Math.min(options.limit ?? 20, 10_000));
  const where = options.in ?? "all";
  const trimmed = query.trim();
  if (trimmed === "") return [];
  const hits: SearchHit[] = [];
  if (where !== "documents") {
    const rows = match((m) => q.searchStatements.all(m, limit) as Record<string, unknown>[], trimmed);
    for (const r of rows) {
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
        ...highlighted(r.snippet as string),
        span: [first[0], last[1]],
        rank: r.rank as number,
      });
    }
  }
  if (where !== "statements") {
    const rows = match((m) => q.searchDocuments.all(m, limit) as Record<string, unknown>[], trimmed);
    for (const r of rows) {
      hits.push({
        kind: "document",
        id: r.id as number,
        document: r.id as number,
        documentTitle: r.title as string | null,
        documentSource: r.source as string,
        date: r.date as string | null,
        speaker: null,
        ...highlighted(r.snippet as string),
        span: [0, r.length as number],
        rank: r.rank as number,
      });
    }
  }
  return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

export function rankActors(q: Queries, options: ActorListOptions): ActorSummary[] {
  const type = options.type ?? null;
  const limit = Math.max(1, Math.min(options.limit ?? 50, 1_000_000));
  if (options.match !== undefined && options.match.trim() === "") return [];
  const match = options.match?.trim().toLowerCase() ?? "";
  const rows = (
    match === ""
      ? q.rankActors.all({ type, limit })
      : q.matchActors.all({ type, limit, match, candidates: Math.max(100, limit * 5) })
  ) as Record<string, unknown>[];
  return rows.map((r) => ({
    ...actorRef(r, ""),
    documents: r.documents as number,
    mentions: r.mentions as number,
    statements: r.statements as number,
    relations: r.relations as number,
  }));
}

export function findActors(q: Queries, name: string): ActorRef[] {
  const key = name.trim();
  // An id names its actor alone, whoever else is called by the same words: the API and the workbench
  // always give ids, and an ambiguity error's list of ids must resolve. Also the cheap case: a key read and
  // the merge chain (empty unless analysts merged), against the union of three lookups.
  const row = q.actor.get(key) as Record<string, unknown> | undefined;
  if (row) {
    const canonical = (q.canonical.get(key, key) as { id: string }).id;
    return [actorRef(canonical === key ? row : (q.actor.get(canonical) as Record<string, unknown>), "")];
  }
  const found = q.findActors.all({ name: key }) as Record<string, unknown>[];
  if (found.length === 0 && key !== "") {
    const folded = nameKey(key);
    if (folded !== "")
      return (q.findActorsByKey.all({ key: folded }) as Record<string, unknown>[]).map((r) =>
        actorRef(r, ""),
      );
  }
  return found.map((r) => actorRef(r, ""));
}

/**
 * A whole name's matching key: each word folded (case, diacritics, apostrophes, al-) and keyed as the
 * dictionary keys it ("Isma’il Hanieh" and "Ismail Haniya" alike; Hassan is not Hussein).
 */
function nameKey(name: string): string {
  const folded = foldName(name);
  return folded === "" ? "" : folded.split(" ").map(wordKey).join(" ");
}

/** The engine ids that make up a canonical actor (itself and everything merged into it), as JSON. */
export function membersJson(q: Queries, id: string): string {
  const canonical = (q.canonical.get(id, id) as { id: string }).id;
  return JSON.stringify((q.members.all(canonical, canonical) as { id: string }[]).map((r) => r.id));
}

export function relationsBetween(
  q: Queries,
  a: string,
  b: string,
  options: RelationPageOptions = {},
): RelationsBetween {
  const pair = { a: membersJson(q, a), b: membersJson(q, b), ...bounds(options) };
  const limit = Math.max(1, Math.min(options.limit ?? 100, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  const days = q.relationDaysBetween.all(pair) as DayCounts[];
  const total = days.reduce((n, d) => n + d.positive + d.negative + d.neutral, 0);
  const rows = offset < total ? q.relationsBetween.all({ ...pair, limit, offset }) : [];
  return { total, offset, days, relations: (rows as Record<string, unknown>[]).map(toRelation) };
}

export function actorProfile(q: Queries, id: string, window: ProfileOptions = {}): ActorProfile | null {
  const canonical = (q.canonical.get(id, id) as { id: string }).id;
  const row = q.actor.get(canonical) as Record<string, unknown> | undefined;
  if (!row) return null;
  const actor = actorRef(row, "");
  const members = membersJson(q, canonical);
  const { from, to } = bounds(window);
  const limit = Math.max(1, Math.min(window.limit ?? 20, 1000));
  const total = (c: Counts) => c.positive + c.negative + c.neutral;
  const { top, count } = rankCounterparts(
    q.counterparts,
    canonical,
    members,
    from,
    to,
    Math.max(1, Math.min(window.counterparts ?? 200, 10000)),
  );
  const refs = actorsById(
    q,
    top.map(([id]) => id),
  );
  const counterparts: Counterpart[] = top
    .map(([id, c]) => ({
      actor: refs.get(id) ?? { id, name: id, type: "unknown" as ActorType, known: false },
      ...c,
    }))
    .sort((a, b) => total(b) - total(a) || a.actor.name.localeCompare(b.actor.name));
  const aboutIds = [
    ...new Set(
      (q.aboutIds.all({ a: members, from, to, limit: limit * 4 }) as { statement: number }[]).map(
        (r) => r.statement,
      ),
    ),
  ].slice(0, limit);
  return {
    actor,
    aliases: (q.aliases.all(members) as { alias: string }[]).map((r) => r.alias),
    merged: (JSON.parse(members) as string[]).filter((m) => m !== canonical),
    roles: rolesOf(q.roles, canonical, members, from, to),
    statementsBy: statementsWithIds(
      q,
      (q.statementsByIds.all({ a: members, from, to, limit }) as { id: number }[]).map((r) => r.id),
    ),
    statementsAbout: statementsWithIds(q, aboutIds),
    counterparts,
    counterpartCount: count,
  };
}

function statementsWithIds(q: Queries, ids: readonly number[]): StoredStatement[] {
  return (q.statementsWithIds.all(JSON.stringify(ids)) as Record<string, unknown>[]).map(toStatement);
}

export function relationRows(q: Queries, window?: TimeWindow): RelationRow[] {
  const { from, to } = bounds(window);
  return q.relationRows.all({ from, to }) as RelationRow[];
}

export function actorsById(q: Queries, ids: readonly string[]): Map<string, ActorRef> {
  const out = new Map<string, ActorRef>();
  for (const r of q.actorsById.all(JSON.stringify(ids)) as Record<string, unknown>[])
    out.set(r.id as string, actorRef(r, ""));
  return out;
}

export function affiliationRows(q: Queries): AffiliationRow[] {
  return (q.affiliationRows.all() as Record<string, unknown>[]).map((r) => ({
    actor: r.actor as string,
    of: r.of_id as string,
    ofType: r.of_type as ActorType,
    role: r.role as string | null,
    documents: r.documents as number,
  }));
}

export function relationsInWindow(q: Queries, window?: TimeWindow): StoredRelation[] {
  const { from, to } = bounds(window);
  return (q.relationsInWindow.all({ from, to }) as Record<string, unknown>[]).map(toRelation);
}
