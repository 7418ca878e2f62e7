// The network: sigma.js over graphology, an edge per ordered pair coloured by its net sign and sized by
// its evidence, nodes sized by PageRank and coloured by community or by type. A time window (two
// year sliders), filters by actor and relation type, roll-up of persons, and find-to-focus. Clicking a
// node opens the actor; clicking an edge opens the pair's relations with their evidence.

import { DirectedGraph } from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { layerPlain, pathLine } from "sigma/rendering";
import { api, type GraphEdge, type GraphNode } from "../api.js";
import { clear, h, route } from "../dom.js";
import type { View } from "../main.js";
import { lightenMovingFrames } from "./movingFrames.js";

/**
 * How many actors a frame draws while the camera moves in a big network, the biggest: in software WebGL
 * each drawn node costs ~10 us of a frame (movingFrames.ts), and 2,000 keep 5,000 actors above 30 fps.
 */
const NODES_WHILE_MOVING = 2_000;
const ACTOR_TYPES = ["person", "organization", "state", "group", "media", "place", "unknown"];
const SIGN_COLOUR = { "1": "#2e8b57", "0": "#9aa0a6", "-1": "#c0392b" } as const;
const TYPE_COLOUR: Record<string, string> = {
  person: "#4c78a8",
  organization: "#f58518",
  state: "#54a24b",
  group: "#b279a2",
  media: "#9d755d",
  place: "#72b7b2",
  unknown: "#bab0ac",
};
const PALETTE = [
  "#4c78a8",
  "#f58518",
  "#54a24b",
  "#e45756",
  "#72b7b2",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#eeca3b",
];

interface Filters {
  from: number;
  to: number;
  rollUp: boolean;
  types: Set<string>;
  relationTypes: string;
  colourBy: "community" | "type";
}

function years(from: string | null, to: string | null): [number, number] {
  const now = new Date().getFullYear();
  return [Number((from ?? String(now)).slice(0, 4)), Number((to ?? String(now)).slice(0, 4))];
}

export async function networkView(
  root: HTMLElement,
  _args: string[],
  params: URLSearchParams,
): Promise<View> {
  const stats = await api.stats();
  const [minYear, maxYear] = years(stats.from, stats.to);
  const filters: Filters = {
    from: Number(params.get("from") ?? minYear),
    to: Number(params.get("to") ?? maxYear),
    rollUp: params.get("rollUp") === "true",
    types: new Set(params.get("types")?.split(",") ?? ACTOR_TYPES),
    relationTypes: params.get("relationTypes") ?? "",
    colourBy: params.get("colour") === "type" ? "type" : "community",
  };
  let renderer: Sigma | null = null;
  // A later draw, or leaving the view, makes an earlier draw's answer stale: it is dropped, not drawn.
  let drawn = 0;
  let disposed = false;

  const canvas = h("div", { class: "sigma", id: "sigma", "aria-label": "the actor network" });
  const summary = h("p", { class: "muted", id: "graph-summary" });
  const ranking = h("ol", { class: "ranking", id: "ranking" });
  const legend = h("p", { class: "legend" });

  const slider = (label: string, key: "from" | "to") => {
    const out = h("output", {}, String(filters[key]));
    const input = h("input", {
      type: "range",
      min: minYear,
      max: maxYear,
      value: filters[key],
      "aria-label": label,
      id: `year-${key}`,
      oninput: () => {
        out.textContent = input.value;
      },
      onchange: () => {
        filters[key] = Number(input.value);
        if (filters.from > filters.to) filters[key === "from" ? "to" : "from"] = filters[key];
        void draw();
      },
    });
    return h("label", { class: "slider" }, label, " ", input, " ", out);
  };

  const typeBoxes = ACTOR_TYPES.map((t) =>
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "checkbox",
        checked: filters.types.has(t),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) filters.types.add(t);
          else filters.types.delete(t);
          void draw();
        },
      }),
      ` ${t}`,
    ),
  );

  const focusInput = h("input", {
    type: "search",
    placeholder: "Focus on an actor…",
    id: "focus",
    "aria-label": "Focus on an actor",
  });
  const controls = h(
    "aside",
    { class: "controls" },
    h("h2", {}, "Window"),
    slider("From", "from"),
    slider("To", "to"),
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "checkbox",
        checked: filters.rollUp,
        onchange: (e: Event) => {
          filters.rollUp = (e.target as HTMLInputElement).checked;
          void draw();
        },
      }),
      " roll persons up to their organisations",
    ),
    h("h2", {}, "Actors"),
    h("div", { class: "checks" }, typeBoxes),
    h("h2", {}, "Relation types"),
    h("input", {
      type: "text",
      placeholder: "all (or: praise,criticize,…)",
      value: filters.relationTypes,
      "aria-label": "Relation types",
      onchange: (e: Event) => {
        filters.relationTypes = (e.target as HTMLInputElement).value.trim();
        void draw();
      },
    }),
    h("h2", {}, "Colour"),
    h(
      "select",
      {
        "aria-label": "Colour nodes by",
        onchange: (e: Event) => {
          filters.colourBy = (e.target as HTMLSelectElement).value as Filters["colourBy"];
          void draw();
        },
      },
      h("option", { value: "community", selected: filters.colourBy === "community" }, "community (allies)"),
      h("option", { value: "type", selected: filters.colourBy === "type" }, "actor type"),
    ),
    h(
      "form",
      {
        onsubmit: (e: Event) => {
          e.preventDefault();
          focus(focusInput.value);
        },
      },
      h("h2", {}, "Find"),
      focusInput,
    ),
    legend,
    h("h2", {}, "Most central"),
    ranking,
  );
  clear(root);
  root.append(h("section", { class: "network" }, controls, h("div", { class: "stage" }, summary, canvas)));

  let graph = new DirectedGraph();

  function focus(text: string): void {
    const wanted = text.trim().toLowerCase();
    if (!wanted || !renderer) return;
    const id = graph.findNode((node, a) => node === wanted || String(a.label).toLowerCase().includes(wanted));
    if (!id) {
      summary.textContent = `No actor in view matches “${text}”.`;
      return;
    }
    const display = renderer.getNodeDisplayData(id);
    if (display)
      void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.25 }, { duration: 500 });
  }

  async function draw(): Promise<void> {
    const mine = ++drawn;
    const data = await api.graph({
      from: String(filters.from),
      to: String(filters.to),
      rollUp: filters.rollUp,
      actorTypes: filters.types.size === ACTOR_TYPES.length ? "" : [...filters.types].join(","),
      relationTypes: filters.relationTypes,
    });
    if (disposed || mine !== drawn) return;
    const next = buildGraph(data.nodes, data.edges, filters.colourBy);
    renderer?.kill();
    graph = next;
    // Rolled-up ties add up several actors' relations: the pair page of two actors would not show them.
    const ties = filters.rollUp ? "" : " or a tie";
    summary.textContent = `${data.nodes.length} actors, ${data.edges.length} ties, ${filters.from}–${filters.to}. Click an actor${ties}.`;
    legend.textContent =
      filters.colourBy === "type"
        ? `Nodes: ${Object.keys(TYPE_COLOUR).join(", ")}. Ties: green allied, red hostile, grey neutral.`
        : "Nodes: one colour per community of allies. Ties: green allied, red hostile, grey neutral.";
    clear(ranking);
    for (const n of [...data.nodes].sort((a, b) => b.pagerank - a.pagerank).slice(0, 15))
      ranking.append(
        h("li", {}, h("a", { href: route.actor(n.id), "data-actor": n.id }, n.label), ` (${n.degree})`),
      );
    if (data.nodes.length === 0) {
      clear(canvas);
      canvas.append(h("p", { class: "muted" }, "Nothing in this window. Widen it, or ingest documents."));
      renderer = null;
      return;
    }
    renderer = new Sigma(graph, canvas, {
      // Straight ties only: sigma's default edge program also carries a self-loop path, and choosing
      // between the two in every edge's shaders doubles the cost of drawing 50,000 ties (measured in
      // software WebGL). The graph holds no self-ties (see buildGraph).
      primitives: { edges: { paths: [pathLine()], layers: [layerPlain()] } },
      settings: {
        // Clickable ties cost a picking pass over every edge at each frame: small networks only.
        enableEdgeEvents: graph.size <= 5_000 && !filters.rollUp,
        labelRenderedSizeThreshold: 6,
        // Big networks move light: edges and labels come back when the camera stops.
        hideEdgesOnMove: graph.size > 2_000,
        hideLabelsOnMove: graph.order > 500,
      },
    });
    lightenMovingFrames(renderer, { nodesWhileMoving: NODES_WHILE_MOVING });
    renderer.on("clickNode", ({ node }) => {
      location.hash = route.actor(node);
    });
    if (!filters.rollUp)
      renderer.on("clickEdge", ({ edge }) => {
        location.hash = route.pair(graph.source(edge), graph.target(edge));
      });
    renderer.on("enterEdge", () => canvas.classList.add("pointer"));
    renderer.on("leaveEdge", () => canvas.classList.remove("pointer"));
  }

  await draw();
  return {
    dispose: () => {
      disposed = true;
      renderer?.kill();
      renderer = null;
    },
  };
}

function buildGraph(nodes: GraphNode[], edges: GraphEdge[], colourBy: Filters["colourBy"]): DirectedGraph {
  const graph = new DirectedGraph();
  const maxRank = Math.max(...nodes.map((n) => n.pagerank), 1e-9);
  // Smallest first: sigma draws nodes in the order they were added (under its default styles every node
  // has zIndex 0, and the graph's own zIndex attribute is not read), so the biggest come last, on top,
  // and are the ones a moving frame keeps (movingFrames.ts).
  for (const n of [...nodes].sort((a, b) => a.pagerank - b.pagerank || (a.id < b.id ? -1 : 1)))
    graph.addNode(n.id, {
      label: n.label,
      size: 3 + 9 * Math.sqrt(n.pagerank / maxRank),
      color:
        colourBy === "type"
          ? (TYPE_COLOUR[n.type] ?? "#999")
          : n.community >= 0
            ? PALETTE[n.community % PALETTE.length]
            : "#bbb",
    });
  // An actor's ties to itself are left out: the view draws straight ties only, and a loop on a node
  // says nothing about who stands where.
  for (const e of edges)
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.addDirectedEdge(e.source, e.target, {
        size: 1 + Math.log2(1 + e.weight),
        color: SIGN_COLOUR[String(e.sign) as keyof typeof SIGN_COLOUR],
        weight: e.weight,
      });
  circular.assign(graph);
  // A force layout, fewer rounds the bigger the graph, so that 50,000 ties lay out in a few seconds.
  const iterations = Math.max(15, Math.min(300, Math.floor(300_000 / (graph.size + graph.order + 1))));
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    getEdgeWeight: "weight",
  });
  return graph;
}
