// `stancegraph extract` run for real, as a child process, on awkward inputs: the command must never crash
// on bad input, must name what it skipped, and every line it prints must be a contract result whose
// document.text is exactly the input text.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type ExtractionResult, SCHEMA } from "../contract/extraction.js";
import { MAIN, type Run, run } from "../testing/runCli.js";
import { chooseThreads, type ExtractOptions, IN_PROCESS_BYTES } from "./extract.js";

/** Every stdout line parsed, checking the parts of the contract that the I/O layer is responsible for. */
function results(stdout: string): ExtractionResult[] {
  if (stdout === "") return [];
  assert.ok(stdout.endsWith("\n"), "output ends with a newline");
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => {
      const r = JSON.parse(line) as ExtractionResult;
      assert.equal(r.schema, SCHEMA);
      assert.equal(typeof r.document.text, "string");
      assert.ok(Array.isArray(r.statements) && Array.isArray(r.actors) && Array.isArray(r.relations));
      return r;
    });
}

const ENGLISH = [
  'The minister said "we will not back down" on Tuesday.',
  "“It is a disgrace,” she told reporters in Beirut.",
  "He added that talks would continue next week, according to an aide.",
];

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "stancegraph-extract-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(entries: Record<string, string | Buffer>): Promise<void> {
  await Promise.all(Object.entries(entries).map(([name, content]) => writeFile(join(dir, name), content)));
}

interface Case {
  name: string;
  files?: Record<string, string | Buffer>;
  args: string[];
  stdin?: string | Buffer;
  code: number;
  /** Expected document.text of each output line, in order. */
  texts?: string[];
  /** Expected document.id of each output line, in order. */
  ids?: string[];
  /** Fragments stderr must contain (file names, line numbers, codes). */
  stderr?: (string | RegExp)[];
  check?: (out: ExtractionResult[], r: Run) => void;
}

const stray = (() => {
  // 10,000 stray quote marks scattered in English text, deterministic so a failure can be replayed.
  const marks = ['"', "“", "”", "'", "„"];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++)
    parts.push(
      ENGLISH[next() % ENGLISH.length]?.slice(0, next() % 30) ?? "",
      marks[next() % marks.length] ?? '"',
    );
  return parts.join(" ");
})();

const unclosed = `${ENGLISH[0]} The spokesman said: “This will never happen, and we told them so.\n\nMore text follows without any closing mark.`;

const cases: Case[] = [
  {
    name: "an empty file gives one document with empty text and no statements",
    files: { "empty.txt": "" },
    args: ["empty.txt"],
    code: 0,
    texts: [""],
    check: (out) => {
      assert.deepEqual(out[0]?.statements, []);
      assert.equal(out[0]?.document.source, "empty.txt");
      assert.match(out[0]?.document.id ?? "", /^sha256:[0-9a-f]{64}$/);
    },
  },
  {
    name: "a UTF-8 byte-order mark is dropped from document.text",
    files: { "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH[1] ?? "")]) },
    args: ["bom.txt"],
    code: 0,
    texts: [ENGLISH[1] ?? ""],
  },
  {
    name: "text is kept byte for byte: CRLF, tabs, emoji, a final newline",
    files: { "raw.txt": "Line one\r\n\tLine “two” 👍\r\n" },
    args: ["raw.txt"],
    code: 0,
    texts: ["Line one\r\n\tLine “two” 👍\r\n"],
  },
  {
    name: "a binary file with NUL bytes is skipped with its name, the next file still processed",
    files: {
      "noise.bin": Buffer.from([0x13, 0x00, 0xff, 0x10, 0x00, 0x42, 0x9a, 0x00, 0x01, 0x02]),
      "good.txt": "fine",
    },
    args: ["noise.bin", "good.txt"],
    code: 1,
    texts: ["fine"],
    stderr: ["noise.bin", "binary", "[SG_INPUT_BINARY]"],
  },
  {
    name: "a PNG is reported as binary",
    files: { "image.png": Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex") },
    args: ["image.png"],
    code: 1,
    texts: [],
    stderr: [/stancegraph: image\.png: looks like a binary file.*skipped \[SG_INPUT_BINARY\]/],
  },
  {
    name: "invalid UTF-8 names the file and byte offset, other files in the batch still produce output",
    files: {
      "before.txt": "first",
      "latin.txt": Buffer.concat([
        Buffer.from("The mayor said the caf"),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(" was closed."),
      ]),
      "after.txt": "last",
    },
    args: ["before.txt", "latin.txt", "after.txt"],
    code: 1,
    texts: ["first", "last"],
    stderr: ["latin.txt", "invalid UTF-8 at byte 22", "[SG_INPUT_INVALID_UTF8]", "1 input skipped"],
  },
  {
    name: "a UTF-16 file is named as such, with a conversion hint",
    files: { "wide.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("hello", "utf16le")]) },
    args: ["wide.txt"],
    code: 1,
    texts: [],
    stderr: ["wide.txt", "UTF-16LE", "iconv"],
  },
  {
    name: "a missing file is reported and the others are processed",
    files: { "here.txt": "present" },
    args: ["missing.txt", "here.txt"],
    code: 1,
    texts: ["present"],
    stderr: ["missing.txt", "[SG_INPUT_NOT_FOUND]"],
  },
  {
    name: "a directory is reported, not read",
    args: ["."],
    code: 1,
    texts: [],
    stderr: ["is a directory", "[SG_INPUT_UNREADABLE]"],
  },
  {
    name: "a file over --max-bytes is skipped as too large",
    files: { "long.txt": "x".repeat(2000), "short.txt": "ok" },
    args: ["--max-bytes", "1KB", "long.txt", "short.txt"],
    code: 1,
    texts: ["ok"],
    stderr: ["long.txt", "[SG_INPUT_TOO_LARGE]", "--max-bytes"],
  },
  {
    name: "10,000 stray quote marks do not break extraction",
    files: { "stray.txt": stray },
    args: ["stray.txt"],
    code: 0,
    texts: [stray],
  },
  {
    name: "a quote that never closes does not break extraction",
    files: { "unclosed.txt": unclosed },
    args: ["unclosed.txt"],
    code: 0,
    texts: [unclosed],
  },
  {
    name: "stdin is read via -, with source null",
    args: ["-"],
    stdin: ENGLISH.join(" "),
    code: 0,
    texts: [ENGLISH.join(" ")],
    check: (out) => assert.equal(out[0]?.document.source, null),
  },
  {
    name: "stdin is read when no FILE is given",
    args: [],
    stdin: "from stdin",
    code: 0,
    texts: ["from stdin"],
  },
  {
    name: "--date is the document date",
    files: { "dated.txt": "On May 28 he spoke." },
    args: ["--date", "2024-05-30", "dated.txt"],
    code: 0,
    check: (out) => assert.equal(out[0]?.document.date, "2024-05-30"),
  },
  {
    name: "a JSONL line that isn't JSON is named by file and line, the rest processed",
    files: { "batch.jsonl": '{"id":"a","text":"one"}\nhello there\n{"id":"c","text":"three"}\n' },
    args: ["--input-format", "jsonl", "batch.jsonl"],
    code: 1,
    ids: ["a", "c"],
    stderr: [/stancegraph: batch\.jsonl:2: not JSON \(.+\); skipped \[SG_JSONL_NOT_JSON\]/],
  },
  {
    name: "a JSONL line without text is a bad record",
    files: { "notext.jsonl": '{"id":"a"}\n{"id":"b","text":"two"}\n' },
    args: ["--input-format", "jsonl", "notext.jsonl"],
    code: 1,
    ids: ["b"],
    stderr: ["notext.jsonl:1:", '"text"', "[SG_JSONL_BAD_RECORD]"],
  },
  {
    name: "mixed good and bad JSONL lines keep order and exit 1",
    files: {
      "mixed.jsonl": [
        '{"id":"1","text":"alpha","date":"2020-01-02","title":"T1"}',
        "",
        "[1,2,3]",
        '{"id":"4","text":"delta"}',
        '{"id":5,"text":"numeric id"}',
        '{"id":"6","text":"bad date","date":"2021-02-29"}',
        '{"id":"7","text":42}',
        '{"text":"no id"}',
        '{"id":"9","text":"crlf"}\r',
        "   ",
        '{"id":"11","text":"last, no newline"}',
      ].join("\n"),
    },
    args: ["--input-format", "jsonl", "mixed.jsonl"],
    code: 1,
    texts: ["alpha", "delta", "no id", "crlf", "last, no newline"],
    stderr: ["mixed.jsonl:3:", "mixed.jsonl:5:", "mixed.jsonl:6:", "mixed.jsonl:7:", "4 inputs skipped"],
    check: (out) => {
      assert.equal(out[0]?.document.title, "T1");
      assert.equal(out[0]?.document.date, "2020-01-02");
      assert.match(out[2]?.document.id ?? "", /^sha256:/);
    },
  },
  {
    name: "JSONL record dates win over --date, which fills in the rest",
    files: { "dates.jsonl": '{"id":"a","text":"x","date":"2019-12-31"}\n{"id":"b","text":"y"}\n' },
    args: ["--input-format", "jsonl", "--date", "2024-01-01", "dates.jsonl"],
    code: 0,
    check: (out) =>
      assert.deepEqual(
        out.map((r) => r.document.date),
        ["2019-12-31", "2024-01-01"],
      ),
  },
  {
    name: "invalid UTF-8 inside a JSONL line skips that line only",
    files: {
      "utf.jsonl": Buffer.concat([
        Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}\n{"id":"c","text":"ok"}\n'),
      ]),
    },
    args: ["--input-format", "jsonl", "utf.jsonl"],
    code: 1,
    ids: ["a", "c"],
    stderr: ["utf.jsonl:2:", "byte 44", "[SG_INPUT_INVALID_UTF8]"],
  },
  {
    name: "JSONL from stdin, with a BOM on the first line",
    args: ["--input-format", "jsonl", "-"],
    stdin: '\ufeff{"id":"s1","text":"one"}\n{"id":"s2","text":"two"}\n',
    code: 0,
    ids: ["s1", "s2"],
  },
  {
    name: "a JSONL line over --max-bytes is skipped, the next line still read",
    files: { "wide.jsonl": `{"id":"big","text":"${"y".repeat(5000)}"}\n{"id":"small","text":"s"}\n` },
    args: ["--input-format", "jsonl", "--max-bytes", "4KB", "wide.jsonl"],
    code: 1,
    ids: ["small"],
    stderr: ["wide.jsonl:1:", "[SG_INPUT_TOO_LARGE]"],
  },
  {
    name: "a bad --date is a usage error (exit 2)",
    args: ["--date", "2024-02-30", "-"],
    code: 2,
    texts: [],
    stderr: ["--date", "YYYY-MM-DD"],
  },
  {
    name: "an unknown --format is a usage error (exit 2)",
    args: ["--format", "xml", "-"],
    code: 2,
    texts: [],
    stderr: ["--format", "jsonl or pretty"],
  },
  {
    name: "an unknown --input-format is a usage error (exit 2)",
    args: ["--input-format", "csv", "-"],
    code: 2,
    texts: [],
    stderr: ["text or jsonl"],
  },
  {
    name: "an unknown option is a usage error (exit 2)",
    args: ["--frobnicate"],
    code: 2,
    texts: [],
    stderr: ["stancegraph: unknown option '--frobnicate'"],
  },
];

describe("stancegraph extract", () => {
  for (const c of cases) {
    test(c.name, async () => {
      if (c.files !== undefined) await files(c.files);
      const r = await run(["extract", ...c.args], {
        cwd: dir,
        ...(c.stdin === undefined ? {} : { stdin: c.stdin }),
      });
      assert.equal(r.code, c.code, `exit code; stderr:\n${r.stderr}`);
      const out = results(r.stdout);
      if (c.texts !== undefined)
        assert.deepEqual(
          out.map((o) => o.document.text),
          c.texts,
        );
      if (c.ids !== undefined)
        assert.deepEqual(
          out.map((o) => o.document.id),
          c.ids,
        );
      for (const want of c.stderr ?? []) {
        if (typeof want === "string") assert.ok(r.stderr.includes(want), `stderr has ${want}:\n${r.stderr}`);
        else assert.match(r.stderr, want);
      }
      if (c.code === 0) assert.equal(r.stderr, "", "nothing on stderr when all went well");
      c.check?.(out, r);
    });
  }

  // ~50 s alone (the engine at ~2.5 MB/s, and a 50 MB JSON line out); with the other test files on both
  // cores it has come near 120 s, so the timeout is generous: a quadratic pass would still take far longer.
  test("a 50 MB file with no line break gives one document", { timeout: 300_000 }, async () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const s = ENGLISH[i % ENGLISH.length] ?? "";
      parts.push(s);
      size += Buffer.byteLength(s) + 1;
    }
    const text = parts.join(" ");
    await files({ "huge.txt": text });
    const r = await run(["extract", "huge.txt"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const out = results(r.stdout);
    assert.equal(out.length, 1);
    assert.ok(out[0]?.document.text === text, "document.text is the whole input");
  });

  test("regression (new-user test): a dateline in a report's form dates the document; one that reads as no date is named on stderr, and makes no statement", async () => {
    await files({
      "dated.txt":
        "Hizbullah: The Party of God Under Pressure\nDate: 28 May 2024\n\nQassim said on Wednesday that the talks had failed.\n",
      "undated.txt": "Title of note\nDate: 30/05/2024\n\nQassim said that the talks had failed.\n",
    });
    const r = await run(["extract", "dated.txt", "undated.txt"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [dated, undated] = results(r.stdout);
    assert.equal(dated?.document.date, "2024-05-28");
    assert.equal(dated?.statements[0]?.date, "2024-05-22");
    // The title and its subtitle say nothing; the dateline is no speaker.
    assert.deepEqual(
      dated?.statements.map((st) => st.cue),
      ["said"],
    );
    assert.equal(undated?.document.date, null);
    assert.deepEqual(
      undated?.statements.map((st) => st.cue),
      ["said"],
    );
    assert.match(
      r.stderr,
      /undated\.txt: the dateline's "30\/05\/2024" is no date stancegraph reads; write it 2024-05-28/,
    );
  });

  test("--format pretty prints a plain-text report", async () => {
    await files({ "story.txt": ENGLISH.join("\n") });
    const r = await run(
      ["extract", "--format", "pretty", "--date", "2024-05-30", "story.txt", "empty-for-pretty.txt"],
      {
        cwd: dir,
      },
    );
    // empty-for-pretty.txt does not exist: the report for story.txt still comes out.
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^story\.txt\n/);
    assert.match(r.stdout, /date 2024-05-30/);
    for (const heading of ["Statements (", "Actors (", "Relations ("])
      assert.ok(r.stdout.includes(heading), heading);
    assert.ok(!r.stdout.includes("\x1b["), "no colour codes when stdout is not a terminal");
    assert.ok(r.stderr.includes("empty-for-pretty.txt"));
  });

  test("--help describes the options and exit codes", async () => {
    const top = await run(["--help"], { cwd: dir });
    assert.equal(top.code, 0);
    assert.match(top.stdout, /extract/);
    const sub = await run(["extract", "--help"], { cwd: dir });
    assert.equal(sub.code, 0);
    for (const option of ["--date", "--input-format", "--format", "--max-bytes", "Exit status"]) {
      assert.ok(sub.stdout.includes(option), option);
    }
  });

  test("--version prints the package version", async () => {
    const r = await run(["--version"], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout.trim(), /^\d+\.\d+\.\d+/);
  });

  test("output stops quietly when the reader goes away (| head)", async () => {
    await hangUpAfterFirstChunk("many.jsonl", []);
  });
});

describe("stancegraph extract on worker threads", () => {
  /** Runs the same arguments with --jobs 1 and --jobs 2 and checks that every byte is the same. */
  async function sameAsOneThread(args: string[], stdin?: string): Promise<Run> {
    const opts = { cwd: dir, ...(stdin === undefined ? {} : { stdin }) };
    const one = await run(["extract", "--jobs", "1", ...args], opts);
    const two = await run(["extract", "--jobs", "2", ...args], opts);
    assert.equal(two.code, one.code, `exit code; stderr:\n${two.stderr}`);
    assert.ok(two.stdout === one.stdout, "stdout is byte for byte the same");
    assert.equal(two.stderr, one.stderr);
    return two;
  }

  // Enough documents for many batches on both workers; line 151 is not JSON, line 78 has an empty text.
  const batch = Array.from({ length: 300 }, (_, i) => {
    if (i === 150) return "this line is not JSON";
    if (i === 77) return JSON.stringify({ id: "empty", text: "" });
    const text = Array.from({ length: 1 + (i % 7) }, (_, k) => ENGLISH[(i + k) % ENGLISH.length]).join(" ");
    return JSON.stringify({ id: `d${i}`, text, ...(i % 5 === 0 ? { date: "2024-05-30" } : {}) });
  });

  test("--jobs 2 writes the same bytes as --jobs 1: JSONL with a bad line and an empty text", async () => {
    await files({ "batch.jsonl": `${batch.join("\n")}\n` });
    const r = await sameAsOneThread(["--input-format", "jsonl", "batch.jsonl"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /stancegraph: batch\.jsonl:151: not JSON .*\[SG_JSONL_NOT_JSON\]/);
    assert.match(r.stderr, /1 input skipped, 299 documents written/);
    const ids = results(r.stdout).map((o) => o.document.id);
    assert.deepEqual(
      ids,
      batch.flatMap((_, i) => (i === 150 ? [] : [i === 77 ? "empty" : `d${i}`])),
    );
  });

  test("--jobs 2 writes the same bytes as --jobs 1 with --format pretty and from stdin", async () => {
    const stdin = `${batch.slice(0, 120).join("\n")}\n`;
    await sameAsOneThread(
      ["--input-format", "jsonl", "--format", "pretty", "--date", "2020-01-01", "-"],
      stdin,
    );
  });

  test("order is kept when documents differ wildly in size", { timeout: 120_000 }, async () => {
    // Every fourth document is ~300 KB, the others a sentence: the short ones finish first on the other
    // worker and must wait for their turn.
    const big = Array.from({ length: 2000 }, (_, k) => ENGLISH[k % ENGLISH.length]).join(" ");
    const lines = Array.from({ length: 24 }, (_, i) =>
      JSON.stringify({ id: `v${i}`, text: i % 4 === 1 ? big : (ENGLISH[i % ENGLISH.length] ?? "") }),
    );
    await files({ "sizes.jsonl": `${lines.join("\n")}\n` });
    const r = await sameAsOneThread(["--input-format", "jsonl", "sizes.jsonl"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      results(r.stdout).map((o) => o.document.id),
      lines.map((_, i) => `v${i}`),
    );
  });

  test("several text files on worker threads: the same bytes as --jobs 1, a missing one named", async () => {
    await files({ "t1.txt": ENGLISH[0] ?? "", "t2.txt": "", "t3.txt": ENGLISH.join("\n\n") });
    const r = await sameAsOneThread(["t1.txt", "gone.txt", "t2.txt", "t3.txt"]);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes("gone.txt: no such file"), r.stderr);
    assert.deepEqual(
      results(r.stdout).map((o) => o.document.source),
      ["t1.txt", "t2.txt", "t3.txt"],
    );
  });

  test("a document that runs its worker out of memory is skipped alone; the batch goes on", async () => {
    // ~10 MB of text needs far more than a 128 MB heap (the actor dictionary takes about 30 MB of it); the documents around it need next to nothing.
    const big = Array.from({ length: 200_000 }, (_, k) => ENGLISH[k % ENGLISH.length]).join(" ");
    const lines = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify({ id: `m${i}`, text: i === 4 ? big : (ENGLISH[i % ENGLISH.length] ?? "") }),
    );
    await files({ "oom.jsonl": `${lines.join("\n")}\n` });
    const r = await run(["extract", "--jobs", "2", "--input-format", "jsonl", "oom.jsonl"], {
      cwd: dir,
      node: ["--max-old-space-size=128"],
    });
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /stancegraph: oom\.jsonl:5: the extractor's worker thread died on it \(.*memory.*\).*\[SG_EXTRACT_FAILED\]/,
    );
    assert.deepEqual(
      results(r.stdout).map((o) => o.document.id),
      ["m0", "m1", "m2", "m3", "m5", "m6", "m7", "m8", "m9"],
    );
  });

  for (const bad of ["0", "abc", "-1", "1.5", "100000"]) {
    test(`--jobs ${bad} is a usage error (exit 2)`, async () => {
      const r = await run(["extract", "--jobs", bad, "-"], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.ok(r.stderr.includes(`--jobs "${bad}" is not a number of threads`), r.stderr);
    });
  }

  test("output stops quietly when the reader goes away (| head), with --jobs 2", async () => {
    await hangUpAfterFirstChunk("many2.jsonl", ["--jobs", "2"]);
  });
});

describe("chooseThreads", () => {
  const options = (o: Partial<ExtractOptions>): ExtractOptions => ({
    date: null,
    inputFormat: "text",
    format: "jsonl",
    maxBytes: 1024,
    actorFiles: [],
    jobs: null,
    ...o,
  });
  const cases: [string, Partial<ExtractOptions>, string[], number | ((n: number) => boolean)][] = [
    ["--jobs 1 is the main thread", { jobs: 1, inputFormat: "jsonl" }, ["-"], 1],
    ["one text file is the main thread, whatever --jobs says", { jobs: 8 }, ["one.txt"], 1],
    ["standard input as text is one document", { jobs: 8 }, ["-"], 1],
    ["no more threads than text files", { jobs: 8 }, ["a.txt", "b.txt", "c.txt"], 3],
    ["small files without --jobs run in the main thread", { inputFormat: "jsonl" }, ["small.jsonl"], 1],
    [
      "small files with --jobs get the threads asked for",
      { inputFormat: "jsonl", jobs: 3 },
      ["small.jsonl"],
      3,
    ],
    [
      "JSONL on standard input, size unknown: one thread per CPU but one",
      { inputFormat: "jsonl" },
      ["-"],
      Math.max(1, availableParallelism() - 1),
    ],
    [
      "large files without --jobs: one thread per CPU but one",
      { inputFormat: "jsonl" },
      ["large.jsonl"],
      Math.max(1, availableParallelism() - 1),
    ],
  ];
  before(async () => {
    await files({
      "one.txt": "x",
      "small.jsonl": '{"text":"x"}\n',
      "large.jsonl": Buffer.alloc(IN_PROCESS_BYTES + 1, 0x20),
    });
  });
  for (const [name, o, paths, want] of cases) {
    test(name, async () => {
      const got = await chooseThreads(
        options(o),
        paths.map((p) => (p === "-" ? p : join(dir, p))),
      );
      assert.equal(got, want);
    });
  }
});

/**
 * Runs extract on 20,000 JSONL documents, reads one chunk of output and hangs up, like `| head -1`: the
 * process must end quietly with exit 0.
 */
async function hangUpAfterFirstChunk(file: string, extraArgs: string[]): Promise<void> {
  const lines = Array.from({ length: 20_000 }, (_, i) =>
    JSON.stringify({ id: `d${i}`, text: ENGLISH.join(" ") }),
  );
  await files({ [file]: `${lines.join("\n")}\n` });
  const child = spawn(process.execPath, [MAIN, "extract", ...extraArgs, "--input-format", "jsonl", file], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (b: Buffer) => {
    err += b.toString();
  });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0);
  assert.equal(err, "");
}

describe("stancegraph extract with the user's actor dictionaries", () => {
  const MINE = JSON.stringify({
    format: "stancegraph.actors/1",
    actors: [
      {
        id: "division-20",
        name: "Division 20",
        type: "group",
        affiliations: [{ actor: "turkey", role: "backer" }],
      },
      {
        id: "abu-barzan-al-sultani",
        name: "Abu Barzan Al-Sultani",
        type: "person",
        affiliations: [{ actor: "division-20", role: "commander" }],
      },
    ],
  });
  const TEXT = "Abu Barzan al-Sultani said: “We will not forget.” Hezbollah did not answer.";
  const actorIds = (r: Run) => (results(r.stdout)[0]?.actors ?? []).map((a) => a.id).sort();

  test("--actors adds a user's actors on top of the bundled ones, on one thread and on workers", async () => {
    await files({ "mine.json": MINE, "sultani.txt": TEXT, "sultani2.txt": TEXT });
    for (const jobs of ["1", "2"]) {
      const r = await run(
        ["extract", "--jobs", jobs, "--actors", "mine.json", "sultani.txt", "sultani2.txt"],
        { cwd: dir },
      );
      assert.equal(r.code, 0, r.stderr);
      const [first] = results(r.stdout);
      const sultani = first?.actors.find((a) => a.id === "abu-barzan-al-sultani");
      assert.ok(sultani?.known, "the user's actor is known");
      assert.deepEqual(sultani?.affiliations, [{ actor: "division-20", role: "commander" }]);
      assert.equal(first?.statements[0]?.speaker, "abu-barzan-al-sultani");
      assert.ok(actorIds(r).includes("hizbullah"), "the bundled dictionary is still there");
    }
  });

  test("stancegraph.config.json in the working folder lists dictionaries relative to itself", async () => {
    const sub = join(dir, "project");
    await mkdir(join(sub, "dicts"), { recursive: true });
    await writeFile(join(sub, "dicts", "mine.json"), MINE);
    await writeFile(join(sub, "stancegraph.config.json"), JSON.stringify({ actors: ["dicts/mine.json"] }));
    await writeFile(join(sub, "a.txt"), TEXT);
    const r = await run(["extract", "a.txt"], { cwd: sub });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(actorIds(r).includes("abu-barzan-al-sultani"));
  });

  const BAD = JSON.stringify({
    format: "stancegraph.actors/1",
    actors: [
      { id: "ok", name: "OK", type: "person" },
      { id: "x", name: "X", type: "militia" },
    ],
  });
  for (const jobs of ["1", "2"]) {
    test(`a malformed --actors file fails at start-up naming file, entry and problem (--jobs ${jobs})`, async () => {
      await files({ "bad-actors.json": BAD, "one.txt": TEXT, "two.txt": TEXT });
      const r = await run(["extract", "--jobs", jobs, "--actors", "bad-actors.json", "one.txt", "two.txt"], {
        cwd: dir,
      });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, "");
      assert.match(
        r.stderr,
        /bad-actors\.json: entry 1 \("x"\): "type" must be one of .*\[SG_ACTORS_INVALID\]/,
      );
    });
  }

  test("a broken config file is a usage error that names it", async () => {
    const sub = join(dir, "broken-config");
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, "stancegraph.config.json"), '{"actors": "mine.json"}');
    const r = await run(["extract", "-"], { cwd: sub, stdin: TEXT });
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /config file .*stancegraph\.config\.json: "actors" must be an array of file paths/,
    );
    const missing = await run(["extract", "--config", "nope.json", "-"], { cwd: sub, stdin: TEXT });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: no such file/);
  });
});
