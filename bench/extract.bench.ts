// `npm run bench`: end-to-end speed of `stancegraph extract --input-format jsonl` on a fixed corpus (the
// PolNeAR train texts repeated to at least 20 MB), run as a whole child process the way batches run.
// Prints wall time, MB/s, docs/s and peak RSS (median of the runs) next to the last recorded baseline.
// Prints figures, asserts nothing: a benchmark that fails on a slow machine only teaches people to skip it.
//
//   npm run bench                     measure and compare with bench/baseline.json
//   npm run bench -- --save           ... and record this run as the new baseline
//   npm run bench -- --runs 5 --note "after the trie"   (--note is stored with --save)
//   npm run bench -- --jobs 1         pass --jobs to extract (default: extract's own, one thread per CPU)

import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, createWriteStream, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { arch, cpus, platform } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** MB means 10^6 bytes throughout, as in MB/s. */
const MB = 1e6;
const MIN_CORPUS_BYTES = 20 * MB;

// dist/bench/extract.bench.js → the repository root.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist/src/cli/main.js");
const OUT_DIR = join(ROOT, "bench/out");
const BASELINE = join(ROOT, "bench/baseline.json");
const POLNEAR_TEXT = resolve(ROOT, "../shared/data/polnear/train/text");

interface Corpus {
  path: string;
  description: string;
  synthetic: boolean;
  docs: number;
  bytes: number;
}

interface Measurement {
  wallS: number;
  mbPerS: number;
  docsPerS: number;
  /** null when neither /usr/bin/time -v nor /proc is available. */
  peakRssMB: number | null;
}

interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
}

interface Baseline {
  recordedAt: string;
  commit: string | null;
  note: string | null;
  /** The --jobs passed to extract; null or absent: its default. */
  jobs?: number | null;
  machine: Machine;
  corpus: { description: string; docs: number; bytes: number };
  runs: number;
  median: Measurement;
}

interface BenchOptions {
  save: boolean;
  runs: number;
  note: string | null;
  jobs: number | null;
}

function parseArgs(argv: string[]): BenchOptions {
  let save = false;
  let runs = 3;
  let note: string | null = null;
  let jobs: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--save") save = true;
    else if (arg === "--runs") runs = Math.max(1, Number.parseInt(argv[++i] ?? "", 10) || 3);
    else if (arg === "--note") note = argv[++i] ?? null;
    else if (arg === "--jobs") jobs = Math.max(1, Number.parseInt(argv[++i] ?? "", 10) || 1);
    else {
      process.stderr.write(
        `extract.bench: unknown argument ${arg}; use --save, --runs N, --note TEXT, --jobs N\n`,
      );
      process.exit(2);
    }
  }
  return { save, runs, note, jobs };
}

/** The extract command line after `node`, as run and as printed. */
function extractArgs(corpusPath: string, jobs: number | null): string[] {
  return [
    MAIN,
    "extract",
    ...(jobs === null ? [] : ["--jobs", String(jobs)]),
    "--input-format",
    "jsonl",
    corpusPath,
  ];
}

function machine(): Machine {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    // /proc/cpuinfo names the CPU even where os.cpus() gives a generic string.
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  return { cpu, cores: cpus().length, node: process.version, platform: `${platform()} ${arch()}` };
}

function gitCommit(): string | null {
  try {
    return (
      execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim() || null
    );
  } catch {
    return null;
  }
}

/** Writes JSONL lines to a file, honouring backpressure so a big corpus is never all in memory. */
async function writeLines(path: string, lines: AsyncIterable<string> | Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for await (const line of lines) {
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

async function buildCorpus(): Promise<Corpus> {
  await mkdir(OUT_DIR, { recursive: true });
  if (existsSync(POLNEAR_TEXT)) {
    const names = (await readdir(POLNEAR_TEXT)).filter((n) => n.endsWith(".txt")).sort();
    const texts = await Promise.all(
      names.map(async (name) => ({ name, text: await readFile(join(POLNEAR_TEXT, name), "utf8") })),
    );
    const perRepetition = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
    if (texts.length > 0 && perRepetition > 0) {
      const repetitions = Math.ceil(MIN_CORPUS_BYTES / perRepetition);
      const path = join(OUT_DIR, "polnear-train.jsonl");
      const bytes = await writeLines(
        path,
        (function* () {
          for (let rep = 1; rep <= repetitions; rep++) {
            for (const { name, text } of texts) {
              // File names carry the publication date: breitbart_2015-11-11_the-ninth-circle.txt.
              const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
              const id = `${basename(name, ".txt")}#${rep}`; // unique per repetition
              yield JSON.stringify(date === undefined ? { id, text } : { id, text, date });
            }
          }
        })(),
      );
      return {
        path,
        synthetic: false,
        docs: texts.length * repetitions,
        bytes,
        description: `PolNeAR train, ${texts.length} texts × ${repetitions}`,
      };
    }
  }
  return buildSyntheticCorpus();
}

/** Used when ../shared/data is absent: English news-like sentences with quotes, ~3 KB per document. */
async function buildSyntheticCorpus(): Promise<Corpus> {
  const sentences = [
    'The minister said "we will not back down" when asked about the talks on Tuesday.',
    "“It is a disgrace,” a spokeswoman for the opposition told reporters in Beirut.",
    "He added that negotiations would continue next week, according to an aide.",
    "Critics accused the government of ignoring the report, which warned of shortages.",
    '"We have been clear from the start," the senator said, "and nothing has changed."',
    "Officials in Washington declined to comment on the claims made by the militia.",
  ];
  const path = join(OUT_DIR, "synthetic.jsonl");
  let docs = 0;
  const bytes = await writeLines(
    path,
    (function* () {
      let written = 0;
      for (let i = 0; written < MIN_CORPUS_BYTES; i++) {
        const parts: string[] = [];
        for (let k = 0; k < 40; k++) parts.push(sentences[(i * 7 + k * 3) % sentences.length] ?? "");
        const line = JSON.stringify({ id: `synthetic-${i}`, text: parts.join(" ") });
        written += Buffer.byteLength(line) + 1;
        docs++;
        yield line;
      }
    })(),
  );
  return {
    path,
    synthetic: true,
    docs,
    bytes,
    description: `SYNTHETIC (../shared/data absent), ${docs} documents`,
  };
}

function hasGnuTime(): boolean {
  if (!existsSync("/usr/bin/time")) return false;
  try {
    execFileSync("/usr/bin/time", ["-v", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false; // BSD time has no -v
  }
}

/** One run of the CLI over the corpus, stdout to /dev/null. */
async function measure(
  corpus: Corpus,
  jobs: number | null,
  useTime: boolean,
  index: number,
): Promise<Measurement> {
  const timeFile = join(OUT_DIR, `time-${index}.txt`);
  const cli = extractArgs(corpus.path, jobs);
  const [command, args] = useTime
    ? ["/usr/bin/time", ["-v", "-o", timeFile, process.execPath, ...cli]]
    : [process.execPath, cli];
  const devnull = openSync("/dev/null", "w");
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: ["ignore", devnull, "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => {
    if (stderr.length < 10_000) stderr += b.toString();
  });
  // Without GNU time, poll the high-water mark of the child's memory; it stays readable until exit.
  let polledHwmKb: number | null = null;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m?.[1]) polledHwmKb = Math.max(polledHwmKb ?? 0, Number(m[1]));
        } catch {
          // exited, or no /proc
        }
      }, 10);
  const [code] = (await once(child, "close")) as [number | null];
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (poll !== null) clearInterval(poll);
  closeSync(devnull);
  if (code !== 0) {
    process.stderr.write(`extract.bench: run ${index} exited with ${code}:\n${stderr}\n`);
  }
  let peakKb: number | null = polledHwmKb;
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, "utf8"));
    peakKb = m?.[1] ? Number(m[1]) : null;
  }
  return {
    wallS,
    mbPerS: corpus.bytes / MB / wallS,
    docsPerS: corpus.docs / wallS,
    peakRssMB: peakKb === null ? null : (peakKb * 1024) / MB,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function medianOf(runs: Measurement[]): Measurement {
  const rss = runs.map((r) => r.peakRssMB).filter((v): v is number => v !== null);
  return {
    wallS: median(runs.map((r) => r.wallS)),
    mbPerS: median(runs.map((r) => r.mbPerS)),
    docsPerS: median(runs.map((r) => r.docsPerS)),
    peakRssMB: rss.length > 0 ? median(rss) : null,
  };
}

function row(label: string, cells: string[]): string {
  return `${label.padEnd(12)}${cells.map((c) => c.padStart(12)).join("")}`;
}

function cells(m: Measurement): string[] {
  return [
    m.wallS.toFixed(2),
    m.mbPerS.toFixed(2),
    m.docsPerS.toFixed(0),
    m.peakRssMB === null ? "n/a" : m.peakRssMB.toFixed(0),
  ];
}

/** Percent change, signed so that + is always better (faster, or less memory). */
function change(now: number | null, before: number | null, lowerIsBetter: boolean): string {
  if (now === null || before === null || before === 0) return "n/a";
  const pct = ((now - before) / before) * 100 * (lowerIsBetter ? -1 : 1);
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(1)}%`;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function readBaseline(): Baseline | null {
  try {
    return JSON.parse(readFileSync(BASELINE, "utf8")) as Baseline;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(MAIN)) {
    process.stderr.write(`extract.bench: ${MAIN} is missing; run npm run build first\n`);
    process.exit(2);
  }
  const here = machine();
  const corpus = await buildCorpus();
  const useTime = hasGnuTime();

  console.log("stancegraph extract benchmark");
  console.log(`machine   ${here.cpu} · ${here.cores} cores · Node ${here.node} · ${here.platform}`);
  console.log(
    `corpus    ${corpus.description} = ${corpus.docs} docs, ${(corpus.bytes / MB).toFixed(1)} MB (${relative(ROOT, corpus.path)})`,
  );
  if (corpus.synthetic)
    console.log("          NOTE: synthetic corpus, figures are not comparable with PolNeAR runs");
  console.log(
    `command   node ${extractArgs("<corpus>", options.jobs)
      .map((a) => (a === MAIN ? relative(ROOT, MAIN) : a))
      .join(" ")} > /dev/null · peak RSS from ${useTime ? "/usr/bin/time -v" : "/proc/<pid>/status VmHWM"}`,
  );
  console.log("");
  console.log(row("", ["wall s", "MB/s", "docs/s", "peak RSS MB"]));

  const runs: Measurement[] = [];
  for (let i = 1; i <= options.runs; i++) {
    const m = await measure(corpus, options.jobs, useTime, i);
    runs.push(m);
    console.log(row(`run ${i}`, cells(m)));
  }
  const med = medianOf(runs);
  console.log(row("median", cells(med)));

  const baseline = readBaseline();
  if (baseline === null) {
    console.log("\nno baseline yet: record one with npm run bench -- --save");
  } else {
    const b = baseline.median;
    console.log(row("baseline", cells(b)));
    console.log(
      row("change", [
        change(med.wallS, b.wallS, true),
        change(med.mbPerS, b.mbPerS, false),
        change(med.docsPerS, b.docsPerS, false),
        change(med.peakRssMB, b.peakRssMB, true),
      ]),
    );
    console.log("            (+ is better: faster or less memory)");
    const m = baseline.machine;
    console.log(
      `\nbaseline  recorded ${baseline.recordedAt}${baseline.commit ? ` at ${baseline.commit}` : ""} on ${m.cpu} · ${m.cores} cores · Node ${m.node}`,
    );
    if (baseline.note) console.log(`          note: ${baseline.note}`);
    if ((baseline.jobs ?? null) !== options.jobs) {
      const jobs = (n: number | null | undefined): string => (n == null ? "default" : String(n));
      console.log(
        `          NOTE: baseline ran with --jobs ${jobs(baseline.jobs)}, this run with --jobs ${jobs(options.jobs)}`,
      );
    }
    if (m.cpu !== here.cpu || m.cores !== here.cores || m.node !== here.node) {
      console.log("          WARNING: different machine or Node version; the comparison is only indicative");
    }
    if (baseline.corpus.description !== corpus.description || baseline.corpus.bytes !== corpus.bytes) {
      console.log(
        `          WARNING: different corpus (${baseline.corpus.description}, ${baseline.corpus.bytes} bytes)`,
      );
    }
  }

  if (options.save) {
    const record: Baseline = {
      recordedAt: new Date().toISOString(),
      commit: gitCommit(),
      note: options.note,
      jobs: options.jobs,
      machine: here,
      corpus: { description: corpus.description, docs: corpus.docs, bytes: corpus.bytes },
      runs: options.runs,
      median: {
        wallS: round(med.wallS, 3),
        mbPerS: round(med.mbPerS, 2),
        docsPerS: round(med.docsPerS, 1),
        peakRssMB: med.peakRssMB === null ? null : round(med.peakRssMB, 1),
      },
    };
    writeFileSync(BASELINE, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`\nsaved as the new baseline: ${relative(ROOT, BASELINE)}`);
  }
  // The time files are scratch; the corpus stays in bench/out/ (git-ignored) for re-runs and profiling.
  await Promise.all(runs.map((_, i) => rm(join(OUT_DIR, `time-${i + 1}.txt`), { force: true })));
}

await main();
// The dictionary's load time is a figure of its own (once per process or worker thread).
await import("./dictionary.bench.js");
