// A briefing as one self-contained, printable HTML page: no script, no external resource (a strict
// Content-Security-Policy says so to the browser), every text from documents escaped, footnotes as
// links to the sources list, and print styles that keep a section's heading with its first lines.

import type { StoredRelation } from "../store/store.js";
import { type Briefing, stanceWord } from "./briefing.js";
import { relationDay } from "./markdown.js";

export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
body{font:15px/1.5 Georgia,"Times New Roman",serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.meta{color:#555;font-style:italic}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left}td.n{text-align:right}
.pos{color:#1a6b2f}.neg{color:#a31919}.neu{color:#555}blockquote{margin:.6rem 0 .6rem 1rem;padding-left:.8rem;border-left:3px solid #bbb}
blockquote footer{font-size:.85rem;color:#444}sup a{text-decoration:none}ol.sources{font-size:.85rem}
ol.sources q{color:#333}@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:auto}a{color:inherit}}`;

const CLASS = { "1": "pos", "0": "neu", "-1": "neg" } as const;
const SIGN = { "1": "+", "0": "·", "-1": "−" } as const;

const ref = (n: number): string => `<sup><a href="#n${n}" id="r${n}">[${n}]</a></sup>`;

function relationItem(r: StoredRelation, note: number): string {
  const p = String(r.polarity) as keyof typeof CLASS;
  const decided = r.status === "machine" ? "" : ` <em>(${escapeHtml(r.status)} by an analyst)</em>`;
  return `<li class="${CLASS[p]}">${escapeHtml(relationDay(r))}: ${escapeHtml(r.source.name)} <b>${SIGN[p]}${escapeHtml(r.type)}</b> ${escapeHtml(r.target.name)}${decided}${ref(note)}</li>`;
}

/** A briefing page's policy: its inline style and nothing else (the server adds who may frame it). */
export const BRIEFING_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export function briefingHtml(b: Briefing): string {
  const name = escapeHtml(b.actor.name);
  const parts: string[] = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${BRIEFING_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Briefing: ${name}</title><style>${STYLE}</style></head><body>`,
    `<h1>Briefing: ${name}</h1>`,
    `<p class="meta">${escapeHtml(b.actor.type)} · relations from ${escapeHtml(b.window.from ?? "the beginning")} to ${escapeHtml(b.window.to ?? "the latest")}${b.rolledUp ? " · persons counted for their organisations" : ""} · generated ${escapeHtml(b.generated)} by stancegraph</p>`,
  ];
  if (b.members.length > 0)
    parts.push(`<p>Counted for ${name}: ${b.members.map(escapeHtml).join(", ")}.</p>`);
  if (b.roles.length > 0) {
    parts.push("<h2>Roles and affiliations</h2><ul>");
    for (const r of b.roles)
      parts.push(
        `<li>${escapeHtml(r.role ?? "member")}${r.of ? `, ${escapeHtml(r.of.name)}` : ""} (${escapeHtml(r.from ?? "?")} to ${escapeHtml(r.to ?? "?")}; ${r.documents} document${r.documents === 1 ? "" : "s"})</li>`,
      );
    parts.push("</ul>");
  }
  if (b.sections.length === 0)
    parts.push("<p>No relation of this actor is in the store for this period.</p>");
  else {
    parts.push(
      "<h2>Overview</h2><table><thead><tr><th>counterpart</th><th>stance</th><th>+</th><th>−</th><th>·</th><th>first</th><th>last</th></tr></thead><tbody>",
    );
    for (const s of b.sections)
      parts.push(
        `<tr><td>${escapeHtml(s.counterpart.name)}</td><td>${stanceWord(s)}</td><td class="n">${s.positive}</td><td class="n">${s.negative}</td><td class="n">${s.neutral}</td><td>${escapeHtml(s.first)}</td><td>${escapeHtml(s.last)}</td></tr>`,
      );
    parts.push("</tbody></table>");
  }
  for (const s of b.sections) {
    parts.push(`<section><h2>${name} and ${escapeHtml(s.counterpart.name)}</h2>`);
    parts.push(
      `<p>${escapeHtml(stanceWord(s))}: ${s.positive} positive, ${s.negative} negative and ${s.neutral} neutral relations, ${escapeHtml(s.first ?? "?")} to ${escapeHtml(s.last ?? "?")}.</p><ul>`,
    );
    for (const { relation, note } of s.relations) parts.push(relationItem(relation, note));
    parts.push("</ul>");
    for (const { statement: st, note } of s.statements) {
      const name = escapeHtml(st.speaker?.name ?? st.speakerText ?? "unnamed");
      const role = st.speakerRole ? escapeHtml(st.speakerRole) : null;
      const date = st.date ? `, ${escapeHtml(st.date)}` : "";
      // Only a direct statement is quoted; reported speech is the speaker's words as the writer gave them.
      parts.push(
        st.kind === "direct"
          ? `<blockquote><p>“${escapeHtml(st.content)}”</p><footer>— ${[name, role].filter(Boolean).join(", ")}${date}${ref(note)}</footer></blockquote>`
          : `<blockquote class="reported"><p>${name}${role ? `, ${role},` : ""} ${escapeHtml(st.cue ?? "said")} ${escapeHtml(st.content)}</p><footer>— reported, not quoted${date}${ref(note)}</footer></blockquote>`,
      );
    }
    parts.push("</section>");
  }
  if (b.notes.length > 0) {
    parts.push('<h2>Sources</h2><ol class="sources">');
    for (const n of b.notes)
      parts.push(
        `<li id="n${n.n}">${escapeHtml(n.title ?? n.source)}${n.date ? `, ${escapeHtml(n.date)}` : ""} (${escapeHtml(n.source)}, document ${n.document}, characters ${n.span[0]}–${n.span[1]}): <q>${escapeHtml(n.quote.replace(/\s+/g, " "))}</q></li>`,
      );
    parts.push("</ol>");
  }
  parts.push("</body></html>", "");
  return parts.join("\n");
}
