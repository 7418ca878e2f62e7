// A plain-text document's own metadata: a first line that reads as a title, and a dateline near the top
// ("Date: 2021-06-04", "Published: 2021-06-04"). Read from the text, never cut out of it: offsets stay
// offsets into the whole text. Like a JSONL record's own date, a dateline wins over --date, which is the
// default for documents that carry none.

import { isIsoDate } from "./isoDate.js";

const DATELINE = /^[ \t]*(?:Date|Published|Dated)[ \t]*:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/im;
const HEAD_CHARS = 600;
const MAX_TITLE = 200;

export interface TextMetadata {
  title: string | null;
  date: string | null;
}

export function readTextMetadata(text: string): TextMetadata {
  const head = text.slice(0, HEAD_CHARS);
  const date = DATELINE.exec(head)?.[1] ?? null;
  // The first line, when a blank line or a metadata line ("Note: …", "Date: …", "By …") follows it.
  const firstLine =
    /^[ \t]*([^\r\n]+)\r?\n(?:[ \t]*\r?\n|[ \t]*(?:Note|Date|Published|Dated|By)\b)/
      .exec(head)?.[1]
      ?.trim() ?? "";
  // A title is a short first line followed by a blank line, not a sentence that runs on.
  // A dateline ("Date: 2021-06-04") heading the text is no title.
  const title =
    firstLine.length > 0 &&
    firstLine.length <= MAX_TITLE &&
    !/[,;:]$/.test(firstLine) &&
    !/^(?:Note|Date|Published|Dated|By)\b\s*:/i.test(firstLine)
      ? firstLine
      : null;
  return { title, date: date && isIsoDate(date) ? date : null };
}
