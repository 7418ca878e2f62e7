// Tests for `stancegraph eval polnear` as a user runs it: the built CLI in a child process (missing data exits 2
// with a one-line message; the JSON report on a tiny corpus).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

// This file runs as dist/src/eval/polnear/cli.test.js; the CLI is dist/src/cli/main.js.
const MAIN = fileURLToPath(new URL("../../cli/main.js", import.meta.url));

function run(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, "eval", "polnear", ...args], { encoding: "utf8" });
}

describe("stancegraph eval polnear", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-polnear-cli-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "dev", "text"), { recursive: true });
  mkdirSync(join(dir, "dev", "attributions"), { recursive: true });
  writeFileSync(join(dir, "dev", "text", "a.txt"), "Smith said taxes rise.\n");
  writeFileSync(
    join(dir, "dev", "attributions", "a_x.ann"),
    "T1\tCue 6 10\tsaid\nT2\tContent 11 21\ttaxes rise\nE1\tCue:T1 Content:T2\n",
  );

  test("a missing folder prints one message and exits 2", () => {
    const r = run(join(dir, "missing"));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^stancegraph: PolNeAR data not found: expected a directory at .*missing\n$/);
    assert.equal(r.stdout, "");
  });

  test("a missing split folder names the expected path", () => {
    const r = run(dir, "--split", "train");
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^stancegraph: .*expected a directory at .*train.text\n$/);
  });

  test("--json prints one JSON object", () => {
    const r = run(dir, "--json");
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.documents, 1);
    // One gold content span, found or missed, whatever the engine does today.
    assert.equal(report.roles.content.exact.tp + report.roles.content.exact.fn, 1);
    assert.equal(typeof report.timing.totalMs, "number");
  });

  test("the table has a row per role and one for attribution", () => {
    const r = run(dir);
    assert.equal(r.status, 0, r.stderr);
    for (const row of ["source", "cue", "content", "attribution"])
      assert.match(r.stdout, new RegExp(`^${row} `, "m"));
  });

  test("--limit must be a positive whole number", () => {
    const r = run(dir, "--limit", "0");
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--limit/);
  });
});
