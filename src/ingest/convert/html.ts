// HTML to a document: the main content found by Mozilla's Readability over a linkedom DOM (no browser,
// no scripts run), turned into plain text with a blank line between blocks, so that the paragraph and
// sentence stages see the page's structure. Title and publication date come from the page's metadata.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { InputError } from "../../errors.js";
import type { ConvertedDocument } from "./converted.js";

/** Elements that end the paragraph before them and start a new one. */
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
/** Never text: their content is code, styling or furniture. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "HEAD",
  "BUTTON",
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The text of a DOM subtree: blocks as paragraphs, whitespace inside a paragraph collapsed. */
export function blocksToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const p = current.replace(/[ \t\r\n\f]+/g, " ").trim();
    if (p !== "") paragraphs.push(p);
    current = "";
  };
  // An explicit stack: a page nested ten thousand deep must not overflow the call stack.
  const stack: (NodeLike | "end")[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as NodeLike | "end";
    if (node === "end") {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === "BR") {
      current += "\n";
      flush();
      continue;
    }
    // "between the sides.<sup><a href="#fn1">1</a></sup>": a footnote mark, written as the text's own
    // notes are ("[1]"), not a digit stuck to the word before it.
    if (name === "SUP") {
      const mark = /^\s*\[?(\d{1,3})\]?\s*$/.exec(node.textContent ?? "");
      if (mark) {
        current += `[${mark[1]}]`;
        continue;
      }
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push("end");
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as NodeLike);
  }
  flush();
  return paragraphs.join("\n\n");
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="pubdate"]',
  'meta[property="og:published_time"]',
];

/** "2021-06-04" from "2021-06-04T10:00:00Z", "2021-06-04", or a date Date can read; else null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return d.toISOString().slice(0, 10);
}

interface DocumentLike {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  title?: string;
  body?: NodeLike | null;
  documentElement?: { getAttribute(name: string): string | null } | null;
}

function metaDate(doc: DocumentLike): string | null {
  for (const selector of DATE_META) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute("content"));
    if (day) return day;
  }
  return isoDay(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
}

function metaTitle(doc: DocumentLike): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content")?.trim();
  if (og) return og;
  const h1 = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  if (h1) return h1;
  const title = doc.title?.replace(/\s+/g, " ").trim();
  return title || null;
}

/** The main text of an HTML page, its title, date and declared language. */
export function convertHtml(html: string, where: string): ConvertedDocument {
  let parsed: ReturnType<typeof parseHTML>;
  try {
    parsed = parseHTML(html);
  } catch (e) {
    throw new InputError(
      "SG_INPUT_UNSUPPORTED",
      `${where}: the HTML could not be parsed (${(e as Error).message}); save the page again or pass its text`,
    );
  }
  const doc = parsed.document as unknown as DocumentLike;
  // Read metadata first: Readability rewrites the DOM it is given.
  const date = metaDate(doc);
  const title = metaTitle(doc);
  const lang = doc.documentElement?.getAttribute("lang") ?? null;
  let text = "";
  try {
    const article = new Readability(
      parsed.document as unknown as ConstructorParameters<typeof Readability>[0],
    ).parse();
    if (article?.content) text = blocksToText(parseHTML(article.content).document as unknown as NodeLike);
  } catch {
    // Readability gave up on this page: the whole body follows.
  }
  if (text.length < 200) {
    // A short page, or one Readability found no article in: the body's text, furniture and all, rather
    // than nothing.
    const { document } = parseHTML(html);
    const body = (document as unknown as DocumentLike).body;
    const whole = body ? blocksToText(body) : "";
    if (whole.length > text.length) text = whole;
  }
  if (text.trim() === "") {
    throw new InputError(
      "SG_INPUT_UNSUPPORTED",
      `${where}: the page holds no readable text (an empty page, or one built by scripts); save the article's text instead`,
    );
  }
  return { text, title, date, language: lang };
}
