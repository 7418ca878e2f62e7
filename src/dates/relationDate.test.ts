// When a relation held: days, years, months and weeks from the clause, against the document date.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { resolveRelationDate } from "./relationDate.js";

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
