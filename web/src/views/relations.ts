// The relationship between two actors over time: a strip of marks by date (green, red, grey), then the
// relations a page at a time, each with its sentence, the evidence words marked, a link to the document,
// and the decisions.

import { api, type RelationsBetween, type StoredRelation } from "../api.js";
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

/** One mark per day and sign on a strip from the first day to the last, from the counts alone. */
function timelineStrip(days: RelationsBetween["days"]): { strip: HTMLElement; first: string; last: string } {
  const dated = days.filter((d) => d.day !== null && !Number.isNaN(Date.parse(d.day)));
  const first = dated[0]?.day ?? "";
  const last = dated[dated.length - 1]?.day ?? "";
  const span = Math.max(1, Date.parse(last) - Date.parse(first));
  const strip = h("div", { class: "strip", "aria-hidden": "true" });
  for (const d of dated) {
    const left = `${(100 * (Date.parse(d.day ?? "") - Date.parse(first))) / span}%`;
    for (const [sign, n, word] of [
      [1, d.positive, "positive"],
      [-1, d.negative, "negative"],
      [0, d.neutral, "neutral"],
    ] as const) {
      if (n === 0) continue;
      const mark = h("span", { class: `tick sign${sign}`, title: `${d.day}: ${n} ${word}` });
      mark.style.left = left;
      strip.append(mark);
    }
  }
  return { strip, first, last };
}

export async function relationsView(root: HTMLElement, [a = "", b = ""]: string[]): Promise<View> {
  const [pa, pb, page] = await Promise.all([api.actor(a), api.actor(b), api.between(a, b)]);
  const { strip, first, last } = timelineStrip(page.days);
  const list = h("ol", { class: "relations" }, page.relations.map(relationItem));
  let shown = page.relations.length;
  // Two hubs can share thousands of relations: the rest come a page at a time.
  const more = h("button", { type: "button", class: "more" }, "");
  const label = () => {
    more.textContent = `Show ${Math.min(100, page.total - shown)} more of ${page.total - shown}`;
    more.hidden = shown >= page.total;
  };
  more.onclick = async () => {
    more.disabled = true;
    try {
      const next = await api.between(a, b, shown);
      list.append(...next.relations.map(relationItem));
      shown += next.relations.length;
      if (next.relations.length === 0) shown = page.total;
    } finally {
      more.disabled = false;
      label();
    }
  };
  label();
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
      h("p", { class: "muted" }, `${page.total} relations${first ? `, ${first} to ${last}` : ""}`),
      strip,
      list,
      more,
    ),
  );
  return {};
}
