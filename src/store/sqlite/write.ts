// Writing one document's extraction (actors, mentions, affiliations, statements, relations) into the
// store, inside the caller's transaction. On reextract the same code writes the new extraction after the
// engine's old rows are gone; relations an analyst decided on are passed as `decided` fingerprints, and
// the engine's new reading of them is not written again.

import type { ExtractionResult, Relation } from "../../contract/extraction.js";
import { sentenceAround } from "../../document/sentenceAround.js";
import { NO_OWNER } from "./migrations.js";
import type { Db } from "./open.js";

/** The engine reading a relation row comes from; unchanged by an analyst's edit. */
export function fingerprintOf(r: Pick<Relation, "source" | "target" | "type" | "evidence">): string {
  return `${r.source}\u0001${r.target}\u0001${r.type}\u0001${r.evidence[0]}\u0001${r.evidence[1]}`;
}

/** "2021-05-28" as it is; "--05-28" (no year) and null give null. */
function fullDate(value: string | null): string | null {
  return value !== null && /^\d{4}/.test(value) ? value : null;
}

export type Writer = ReturnType<typeof prepareWriter>;

export function prepareWriter(db: Db) {
  return {
    upsertActor: db.prepare(`INSERT INTO actors (id, name, type, known) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET known = max(known, excluded.known),
        name = iif(type = 'unknown', excluded.name, name), type = iif(type = 'unknown', excluded.type, type)`),
    ensureActor: db.prepare(
      "INSERT INTO actors (id, name, type, known) VALUES (?, ?, 'unknown', 0) ON CONFLICT DO NOTHING",
    ),
    insertAlias: db.prepare("INSERT OR IGNORE INTO actor_aliases (actor, alias) VALUES (?, ?)"),
    insertMention: db.prepare('INSERT INTO mentions (document, actor, start, "end") VALUES (?, ?, ?, ?)'),
    insertAffiliation: db.prepare(
      "INSERT INTO affiliations (document, actor, of_actor, role, date) VALUES (?, ?, ?, ?, ?)",
    ),
    insertStatement:
      db.prepare(`INSERT INTO statements (document, local_id, speaker, speaker_text, speaker_start, speaker_end,
      cue, cue_start, cue_end, content, content_spans, kind, date, notes, confidence, day)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertRelation:
      db.prepare(`INSERT INTO relations (document, local_id, source, target, type, polarity, date,
      period_from, period_to, period_text, statement, evidence_start, evidence_end, evidence_text, sentence_start,
      sentence_end, sentence_text, confidence, fingerprint, day)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };
}

export interface Written {
  statements: number;
  relations: number;
}

/**
 * Writes an extraction of document `document`, whose text is `text` (for evidence words) and date
 * `date` (for affiliations). `decided`: fingerprints of relations an analyst decided on, not rewritten.
 */
export function writeExtraction(
  w: Writer,
  document: number,
  x: ExtractionResult,
  text: string,
  date: string | null,
  decided: ReadonlySet<string> = new Set(),
): Written {
  for (const a of x.actors) {
    w.upsertActor.run(a.id, a.name, a.type, a.known ? 1 : 0);
    for (const alias of a.aliases) w.insertAlias.run(a.id, alias);
    for (const [start, end] of a.mentions) w.insertMention.run(document, a.id, start, end);
  }
  // Affiliations may name an organisation that has no mention of its own in this document.
  for (const a of x.actors) {
    for (const f of a.affiliations) {
      w.ensureActor.run(f.actor, f.actor);
      w.insertAffiliation.run(document, a.id, f.actor, f.role, date);
    }
    for (const role of a.roles ?? []) w.insertAffiliation.run(document, a.id, NO_OWNER, role, date);
  }
  const statementIds = new Map<string, number>();
  for (const s of x.statements) {
    if (s.speaker !== null) w.ensureActor.run(s.speaker, s.speakerText ?? s.speaker);
    const info = w.insertStatement.run(
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
      fullDate(s.date) ?? date,
    );
    statementIds.set(s.id, Number(info.lastInsertRowid));
  }
  let relations = 0;
  for (const r of x.relations) {
    const fingerprint = fingerprintOf(r);
    if (decided.has(fingerprint)) continue;
    w.ensureActor.run(r.source, r.source);
    w.ensureActor.run(r.target, r.target);
    const period = r.period;
    const sentence = sentenceAround(text, r.evidence);
    w.insertRelation.run(
      document,
      r.id,
      r.source,
      r.target,
      r.type,
      r.polarity,
      r.date,
      period?.from ?? null,
      period?.to ?? null,
      period?.text ?? null,
      r.statement === null ? null : (statementIds.get(r.statement) ?? null),
      r.evidence[0],
      r.evidence[1],
      text.slice(r.evidence[0], r.evidence[1]),
      sentence[0],
      sentence[1],
      text.slice(sentence[0], sentence[1]),
      r.confidence,
      fingerprint,
      period?.from ?? fullDate(r.date) ?? date,
    );
    relations++;
  }
  return { statements: x.statements.length, relations };
}
