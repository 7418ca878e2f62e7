// `stancegraph report` on a real store: every relation line carries a footnote whose source names the
// document and span holding its words; the HTML page is self-contained and shows hostile text as text.

import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { CONTRACT_TEXTS } from "../store/storeContract.js";
import { run } from "../testing/runCli.js";

const HOSTILE =
  'Date: 2022-10-20\n\nThe Syrian opposition condemned Hamas for the visit, calling it "<script>alert(1)</script> a stab in the back."\n\nHamas leader Khalil al-Hayya praised Syria <img src=x onerror=alert(2)> for its support.\n';

describe("stancegraph report", () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "sg-report-"));
    db = join(dir, "store.db");
    await writeFile(join(dir, "a.txt"), `Date: 2021-06-04\n\n${CONTRACT_TEXTS.haniya}\n`);
    await writeFile(join(dir, "b.txt"), HOSTILE);
    const r = await run(["ingest", join(dir, "a.txt"), join(dir, "b.txt"), "--db", db], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
  });

  test("Markdown: a section per counterpart, each relation footnoted to its document's exact words", async () => {
    const r = await run(["report", "--actor", "Hamas", "--roll-up", "--db", db], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const md = r.stdout;
    assert.match(md, /^# Briefing: Hamas/);
    assert.match(md, /## Hamas and Iran/, "Haniya's thanks count for Hamas when rolled up");
    assert.match(md, /## Hamas and Syrian opposition/);
    const lines = md.split("\n").filter((l) => l.startsWith("- ") && /\[\^\d+\]$/.test(l));
    assert.ok(lines.length >= 2);
    // Regression (new-user test): only direct speech is quoted; reported speech is said to be reported.
    const all = md.split("\n");
    assert.ok(
      all.some((l) => l.startsWith("> “We thank the Islamic Republic of Iran")),
      md,
    );
    all.forEach((l, i) => {
      if (l.startsWith("> — reported, not quoted")) assert.ok(!all[i - 1]?.startsWith("> “"), all[i - 1]);
    });
    const docs = new Database(db, { readonly: true });
    for (const m of md.matchAll(/^\[\^(\d+)\]: .*document (\d+), characters (\d+)–(\d+)\): “(.*)”$/gm)) {
      const text = (
        docs.prepare("SELECT text FROM documents WHERE id = ?").get(Number(m[2])) as { text: string }
      ).text;
      const words = text.slice(Number(m[3]), Number(m[4])).replace(/\s+/g, " ");
      assert.equal(m[5]?.replace(/\\(.)/g, "$1"), words, `note ${m[1]} quotes its span`);
    }
    docs.close();
  });

  test("HTML: self-contained, printable, and hostile text stays text", async () => {
    const out = join(dir, "hamas.html");
    const r = await run(
      ["report", "--actor", "Hamas", "--roll-up", "--format", "html", "--out", out, "--db", db],
      {
        cwd: dir,
      },
    );
    assert.equal(r.code, 0, r.stderr);
    const html = await readFile(out, "utf8");
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<script|<img|<link|<iframe|https?:\/\//i, "no script, no external resource");
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
  });

  test("a role stated of no one named: in the profile, the briefing and the statement's speaker role", async () => {
    const text =
      "Date: 2021-06-04\n\nIn a column, columnist Fadi al-Hourani wrote: “Those who criticize our relationship with Iran should offer an alternative.”\n";
    await writeFile(join(dir, "c.txt"), text);
    const own = join(dir, "roles.db");
    assert.equal((await run(["ingest", join(dir, "c.txt"), "--db", own], { cwd: dir })).code, 0);
    const md = await run(["report", "--actor", "Fadi al-Hourani", "--db", own], { cwd: dir });
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^- columnist \(2021-06-04 to 2021-06-04; 1 document\)$/m);
    const html = await run(["report", "--actor", "Fadi al-Hourani", "--format", "html", "--db", own], {
      cwd: dir,
    });
    assert.match(html.stdout, /<li>columnist \(2021-06-04 to 2021-06-04; 1 document\)<\/li>/);
    const profile = await run(["actor", "Fadi al-Hourani", "--json", "--db", own], { cwd: dir });
    const p = JSON.parse(profile.stdout) as {
      roles: { of: unknown; role: string }[];
      statementsBy: { speakerRole: string | null }[];
    };
    assert.deepEqual(
      p.roles.map((r) => [r.of, r.role]),
      [[null, "columnist"]],
    );
    assert.equal(p.statementsBy[0]?.speakerRole, "columnist");
    const plain = await run(["actor", "Fadi al-Hourani", "--db", own], { cwd: dir });
    assert.match(plain.stdout, /^ {2}columnist +— +2021-06-04 … 2021-06-04 {2}\(1 document\)$/m);
    assert.doesNotMatch(plain.stdout, /also: $/m);
  });

  test("an unknown actor or format is a clear error", async () => {
    const a = await run(["report", "--actor", "Nobody", "--db", db], { cwd: dir });
    assert.equal(a.code, 1);
    assert.match(a.stderr, /no actor is named "Nobody"/);
    const f = await run(["report", "--actor", "Hamas", "--format", "pdf", "--db", db], { cwd: dir });
    assert.equal(f.code, 2);
  });
});
