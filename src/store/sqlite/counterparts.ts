// An actor's counterparts for its profile: who it relates to, both directions together, with the
// evidence counted and the most-evidenced first. Over all time they come from actor_links (migration 2),
// one row per pair kept by triggers; within a window, from the relations themselves, whose days the
// pair rows do not keep.

import type { Counterpart } from "../store.js";
import { CANON } from "./canon.js";
import type { Db } from "./open.js";

export type Counts = Omit<Counterpart, "actor">;

export interface RankedCounterparts {
  /** The most-evidenced counterparts (canonical ids), ties by id. */
  top: [string, Counts][];
  /** How many there are in all. */
  count: number;
}

const RANK = "positive + negative + neutral DESC, other";

export type CounterpartQueries = ReturnType<typeof prepareCounterparts>;

export function prepareCounterparts(db: Db) {
  return {
    // No merge involved: the top rows of the actor's range of actor_links_rank, and the range's size.
    linksTop: db.prepare(`SELECT other, positive, negative, neutral, first, last FROM actor_links
      WHERE actor = @a ORDER BY ${RANK} LIMIT @n`),
    linksCount: db.prepare("SELECT count(*) AS n FROM actor_links WHERE actor = ?").pluck(),
    // Whether a counterpart is merged into another actor: its rows must then be added to that actor's.
    // Driven by the merges, few next to a hub's counterparts, each a primary-key lookup.
    mergedCounterpart: db
      .prepare(`SELECT 1 FROM actor_merges m
        WHERE EXISTS (SELECT 1 FROM actor_links l WHERE l.actor = ? AND l.other = m.from_id) LIMIT 1`)
      .pluck(),
    // With merges: the members' rows, each counterpart read as the actor it ends up in, summed.
    linksMerged: db.prepare(`WITH RECURSIVE ${CANON},
      summed AS (SELECT coalesce(c.cid, l.other) AS other, sum(l.positive) AS positive,
          sum(l.negative) AS negative, sum(l.neutral) AS neutral, min(l.first) AS first, max(l.last) AS last
        FROM actor_links l LEFT JOIN canon c ON c.id = l.other
        WHERE l.actor IN (SELECT value FROM json_each(@a)) GROUP BY 1)
      SELECT *, count(*) OVER () AS count FROM summed WHERE other != @self ORDER BY ${RANK} LIMIT @n`),
    // Within a window: each direction counted from its covering index.
    windowOut: db.prepare(`${windowCounts("target")}
      FROM relations INDEXED BY relations_out WHERE source IN (SELECT value FROM json_each(@a))
        AND status != 'rejected' AND (@from IS NULL OR day >= @from) AND (@to IS NULL OR day <= @to)
      GROUP BY target`),
    windowIn: db.prepare(`${windowCounts("source")}
      FROM relations INDEXED BY relations_in WHERE target IN (SELECT value FROM json_each(@a))
        AND status != 'rejected' AND (@from IS NULL OR day >= @from) AND (@to IS NULL OR day <= @to)
      GROUP BY source`),
    allMerges: db.prepare(`WITH RECURSIVE ${CANON} SELECT id, cid FROM canon`),
  };
}

function windowCounts(other: "source" | "target"): string {
  return `SELECT ${other} AS other, sum(polarity > 0) AS positive, sum(polarity < 0) AS negative,
    sum(polarity = 0) AS neutral, min(day) AS first, max(day) AS last`;
}

interface Row {
  other: string;
  positive: number;
  negative: number;
  neutral: number;
  first: string | null;
  last: string | null;
}

function counts(r: Row): Counts {
  return {
    positive: r.positive,
    negative: r.negative,
    neutral: r.neutral,
    balance: r.positive - r.negative,
    first: r.first,
    last: r.last,
  };
}

/**
 * The top `n` counterparts of `canonical`, whose engine ids are `members` (a JSON array), within
 * `from`–`to` (bounds as comparable strings; both null: all time).
 */
export function rankCounterparts(
  q: CounterpartQueries,
  canonical: string,
  members: string,
  from: string | null,
  to: string | null,
  n: number,
): RankedCounterparts {
  if (from !== null || to !== null) return windowed(q, canonical, members, from, to, n);
  const ids = JSON.parse(members) as string[];
  if (ids.length === 1 && !q.mergedCounterpart.get(canonical)) {
    const rows = q.linksTop.all({ a: canonical, n }) as Row[];
    return { top: rows.map((r) => [r.other, counts(r)]), count: q.linksCount.get(canonical) as number };
  }
  const rows = q.linksMerged.all({ a: members, self: canonical, n }) as (Row & { count: number })[];
  return { top: rows.map((r) => [r.other, counts(r)]), count: rows[0]?.count ?? 0 };
}

/** Within a window: every relation of the members in it, summed per canonical counterpart here. */
function windowed(
  q: CounterpartQueries,
  canonical: string,
  members: string,
  from: string | null,
  to: string | null,
  n: number,
): RankedCounterparts {
  const canon = new Map((q.allMerges.all() as { id: string; cid: string }[]).map((m) => [m.id, m.cid]));
  const byOther = new Map<string, Counts>();
  const params = { a: members, from, to };
  for (const r of [...q.windowOut.all(params), ...q.windowIn.all(params)] as Row[]) {
    const other = canon.get(r.other) ?? r.other;
    if (other === canonical) continue;
    const c = byOther.get(other) ?? {
      positive: 0,
      negative: 0,
      neutral: 0,
      balance: 0,
      first: null,
      last: null,
    };
    c.positive += r.positive;
    c.negative += r.negative;
    c.neutral += r.neutral;
    c.balance = c.positive - c.negative;
    if (r.first && (c.first === null || r.first < c.first)) c.first = r.first;
    if (r.last && (c.last === null || r.last > c.last)) c.last = r.last;
    byOther.set(other, c);
  }
  // Ranked as actor_links_rank ranks: by evidence, ties by id.
  const total = (c: Counts) => c.positive + c.negative + c.neutral;
  const top = [...byOther]
    .sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n);
  return { top, count: byOther.size };
}
