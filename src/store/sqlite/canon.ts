// Analysts' merges as every question reads them: rows keep the engine's actor ids, and a query joins
// through this map to the actor each id ends up in.

/** `canon(id, cid)`: every merged actor and the actor it ends up in, following chains of merges. */
export const CANON = `canon_chain(id, cid, depth) AS (
    SELECT from_id, into_id, 1 FROM actor_merges
    UNION ALL SELECT c.id, m.into_id, c.depth + 1 FROM canon_chain c JOIN actor_merges m ON m.from_id = c.cid
    WHERE c.depth < 64
  ),
  canon(id, cid) AS (SELECT id, cid FROM canon_chain WHERE cid NOT IN (SELECT from_id FROM actor_merges))`;
