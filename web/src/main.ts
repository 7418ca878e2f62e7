// The workbench: one page, routed by the address's hash, so that every view can be bookmarked, reloaded
// and opened from another view's link (#/actor/hamas, #/document/3?relation=12).

import { ApiError } from "./api.js";
import { clear, h, REFRESH, toast } from "./dom.js";
import { actorView } from "./views/actor.js";
import { documentsView, documentView } from "./views/document.js";
import { networkView } from "./views/network.js";
import { relationsView } from "./views/relations.js";
import { reportView } from "./views/report.js";
import { reviewView } from "./views/review.js";
import { searchView } from "./views/search.js";

export interface View {
  /** Called when the view is left: stop renderers, drop key handlers. */
  dispose?: () => void;
}

type Render = (root: HTMLElement, args: string[], params: URLSearchParams) => Promise<View | undefined>;

const ROUTES: [RegExp, string, Render][] = [
  [/^network$/, "network", networkView],
  [/^actor\/([^/]+)$/, "network", actorView],
  [/^relations\/([^/]+)\/([^/]+)$/, "network", relationsView],
  [/^documents$/, "documents", documentsView],
  [/^document\/(\d+)$/, "documents", documentView],
  [/^review$/, "review", reviewView],
  [/^report\/([^/]+)$/, "network", reportView],
  [/^search\/(.+)$/, "network", searchView],
];

let current: View | undefined;
let generation = 0;

async function show(): Promise<void> {
  const root = document.getElementById("view") as HTMLElement;
  const hash = location.hash.replace(/^#\/?/, "") || "network";
  const [path = "", query = ""] = hash.split("?");
  current?.dispose?.();
  current = undefined;
  const mine = ++generation;
  // Each view draws into a stage of its own: a slow view the analyst has left draws into a stage
  // that is no longer on the page, never over the view that replaced it.
  const stage = h("div", { class: "stage-root" }, h("p", { class: "loading" }, "Loading…"));
  clear(root);
  root.append(stage);
  for (const [pattern, nav, render] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll("[data-nav]"))
      a.classList.toggle("active", a.getAttribute("data-nav") === nav);
    try {
      const view = await render(stage, m.slice(1).map(decodeURIComponent), new URLSearchParams(query));
      if (mine !== generation) view?.dispose?.();
      else current = view;
    } catch (e) {
      if (mine !== generation) return;
      clear(stage);
      const message = e instanceof ApiError ? `${e.message} (${e.code})` : String(e);
      stage.append(h("p", { class: "error", role: "alert" }, message));
    }
    return;
  }
  clear(stage);
  stage.append(h("p", { class: "error" }, `No such page: ${path}`));
}

document.getElementById("find")?.addEventListener("submit", (e) => {
  e.preventDefault();
  const input = document.getElementById("find-input") as HTMLInputElement;
  const text = input.value.trim();
  if (text) location.hash = `#/search/${encodeURIComponent(text)}`;
});

window.addEventListener("hashchange", () => void show());
window.addEventListener(REFRESH, () => void show());
window.addEventListener("unhandledrejection", (e) => toast(String(e.reason), "error"));
void show();
