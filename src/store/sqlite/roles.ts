// An actor's roles over time for its profile: what it is of whom, as the documents state it, with the
// first and last date stating it and how many documents do. Over all time they come from actor_roles
// (migration 3), kept by triggers; within a window, or when a merge joins rows, from the affiliations.
// A role stated of no one (of_actor NO_OWNER, "columnist") has no `of`.

import type { RoleOverTime } from "../store.js";
import { actorRef } from "./actorRef.js";
import { CANON } from "./canon.js";
import type { Db } from "./open.js";

export type RoleQueries = ReturnType<typeof prepareRoles>;

export function prepareRoles(db: Db) {
  return {
    counted: db.prepare(`SELECT o.id AS o_id, o.name AS o_name, o.type AS o_type, o.known AS o_known, r.role,
        r.first, r.last, r.documents
      FROM actor_roles r LEFT JOIN actors o ON o.id = r.of_actor WHERE r.actor = ?
      ORDER BY r.first, o.name, r.role`),
    // A role of a merged actor: its rows belong with the actor it is merged into.
    mergedOf: db
      .prepare(`SELECT 1 FROM actor_roles r JOIN actor_merges m ON m.from_id = r.of_actor
        WHERE r.actor = ? LIMIT 1`)
      .pluck(),
    // A document stating a role of two merged actors counts once: counted from the rows themselves.
    fromRows: db.prepare(`WITH RECURSIVE ${CANON}
      SELECT o.id AS o_id, o.name AS o_name, o.type AS o_type, o.known AS o_known, f.role,
        min(f.date) AS first, max(f.date) AS last, count(DISTINCT f.document) AS documents
      FROM affiliations f LEFT JOIN canon c ON c.id = f.of_actor
        LEFT JOIN actors o ON o.id = coalesce(c.cid, f.of_actor)
      WHERE f.actor IN (SELECT value FROM json_each(@a))
        AND (@from IS NULL OR f.date >= @from) AND (@to IS NULL OR f.date <= @to)
      GROUP BY o.id, f.role ORDER BY first, o.name, f.role`),
  };
}

/** The roles of `canonical`, whose engine ids are `members` (JSON), within `from`–`to` (null: open). */
export function rolesOf(
  q: RoleQueries,
  canonical: string,
  members: string,
  from: string | null,
  to: string | null,
): RoleOverTime[] {
  const counted =
    from === null &&
    to === null &&
    (JSON.parse(members) as string[]).length === 1 &&
    !q.mergedOf.get(canonical);
  const rows = (counted ? q.counted.all(canonical) : q.fromRows.all({ a: members, from, to })) as Record<
    string,
    unknown
  >[];
  return rows.map((r) => ({
    of: r.o_id === null ? null : actorRef(r, "o_"),
    role: r.role as string | null,
    from: r.first as string | null,
    to: r.last as string | null,
    documents: r.documents as number,
  }));
}
