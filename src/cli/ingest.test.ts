// `stancegraph ingest` run for real, as a child process, into a real SQLite file: a folder of good and
// broken sources of every format, URLs from a local server (and one that answers nothing), re-ingest,
// and a run killed with SIGKILL mid-way that the next run completes.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { makeDocx, makePdf } from "../testing/fixtureFiles.js";
import { MAIN, run } from "../testing/runCli.js";

const HANIYA =
  "Hamas Thanks Tehran\n\nDate: 2021-06-04\n\nHamas political bureau head Isma\u2019il Haniya said on May 28: \u201cWe thank the Islamic Republic of Iran for the financial and military aid.\u201d\n\nThe Syrian opposition condemned Hamas for its rapprochement with the Assad regime.\n";
const PAGE = `<!doctype html><html lang="en"><head><title>Qassim on the talks</title>
<meta property="article:published_time" content="2021-05-28"></head><body><article>
<p>Hizbullah deputy secretary-general Na\u2019im Qassim said that there had been progress in the talks with the Lebanese government, and that Hizbullah praised Iran for its support.</p>
<p>Qassim added that the movement would consult its allies in Damascus before any decision was taken on the cabinet.</p>
</article></body></html>`;

const ARTICLE = `<p>${"Iran's foreign minister praised Hamas for its steadfastness and said that Tehran would stand with the resistance. ".repeat(6)}</p><p>The Syrian opposition condemned Iran for its role in the war.</p>`;

/** An RSS feed: a full article, a summary with a link to fetch, a summary whose link is gone, an empty item. */
function feed(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gulf Wire</title><link>${base}/</link><description>Wire</description>
<item><title>Tehran praises Hamas</title><link>${base}/article-1</link><pubDate>Fri, 04 Jun 2021 10:00:00 GMT</pubDate><content:encoded><![CDATA[${ARTICLE}]]></content:encoded></item>
<item><title>Qassim on the talks</title><link>${base}/qassim</link><pubDate>Fri, 28 May 2021 08:00:00 GMT</pubDate><description>Qassim spoke of progress.</description></item>
<item><title>Gone</title><link>${base}/gone</link><pubDate>Sat, 05 Jun 2021 08:00:00 GMT</pubDate><description>Hamas thanked Qatar for its mediation, the movement said on Saturday.</description></item>
<item><title>Empty</title></item>
</channel></rss>`;
}

interface Summary {
  added: number;
  extracted: number;
  notEnglish: number;
  notEnglishDocuments: { source: string; document: number; language: string }[];
  alreadyStored: number;
  statements: number;
  relations: number;
  skipped: { where: string; code: string; message: string }[];
}

function counts(db: string): { documents: number; statements: number } {
  const d = new Database(db, { readonly: true });
  try {
    const count = (t: string) => (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { documents: count("documents"), statements: count("statements") };
  } finally {
    d.close();
  }
}

describe("stancegraph ingest", () => {
  let dir: string;
  let server: Server;
  let base: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "sg-ingest-"));
    server = createServer((req, res) => {
      if (req.url === "/qassim") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(PAGE);
      } else if (req.url === "/feed") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(feed(base));
      } else if (req.url === "/broken-feed") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end("<rss><channel><item><title>cut off");
      } else {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not here");
      }
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
  });

  test("a folder of every format, good and broken: the good stored, each bad one named, exit 1", async () => {
    const src = join(dir, "mixed");
    await mkdir(join(src, "deeper"), { recursive: true });
    const docx = makeDocx([
      "Houthi leader Abdul-Malik al-Houthi praised Hizbullah for its support.",
      "He condemned the United States.",
    ]);
    const files: [string, string | Buffer][] = [
      ["01-haniya.txt", HANIYA],
      ["02-qassim.html", PAGE],
      [
        "03-notes.md",
        "# Notes\n\n**Hamas** thanked [Iran](https://example.org) for its support in the war, the movement said on Monday.\n",
      ],
      ["04-report.pdf", makePdf(["Iran praised Hamas for its steadfastness in the war with Israel."])],
      ["05-houthi.docx", docx],
      [
        "06-french.txt",
        "Le chef du bureau politique du Hamas a remerci\u00e9 l'Iran pour son aide financi\u00e8re et militaire pendant la guerre.\n",
      ],
      ["07-fake.pdf", "%PDF-1.7\nthis is not a pdf\n"],
      ["08-cut.docx", docx.subarray(0, docx.length >> 1)],
      ["09-binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])],
      ["10-latin1.txt", Buffer.from("Hamas remerci\u00e9 Iran caf\u00e9 ", "latin1")],
      ["11-empty.html", "<html><head><script>x()</script></head><body></body></html>"],
      ["13-pom.xml", '<?xml version="1.0"?><project><modelVersion>4.0.0</modelVersion></project>'],
      [
        "deeper/12-batch.jsonl",
        `${JSON.stringify({ id: "w1", text: "Iran condemned Israel for the strike on Damascus.", date: "2024-04-02" })}\nnot json\n`,
      ],
      ["deeper/notes.odt", "ignored: not a format ingest reads"],
      [".hidden.txt", "Hidden files are passed over."],
    ];
    for (const [name, body] of files) await writeFile(join(src, name), body);
    const db = join(dir, "mixed.db");
    const first = await run(
      ["ingest", "--json", "--db", db, src, `${base}/qassim`, `${base}/gone`, "http://127.0.0.1:1/nothing"],
      { cwd: dir },
    );
    assert.equal(first.code, 1, first.stderr);
    const s = JSON.parse(first.stdout) as Summary;
    // 01 02 03 04 05 06 12:w1 (the URL repeats 02's text, so it is the same document)
    assert.equal(s.added, 7, first.stdout);
    assert.equal(s.notEnglish, 1);
    // Named, with the way to extract it anyway (regression: new-user test, silent "not English").
    assert.equal(s.notEnglishDocuments.length, 1);
    assert.match(
      first.stderr,
      /not English; stored as document \d+, not extracted\. If it is English, extract it with: stancegraph reextract --force-language --document \d+/,
    );
    assert.equal(s.extracted, 6);
    assert.equal(s.alreadyStored, 1, "the page from the URL is the same text as 02-qassim.html");
    assert.ok(s.statements >= 2 && s.relations >= 3, first.stdout);
    const skipped = Object.fromEntries(
      s.skipped.map((k) => [k.where.replace(dir, "").replace(base, ""), k.code]),
    );
    assert.deepEqual(skipped, {
      "/mixed/07-fake.pdf": "SG_INPUT_UNSUPPORTED",
      "/mixed/08-cut.docx": "SG_INPUT_UNSUPPORTED",
      "/mixed/09-binary.txt": "SG_INPUT_BINARY",
      "/mixed/10-latin1.txt": "SG_INPUT_INVALID_UTF8",
      "/mixed/11-empty.html": "SG_INPUT_UNSUPPORTED",
      "/mixed/13-pom.xml": "SG_INPUT_UNSUPPORTED",
      // regression (jsonl line where): a bad line is named by its line, not only by its file.
      "/mixed/deeper/12-batch.jsonl:2": "SG_JSONL_NOT_JSON",
      "/gone": "SG_INPUT_UNREADABLE",
      "http://127.0.0.1:1/nothing": "SG_INPUT_UNREADABLE",
    });
    for (const k of s.skipped)
      assert.ok(
        first.stderr.includes(`${k.message} [${k.code}]`),
        `${k.where} is named on stderr, with its code`,
      );
    assert.match(first.stderr, /HTTP 404/);

    // Again: everything stored is passed over before any work; only the broken sources are reported again.
    const again = await run(["ingest", "--json", "--db", db, src], { cwd: dir });
    const s2 = JSON.parse(again.stdout) as Summary;
    assert.equal(s2.added, 0);
    assert.equal(s2.alreadyStored, 7);

    // Forced, the French document stored earlier is extracted now, in place.
    const forced = await run(
      ["ingest", "--json", "--force-language", "--db", db, join(src, "06-french.txt")],
      { cwd: dir },
    );
    const s3 = JSON.parse(forced.stdout) as Summary & { reextracted: number };
    assert.deepEqual([s3.added, s3.reextracted, s3.alreadyStored], [0, 1, 0]);

    const stats = await run(["stats", "--json", "--db", db], { cwd: dir });
    assert.equal(stats.code, 0);
    assert.equal(JSON.parse(stats.stdout).documents, 7);
    const hits = await run(["search", "--json", "--db", db, "steadfastness"], { cwd: dir });
    assert.equal(JSON.parse(hits.stdout)[0]?.documentSource, join(src, "04-report.pdf"));
  });

  test("an RSS feed: every item a document, fetched from its link when the feed has only a summary", async () => {
    const db = join(dir, "feed.db");
    const r = await run(["ingest", "--json", "--db", db, `${base}/feed`, `${base}/broken-feed`], {
      cwd: dir,
    });
    assert.equal(r.code, 1, r.stderr);
    const s = JSON.parse(r.stdout) as Summary;
    assert.equal(s.added, 3, r.stdout);
    assert.deepEqual(
      s.skipped.map((k) => [k.code, k.where.replace(base, "")]),
      [
        ["SG_INPUT_UNSUPPORTED", "/feed item 4 (Empty)"],
        ["SG_INPUT_UNSUPPORTED", "/broken-feed"],
      ],
    );
    const docs = new Database(db, { readonly: true });
    const rows = docs.prepare("SELECT source, title, date FROM documents ORDER BY id").all() as {
      source: string;
      title: string;
      date: string;
    }[];
    docs.close();
    assert.deepEqual(
      rows.map((d) => [d.source.replace(base, ""), d.title, d.date]),
      [
        ["/article-1", "Tehran praises Hamas", "2021-06-04"],
        ["/qassim", "Qassim on the talks", "2021-05-28"],
        ["/gone", "Gone", "2021-06-05"],
      ],
    );
  });

  test("regression (symlinks in folder walks): a link to a file is read, a link to a folder is not followed", async () => {
    const root = join(dir, "links");
    const inside = join(root, "corpus");
    await mkdir(inside, { recursive: true });
    await writeFile(join(root, "outside.txt"), HANIYA);
    await symlink(join(root, "outside.txt"), join(inside, "linked.txt"));
    await symlink(inside, join(inside, "loop"));
    await symlink(join(root, "nowhere.txt"), join(inside, "dangling.txt"));
    const db = join(root, "links.db");
    await symlink(db, join(inside, "store-link.txt"));
    const r = await run(["ingest", "--json", "--db", db, inside], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Summary;
    assert.equal(s.added, 1, "the linked file, once; not the loop, the dangling link or the store");
    assert.deepEqual(s.skipped, []);
  });

  test("three processes creating the same new store at once all succeed", async () => {
    const db = join(dir, "race.db");
    const runs = await Promise.all([1, 2, 3].map(() => run(["ingest", "--db", db], { cwd: dir })));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse((await run(["stats", "--json", "--db", db], { cwd: dir })).stdout).documents, 0);
  });

  test("regression (new-user test): reextract --date dates a document stored without one, as its statements", async () => {
    const src = join(dir, "undated");
    await mkdir(src, { recursive: true });
    await writeFile(
      join(src, "note.txt"),
      "Title of note\nDate: 30/05/2024\n\nQassim said on Wednesday that the talks had failed.\n",
    );
    const db = join(dir, "undated.db");
    const first = await run(["ingest", "--db", db, src], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /the dateline's "30\/05\/2024" is no date stancegraph reads/);
    const again = await run(["reextract", "--db", db, "--date", "2024-05-28"], { cwd: dir });
    assert.equal(again.code, 0, again.stderr);
    const stats = JSON.parse((await run(["stats", "--db", db, "--json"], { cwd: dir })).stdout) as {
      from: string | null;
      to: string | null;
    };
    assert.deepEqual([stats.from, stats.to], ["2024-05-28", "2024-05-28"]);
  });

  test("questions on a store that does not exist fail clearly and create nothing", async () => {
    const r = await run(["actors", "--db", join(dir, "typo.db")], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no store here; run `stancegraph ingest/);
    const bad = await run(["search", "x", "--in", "everywhere", "--db", join(dir, "mixed.db")], { cwd: dir });
    assert.equal(bad.code, 2);
  });

  test("killed with SIGKILL mid-ingest: the store is intact and the next run stores the rest", async () => {
    const n = 400;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const text = `Report ${i}.\n\nHamas political bureau head Isma'il Haniya said on May ${(i % 28) + 1}: \u201cWe thank Iran for its support, number ${i}.\u201d The Syrian opposition condemned Hamas for the visit to Damascus.\n\n${"Hizbullah praised Iran for its steadfast support of the resistance. ".repeat(40)}`;
      lines.push(JSON.stringify({ id: `doc-${i}`, text, date: "2021-06-04" }));
    }
    const batch = join(dir, "batch.jsonl");
    await writeFile(batch, `${lines.join("\n")}\n`);
    const db = join(dir, "killed.db");
    const child = spawn(process.execPath, [MAIN, "ingest", "--quiet", "--jobs", "1", "--db", db, batch], {
      cwd: dir,
      stdio: "ignore",
    });
    // Wait until some documents are committed, then kill without warning.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 20; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        stored = counts(db).documents;
      } catch {
        stored = 0; // not created yet
      }
    }
    child.kill("SIGKILL");
    await once(child, "exit");
    const d = new Database(db, { readonly: true });
    assert.equal(d.pragma("integrity_check", { simple: true }), "ok");
    d.close();
    const mid = counts(db);
    assert.ok(mid.documents >= 20 && mid.documents < n, `killed mid-way (${mid.documents} of ${n} stored)`);
    // Every committed document has all of its statements: none is half-written.
    const check = new Database(db, { readonly: true });
    const bare = check
      .prepare(
        "SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.document = d.id)",
      )
      .get() as { n: number };
    check.close();
    assert.equal(bare.n, 0);

    const rerun = await run(["ingest", "--json", "--jobs", "2", "--db", db, batch], { cwd: dir });
    assert.equal(rerun.code, 0, rerun.stderr);
    const s = JSON.parse(rerun.stdout) as Summary;
    assert.equal(s.alreadyStored, mid.documents);
    assert.equal(s.added, n - mid.documents);
    assert.equal(counts(db).documents, n);
  });
});
