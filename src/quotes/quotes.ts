// Quotation spans: straight and curly double quotes, single quotes used as quotation marks, « », „ “,
// nesting, and the news convention of a quotation running over several paragraphs (an opening mark on
// each paragraph, one closing mark at the end). A mark that never closes ends its quote at the end of
// its paragraph, so a stray mark can never swallow the rest of the document. Linear in the text.

import type { Span } from "../contract/extraction.js";

export type QuoteMarks = "double" | "single" | "guillemet";

export interface Quote {
  /** Offset of the opening mark; a quotation whose opening mark was lost opens at its paragraph's start. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote never closes. */
  end: number;
  /** Interior spans without the marks: one per paragraph the quote runs over. */
  spans: Span[];
  marks: QuoteMarks;
  /** Inside another quote. */
  nested: boolean;
  /** False when no closing mark was found. */
  closed: boolean;
}

interface Pending {
  kind: QuoteMarks;
  open: number;
  /** Where the interior of the current paragraph's piece starts. */
  pieceStart: number;
  spans: Span[];
}

// Two apostrophes ('') or backticks (``) stand for a double quotation mark in some newswires. Three
// apostrophes close a single quote and then the double one around it (",''' said"), unless a word follows
// them, where they open the double quote and then the single one.
const MARK = /'(?=''(?![\p{L}\p{N}]))|''|``|["“”„«»‘’'‹›]/gu;

function isSpaceChar(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
}

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  return c >= 128 && /[\p{L}\p{N}]/u.test(ch);
}

/** Characters after which a mark opens a quote: start, space, opening brackets, dashes. */
function opensAfter(ch: string | undefined): boolean {
  return isSpaceChar(ch) || (ch !== undefined && "([{—–-/:“‘\"'«„".includes(ch));
}

function closesBefore(ch: string | undefined): boolean {
  return isSpaceChar(ch) || (ch !== undefined && !isLetterOrDigit(ch));
}

const MAX_DEPTH = 16;

/** Is the word that ends at `end` capitalised ("Hamas'"), as possessed names are, unlike "process'"? */
function properNounBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isLetterOrDigit(text[i - 1])) i--;
  const first = text[i] ?? "";
  return first !== first.toLowerCase();
}

/** A quotation's interior without the padding spaces of « nous vaincrons ». */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceChar(text[start])) start++;
  while (end > start && isSpaceChar(text[end - 1])) end--;
  return [start, end];
}

/** Marks that open a paragraph continuing a quotation of the same kind. */
const CONTINUES_DOUBLE = ['"', "“", "„", "''", "``"];
const CONTINUES_GUILLEMET = ["«", "‹"];

export function findQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  let carried: Pending | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p] as Span;
    const stack: Pending[] = [];
    let from = pStart;
    if (carried) {
      // The paragraph opens with a mark that continues the quotation of the previous one.
      const width = text.startsWith("''", pStart) || text.startsWith("``", pStart) ? 2 : 1;
      carried.pieceStart = pStart + width;
      stack.push(carried);
      carried = null;
      from = pStart + width;
    }
    // The search runs on the paragraph alone, so that paragraphs without marks do not scan ahead.
    const para = text.slice(pStart, pEnd);
    let openedInParagraph = carried !== null || from !== pStart;
    MARK.lastIndex = from - pStart;
    for (let m = MARK.exec(para); m !== null; m = MARK.exec(para)) {
      const i = pStart + m.index;
      const width = m[0].length;
      const ch = width === 2 ? (m[0] === "``" ? "“" : '"') : m[0];
      const prev = i > pStart ? text[i - 1] : undefined;
      const next = i + width < pEnd ? text[i + width] : undefined;
      const top = stack[stack.length - 1];
      const openDouble = findPending(stack, "double");
      // A ” at a line's start before a capital, with another ” on its line: typed for “.
      const wrongWay =
        ch === "”" &&
        openDouble === -1 &&
        (prev === undefined || prev === "\n" || prev === "\r") &&
        next !== undefined &&
        next !== next.toLowerCase() &&
        closesOnLine(text, i + 1, pEnd);
      let role = classify(
        ch,
        prev,
        next,
        top,
        openDouble !== -1,
        findPending(stack, "guillemet") !== -1,
        wrongWay,
      );
      // "Hamas' leaders": a plural possessive, not the end of a single-quoted phrase.
      if (
        role === "closeSingle" &&
        prev === "s" &&
        next === " " &&
        /[a-z]/.test(text[i + 2] ?? "") &&
        properNounBefore(text, i)
      ) {
        role = "none";
      }
      // “…,” with no opening mark, after a paragraph's first words: a quotation whose opening mark was lost
      // (a text cut mid-quote, a copy that dropped it). It opens where the paragraph does.
      if (
        role === "none" &&
        (ch === "”" || ch === '"') &&
        stack.length === 0 &&
        !openedInParagraph &&
        /[,.?!]/.test(prev ?? "") &&
        closesBefore(next) &&
        !/["“”„«»]|''|``/.test(text.slice(pStart, i))
      ) {
        quotes.push({
          open: pStart,
          end: i + width,
          spans: [trimSpan(text, pStart, i)],
          marks: "double",
          nested: false,
          closed: true,
        });
        openedInParagraph = true;
        continue;
      }
      // Real quotations nest two or three deep; a run of unclosed marks must not make each mark slower.
      if (role === "open" && stack.length >= MAX_DEPTH) role = "none";
      if (role === "open") {
        openedInParagraph = true;
        const kind: QuoteMarks =
          ch === "«" || ch === "‹" ? "guillemet" : ch === "'" || ch === "‘" ? "single" : "double";
        stack.push({ kind, open: i, pieceStart: i + width, spans: [] });
      } else if (role === "closeDouble" || role === "closeSingle" || role === "closeGuillemet") {
        const kind: QuoteMarks =
          role === "closeDouble" ? "double" : role === "closeSingle" ? "single" : "guillemet";
        const at = findPending(stack, kind);
        if (at === -1) continue;
        const q = stack[at] as Pending;
        // Openers above it were apostrophes or strays: drop them.
        stack.length = at;
        q.spans.push(trimSpan(text, q.pieceStart, i));
        quotes.push({
          open: q.open,
          end: i + width,
          spans: q.spans,
          marks: q.kind,
          nested: false,
          closed: true,
        });
      }
    }
    if (stack.length === 0) continue;
    const bottom = stack[0] as Pending;
    const nextPara = paragraphs[p + 1];
    // The convention is a paragraph of speech left open: a mark at its very end means the closing mark was
    // there but garbled (''family fortunes.'.') and the next paragraph's quotation is a new one.
    const lastChar = text[pEnd - 1] ?? "";
    const lastButOne = text[pEnd - 2] ?? "";
    const endsWithMark =
      "'’\"”".includes(lastChar) || ("'’\"”".includes(lastButOne) && ").".includes(lastChar));
    const continues =
      bottom.kind !== "single" &&
      !endsWithMark &&
      nextPara !== undefined &&
      (bottom.kind === "guillemet" ? CONTINUES_GUILLEMET : CONTINUES_DOUBLE).some((mark) =>
        text.startsWith(mark, nextPara[0]),
      );
    if (continues) {
      bottom.spans.push(trimSpan(text, bottom.pieceStart, pEnd));
      carried = bottom;
      continue;
    }
    // Unclosed: the outermost double quote (if any) runs to the paragraph end; single strays are dropped.
    const d = stack.findIndex((s) => s.kind !== "single");
    if (d !== -1) {
      const q = stack[d] as Pending;
      q.spans.push(trimSpan(text, q.pieceStart, pEnd));
      quotes.push({
        open: q.open,
        end: pEnd,
        spans: q.spans,
        marks: q.kind,
        nested: false,
        closed: false,
      });
    }
  }
  // Nesting is decided once every quotation is known: a quotation inside another one that closed around it.
  // (At closing time an open single mark below may still turn out to be an apostrophe, as in 'Atwan.)
  quotes.sort((a, b) => a.open - b.open || b.end - a.end);
  let outerEnd = -1;
  for (const q of quotes) {
    q.nested = q.end <= outerEnd;
    if (!q.nested) outerEnd = q.end;
  }
  return quotes;
}

function findPending(stack: readonly Pending[], kind: QuoteMarks): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.kind === kind) return k;
  return -1;
}

type Role = "open" | "closeDouble" | "closeSingle" | "closeGuillemet" | "none";

/** Is there a ” between `from` and the end of its line (or `end`)? Read once per line-start mark. */
function closesOnLine(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
    if (c === 0x201d) return true;
  }
  return false;
}

function classify(
  ch: string,
  prev: string | undefined,
  next: string | undefined,
  top: Pending | undefined,
  doubleOpen: boolean,
  guillemetOpen: boolean,
  wrongWayOpens = false,
): Role {
  switch (ch) {
    case "“":
      // „…“ (German style) closes with “.
      if (doubleOpen && !opensAfter(prev) && closesBefore(next)) return "closeDouble";
      return isSpaceChar(next) ? "none" : "open";
    case "„":
    case "«":
    case "‹":
      return "open";
    case "”":
      if (doubleOpen) return "closeDouble";
      // ”The war has taken everything …” at a line's start: a closing mark typed for the opening one.
      return wrongWayOpens ? "open" : "none";
    case "»":
    case "›":
      return guillemetOpen ? "closeGuillemet" : "none";
    case '"': {
      const canOpen = opensAfter(prev) && !isSpaceChar(next);
      const canClose = !isSpaceChar(prev) && closesBefore(next);
      if (doubleOpen && canClose) return "closeDouble";
      if (canOpen) return "open";
      if (doubleOpen) return "closeDouble";
      return "none";
    }
    default: {
      // ‘ ’ and ': quotation marks only at word edges; inside words they are apostrophes (Na'im, don’t).
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return "none";
      const singleOpen = top?.kind === "single";
      if (singleOpen && !isSpaceChar(prev) && closesBefore(next) && ch !== "‘") return "closeSingle";
      if (ch !== "’" && opensAfter(prev) && isLetterOrDigit(next)) return "open";
      return "none";
    }
  }
}
