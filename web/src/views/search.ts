// Find: actors whose name matches go first (to their pages), then the full-text hits in statements and
// documents, each a link to the evidence reader.

import { api, type SearchHit } from "../api.js";
import { clear, h, route } from "../dom.js";
import type { View } from "../main.js";

/** The passage with its matched words in <mark>: text nodes only, the text's own « » left as they are. */
function snippetOf(hit: SearchHit): HTMLElement {
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const [a, b] of hit.highlights) {
    parts.push(hit.snippet.slice(at, a), h("mark", {}, hit.snippet.slice(a, b)));
    at = b;
  }
  parts.push(hit.snippet.slice(at));
  return h("div", { class: "snippet" }, ...parts);
}

export async function searchView(root: HTMLElement, [text = ""]: string[]): Promise<View> {
  // The server finds the actors (a store can hold hundreds of thousands); a search that fails says why.
  const [matching, found] = await Promise.all([
    // A name search is a help, not the answer: if it fails (words too long for a name), the texts still show.
    api.actors(20, text.slice(0, 200)).catch(() => []),
    api.search(text).then(
      (hits) => ({ hits, error: null }),
      (e: unknown) => ({ hits: [] as SearchHit[], error: e instanceof Error ? e.message : String(e) }),
    ),
  ]);
  const { hits, error } = found;
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
      error !== null
        ? h("p", { class: "error", role: "alert" }, `The search failed: ${error}`)
        : hits.length === 0
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
                  snippetOf(hit),
                ),
              ),
            ),
    ),
  );
  return {};
}
