// When a relation held: days, years, months and weeks from the clause, against the document date.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ParsedResult } from "chrono-node";
import * as en from "chrono-node/en";
import { parseWindow, resolveRelationDate } from "./relationDate.js";

describe("resolveRelationDate", () => {
  const cases: [string, string | null, string | null, [string, string] | null][] = [
    ["met on May 28", "2023-06-01", "2023-05-28", ["2023-05-28", "2023-05-28"]],
    ["met on May 28", null, "--05-28", null],
    ["visited Beirut on Wednesday", "2023-06-01", "2023-05-31", ["2023-05-31", "2023-05-31"]],
    ["relations were disrupted in 2011", "2023-06-01", null, ["2011-01-01", "2011-12-31"]],
    ["broke with Damascus in late 2011", "2023-06-01", null, ["2011-09-01", "2011-12-31"]],
    ["has backed the regime since 2012", "2023-06-01", null, ["2012-01-01", "2023-06-01"]],
    ["met Iranian officials last week", "2023-06-01", null, ["2023-05-22", "2023-05-28"]],
    ["praised Iran two years ago", "2023-06-01", null, ["2021-01-01", "2021-12-31"]],
    ["signed in March 2019", "2023-06-01", null, ["2019-03-01", "2019-03-31"]],
    // Regression (new-user test): a span that ends now, not last calendar year nor one day.
    ["consulted Iran over the past year", "2023-06-01", null, ["2022-06-01", "2023-06-01"]],
    ["met twice in the last two months", "2023-06-01", null, ["2023-04-01", "2023-06-01"]],
    ["met over the past year", null, null, null],
    // regression (probe 4): a wire dateline dates the report, not the meeting "on Monday".
    [
      "RIYADH, March 12 (Reuters) - Amir-Abdollahian met Mohammed bin Salman in Riyadh on Monday",
      "2024-03-15",
      "2024-03-11",
      ["2024-03-11", "2024-03-11"],
    ],
    // regression (review 5): … unless the clause gives no time of its own.
    [
      "RIYADH, March 12 (Reuters) - Saudi Arabia and Iran restored diplomatic ties",
      "2024-03-15",
      "2024-03-12",
      ["2024-03-12", "2024-03-12"],
    ],
    ["at the end of the conflict", "2023-06-01", null, null],
    ["Hamas thanked Iran", "2023-06-01", null, null],
    // Words that only look like times: a modal, a verb, "now", "in the day".
    ["Hamas may soon march on with Iran, now and in the day to come", "2023-06-01", null, null],
    ["Hamas met Iranian envoys the day before", "2023-06-01", "2023-05-31", ["2023-05-31", "2023-05-31"]],
    [
      `${"The delegation, which had travelled at length from the south through several towns, ".repeat(3)}met Hizbullah on Dec. 30`,
      "2023-06-01",
      "2022-12-30",
      ["2022-12-30", "2022-12-30"],
    ],
  ];
  for (const [clause, doc, date, period] of cases) {
    test(`"${clause}" with document date ${doc}`, () => {
      const r = resolveRelationDate(clause, doc);
      assert.equal(r.date, date);
      assert.deepEqual(r.period ? [r.period.from, r.period.to] : null, period);
    });
  }

  test("years outside 1000–9999 give nothing rather than an impossible date", () => {
    assert.deepEqual(resolveRelationDate("Hamas thanked Iran 900000 days ago.", "2023-06-01"), {
      date: null,
      period: null,
    });
  });

  test("the machine's time zone does not move a date (UTC+14 and UTC-8 agree with UTC)", () => {
    const module = fileURLToPath(new URL("./relationDate.js", import.meta.url));
    const script = `import(${JSON.stringify(module)}).then((m) => console.log(JSON.stringify([m.resolveRelationDate("thanked Iran tonight", "2023-06-01"), m.resolveRelationDate("in March", "2023-06-01")])))`;
    const outputs = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map(
      (tz) =>
        spawnSync(process.execPath, ["-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8" })
          .stdout,
    );
    assert.equal(outputs[1], outputs[0]);
    assert.equal(outputs[2], outputs[0]);
    assert.match(outputs[0] ?? "", /"2023-06-01"/);
  });
});

/** What the engine reads of chrono's answer, and more: index, text, every component and its certainty. */
function describeResults(results: ParsedResult[]): string {
  const components = ["year", "month", "day", "weekday", "hour", "minute", "second"] as const;
  return JSON.stringify(
    results.map((r) => ({
      index: r.index,
      text: r.text,
      start: components.map((c) => [r.start.get(c), r.start.isCertain(c)]),
      end: r.end ? components.map((c) => [r.end?.get(c), r.end?.isCertain(c)]) : null,
    })),
  );
}

describe("parseWindow (chrono without the parsers that cannot match)", () => {
  const ref = new Date(2023, 5, 1, 12);
  const messy = [
    "met on May 28, 2021 — and again on Sept. 3rd",
    "Hamas\u00a0met Iran\u00a0last\u00a0week, “two years ago” and 3\u00a0days later",
    "“We will be there tomorrow night,” he said on Thurs. at 5 p.m.",
    "within 2 hrs, in a couple of weeks, for about half an hour",
    "+2 days; -3 weeks; next 4 months; this quarter; past year",
    "at the end of the month, on the last day of month, overmorrow, tmrw",
    "2016-05-04T10:00:00Z and 2016/05/04 and 5/2016 and 12.03.2019 and 4-5",
    "2019 March, 2019-Mar-04, March of 2019, 25 BC, the 21st of June",
    "He spoke at noon, midday, in the morning, this evening and at midnight",
    "Monday, (Tuesday) on wednesday next week, the weekend, a weekday",
    "may march now and in the day henceforth, forward, out, from now on, earlier, before",
    "– ‐ ‑ ‘quoted’ “quoted” Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Oct. Nov. Dec.",
    "",
    "no time words at all here",
  ];
  const windows = [...messy];
  // Real prose: every 70-character stretch of the example articles, at many offsets.
  const dir = new URL("../../../examples/corpus/", import.meta.url);
  for (const file of readdirSync(dir)) {
    const text = readFileSync(new URL(file, dir), "utf8");
    for (let at = 0; at + 70 <= text.length; at += 23) windows.push(text.slice(at, at + 70));
  }
  test(`${windows.length} windows give what en.parse gives`, () => {
    for (const w of windows)
      assert.equal(
        describeResults(parseWindow(w, ref)),
        describeResults(en.parse(w, ref, { forwardDate: false })),
        w,
      );
  });
});
