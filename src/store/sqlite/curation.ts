// Analysts' decisions in the SQLite store, and reextract, which must keep them. Each decision changes
// the data and appends to `decisions` (time, author, action, subject, before and after) in one
// transaction. Relations keep their status (confirmed, rejected, edited) and their engine fingerprint;
// merges are a map read by every question; analysts' aliases are fed back to the engine's dictionary.

import { StancegraphError, UsageError } from "../../errors.js";
import type {
  AnalystAlias,
  Decision,
  NewDocument,
  RelationEdit,
  RelationStatus,
  ReplaceOutcome,
  StoredRelation,
} from "../store.js";
import type { Db } from "./open.js";
import { type Queries, toRelation } from "./queries.js";
import { prepareWriter, type Writer, writeExtraction } from "./write.js";

function notFound(what: string): StancegraphError {
  return new StancegraphError("SG_NOT_FOUND", what);
}

export function prepareCuration(db: Db) {
  return {
    log: db.prepare("INSERT INTO decisions (at, author, action, subject, detail) VALUES (?, ?, ?, ?, ?)"),
    setStatus: db.prepare("UPDATE relations SET status = ? WHERE id = ?"),
    edit: db.prepare("UPDATE relations SET type = ?, polarity = ?, status = 'edited' WHERE id = ?"),
    actorExists: db.prepare("SELECT 1 FROM actors WHERE id = ?"),
    mergeOf: db.prepare("SELECT into_id FROM actor_merges WHERE from_id = ?"),
    merge: db.prepare("INSERT INTO actor_merges (from_id, into_id) VALUES (?, ?)"),
    unmerge: db.prepare("DELETE FROM actor_merges WHERE from_id = ?"),
    alias: db.prepare(`INSERT INTO actor_aliases (actor, alias, origin) VALUES (?, ?, 'analyst')
      ON CONFLICT (actor, alias) DO UPDATE SET origin = 'analyst'`),
    // An analyst's alias goes; the engine's own names come back with the next extraction that finds them.
    unalias: db.prepare(
      "DELETE FROM actor_aliases WHERE actor = ? AND alias = ? COLLATE NOCASE AND origin = 'analyst'",
    ),
    analystAliases: db.prepare(`SELECT x.actor, a.name, a.type, a.known, x.alias FROM actor_aliases x
      JOIN actors a ON a.id = x.actor WHERE x.origin = 'analyst' ORDER BY x.actor, x.alias`),
    decisions: db.prepare("SELECT * FROM decisions ORDER BY id DESC LIMIT ?"),
    // reextract
    documentText: db.prepare("SELECT text, date FROM documents WHERE id = ?"),
    fillDate: db.prepare("UPDATE documents SET date = ? WHERE id = ? AND date IS NULL"),
    decided: db.prepare("SELECT id, fingerprint FROM relations WHERE document = ? AND status != 'machine'"),
    dropMachine: db.prepare("DELETE FROM relations WHERE document = ? AND status = 'machine'"),
    dropStatements: db.prepare("DELETE FROM statements WHERE document = ?"),
    dropMentions: db.prepare("DELETE FROM mentions WHERE document = ?"),
    dropAffiliations: db.prepare("DELETE FROM affiliations WHERE document = ?"),
    // A kept relation whose statement was replaced points to the new statement holding its evidence.
    relink: db.prepare(`UPDATE relations SET statement = (
        SELECT s.id FROM statements s WHERE s.document = relations.document
          AND EXISTS (SELECT 1 FROM json_each(s.content_spans) j
            WHERE json_extract(j.value, '$[0]') <= relations.evidence_start
              AND relations.evidence_start < json_extract(j.value, '$[1]'))
        ORDER BY s.id LIMIT 1)
      WHERE document = ? AND status != 'machine'`),
    setDocument: db.prepare(
      "UPDATE documents SET status = ?, status_detail = ?, language = ?, extracted_at = ?, engine = ? WHERE id = ?",
    ),
  };
}

export type Curation = ReturnType<typeof prepareCuration>;

export class SqliteCuration {
  private readonly w: Writer;
  constructor(
    private readonly db: Db,
    private readonly c: Curation,
    private readonly q: Queries,
  ) {
    this.w = prepareWriter(db);
  }

  private record(author: string, action: string, subject: string, detail: Record<string, unknown>): void {
    const who = author.trim();
    if (who === "") throw new UsageError("SG_BAD_OPTION", "a decision needs an author; give --as NAME");
    this.c.log.run(new Date().toISOString(), who, action, subject, JSON.stringify(detail));
  }

  private relation(id: number): StoredRelation {
    const row = this.q.relationById.get(id) as Record<string, unknown> | undefined;
    if (!row)
      throw notFound(
        `relation ${id} is not in the store; \`stancegraph relations A B\` lists relations with their ids`,
      );
    return toRelation(row);
  }

  private decideRelation(
    id: number,
    author: string,
    status: RelationStatus,
    edit?: RelationEdit,
  ): StoredRelation {
    return this.db
      .transaction(() => {
        const before = this.relation(id);
        if (edit) {
          this.c.edit.run(edit.type ?? before.type, edit.polarity ?? before.polarity, id);
        } else this.c.setStatus.run(status, id);
        const after = this.relation(id);
        const action = edit
          ? "relation.edit"
          : status === "rejected"
            ? "relation.reject"
            : "relation.confirm";
        this.record(author, action, String(id), {
          before: { type: before.type, polarity: before.polarity, status: before.status },
          after: { type: after.type, polarity: after.polarity, status: after.status },
        });
        return after;
      })
      .immediate();
  }

  confirm(id: number, author: string): StoredRelation {
    // Confirming an edited relation keeps it edited: the edit is the analyst's reading.
    const current = this.relation(id);
    return this.decideRelation(id, author, current.status === "edited" ? "edited" : "confirmed");
  }

  reject(id: number, author: string): StoredRelation {
    return this.decideRelation(id, author, "rejected");
  }

  edit(id: number, edit: RelationEdit, author: string): StoredRelation {
    return this.decideRelation(id, author, "edited", edit);
  }

  private assertActor(id: string): void {
    if (!this.c.actorExists.get(id)) {
      throw notFound(
        `actor ${JSON.stringify(id)} is not in the store; \`stancegraph actors\` lists actors with their ids`,
      );
    }
  }

  merge(into: string, from: string, author: string): void {
    this.db
      .transaction(() => {
        this.assertActor(into);
        this.assertActor(from);
        const target = (this.q.canonical.get(into, into) as { id: string }).id;
        const source = (this.q.canonical.get(from, from) as { id: string }).id;
        if (target === source) {
          throw new UsageError("SG_BAD_OPTION", `${from} and ${into} are already one actor (${target})`);
        }
        if (this.c.mergeOf.get(source)) this.c.unmerge.run(source);
        this.c.merge.run(source, target);
        this.record(author, "actor.merge", source, { into: target, asked: { into, from } });
      })
      .immediate();
  }

  split(id: string, author: string): void {
    this.db
      .transaction(() => {
        this.assertActor(id);
        const into = this.c.mergeOf.get(id) as { into_id: string } | undefined;
        if (!into)
          throw new UsageError("SG_BAD_OPTION", `${id} is not merged into another actor; nothing to split`);
        this.c.unmerge.run(id);
        this.record(author, "actor.split", id, { from: into.into_id });
      })
      .immediate();
  }

  addAlias(actor: string, alias: string, author: string): void {
    const name = alias.replace(/\s+/g, " ").trim();
    if (name === "") throw new UsageError("SG_BAD_OPTION", "an alias cannot be empty");
    this.db
      .transaction(() => {
        this.assertActor(actor);
        const target = (this.q.canonical.get(actor, actor) as { id: string }).id;
        this.c.alias.run(target, name);
        this.record(author, "actor.alias", target, { alias: name });
      })
      .immediate();
  }

  removeAlias(actor: string, alias: string, author: string): void {
    const name = alias.replace(/\s+/g, " ").trim();
    this.db
      .transaction(() => {
        this.assertActor(actor);
        const target = (this.q.canonical.get(actor, actor) as { id: string }).id;
        if (this.c.unalias.run(target, name).changes === 0)
          throw new UsageError(
            "SG_BAD_OPTION",
            `${target} has no alias ${JSON.stringify(name)} that an analyst added; \`stancegraph actor ${target}\` lists its names`,
          );
        this.record(author, "actor.unalias", target, { alias: name });
      })
      .immediate();
  }

  analystAliases(): AnalystAlias[] {
    return (this.c.analystAliases.all() as Record<string, unknown>[]).map((r) => ({
      actor: r.actor as string,
      name: r.name as string,
      type: r.type as AnalystAlias["type"],
      known: r.known === 1,
      alias: r.alias as string,
    }));
  }

  decisions(limit: number): Decision[] {
    return (this.c.decisions.all(limit) as Record<string, unknown>[]).map((r) => ({
      id: r.id as number,
      at: r.at as string,
      author: r.author as string,
      action: r.action as string,
      subject: r.subject as string,
      detail: JSON.parse(r.detail as string) as Record<string, unknown>,
    }));
  }

  replace(
    id: number,
    result: Pick<NewDocument, "status" | "statusDetail" | "language" | "extraction"> & {
      date?: string | null;
    },
  ): ReplaceOutcome {
    return this.db
      .transaction((): ReplaceOutcome => {
        const doc = this.c.documentText.get(id) as { text: string; date: string | null } | undefined;
        if (!doc) throw notFound(`document ${id} is not in the store`);
        // An undated document takes the date it is extracted with now (reextract --date), so that it and
        // its statements agree; a stored date stays.
        const date = doc.date ?? result.date ?? null;
        if (doc.date === null && date !== null) this.c.fillDate.run(date, id);
        const decided = this.c.decided.all(id) as { fingerprint: string }[];
        this.c.dropMachine.run(id);
        this.c.dropStatements.run(id);
        this.c.dropMentions.run(id);
        this.c.dropAffiliations.run(id);
        const x = result.status === "extracted" ? result.extraction : null;
        const written = x
          ? writeExtraction(this.w, id, x, doc.text, date, new Set(decided.map((d) => d.fingerprint)))
          : { statements: 0, relations: 0 };
        if (decided.length > 0) this.c.relink.run(id);
        this.c.setDocument.run(
          result.status,
          result.statusDetail,
          result.language,
          x ? new Date().toISOString() : null,
          x ? x.schema : null,
          id,
        );
        return { ...written, kept: decided.length };
      })
      .immediate();
  }
}
