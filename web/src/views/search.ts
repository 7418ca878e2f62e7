// Find: actors whose name matches go first (to their pages), then the full-text hits in statements and
// documents, each a link to the evidence reader.

import { api } from "../api.js";
import { clear, h, route } from "../dom.js";
import type { View } from "../main.js";

export async function searchView(root: HTMLElement, [text = ""]: string[]): Promise<View> {
  const wanted = text.toLowerCase();
  const [actors, hits] = await Promise.all([api.actors(5000), api.search(text).catch(() => [])]);
  const matching = actors
    .filter((a) => a.name.toLowerCase().includes(wanted) || a.id === wanted)
    .slice(0, 20);
  clear(root);
  root.append(
    h(
      "article",
      {},
      h("h1", {}, `“${text}”`),
      h("h2", {}, "Actors"),
      matching.length === 0
        ? h("p", { class: "muted" }, "(none)")
        : h(
            "ul",
            {},
            matching.map((a) =>
              h(
                "li",
                {},
                h("a", { href: route.actor(a.id) }, a.name),
                ` (${a.type}, ${a.documents} documents)`,
              ),
            ),
          ),
      h("h2", {}, "In the texts"),
      hits.length === 0
        ? h("p", { class: "muted" }, "(none)")
        : h(
            "ul",
            { class: "hits" },
            hits.map((hit) =>
              h(
                "li",
                {},
                h(
                  "a",
                  {
                    href:
                      hit.kind === "statement"
                        ? route.document(hit.document, { statement: hit.id })
                        : route.document(hit.document),
                  },
                  hit.documentTitle ?? hit.documentSource,
                ),
                hit.speaker ? ` · ${hit.speaker}` : "",
                h("div", { class: "snippet" }, hit.snippet.replace(/[«»]/g, "")),
              ),
            ),
          ),
    ),
  );
  return {};
}
