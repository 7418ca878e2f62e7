// The directed-stance evaluation's parts: the file format, bracket removal, the class a result gives, and
// the scores, on rows written here (the real data is read by `eval directed-sentiment`).

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { evaluateDirectedSentiment, parseStanceRow, scoreConfusion, splitQuotedTsv } from "./evaluate.js";

describe("directed-sentiment evaluation", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-ds-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("fields are tab-separated with CSV quoting", () => {
    assert.deepEqual(splitQuotedTsv('"He said ""no"" to [Iran]"\tHe\tIran\t3'), [
      'He said "no" to [Iran]',
      "He",
      "Iran",
      "3",
    ]);
    assert.deepEqual(splitQuotedTsv("a\tb\tc\t0"), ["a", "b", "c", "0"]);
  });

  test("brackets are removed and may cut a word; p and q are found by their text", () => {
    const row = parseStanceRow(["A [Los Angele]s anchor praised [Obama].", "Los Angele", "Obama", "1"], 1);
    assert.equal(row?.text, "A Los Angeles anchor praised Obama.");
    assert.equal(row?.text.slice(...(row?.p ?? [0, 0])), "Los Angele");
    assert.equal(row?.text.slice(...(row?.q ?? [0, 0])), "Obama");
    assert.equal(parseStanceRow(["no brackets", "a", "b", "1"], 2), null);
    assert.equal(parseStanceRow(["[a] and [b]", "a", "b", "9"], 3), null);
  });

  test("macro-F1 averages the five classes' F1", () => {
    const s = scoreConfusion([
      [8, 0, 0, 0, 0],
      [1, 1, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    assert.equal(s.accuracy, 90);
    assert.ok(Math.abs(s.classes.neutral.f1 - (2 * 88.888 * 100) / 188.888) < 0.01);
    assert.ok(Math.abs(s.macroF1 - (s.classes.neutral.f1 + s.classes["p+q"].f1) / 5) < 1e-9);
  });

  test("a whole file: stance in both directions and neutral rows", async () => {
    const file = join(dir, "rows.txt");
    writeFileSync(
      file,
      [
        "[Hamas] thanked [Iran] for its support.\tHamas\tIran\t1",
        "[Iran] was criticized by [Turkey].\tIran\tTurkey\t4",
        "[Hamas] and [Fatah] spoke in Cairo.\tHamas\tFatah\t0",
        "this line is broken",
        "",
      ].join("\n"),
    );
    const r = await evaluateDirectedSentiment({ file });
    assert.equal(r.rows, 3);
    assert.equal(r.skipped, 1);
    assert.deepEqual(r.confusion[1], [0, 1, 0, 0, 0]);
    assert.deepEqual(r.confusion[4], [0, 0, 0, 0, 1]);
    assert.equal(r.accuracy, 100);
  });

  test("a missing file is a typed error that names the file", async () => {
    await assert.rejects(
      () => evaluateDirectedSentiment({ file: join(dir, "nope.txt") }),
      (e: Error & { code?: string }) => e.code === "SG_EVAL_DATA_MISSING" && /nope\.txt/.test(e.message),
    );
  });
});
