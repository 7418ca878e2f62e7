// A briefing, as the server renders it (self-contained HTML), in a frame with a print button.

import { clear, h, route } from "../dom.js";
import type { View } from "../main.js";

export async function reportView(root: HTMLElement, [id = ""]: string[]): Promise<View> {
  const src = `/api/reports/${encodeURIComponent(id)}`;
  const frame = h("iframe", {
    src,
    title: "Briefing",
    class: "report",
    sandbox: "allow-same-origin allow-modals",
  });
  clear(root);
  root.append(
    h(
      "article",
      {},
      h(
        "p",
        {},
        h("a", { href: route.actor(id) }, "← actor"),
        " ",
        h("button", { type: "button", onclick: () => frame.contentWindow?.print() }, "Print"),
        " ",
        h("a", { href: src, target: "_blank", rel: "noopener" }, "open alone"),
        " ",
        h("a", { href: `${src}?format=md`, target: "_blank", rel: "noopener" }, "Markdown"),
      ),
      frame,
    ),
  );
  return {};
}
