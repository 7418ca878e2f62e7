// A plain-text document's own metadata: a first line that reads as a title, and a dateline near the top
// ("Date: 2021-06-04", "Published: 2021-06-04"). Read from the text, never cut out of it: offsets stay
// offsets into the whole text. Like a JSONL record's own date, a dateline wins over --date, which is the
// default for documents that carry none.

import { MONTHS, WEEKDAYS } from "../text/calendarWords.js";
import { isIsoDate } from "./isoDate.js";

const DATELINE = /^[ \t]*(?:Date|Published|Dated)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*$/im;
const HEAD_CHARS = 600;
const MAX_TITLE = 200;

export interface TextMetadata {
  title: string | null;
  date: string | null;
  /** A dateline's value that reads as no date ("30/05/2024", "2024-02-30"), as written; else null. */
  unreadDate: string | null;
}

export function readTextMetadata(text: string): TextMetadata {
  const head = text.slice(0, HEAD_CHARS);
  const dateline = DATELINE.exec(head)?.[1] ?? null;
  const date = dateline === null ? null : datelineDate(dateline);
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
  return { title, date, unreadDate: dateline !== null && date === null ? dateline : null };
}

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.map((d) => `${d}|${d.slice(0, 3)}`).join("|")})\\.?,?\\s+`, "i");
const ISO_STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, "i");
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, "i");

/**
 * The "YYYY-MM-DD" a dateline's value gives: "2024-05-28", "2024-05-28T10:00:00Z", "2024/05/28",
 * "28 May 2024", "May 28, 2024", "Tuesday, 28 May 2024". Null for anything else, and for days no calendar
 * has ("2024-02-30"); "05/06/2024" is day-first in some places and month-first in others, so it is none.
 */
export function datelineDate(value: string): string | null {
  const v = value.trim().replace(WEEKDAY, "");
  let ymd: [string, string, string] | null = null;
  const iso = ISO_STAMP.exec(v) ?? SLASHED.exec(v);
  if (iso) ymd = [iso[1] as string, iso[2] as string, iso[3] as string];
  const dm = DAY_MONTH.exec(v);
  if (dm) ymd = [dm[3] as string, monthNumber(dm[2] as string), dm[1] as string];
  const md = MONTH_DAY.exec(v);
  if (md) ymd = [md[3] as string, monthNumber(md[1] as string), md[2] as string];
  if (!ymd) return null;
  const date = `${ymd[0]}-${ymd[1].padStart(2, "0")}-${ymd[2].padStart(2, "0")}`;
  return isIsoDate(date) ? date : null;
}

/** What to tell the user about a dateline that reads as no date, and what the document is dated instead. */
export function unreadDateWarning(where: string, value: string, dated: string | null | undefined): string {
  return `${where}: the dateline's ${JSON.stringify(value)} is no date stancegraph reads; write it 2024-05-28 or 28 May 2024. ${dated ? `The document is dated ${dated} (--date) instead` : "The document is undated; --date gives it one"}`;
}

function monthNumber(name: string): string {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3)));
  return String(i + 1);
}
