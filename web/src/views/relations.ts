// The relationship between two actors over time: a strip of marks by date (green, red, grey), then every
// relation with its sentence, the evidence words marked, a link to the document, and the decisions.

import { api, type StoredRelation } from "../api.js";
import { clear, h, route, SIGN } from "../dom.js";
import type { View } from "../main.js";
import { decisionButtons } from "./review.js";

const dayOf = (r: StoredRelation): string => r.period?.from ?? r.date ?? r.documentDate ?? "";

/** The sentence with the evidence words in a <mark>: text nodes only. */
export function evidenceSentence(r: StoredRelation): HTMLElement {
  const start = r.evidence[0] - r.sentence[0];
  const end = r.evidence[1] - r.sentence[0];
  const s = r.sentenceText;
  if (start < 0 || end > s.length) return h("q", {}, s);
  return h("q", {}, s.slice(0, start), h("mark", {}, s.slice(start, end)), s.slice(end));
}

export function relationItem(r: StoredRelation): HTMLLIElement {
  return h(
    "li",
    { class: `relation sign${r.polarity} status-${r.status}`, "data-relation": r.id },
    h("span", { class: "date" }, r.period ? `${r.period.text}` : dayOf(r) || "undated"),
    " ",
    h("span", { class: "sign" }, SIGN[String(r.polarity)] ?? "?"),
    " ",
    h("a", { href: route.actor(r.source.id) }, r.source.name),
    ` —${r.type}→ `,
    h("a", { href: route.actor(r.target.id) }, r.target.name),
    " ",
    h("span", { class: "status" }, r.status),
    h("div", {}, evidenceSentence(r)),
    h(
      "div",
      { class: "meta" },
      h(
        "a",
        { href: route.document(r.document, { relation: r.id }), class: "evidence-link" },
        r.documentTitle ?? r.documentSource,
      ),
      ` · #${r.id} · confidence ${r.confidence.toFixed(2)} `,
      decisionButtons(r),
    ),
  );
}

export async function relationsView(root: HTMLElement, [a = "", b = ""]: string[]): Promise<View> {
  const [pa, pb, rels] = await Promise.all([api.actor(a), api.actor(b), api.between(a, b)]);
  const days = rels.map(dayOf).filter((d) => d !== "");
  const first = days[0] ?? "";
  const last = days[days.length - 1] ?? "";
  const span = Math.max(1, Date.parse(last) - Date.parse(first));
  const strip = h("div", { class: "strip", "aria-hidden": "true" });
  for (const r of rels) {
    const d = Date.parse(dayOf(r));
    if (Number.isNaN(d)) continue;
    const mark = h("span", { class: `tick sign${r.polarity}`, title: `${dayOf(r)} ${r.type}` });
    mark.style.left = `${(100 * (d - Date.parse(first))) / span}%`;
    strip.append(mark);
  }
  clear(root);
  root.append(
    h(
      "article",
      {},
      h(
        "h1",
        {},
        h("a", { href: route.actor(pa.actor.id) }, pa.actor.name),
        " and ",
        h("a", { href: route.actor(pb.actor.id) }, pb.actor.name),
      ),
      h("p", { class: "muted" }, `${rels.length} relations${first ? `, ${first} to ${last}` : ""}`),
      strip,
      h("ol", { class: "relations" }, rels.map(relationItem)),
    ),
  );
  return {};
}
