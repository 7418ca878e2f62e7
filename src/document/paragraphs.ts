// Paragraph segmentation: blocks separated by blank lines. A text with no blank line at all (one
// paragraph per line, as many feeds and exports write it) is split at every line break instead.

import type { Span } from "../contract/extraction.js";

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/;

export function segmentParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? /\n(?:[ \t\u00a0\r]*\n)+/g : /\r?\n/g;
  const out: Span[] = [];
  let start = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push([start, end]);
}
