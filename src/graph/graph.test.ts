// The actor graph on hand-made relations: edges counted by sign, roll-up of persons to organisations,
// PageRank and communities, and structural balance with the triad the issue names.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ActorRef, AffiliationRow, RelationRow } from "../store/store.js";
import { buildActorGraph } from "./actorGraph.js";
import { balanceReport, compareBalance } from "./balance.js";
import { actorMetrics } from "./metrics.js";
import { rollUpMap } from "./rollUp.js";

const ACTORS: ActorRef[] = [
  { id: "hamas", name: "Hamas", type: "organization", known: true },
  { id: "hamas-political-bureau", name: "Hamas political bureau", type: "organization", known: true },
  { id: "ismail-haniya", name: "Isma'il Haniya", type: "person", known: true },
  { id: "iran", name: "Iran", type: "state", known: true },
  { id: "syrian-opposition", name: "Syrian opposition", type: "group", known: true },
  { id: "syria", name: "Syria", type: "state", known: true },
  { id: "axis-of-resistance", name: "Axis of Resistance", type: "group", known: true },
];
const byId = new Map(ACTORS.map((a) => [a.id, a]));

let nextId = 1;
function rel(
  source: string,
  target: string,
  polarity: -1 | 0 | 1,
  day: string,
  type = polarity > 0 ? "praise" : polarity < 0 ? "condemn" : "meet",
): RelationRow {
  return { id: nextId++, document: 1, source, target, type, polarity, day, status: "machine" };
}

describe("the actor graph", () => {
  test("one edge per ordered pair, counted by sign and type, with first and last day", () => {
    const g = buildActorGraph(
      [
        rel("hamas", "iran", 1, "2021-05-28", "thank"),
        rel("hamas", "iran", 1, "2021-06-04"),
        rel("hamas", "iran", -1, "2019-01-01"),
      ],
      byId,
    );
    const e = g.getDirectedEdgeAttributes("hamas", "iran");
    assert.deepEqual([e.positive, e.negative, e.weight, e.net, e.sign], [2, 1, 3, 1, 1]);
    assert.deepEqual(e.types, { thank: 1, praise: 1, condemn: 1 });
    assert.deepEqual([e.first, e.last], ["2019-01-01", "2021-06-04"]);
    assert.equal(g.getNodeAttribute("iran", "label"), "Iran");
  });

  test("roll-up: Haniya counts for Hamas through its political bureau; the Axis is an alliance, not a parent", () => {
    const affiliations: AffiliationRow[] = [
      {
        actor: "ismail-haniya",
        of: "hamas-political-bureau",
        ofType: "organization",
        role: "head",
        documents: 3,
      },
      { actor: "ismail-haniya", of: "palestine", ofType: "state", role: "elite", documents: 5 },
      {
        actor: "hamas-political-bureau",
        of: "hamas",
        ofType: "organization",
        role: "political bureau",
        documents: 4,
      },
      { actor: "hamas", of: "axis-of-resistance", ofType: "group", role: "member", documents: 6 },
    ];
    const map = rollUpMap(affiliations, (id) => byId.get(id)?.type);
    assert.equal(map.get("ismail-haniya"), "hamas");
    assert.equal(map.get("hamas"), undefined);
    const g = buildActorGraph([rel("ismail-haniya", "iran", 1, "2021-05-28", "thank")], byId, map);
    assert.ok(g.hasEdge("hamas", "iran"));
    assert.deepEqual(g.getNodeAttribute("hamas", "members"), ["ismail-haniya"]);
  });

  test("PageRank and communities are deterministic; allies share a community, adversaries do not", () => {
    const rows = [
      rel("hamas", "iran", 1, "2021"),
      rel("iran", "hamas", 1, "2021"),
      rel("iran", "syria", 1, "2021"),
      rel("syrian-opposition", "hamas", -1, "2021"),
      rel("syrian-opposition", "iran", -1, "2021"),
    ];
    const m1 = actorMetrics(buildActorGraph(rows, byId));
    const m2 = actorMetrics(buildActorGraph(rows, byId));
    assert.deepEqual(m1, m2);
    const c = new Map(m1.map((m) => [m.id, m.community]));
    assert.equal(c.get("hamas"), c.get("iran"));
    assert.equal(c.get("syrian-opposition"), -1, "no positive tie, no community");
    assert.ok(
      (m1.find((m) => m.id === "iran")?.pagerank ?? 0) >
        (m1.find((m) => m.id === "syrian-opposition")?.pagerank ?? 1),
    );
  });
});

describe("structural balance", () => {
  test("Hamas +Iran, Iran −Syrian opposition, Syrian opposition +Hamas is unbalanced", () => {
    const g = buildActorGraph(
      [
        rel("hamas", "iran", 1, "2021"),
        rel("iran", "syrian-opposition", -1, "2021"),
        rel("syrian-opposition", "hamas", 1, "2011"),
      ],
      byId,
    );
    const r = balanceReport(g);
    assert.deepEqual([r.ties, r.triads, r.balanced, r.unbalanced], [3, 1, 0, 1]);
    assert.deepEqual(r.unbalancedTriads[0]?.labels, ["Hamas", "Iran", "Syrian opposition"]);
  });

  test("the enemy of my enemy is my friend: balanced; both directions of a pair make one tie", () => {
    const g = buildActorGraph(
      [
        rel("hamas", "iran", 1, "2021"),
        rel("iran", "syrian-opposition", -1, "2021"),
        rel("syrian-opposition", "hamas", -1, "2022"),
        rel("hamas", "syrian-opposition", 1, "2022"),
        rel("hamas", "syrian-opposition", -1, "2022"),
      ],
      byId,
    );
    const r = balanceReport(g);
    assert.deepEqual([r.ties, r.triads, r.balanced], [3, 1, 1]);
  });

  test("comparing windows: the triad that tipped when Hamas returned to Damascus", () => {
    const before = buildActorGraph(
      [
        rel("hamas", "syrian-opposition", 1, "2012"),
        rel("syria", "syrian-opposition", -1, "2012"),
        rel("syria", "hamas", -1, "2012"),
      ],
      byId,
    );
    const after = buildActorGraph(
      [
        rel("hamas", "syrian-opposition", 1, "2022"),
        rel("syria", "syrian-opposition", -1, "2022"),
        rel("hamas", "syria", 1, "2022"),
      ],
      byId,
    );
    const change = compareBalance(before, after);
    assert.equal(change.before.unbalanced, 0);
    assert.equal(change.after.unbalanced, 1);
    assert.deepEqual(
      change.tipped.map((t) => t.labels),
      [["Hamas", "Syria", "Syrian opposition"]],
    );
    assert.deepEqual(change.settled, []);
  });
});
