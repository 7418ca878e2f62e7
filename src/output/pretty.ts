// `--format pretty`: one document's extraction as a report for people to read in a terminal. Not a
// contract: scripts should read the JSONL output. Surface strings are taken from the document text
// by span where the result gives one, so what is shown is what the offsets point at.

import type { Actor, ExtractionResult, Span, Statement } from "../contract/extraction.js";

export interface PrettyOptions {
  /** ANSI bold/dim; only for a terminal (the caller checks isTTY and NO_COLOR). */
  color?: boolean;
}

interface Style {
  heading(s: string): string;
  dim(s: string): string;
}

const plain: Style = { heading: (s) => s, dim: (s) => s };
const ansi: Style = { heading: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

/** Runs of white space (line breaks included) as one space: content spanning paragraphs stays on one line. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function sliceSpan(text: string, span: Span | null): string | null {
  return span === null ? null : text.slice(span[0], span[1]);
}

function statementLine(s: Statement, text: string, actors: ReadonlyMap<string, Actor>): string {
  const name = s.speaker === null ? null : (actors.get(s.speaker)?.name ?? s.speaker);
  const said = s.speakerText ?? sliceSpan(text, s.speakerSpan);
  let who: string;
  if (name !== null && said !== null && oneLine(said) !== name) who = `${name} (${oneLine(said)})`;
  else if (name !== null) who = name;
  else if (said !== null) who = `? (${oneLine(said)})`;
  else who = "(unknown speaker)";

  const cue = s.cue ?? sliceSpan(text, s.cueSpan);
  const tags: string[] = [s.kind];
  if (s.date !== null) tags.push(s.date);
  if (s.notes.length > 0) tags.push(`notes ${s.notes.join(", ")}`);
  const parts = [who];
  if (cue !== null) parts.push(oneLine(cue));
  // Direct content has its marks stripped, so they are put back; mixed and indirect content already holds
  // the marks of what it quotes, and outer marks would double them (“… “choice.””).
  parts.push(s.kind === "direct" ? `“${oneLine(s.content)}”` : oneLine(s.content));
  return `${parts.join(" — ")} [${tags.join(", ")}]`;
}

/** The report for one document, ending with a newline. */
export function formatPretty(result: ExtractionResult, options: PrettyOptions = {}): string {
  const style = options.color === true ? ansi : plain;
  const { document: doc } = result;
  const actors = new Map(result.actors.map((a) => [a.id, a] as const));
  const lines: string[] = [];

  lines.push(style.heading(doc.title ?? doc.source ?? doc.id));
  const meta = [`id ${doc.id}`, `date ${doc.date ?? "unknown"}`];
  if (doc.source !== null && doc.title !== null) meta.push(`source ${doc.source}`);
  meta.push(plural(doc.text.length, "character"));
  lines.push(style.dim(meta.join(" · ")));

  lines.push("", style.heading(`Statements (${result.statements.length})`));
  if (result.statements.length === 0) lines.push(style.dim("  none found"));
  result.statements.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${statementLine(s, doc.text, actors)}`);
  });

  lines.push("", style.heading(`Actors (${result.actors.length})`));
  if (result.actors.length === 0) lines.push(style.dim("  none found"));
  // Most-mentioned first: that is who the document is about.
  const byMentions = [...result.actors].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  for (const a of byMentions) {
    const facts: string[] = [a.type];
    if (a.known) facts.push("known");
    let line = `  ${a.name} (${facts.join(", ")}) — ${plural(a.mentions.length, "mention")}`;
    // The forms this document uses, not every alias the dictionary knows: a report is read by people.
    const seen = new Set(a.mentions.map(([s, e]) => doc.text.slice(s, e)));
    const others = a.aliases.filter((alias) => alias !== a.name && seen.has(alias));
    if (others.length > 0) line += `; also ${others.join(", ")}`;
    for (const f of a.affiliations) {
      const org = actors.get(f.actor)?.name ?? f.actor;
      line += `; ${f.role === null ? "of" : `${f.role} of`} ${org}`;
    }
    for (const role of a.roles ?? []) line += `; ${role}`;
    lines.push(line);
  }

  lines.push("", style.heading(`Relations (${result.relations.length})`));
  if (result.relations.length === 0) lines.push(style.dim("  none found"));
  for (const r of result.relations) {
    const source = actors.get(r.source)?.name ?? r.source;
    const target = actors.get(r.target)?.name ?? r.target;
    const sign = r.polarity > 0 ? "+1" : r.polarity < 0 ? "-1" : "0";
    const tags = [sign];
    if (r.date !== null) tags.push(r.date);
    else if (r.period) tags.push(r.period.text);
    const evidence = oneLine(doc.text.slice(r.evidence[0], r.evidence[1]));
    lines.push(`  ${source} → ${target}: ${r.type} [${tags.join(", ")}] — “${evidence}”`);
  }
  return `${lines.join("\n")}\n`;
}
