// The review queue: the engine's relations, least confident first, each with its evidence sentence, to
// confirm, reject or edit. Keyboard: j/k (or ↓/↑) move, c confirm, x reject, e edit, o open the
// evidence. Decisions are stored at once and survive reextract.

import { api, loadRelationTypes, type StoredRelation } from "../api.js";
import { clear, h, toast } from "../dom.js";
import type { View } from "../main.js";
import { relationItem } from "./relations.js";

/** Confirm, reject and edit controls for one relation; the item is redrawn with the decision. */
export function decisionButtons(r: StoredRelation): HTMLElement {
  const replace = (updated: StoredRelation, from: Element | null) => {
    const item = from?.closest("[data-relation]");
    const fresh = relationItem(updated);
    if (item?.classList.contains("selected")) fresh.classList.add("selected");
    item?.replaceWith(fresh);
  };
  const decide = (what: "confirm" | "reject") => async (e: Event) => {
    const target = e.currentTarget as Element;
    const updated = what === "confirm" ? await api.confirm(r.id) : await api.reject(r.id);
    toast(`#${r.id} ${updated.status}`);
    replace(updated, target);
  };
  const select = h("select", { "aria-label": `New type for #${r.id}`, class: "edit-type", hidden: true });
  void loadRelationTypes().then((types) => {
    for (const t of types)
      select.append(
        h(
          "option",
          { value: t.type, selected: t.type === r.type },
          `${t.type} (${t.polarity > 0 ? "+" : t.polarity < 0 ? "−" : "·"})`,
        ),
      );
  });
  select.addEventListener("change", async () => {
    const updated = await api.edit(r.id, { type: select.value });
    toast(`#${r.id} is now ${updated.type}`);
    replace(updated, select);
  });
  return h(
    "span",
    { class: "decide" },
    h(
      "button",
      { type: "button", class: "confirm", onclick: decide("confirm"), title: "confirm (c)" },
      "Confirm",
    ),
    h(
      "button",
      { type: "button", class: "reject", onclick: decide("reject"), title: "reject (x)" },
      "Reject",
    ),
    h(
      "button",
      {
        type: "button",
        class: "edit",
        title: "edit the type (e)",
        onclick: () => {
          select.hidden = false;
          select.focus();
        },
      },
      "Edit",
    ),
    select,
  );
}

export async function reviewView(root: HTMLElement, _args: string[], params: URLSearchParams): Promise<View> {
  const status = params.get("status") ?? "machine";
  const queue = await api.review(status, 100);
  const list = h("ol", { class: "relations review", id: "queue" }, queue.map(relationItem));
  clear(root);
  root.append(
    h(
      "article",
      {},
      h("h1", {}, "Review"),
      h(
        "p",
        { class: "muted" },
        `${queue.length} ${status === "machine" ? "machine readings, least confident first" : status}. Keys: j/k move, c confirm, x reject, e edit, o open the evidence. `,
        ...["machine", "confirmed", "edited", "rejected"].map((s) => [
          h("a", { href: `#/review?status=${s}` }, s),
          " ",
        ]),
      ),
      queue.length === 0 ? h("p", {}, "Nothing to review.") : list,
    ),
  );
  let at = 0;
  const items = () => Array.from(list.querySelectorAll<HTMLElement>("[data-relation]"));
  const select = (i: number) => {
    const all = items();
    if (all.length === 0) return;
    at = Math.max(0, Math.min(i, all.length - 1));
    for (const [k, el] of all.entries()) el.classList.toggle("selected", k === at);
    all[at]?.scrollIntoView({ block: "nearest" });
  };
  select(0);
  const onKey = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (
      el.tagName === "INPUT" ||
      el.tagName === "SELECT" ||
      el.tagName === "TEXTAREA" ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey
    )
      return;
    const current = items()[at];
    const click = (cls: string) => current?.querySelector<HTMLElement>(`.${cls}`)?.click();
    if (e.key === "j" || e.key === "ArrowDown") select(at + 1);
    else if (e.key === "k" || e.key === "ArrowUp") select(at - 1);
    else if (e.key === "c") {
      click("confirm");
      select(at + 1);
    } else if (e.key === "x") {
      click("reject");
      select(at + 1);
    } else if (e.key === "e") click("edit");
    else if (e.key === "o") click("evidence-link");
    else return;
    e.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  return { dispose: () => document.removeEventListener("keydown", onKey) };
}
