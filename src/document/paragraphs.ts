// Paragraph segmentation: blocks separated by blank lines, and single line breaks that end a sentence or a
// short line (a heading, a dateline). A line break inside a sentence (hard-wrapped text) joins the lines.

import type { Span } from "../contract/extraction.js";

const LINE_BREAK = /\r?\n(?:[ \t\u00a0\r]*\n)*/g;
/** A line that ends like this closes its paragraph even without a blank line after it. */
const ENDS_PARAGRAPH = /(?:[.!?…:;"”’'»)\]]|\[\d{1,3}\])[ \t\u00a0]*$/;
/** Lines this short are headings, datelines or list items: paragraphs of their own. */
const SHORT_LINE = 80;

export function segmentParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    const blank = m[0].indexOf("\n") !== m[0].lastIndexOf("\n");
    const line = text.slice(lineStart, m.index);
    if (blank || ENDS_PARAGRAPH.test(line) || line.trim().length < SHORT_LINE) {
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
