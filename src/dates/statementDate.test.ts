// When a statement was made, from the words around its cue, resolved against the publication date:
// "on May 28", "May 28, 2019", "on Dec. 30" in a January report, weekdays, "yesterday"; "--MM-DD" when
// the year is unknown; nothing when the words name no day.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { resolveStatementDate } from "./statementDate.js";

type Case = [name: string, clause: string, docDate: string | null, expected: string | null, todo?: string];

describe("resolveStatementDate", () => {
  const cases: Case[] = [
    [
      "a month and day before the document date is in its year",
      "Qassim said on May 28 that",
      "2021-06-03",
      "2021-05-28",
    ],
    ["a month and day with no document date gives --MM-DD", "Qassim said on May 28 that", null, "--05-28"],
    [
      "a month, day and year is taken as written",
      "Qassim said on May 28, 2019, that",
      "2021-06-03",
      "2019-05-28",
    ],
    ["an abbreviated month with a period", "Haniya said on Sept. 3 that", "2021-10-01", "2021-09-03"],
    ["an ordinal day", "Haniya said on Sept. 3rd that", "2021-10-01", "2021-09-03"],
    [
      "a day after the document date belongs to the year before",
      "Naji said on Dec. 30 that",
      "2022-01-04",
      "2021-12-30",
    ],
    ["the document's own day", "Naji said on June 3 that", "2021-06-03", "2021-06-03"],
    [
      "a weekday is the last such day up to the document date",
      "Qassim said on Wednesday that",
      "2021-06-04",
      "2021-06-02",
    ],
    [
      "the document's own weekday is the document date",
      "Qassim said on Friday that",
      "2021-06-04",
      "2021-06-04",
    ],
    ["a weekday without a document date is unknown", "Qassim said on Wednesday that", null, null],
    [
      "yesterday is the day before the document date",
      "Haniya said yesterday that",
      "2021-03-01",
      "2021-02-28",
    ],
    ["yesterday across a leap day", "Haniya said yesterday that", "2024-03-01", "2024-02-29"],
    ["no date words, no date", "Qassim said that the party was ready", "2021-06-03", null],
    ["'may' as a verb is no month", "Qassim said that the party may 2 times retaliate", "2021-06-03", null],
    ["a month without a day is no day", "Qassim said in May that", "2021-06-03", null],
    [
      "a lower-case 'march' is a verb, not a month",
      "the protesters march 3 km to the border",
      "2021-06-03",
      null,
    ],
    ["day-month order (28 May)", "Qassim said on 28 May that", "2021-06-03", "2021-05-28"],
    ["day-month-year order (28 May 2019)", "Qassim said on 28 May 2019 that", null, "2019-05-28"],
    ["an impossible date is no date", "Qassim said on Feb. 30 that", "2021-06-03", null],
    ["a newspaper named after a weekday is no date", "the Sunday Times reported that", "2021-06-03", null],
  ];
  for (const [name, clause, docDate, expected, todo] of cases) {
    test(name, todo ? { todo } : {}, () => assert.equal(resolveStatementDate(clause, docDate), expected));
  }
});
