// An actor's page: roles and affiliations over time, allies and adversaries with their evidence counts
// (each a link to the pair's timeline), statements by and about it (each a link to the evidence
// reader), and the analyst's actions on the actor: add an alias, merge another actor into it.

import { api, type StoredStatement } from "../api.js";
import { clear, h, refresh, route, toast } from "../dom.js";
import type { View } from "../main.js";

export function statementItem(s: StoredStatement): HTMLLIElement {
  return h(
    "li",
    { class: "statement" },
    h("span", { class: "date" }, s.date ?? "undated"),
    " ",
    h("strong", {}, s.speaker?.name ?? s.speakerText ?? "unknown speaker"),
    s.speakerRole ? h("span", { class: "muted" }, `, ${s.speakerRole}`) : null,
    s.cue ? ` ${s.cue}: ` : ": ",
    h("q", {}, s.content.replace(/\s+/g, " ").slice(0, 400)),
    " ",
    h("a", { href: route.document(s.document, { statement: s.id }), class: "evidence-link" }, "evidence"),
  );
}

export async function actorView(root: HTMLElement, [id = ""]: string[]): Promise<View> {
  const p = await api.actor(id);
  const counts = (c: { positive: number; negative: number; neutral: number }) =>
    `+${c.positive} −${c.negative} ·${c.neutral}`;
  const side = (title: string, list: typeof p.counterparts) =>
    h(
      "section",
      {},
      h("h2", {}, title),
      list.length === 0
        ? h("p", { class: "muted" }, "(none)")
        : h(
            "ul",
            { class: "counterparts" },
            list
              .slice(0, 20)
              .map((c) =>
                h(
                  "li",
                  {},
                  h("a", { href: route.pair(p.actor.id, c.actor.id) }, c.actor.name),
                  ` ${counts(c)} `,
                  h("span", { class: "muted" }, `${c.first ?? "?"} … ${c.last ?? "?"}`),
                ),
              ),
          ),
    );
  const aliasInput = h("input", {
    type: "text",
    placeholder: "another name it goes by",
    "aria-label": "New alias",
  });
  const mergeInput = h("input", {
    type: "text",
    placeholder: "an actor to merge into this one",
    "aria-label": "Actor to merge",
  });
  clear(root);
  root.append(
    h(
      "article",
      { class: "actor" },
      h("h1", {}, p.actor.name),
      h(
        "p",
        { class: "muted" },
        `${p.actor.type}${p.actor.known ? "" : ", not in the dictionary"} · id ${p.actor.id}`,
        p.merged.length ? ` · merged from ${p.merged.join(", ")}` : "",
      ),
      p.aliases.length ? h("p", {}, "Also: ", p.aliases.slice(0, 12).join(", ")) : null,
      h("p", {}, h("a", { href: route.report(p.actor.id), class: "button" }, "Briefing")),
      h("h2", {}, "Roles and affiliations"),
      p.roles.length === 0
        ? h("p", { class: "muted" }, "(none stated)")
        : h(
            "table",
            {},
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", {}, "role"),
                h("th", {}, "of"),
                h("th", {}, "from"),
                h("th", {}, "to"),
                h("th", {}, "documents"),
              ),
            ),
            h(
              "tbody",
              {},
              p.roles.map((r) =>
                h(
                  "tr",
                  {},
                  h("td", {}, r.role ?? "member"),
                  h("td", {}, r.of ? h("a", { href: route.actor(r.of.id) }, r.of.name) : "—"),
                  h("td", {}, r.from ?? "?"),
                  h("td", {}, r.to ?? "?"),
                  h("td", {}, String(r.documents)),
                ),
              ),
            ),
          ),
      h(
        "div",
        { class: "columns" },
        side(
          "Allies",
          p.counterparts.filter((c) => c.balance > 0),
        ),
        side(
          "Adversaries",
          p.counterparts.filter((c) => c.balance < 0),
        ),
        side(
          "Neither",
          p.counterparts.filter((c) => c.balance === 0),
        ),
      ),
      p.counterpartCount > p.counterparts.length
        ? h(
            "p",
            { class: "muted" },
            `${p.counterpartCount} counterparts in all; the ${p.counterparts.length} with the most evidence are listed.`,
          )
        : null,
      h("h2", {}, "Statements by"),
      h("ul", { class: "statements", id: "statements-by" }, p.statementsBy.map(statementItem)),
      p.statementsBy.length === 0 ? h("p", { class: "muted" }, "(none)") : null,
      h("h2", {}, "Statements about"),
      h("ul", { class: "statements" }, p.statementsAbout.map(statementItem)),
      p.statementsAbout.length === 0 ? h("p", { class: "muted" }, "(none)") : null,
      h("h2", {}, "Curate"),
      h(
        "form",
        {
          class: "inline",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            await api.alias(p.actor.id, aliasInput.value);
            toast(`“${aliasInput.value}” is now a name of ${p.actor.name}`);
            refresh();
          },
        },
        aliasInput,
        h("button", { type: "submit" }, "Add alias"),
      ),
      h(
        "form",
        {
          class: "inline",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            await api.merge(p.actor.id, mergeInput.value);
            toast(`${mergeInput.value} merged into ${p.actor.name}`);
            refresh();
          },
        },
        mergeInput,
        h("button", { type: "submit" }, "Merge into this actor"),
      ),
    ),
  );
  return {};
}
