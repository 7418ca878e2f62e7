// Paragraph segmentation: blocks separated by blank lines, and single line breaks that end a sentence or a
// short line (a heading, a dateline). A line break inside a sentence (hard-wrapped text) joins the lines.

import type { Span } from "../contract/extraction.js";

// Line breaks of every convention: \n, \r\n, a lone \r (old Mac exports), U+2028; U+2029 separates paragraphs.
const LINE_BREAK = /(?:\r\n|[\n\r\u2028\u2029])(?:[ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029]))*/g;
const ONE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** A line that ends like this closes its paragraph even without a blank line after it. */
const ENDS_PARAGRAPH = /(?:[.!?…:;"”’'»)\]]|\[\d{1,3}\])[ \t\u00a0]*$/;
/** Lines this short are headings, datelines or list items: paragraphs of their own. */
const SHORT_LINE = 80;

/**
 * Is the text hard-wrapped (lines cut at a fixed width, mid-sentence, like e-mail or plain-text exports)?
 * Then only blank lines separate paragraphs.
 */
function isHardWrapped(text: string): boolean {
  let lines = 0;
  let wrapped = 0;
  for (const line of text.split(ONE_BREAK, 2000)) {
    const t = line.trim();
    if (t.length === 0) continue;
    lines++;
    if (t.length >= 40 && t.length <= 100 && !ENDS_PARAGRAPH.test(t)) wrapped++;
  }
  return lines >= 4 && wrapped / lines >= 0.5;
}

export function segmentParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const hardWrapped = isHardWrapped(text);
  let start = 0;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    const blank = (m[0].match(ONE_BREAK)?.length ?? 0) > 1 || m[0].includes("\u2029");
    const line = text.slice(lineStart, m.index);
    // A line that goes on in lower case ("said that\nthe organization …") continues its sentence.
    const continues = /^[ \t\u00a0]*[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (
      blank ||
      (!hardWrapped && !continues && (ENDS_PARAGRAPH.test(line) || line.trim().length < SHORT_LINE))
    ) {
      push(text, start, m.index, out);
      start = m.index + m[0].length;
    }
    lineStart = m.index + m[0].length;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push([start, end]);
}
