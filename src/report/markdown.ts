// A briefing as Markdown: headings per counterpart, one line per relation with its date and a footnote,
// key statements as quotations with speaker and role, and the sources (document, span, words) at the end.

import type { StoredRelation } from "../store/store.js";
import { type Briefing, stanceWord } from "./briefing.js";

const SIGN = { "1": "+", "0": "·", "-1": "−" } as const;

/** Markdown-safe text: no stray emphasis, links or HTML from documents. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

export function relationDay(r: StoredRelation): string {
  if (r.period && r.period.from !== r.period.to)
    return `${r.period.text} (${r.period.from} to ${r.period.to})`;
  return r.period?.from ?? r.date ?? r.documentDate ?? "undated";
}

function windowText(b: Briefing): string {
  const { from, to } = b.window;
  if (!from && !to) return "all dates in the store";
  return `${from ?? "the beginning"} to ${to ?? "the latest"}`;
}

export function briefingMarkdown(b: Briefing): string {
  const out: string[] = [`# Briefing: ${mdText(b.actor.name)}`, ""];
  out.push(
    `_${mdText(b.actor.type)} · relations from ${windowText(b)}${b.rolledUp ? " · persons counted for their organisations" : ""} · generated ${b.generated} by stancegraph_`,
    "",
  );
  if (b.members.length > 0)
    out.push(`Counted for ${mdText(b.actor.name)}: ${b.members.map(mdText).join(", ")}.`, "");
  if (b.roles.length > 0) {
    out.push("## Roles and affiliations", "");
    for (const r of b.roles)
      out.push(
        `- ${mdText(r.role ?? "member")}${r.of ? `, ${mdText(r.of.name)}` : ""} (${r.from ?? "?"} to ${r.to ?? "?"}; ${r.documents} document${r.documents === 1 ? "" : "s"})`,
      );
    out.push("");
  }
  if (b.sections.length === 0) out.push("No relation of this actor is in the store for this period.", "");
  else {
    out.push("## Overview", "");
    out.push(
      "| counterpart | stance | + | − | · | first | last |",
      "| --- | --- | --: | --: | --: | --- | --- |",
    );
    for (const s of b.sections)
      out.push(
        `| ${mdText(s.counterpart.name)} | ${stanceWord(s)} | ${s.positive} | ${s.negative} | ${s.neutral} | ${s.first ?? ""} | ${s.last ?? ""} |`,
      );
    out.push("");
  }
  for (const s of b.sections) {
    out.push(`## ${mdText(b.actor.name)} and ${mdText(s.counterpart.name)}`, "");
    out.push(
      `${stanceWord(s)[0]?.toUpperCase()}${stanceWord(s).slice(1)}: ${s.positive} positive, ${s.negative} negative and ${s.neutral} neutral relations, ${s.first ?? "?"} to ${s.last ?? "?"}.`,
      "",
    );
    for (const { relation: r, note } of s.relations)
      out.push(
        `- ${relationDay(r)}: ${mdText(r.source.name)} ${SIGN[String(r.polarity) as keyof typeof SIGN]}${mdText(r.type)} ${mdText(r.target.name)}${r.status === "machine" ? "" : ` (${r.status} by an analyst)`}[^${note}]`,
      );
    if (s.statements.length > 0) {
      out.push("", "Key statements:", "");
      for (const { statement: st, note } of s.statements) {
        const name = mdText(st.speaker?.name ?? st.speakerText ?? "unnamed");
        const role = st.speakerRole ? mdText(st.speakerRole) : null;
        // Only a direct statement is quoted; reported speech is the speaker's words as the writer gave them.
        if (st.kind === "direct")
          out.push(
            `> “${mdText(st.content)}”`,
            `> — ${[name, role].filter(Boolean).join(", ")}${st.date ? `, ${st.date}` : ""}[^${note}]`,
            "",
          );
        else
          out.push(
            `> ${name}${role ? `, ${role},` : ""} ${mdText(st.cue ?? "said")} ${mdText(st.content)}`,
            `> — reported, not quoted${st.date ? `, ${st.date}` : ""}[^${note}]`,
            "",
          );
      }
    }
    out.push("");
  }
  if (b.notes.length > 0) {
    out.push("## Sources", "");
    for (const n of b.notes)
      out.push(
        `[^${n.n}]: ${mdText(n.title ?? n.source)}${n.date ? `, ${n.date}` : ""} (${mdText(n.source)}, document ${n.document}, characters ${n.span[0]}–${n.span[1]}): “${mdText(n.quote)}”`,
      );
    out.push("");
  }
  return out.join("\n");
}
