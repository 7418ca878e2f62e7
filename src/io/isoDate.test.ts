// Publication dates: only real calendar dates written YYYY-MM-DD pass. Window bounds also take a year or a
// month, real ones only.

import assert from "node:assert/strict";
import { test } from "node:test";
import { isIsoDate, isWindowDay } from "./isoDate.js";

const table: [input: string, valid: boolean][] = [
  ["2024-05-30", true],
  ["2024-02-29", true],
  ["2000-02-29", true],
  ["1900-02-29", false],
  ["2023-02-29", false],
  ["2024-04-31", false],
  ["2024-13-01", false],
  ["2024-00-10", false],
  ["2024-01-00", false],
  ["2024-1-5", false],
  ["24-01-05", false],
  ["2024-01-05T00:00", false],
  [" 2024-01-05", false],
  ["", false],
];

for (const [input, valid] of table) {
  test(`${JSON.stringify(input)} is ${valid ? "a date" : "not a date"}`, () =>
    assert.equal(isIsoDate(input), valid));
}

const windows: [input: string, valid: boolean][] = [
  ["2021", true],
  ["2021-06", true],
  ["2021-12", true],
  ["2021-06-04", true],
  ["2021-13", false],
  ["2021-00", false],
  ["2021-02-30", false],
  ["2021-13-45", false],
  ["202", false],
  ["last year", false],
  ["2021-6", false],
];

for (const [input, valid] of windows) {
  test(`${JSON.stringify(input)} is ${valid ? "a window bound" : "no window bound"}`, () =>
    assert.equal(isWindowDay(input), valid));
}
