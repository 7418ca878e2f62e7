// The export formats on hostile names and sentences: XML that parses (and that networkx reads, where it
// is installed), CSV that a spreadsheet will not run as formulas, DNA rows only for signed relations.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DOMParser } from "linkedom";
import { buildActorGraph } from "../graph/actorGraph.js";
import type { ActorRef, RelationRow, StoredRelation } from "../store/store.js";
import { csvCell } from "./escape.js";
import { toCsvEdges, toCsvNodes, toDnaStatements, toGexf, toGraphml, toNodeLinkJson } from "./exporters.js";

const NASTY = 'Al-"Quds" <script>alert(1)</script> & Sons\u0007';
const actors = new Map<string, ActorRef>([
  ["hamas", { id: "hamas", name: "Hamas", type: "organization", known: true }],
  ["iran", { id: "iran", name: "Iran", type: "state", known: true }],
  ["x", { id: "x", name: NASTY, type: "media", known: false }],
]);
const row = (
  id: number,
  source: string,
  target: string,
  polarity: -1 | 0 | 1,
  day: string | null,
): RelationRow => ({
  id,
  document: 1,
  source,
  target,
  type: polarity > 0 ? "praise" : polarity < 0 ? "condemn" : "meet",
  polarity,
  day,
  status: "machine",
});
const graph = buildActorGraph(
  [
    row(1, "hamas", "iran", 1, "2021-05-28"),
    row(2, "hamas", "iran", 1, "2021"),
    row(3, "x", "hamas", -1, null),
  ],
  actors,
);

function parseXml(text: string) {
  return new DOMParser().parseFromString(text, "text/xml");
}

describe("exports", () => {
  test("GEXF: dynamic, well-formed, every node and edge, spells for dated relations, names escaped", () => {
    const gexf = toGexf(graph);
    const doc = parseXml(gexf);
    assert.equal(doc.querySelectorAll("node").length, 3);
    assert.equal(doc.querySelectorAll("edge").length, 2);
    assert.equal(doc.querySelector("graph")?.getAttribute("mode"), "dynamic");
    assert.equal(doc.querySelectorAll("spell").length, 2, "2021 is a spell from 2021-01-01");
    assert.doesNotMatch(gexf, /<script>/);
    assert.ok(!gexf.includes("\u0007"), "a control character XML forbids is dropped");
    assert.match(gexf, /label="Al-&quot;Quds&quot; &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Sons"/);
  });

  test("GraphML: well-formed, keys declared, weights and signs", () => {
    const doc = parseXml(toGraphml(graph));
    assert.equal(doc.querySelectorAll("key").length, 13);
    assert.equal(doc.querySelectorAll("node").length, 3);
    const edge = [...doc.querySelectorAll("edge")].find((e) => e.getAttribute("source") === "hamas");
    assert.equal(
      [...(edge?.querySelectorAll("data") ?? [])].find((d) => d.getAttribute("key") === "weight")
        ?.textContent,
      "2",
    );
  });

  test("networkx reads the GEXF and the GraphML (when a python3 has networkx)", (t) => {
    // The python3 on the path, or Debian's, where .ci/run installs python3-networkx.
    const python = ["python3", "/usr/bin/python3"].find(
      (p) => spawnSync(p, ["-c", "import networkx"], { encoding: "utf8" }).status === 0,
    );
    if (python === undefined) {
      t.skip("networkx is not installed here (apt-get install python3-networkx)");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "sg-export-"));
    writeFileSync(join(dir, "g.gexf"), toGexf(graph));
    writeFileSync(join(dir, "g.graphml"), toGraphml(graph));
    writeFileSync(join(dir, "g.json"), toNodeLinkJson(graph));
    const script = `import networkx as nx, json
a = nx.read_gexf("${dir}/g.gexf"); b = nx.read_graphml("${dir}/g.graphml")
data = json.load(open("${dir}/g.json"))
try:
    c = nx.node_link_graph(data, edges="links")
except TypeError:
    c = nx.node_link_graph(data)
print(a.number_of_nodes(), a.number_of_edges(), b.number_of_nodes(), b.number_of_edges(), c.number_of_nodes(), c.number_of_edges())`;
    const r = spawnSync(python, ["-c", script], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), "3 2 3 2 3 2");
  });

  test("CSV: quoted, and a cell that starts a formula is defused", () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell("-1 killed"), "'-1 killed");
    assert.equal(csvCell(-1), "-1");
    const nodes = toCsvNodes(graph);
    assert.match(nodes, /^id,label,type,known,members\r\n/);
    assert.match(nodes, /x,"Al-""Quds"" <script>/);
    assert.equal(toCsvEdges(graph).trim().split("\r\n").length, 3);
  });

  test("DNA: one row per signed relation, the target as concept, agreement 1 or 0", () => {
    const rel = (id: number, polarity: -1 | 0 | 1, sentence: string): StoredRelation => ({
      id,
      document: 1,
      documentTitle: "Hamas and Iran",
      documentSource: "a.txt",
      documentDate: "2021-06-04",
      source: actors.get("hamas") as ActorRef,
      target: actors.get("iran") as ActorRef,
      type: "x",
      polarity,
      date: null,
      period: null,
      statement: null,
      evidence: [0, 1],
      evidenceText: "x",
      sentence: [0, sentence.length],
      sentenceText: sentence,
      confidence: 0.8,
      status: "machine",
    });
    const dna = toDnaStatements([
      rel(1, 1, "Hamas thanked Iran."),
      rel(2, 0, "Hamas met Iran."),
      rel(3, -1, "=cmd"),
    ]);
    assert.deepEqual(dna.trim().split("\r\n"), [
      "id,date,actor,actor_type,concept,agreement,type,document,text",
      "1,2021-06-04,Hamas,organization,Iran,1,x,Hamas and Iran,Hamas thanked Iran.",
      "3,2021-06-04,Hamas,organization,Iran,0,x,Hamas and Iran,'=cmd",
    ]);
  });
});
