// The documents list (with upload) and the evidence reader: the source text as it was ingested, with a
// statement's speaker, cue and content, or a relation's evidence, highlighted; every actor mention
// underlined; footnote markers ([7]) set off. The text is only ever put in text nodes.

import { api, type DocumentView } from "../api.js";
import { clear, h, refresh, route, toast } from "../dom.js";
import type { View } from "../main.js";
import { relationItem } from "./relations.js";

type Mark = "speaker" | "cue" | "content" | "evidence" | "sentence" | "mention" | "note";

interface Layer {
  span: [number, number];
  mark: Mark;
  title?: string;
}

/**
 * The text cut at every layer boundary, each piece in a span with the classes of the layers over it.
 * One sweep over the boundaries (a document may have tens of thousands of mentions).
 */
export function markedText(text: string, layers: readonly Layer[]): HTMLElement {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const opening = new Map<number, Layer[]>();
  const closing = new Map<number, Layer[]>();
  const cuts = new Set<number>([0, text.length]);
  for (const l of layers) {
    const [a, b] = [clamp(l.span[0]), clamp(l.span[1])];
    if (a >= b) continue;
    opening.set(a, [...(opening.get(a) ?? []), l]);
    closing.set(b, [...(closing.get(b) ?? []), l]);
    cuts.add(a);
    cuts.add(b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const active = new Set<Layer>();
  const out = h("div", { class: "doc-text", id: "doc-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    for (const l of closing.get(a) ?? []) active.delete(l);
    for (const l of opening.get(a) ?? []) active.add(l);
    const piece = text.slice(a, b);
    if (active.size === 0) {
      out.append(piece);
      continue;
    }
    const over = [...active];
    const title = over
      .map((l) => l.title)
      .filter(Boolean)
      .join(" · ");
    out.append(
      h(
        "span",
        { class: [...new Set(over.map((l) => `m-${l.mark}`))].join(" "), title: title || null },
        piece,
      ),
    );
  }
  return out;
}

function notes(text: string): Layer[] {
  const out: Layer[] = [];
  for (const m of text.matchAll(/\[\d{1,3}\]/g))
    out.push({ span: [m.index, m.index + m[0].length], mark: "note", title: "footnote" });
  return out;
}

export async function documentView(
  root: HTMLElement,
  [idText = ""]: string[],
  params: URLSearchParams,
): Promise<View> {
  const doc: DocumentView = await api.document(Number(idText));
  const statementId = Number(params.get("statement") ?? 0);
  const relationId = Number(params.get("relation") ?? 0);
  const layers: Layer[] = [
    ...doc.mentions.map((m): Layer => ({ span: m.span, mark: "mention", title: m.actor.name })),
    ...notes(doc.text),
  ];
  const statement = doc.statements.find((s) => s.id === statementId);
  if (statement) {
    if (statement.speakerSpan)
      layers.push({ span: statement.speakerSpan, mark: "speaker", title: "speaker" });
    if (statement.cueSpan) layers.push({ span: statement.cueSpan, mark: "cue", title: "cue" });
    for (const span of statement.contentSpans) layers.push({ span, mark: "content", title: "content" });
  }
  const relation = doc.relations.find((r) => r.id === relationId);
  if (relation) {
    layers.push({ span: relation.sentence, mark: "sentence" });
    layers.push({
      span: relation.evidence,
      mark: "evidence",
      title: `${relation.source.name} —${relation.type}→ ${relation.target.name}`,
    });
  }
  const text = markedText(doc.text, layers);
  const statements = h(
    "ol",
    { class: "statements", id: "doc-statements" },
    doc.statements.map((s) =>
      h(
        "li",
        { class: s.id === statementId ? "selected" : null },
        h(
          "a",
          { href: route.document(doc.id, { statement: s.id }), "data-statement": s.id },
          s.speaker?.name ?? s.speakerText ?? "unknown speaker",
        ),
        s.cue ? ` ${s.cue}: ` : ": ",
        h("q", {}, s.content.replace(/\s+/g, " ").slice(0, 160)),
      ),
    ),
  );
  clear(root);
  root.append(
    h(
      "section",
      { class: "reader" },
      h(
        "article",
        {},
        h("h1", {}, doc.title ?? doc.source),
        h(
          "p",
          { class: "muted" },
          `${doc.date ?? "undated"} · ${doc.format} · ${doc.language} · ${doc.status}${doc.statusDetail ? ` (${doc.statusDetail})` : ""} · `,
          /^https?:\/\//.test(doc.source)
            ? h("a", { href: doc.source, rel: "noopener noreferrer", target: "_blank" }, doc.source)
            : doc.source,
        ),
        h(
          "p",
          { class: "legend" },
          h("span", { class: "m-speaker" }, "speaker"),
          " ",
          h("span", { class: "m-cue" }, "cue"),
          " ",
          h("span", { class: "m-content" }, "content"),
          " ",
          h("span", { class: "m-evidence" }, "evidence"),
          " ",
          h("span", { class: "m-mention" }, "actor"),
          " ",
          h("span", { class: "m-note" }, "[note]"),
        ),
        text,
      ),
      h(
        "aside",
        {},
        h("h2", {}, `Statements (${doc.statements.length})`),
        statements,
        h("h2", {}, `Relations (${doc.relations.length})`),
        h("ol", { class: "relations" }, doc.relations.map(relationItem)),
      ),
    ),
  );
  const focus = root.querySelector(".m-speaker, .m-evidence, .m-content");
  focus?.scrollIntoView({ block: "center" });
  return {};
}

export async function documentsView(root: HTMLElement): Promise<View> {
  const docs = await api.documents(200);
  const files = h("input", {
    type: "file",
    multiple: true,
    "aria-label": "Files to ingest",
    id: "upload-files",
  });
  clear(root);
  root.append(
    h(
      "article",
      {},
      h("h1", {}, "Documents"),
      h(
        "form",
        {
          class: "inline",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            if (!files.files || files.files.length === 0) return;
            const s = await api.upload(files.files);
            toast(
              `${s.added} added${s.skipped.length ? `, ${s.skipped.length} skipped: ${s.skipped.map((k) => k.message).join("; ")}` : ""}`,
              s.skipped.length ? "error" : "ok",
            );
            refresh();
          },
        },
        files,
        h("button", { type: "submit" }, "Ingest"),
      ),
      h(
        "table",
        { class: "documents" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, "date"),
            h("th", {}, "title"),
            h("th", {}, "statements"),
            h("th", {}, "relations"),
            h("th", {}, "status"),
          ),
        ),
        h(
          "tbody",
          {},
          docs.map((d) =>
            h(
              "tr",
              {},
              h("td", {}, d.date ?? ""),
              h("td", {}, h("a", { href: route.document(d.id) }, d.title ?? d.source)),
              h("td", {}, String(d.statements)),
              h("td", {}, String(d.relations)),
              h("td", {}, d.status),
            ),
          ),
        ),
      ),
    ),
  );
  return {};
}
