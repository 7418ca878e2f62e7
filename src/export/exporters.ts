// The actor graph and its statements in the formats other tools read:
//   - GEXF 1.2draft, dynamic (Gephi, networkx): each actor and tie with its first and last day, each
//     tie's relations as spells, so Gephi's timeline plays the network over time;
//   - GraphML (Gephi, yEd, networkx, igraph): the same ties with their counts and dates as attributes;
//   - CSV node and edge lists;
//   - JSON in networkx's node-link shape (networkx.node_link_graph reads it);
//   - DNA: a statement table in Discourse Network Analyzer's shape (actor, concept, agreement, date, text),
//     one row per relation, the concept being the actor it is about.

import type { ActorGraph } from "../graph/actorGraph.js";
import type { StoredRelation } from "../store/store.js";
import { csvRow, xml } from "./escape.js";

/** A day in a form every reader takes: "YYYY-MM-DD" (a year alone becomes its first day). */
function day(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  return null;
}

function nodeSpan(graph: ActorGraph, id: string): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  graph.forEachEdge(id, (_e, a) => {
    if (a.first && (first === null || a.first < first)) first = a.first;
    if (a.last && (last === null || a.last > last)) last = a.last;
  });
  return { first: day(first), last: day(last) };
}

const typesText = (types: Record<string, number>): string =>
  Object.entries(types)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t}:${n}`)
    .join(" ");

export function toGexf(graph: ActorGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // 1.2draft, not 1.3: Gephi reads both, networkx before 3.0 reads only 1.2draft and 1.1.
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    `  <meta><creator>stancegraph</creator><description>Signed actor network: who stands with or against whom</description></meta>`,
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="known" title="known" type="boolean"/>',
    "    </attributes>",
    '    <attributes class="edge" mode="static">',
    '      <attribute id="positive" title="positive" type="integer"/>',
    '      <attribute id="negative" title="negative" type="integer"/>',
    '      <attribute id="neutral" title="neutral" type="integer"/>',
    '      <attribute id="net" title="net" type="integer"/>',
    '      <attribute id="sign" title="sign" type="integer"/>',
    '      <attribute id="types" title="types" type="string"/>',
    '      <attribute id="relations" title="relations" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  graph.forEachNode((id, n) => {
    const { first, last } = nodeSpan(graph, id);
    const when = `${first ? ` start="${first}"` : ""}${last ? ` end="${last}"` : ""}`;
    out.push(
      `      <node id="${xml(id)}" label="${xml(n.label)}"${when}><attvalues><attvalue for="type" value="${xml(n.type)}"/><attvalue for="known" value="${n.known}"/></attvalues></node>`,
    );
  });
  out.push("    </nodes>", "    <edges>");
  let k = 0;
  graph.forEachEdge((_e, a, s, t) => {
    const first = day(a.first);
    const last = day(a.last);
    const when = `${first ? ` start="${first}"` : ""}${last ? ` end="${last}"` : ""}`;
    const spells = a.relations
      .map((r) => day(r.day))
      .filter((d): d is string => d !== null)
      .map((d) => `<spell start="${d}" end="${d}"/>`)
      .join("");
    out.push(
      `      <edge id="e${k++}" source="${xml(s)}" target="${xml(t)}" weight="${a.weight}"${when}><attvalues>` +
        `<attvalue for="positive" value="${a.positive}"/><attvalue for="negative" value="${a.negative}"/>` +
        `<attvalue for="neutral" value="${a.neutral}"/><attvalue for="net" value="${a.net}"/>` +
        `<attvalue for="sign" value="${a.sign}"/><attvalue for="types" value="${xml(typesText(a.types))}"/>` +
        `<attvalue for="relations" value="${a.relations.map((r) => r.id).join(" ")}"/></attvalues>` +
        `${spells ? `<spells>${spells}</spells>` : ""}</edge>`,
    );
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

export function toGraphml(graph: ActorGraph): string {
  const keys: [string, "node" | "edge", string][] = [
    ["label", "node", "string"],
    ["type", "node", "string"],
    ["known", "node", "boolean"],
    ["weight", "edge", "int"],
    ["positive", "edge", "int"],
    ["negative", "edge", "int"],
    ["neutral", "edge", "int"],
    ["net", "edge", "int"],
    ["sign", "edge", "int"],
    ["types", "edge", "string"],
    ["first", "edge", "string"],
    ["last", "edge", "string"],
    ["relations", "edge", "string"],
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="stancegraph" edgedefault="directed">',
  ];
  const data = (key: string, value: string | number | boolean | null) =>
    value === null ? "" : `<data key="${key}">${xml(value)}</data>`;
  graph.forEachNode((id, n) => {
    out.push(
      `    <node id="${xml(id)}">${data("label", n.label)}${data("type", n.type)}${data("known", n.known)}</node>`,
    );
  });
  let k = 0;
  graph.forEachEdge((_e, a, s, t) => {
    out.push(
      `    <edge id="e${k++}" source="${xml(s)}" target="${xml(t)}">${data("weight", a.weight)}${data("positive", a.positive)}` +
        `${data("negative", a.negative)}${data("neutral", a.neutral)}${data("net", a.net)}${data("sign", a.sign)}` +
        `${data("types", typesText(a.types))}${data("first", day(a.first))}${data("last", day(a.last))}` +
        `${data("relations", a.relations.map((r) => r.id).join(" "))}</edge>`,
    );
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export function toCsvNodes(graph: ActorGraph): string {
  let out = csvRow(["id", "label", "type", "known", "members"]);
  graph.forEachNode((id, n) => {
    out += csvRow([id, n.label, n.type, n.known, n.members.join(" ")]);
  });
  return out;
}

export function toCsvEdges(graph: ActorGraph): string {
  let out = csvRow([
    "source",
    "target",
    "weight",
    "positive",
    "negative",
    "neutral",
    "net",
    "sign",
    "types",
    "first",
    "last",
    "relations",
  ]);
  graph.forEachEdge((_e, a, s, t) => {
    out += csvRow([
      s,
      t,
      a.weight,
      a.positive,
      a.negative,
      a.neutral,
      a.net,
      a.sign,
      typesText(a.types),
      a.first,
      a.last,
      a.relations.map((r) => r.id).join(" "),
    ]);
  });
  return out;
}

/** networkx's node-link JSON (networkx.node_link_graph(data, edges="links")). */
export function toNodeLinkJson(graph: ActorGraph): string {
  const nodes: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  graph.forEachNode((id, n) => {
    nodes.push({ id, ...n });
  });
  graph.forEachEdge((_e, a, source, target) => {
    links.push({ source, target, ...a });
  });
  return `${JSON.stringify({ directed: true, multigraph: false, graph: { name: "stancegraph" }, nodes, links })}\n`;
}

/** Discourse Network Analyzer's statement table: one row per relation, the target as the concept. */
export function toDnaStatements(relations: readonly StoredRelation[]): string {
  let out = csvRow(["id", "date", "actor", "actor_type", "concept", "agreement", "type", "document", "text"]);
  for (const r of relations) {
    if (r.polarity === 0) continue; // DNA's agreement is yes or no; contact (meet, visit) is neither
    const date = day(r.period?.from ?? r.date) ?? day(r.documentDate);
    out += csvRow([
      r.id,
      date,
      r.source.name,
      r.source.type,
      r.target.name,
      r.polarity > 0 ? 1 : 0,
      r.type,
      r.documentTitle ?? r.documentSource,
      r.sentenceText.replace(/\s+/g, " "),
    ]);
  }
  return out;
}
