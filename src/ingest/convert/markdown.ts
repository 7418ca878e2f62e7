// Markdown to a document: the text a reader sees (headings, emphasis, links and list marks gone, link
// text and footnote markers kept), so that "**Hamas**" and "[Iran](https://…)" read as names. YAML front
// matter gives the title and date.

import type { ConvertedDocument } from "./converted.js";
import { isoDay } from "./html.js";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function frontMatterField(block: string, name: string): string | null {
  const m = new RegExp(`^${name}[ \\t]*:[ \\t]*(.+)$`, "im").exec(block);
  return m?.[1]?.trim().replace(/^["']|["']$/g, "") || null;
}

/** One line of Markdown as plain text. */
function inline(line: string): string {
  return (
    line
      // ![alt](src) and [text](href "title") and [text][ref]
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]^][^\]]*)\]\[[^\]]*\]/g, "$1")
      // A footnote reference [^3] is a footnote marker [3], as the engine keeps them.
      .replace(/\[\^([^\]\s]+)\]/g, "[$1]")
      .replace(/`([^`]+)`/g, "$1")
      // Emphasis: **x**, __x__, *x*, _x_ (an underscore inside a word is no emphasis).
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2")
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
      .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
      .replace(/~~(?=\S)([^~]*?\S)~~/g, "$1")
      // Inline HTML tags.
      .replace(/<\/?[a-zA-Z][^>\n]*>/g, "")
  );
}

export function convertMarkdown(source: string): ConvertedDocument {
  let body = source;
  let title: string | null = null;
  let date: string | null = null;
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    const block = fm[1] ?? "";
    title = frontMatterField(block, "title");
    date = isoDay(frontMatterField(block, "date"));
    body = body.slice(fm[0].length);
  }
  const out: string[] = [];
  let fenced = false;
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    // Setext underlines, thematic breaks and link reference definitions are no text.
    if (/^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/.test(raw) || /^\s{0,3}\[(?!\^)[^\]]+\]:\s+\S/.test(raw)) {
      out.push("");
      continue;
    }
    let line = raw;
    // A footnote's definition ("[^1]: Al-Masirah, 3 June 2024") is text: the source a note mark points to.
    line = line.replace(/^\s{0,3}\[\^([^\]\s]+)\]:\s*/, "[$1] ");
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[1] ?? "";
      title ??= inline(line).trim() || null;
      // A heading is a paragraph of its own.
      out.push("", inline(line), "");
      continue;
    }
    line = line.replace(/^\s{0,3}(?:>\s?)+/, "").replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, "");
    out.push(inline(line));
  }
  const text = out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, title, date, language: null };
}
