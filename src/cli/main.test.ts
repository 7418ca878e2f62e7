// The top-level command as a user meets it: wrong usage exits 2 with a stancegraph message, and a file in
// a document format extract does not read is named as such.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));

function run(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: "utf8" });
}

describe("stancegraph", () => {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-main-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("an unknown command is wrong usage: exit 2 and a stancegraph message", () => {
    const r = run("extrct");
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^stancegraph: unknown command 'extrct'/);
  });

  test("a PDF given to extract is named as a PDF and skipped (exit 1)", () => {
    const pdf = join(dir, "report.pdf");
    writeFileSync(pdf, "%PDF-1.4\n1 0 obj Hamas said that it would attend. Tj ET\n");
    const r = run("extract", pdf);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is a PDF file, not plain text/);
    assert.equal(r.stdout, "");
  });

  test("regression (new-user test): an HTML or Markdown file given to extract is read as text, and said so", () => {
    const html = join(dir, "page.html");
    writeFileSync(html, "<p>Hamas praised Iran.</p>\n");
    const r = run("extract", html);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /page\.html: read as plain text, its HTML markup in the text; `stancegraph ingest` converts HTML/,
    );
  });

  test("a DOCX (a ZIP container) given to extract is named as such", () => {
    const docx = join(dir, "report.docx");
    writeFileSync(docx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x41, 0x42]));
    const r = run("extract", docx);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /ZIP \(DOCX/);
  });
});
