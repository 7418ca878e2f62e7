// Paragraph segmentation: blocks separated by blank lines, and single line breaks that end a sentence or a
// short line (a heading, a dateline). A line break inside a sentence (hard-wrapped text) joins the lines.

import type { Span } from "../contract/extraction.js";

// Line breaks of every convention: \n, \r\n, a lone \r (old Mac exports), U+2028; U+2029 separates paragraphs.
const LINE_BREAK = /(?:\r\n|[\n\r\u2028\u2029])(?:[ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029]))*/g;
const ONE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** A line that ends in one of these (then only spaces) closes its paragraph even without a blank line after it. */
const PARAGRAPH_CLOSERS = ".!?…:;\"”’'»)]";

/**
 * Does text[from, to) end in a closing mark or a footnote marker ("[12]" ends in "]" too), then only spaces,
 * tabs or no-break spaces? What /(?:[.!?…:;"”’'»)\]]|\[\d{1,3}\])[ \t\u00a0]*$/ says of the slice, read
 * backwards from the end: neither a slice nor a regex per line.
 */
export function endsParagraph(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c === 32 || c === 9 || c === 0xa0) k--;
    else break;
  }
  return k > from && PARAGRAPH_CLOSERS.includes(text[k - 1] as string);
}

/** White space as String.prototype.trim removes it (WhiteSpace and LineTerminator of the spec). */
function isTrimmedCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** text.slice(from, to).trim().length, without making either string. */
export function trimmedLength(text: string, from: number, to: number): number {
  while (from < to && isTrimmedCode(text.charCodeAt(from))) from++;
  while (to > from && isTrimmedCode(text.charCodeAt(to - 1))) to--;
  return to - from;
}

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
    // A line a name signs ("“…” ― Rania Haddad") ends where its writer ended it.
    if (
      t.length >= 40 &&
      t.length <= 100 &&
      !endsParagraph(t, 0, t.length) &&
      !endsInSignature(t, 0, t.length)
    )
      wrapped++;
  }
  return lines >= 4 && wrapped / lines >= 0.5;
}

/** Does the line [from, to) end in a dash and a name ("… shame.” ― Sonya Herridge")? Reads its last 60 characters. */
function endsInSignature(text: string, from: number, to: number): boolean {
  return SIGNATURE.test(text.slice(Math.max(from, to - 60), to));
}
const SIGNATURE =
  /[―—–-][ \t\u00a0]*\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+[\p{L}'’.-]+){0,5}[ \t\u00a0]*[.]?[ \t\u00a0]*$/u;

/** Does the line [from, to) visibly run on into the next: a comma, "that", a small word or a lower-case end? */
function runsOn(text: string, from: number, to: number): boolean {
  return RUNS_ON.test(text.slice(Math.max(from, to - 40), to));
}
const RUNS_ON =
  /(?:[,;:–—-]|\b(?:that|and|or|but|said|says|told|tells|to|of|the|a|an|in|on|at|with|for|by|as|from|his|her|its|their|was|were|is|are)|(?:^|[\s(])\p{Ll}[\p{L}'’-]*)[ \t\u00a0]*$/u;

export function segmentParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const hardWrapped = isHardWrapped(text);
  let start = 0;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    const blank = (m[0].match(ONE_BREAK)?.length ?? 0) > 1 || m[0].includes("\u2029");
    // A line that goes on in lower case ("said that\nthe organization …") continues its sentence.
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const continues = /^[ \t\u00a0]*[a-z]/.test(next);
    // "… shame.” ― Sonya Herridge⏎“During the debate …": after a line a name signs, a line that opens a
    // quotation opens a paragraph ("told supporters that⏎“the response …" goes on).
    const opensQuote =
      /^[ \t\u00a0]*[“«„]/.test(next) &&
      (endsInSignature(text, lineStart, m.index) || !runsOn(text, lineStart, m.index));
    if (
      blank ||
      (!hardWrapped &&
        !continues &&
        (opensQuote ||
          endsParagraph(text, lineStart, m.index) ||
          trimmedLength(text, lineStart, m.index) < SHORT_LINE))
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
