// When a relation held, from the clause that states it: "on May 28", "on Wednesday", "last week",
// "two years ago" (chrono-node, run only on the clauses of relations, never over whole documents), and
// the years and months that chrono leaves alone: "in 2011", "since 2012", "in late 2011", "in March 2019".
// A day gives `date`; a coarser time gives only a `period` with its first and last day, so that a
// relation of 2011 and one of today stay apart without pretending to know the day.

import type { ParsedResult } from "chrono-node";
// The English parser alone: the package root loads every locale (0.13 s more at each start, per thread).
import * as en from "chrono-node/en";
import { resolveStatementDate } from "./statementDate.js";

export interface Period {
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Last day, "YYYY-MM-DD". */
  to: string;
  /** The words that gave it: "in 2011", "last week". */
  text: string;
}

export interface RelationDate {
  /** "YYYY-MM-DD", "--MM-DD" without a document year, or null when the clause gives no day. */
  date: string | null;
  period: Period | null;
}

const NONE: RelationDate = { date: null, period: null };

const YEAR =
  /\b(in|since|until|by|during|from|of|before|after)\s+(?:(early|late|mid-?|the\s+summer\s+of|the\s+spring\s+of|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of)\s*)?((?:19|20)\d\d)\b/i;
/** Cheap gate: chrono only runs on clauses that hold one of these. A month or weekday must be
 * capitalised ("may" is a modal, "march" a verb); "now" and "this" alone give no time worth a period. */
const MAY_HOLD_RELATIVE =
  /\b(?:ago|yesterday|today|tonight|tomorrow|days?|weeks?|weekends?|months?|years?|(?:this|last)\s+(?:morning|afternoon|evening|night))\b/gi;
const MAY_HOLD_CALENDAR =
  /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/g;
/** Words every match of a chrono month pattern holds ("sept." holds "sep", "may" itself). */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const DIGIT = /[0-9]/;
/**
 * For each of chrono's English casual parsers (by class name), words that every match of its pattern
 * holds, read from the patterns of chrono-node 2.10: a window without them cannot give that parser a
 * match, so the parser is left out of the run and its large regex neither runs nor compiles. Each is a
 * necessary condition only (case-insensitive like chrono's own patterns); a parser not listed always runs.
 */
const PARSER_NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENTimeUnitWithinFormatParser: /in|for/i,
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENSlashMonthFormatParser: /\//,
  ENTimeExpressionParser: DIGIT,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthNameParser: DIGIT,
  ENCasualDateParser: /now|today|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENCasualTimeParser: /morning|noon|evening|night|midday/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: MONTH_WORD,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};
const casualParsers = en.casual.parsers;
const parserNeeds: (RegExp | undefined)[] = casualParsers.map((p) => PARSER_NEEDS[p.constructor.name]);
/** chrono instances with only some of the casual parsers, by the bit set of the parsers they keep. */
const chronoByParsers = new Map<number, en.Chrono>();

/**
 * `en.parse(window, …)` with the parsers that cannot match the window left out: the same results (a parser
 * without a match adds nothing, and the others keep their order), for a fraction of the regex work.
 */
export function parseWindow(window: string, ref: Date): ParsedResult[] {
  // One bit per parser: a chrono with more parsers than bits runs them all.
  if (casualParsers.length > 30) return en.parse(window, ref, { forwardDate: false });
  let kept = 0;
  for (let i = 0; i < casualParsers.length; i++) {
    const needs = parserNeeds[i];
    if (needs === undefined || needs.test(window)) kept |= 1 << i;
  }
  let chrono = chronoByParsers.get(kept);
  if (!chrono) {
    chrono = new en.Chrono({
      parsers: casualParsers.filter((_, i) => (kept & (1 << i)) !== 0),
      refiners: en.casual.refiners,
    });
    if (chronoByParsers.size >= 4096) chronoByParsers.clear();
    chronoByParsers.set(kept, chrono);
  }
  return chrono.parse(window, ref, { forwardDate: false });
}

/** What chrono reads as a time but prose means otherwise: "may" (a modal), "march" (a verb), "now". */
const NOT_A_TIME = /^(?:may|march|now|in the day)$/;
/** How far around a gate word chrono looks: "the end of next week", "May 28, 2021", "three months ago". */
const WINDOW = 32;

/** The stretches of the clause around its time words, merged where they overlap, in text order. chrono's
 * cost grows with the length of what it reads, and clauses run to whole sentences. */
function timeWindows(clause: string): string[] {
  const hits: [number, number][] = [];
  for (const re of [MAY_HOLD_RELATIVE, MAY_HOLD_CALENDAR]) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) hits.push([m.index, m.index + m[0].length]);
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let [from, to] = [-1, -1];
  for (const [a, b] of hits) {
    let s = Math.max(0, a - WINDOW);
    while (s > 0 && /\S/.test(clause[s - 1] as string)) s--;
    let e = Math.min(clause.length, b + WINDOW);
    while (e < clause.length && /\S/.test(clause[e] as string)) e++;
    if (from !== -1 && s <= to) to = Math.max(to, e);
    else {
      if (from !== -1) out.push(clause.slice(from, to));
      [from, to] = [s, e];
    }
  }
  out.push(clause.slice(from, to));
  return out;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function day(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function referenceOf(docDate: string | null): Date | null {
  if (!docDate || !/^\d{4}-\d{2}-\d{2}$/.test(docDate)) return null;
  // Noon on that day in the machine's own zone: chrono reads the reference in local time.
  const [y, m, day] = docDate.split("-").map(Number) as [number, number, number];
  const d = new Date(y, m - 1, day, 12);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A wire dateline opening the clause: "RIYADH, March 12 (Reuters) -". It dates the report, not the event. */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu} .'’-]+,\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*/u;

/** The date or period a clause states, resolved against the document date. */
export function resolveRelationDate(raw: string, docDate: string | null): RelationDate {
  const dateline = DATELINE.exec(raw);
  if (!dateline) return dateOfClause(raw, docDate);
  // The clause's own time first; the dateline's when the clause gives none.
  const own = dateOfClause(raw.slice(dateline[0].length), docDate);
  return own.date !== null || own.period !== null ? own : dateOfClause(dateline[0], docDate);
}

/** "over the past year", "in the last two months", "during the past few weeks": a span that ends now. */
const ROLLING =
  /\b(?:over|in|during|for|throughout|within)\s+the\s+(?:past|last)\s+(?:(few|couple of|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(days?|weeks?|months?|years?|decades?)\b/i;
const COUNTS: Record<string, number> = {
  few: 3,
  "couple of": 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The span a rolling phrase names, up to the document's day; null without one. */
function rollingPeriod(m: RegExpExecArray, docDate: string | null): Period | null {
  if (!docDate || !/^\d{4}-\d{2}-\d{2}$/.test(docDate)) return null;
  const count = m[1] ? (COUNTS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const unit = (m[2] ?? "").toLowerCase().replace(/s$/, "");
  const [y, mo, d] = docDate.split("-").map(Number) as [number, number, number];
  const from = new Date(Date.UTC(y, mo - 1, d));
  if (unit === "day") from.setUTCDate(from.getUTCDate() - count);
  else if (unit === "week") from.setUTCDate(from.getUTCDate() - 7 * count);
  else if (unit === "month") from.setUTCMonth(from.getUTCMonth() - count);
  else if (unit === "year") from.setUTCFullYear(from.getUTCFullYear() - count);
  else from.setUTCFullYear(from.getUTCFullYear() - 10 * count);
  return { from: day(from), to: docDate, text: m[0] };
}

function dateOfClause(clause: string, docDate: string | null): RelationDate {
  // Before chrono, which reads "the past year" as last calendar year.
  const rolling = ROLLING.exec(clause);
  if (rolling) {
    const period = rollingPeriod(rolling, docDate);
    if (period) return { date: null, period };
  }
  const exact = resolveStatementDate(clause, docDate);
  if (exact) {
    const full = /^\d{4}/.test(exact);
    return { date: exact, period: full ? { from: exact, to: exact, text: exact } : null };
  }
  const year = YEAR.exec(clause);
  if (year) {
    const y = Number(year[3]);
    const part = (year[2] ?? "").toLowerCase();
    let from = `${y}-01-01`;
    let to = `${y}-12-31`;
    if (part.startsWith("early")) to = `${y}-04-30`;
    else if (part.startsWith("mid")) {
      from = `${y}-05-01`;
      to = `${y}-08-31`;
    } else if (part.startsWith("late")) from = `${y}-09-01`;
    const prep = (year[1] ?? "").toLowerCase();
    if (prep === "since" || prep === "after" || prep === "from") to = docDate ?? to;
    return { date: null, period: { from, to, text: year[0] } };
  }
  const ref = referenceOf(docDate);
  if (!ref) return NONE;
  let found: ParsedResult | undefined;
  for (const w of timeWindows(clause)) {
    found = parseWindow(w, ref).find((r) => !NOT_A_TIME.test(r.text));
    if (found) break;
  }
  if (!found) return NONE;
  const s = found.start;
  // The calendar fields chrono resolved, not a Date read back in some time zone: the machine's zone must
  // not move "tonight" to tomorrow.
  const y = s.get("year") ?? ref.getFullYear();
  const m = s.get("month") ?? ref.getMonth() + 1;
  const dd = s.get("day") ?? 1;
  if (y < 1000 || y > 9999) return NONE;
  const d = new Date(Date.UTC(y, m - 1, dd));
  if (/\bweeks?\b/i.test(found.text)) {
    // "last week": the Monday-to-Sunday week of the day chrono picked.
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return { date: null, period: { from: day(monday), to: day(sunday), text: found.text } };
  }
  if (s.isCertain("day")) return { date: day(d), period: { from: day(d), to: day(d), text: found.text } };
  if (s.isCertain("month")) {
    return {
      date: null,
      period: {
        from: `${y}-${pad(m)}-01`,
        to: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}`,
        text: found.text,
      },
    };
  }
  if (s.isCertain("year"))
    return { date: null, period: { from: `${y}-01-01`, to: `${y}-12-31`, text: found.text } };
  return { date: day(d), period: { from: day(d), to: day(d), text: found.text } };
}
