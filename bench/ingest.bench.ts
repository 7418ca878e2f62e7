// `npm run bench` (second part): `stancegraph ingest` end to end into a new SQLite store, on PolNeAR
// train repeated to at least 50 MB (each copy made distinct by a first line, or ingest would rightly
// store it once), then the same corpus again, which must be passed over. Prints wall time, MB/s and
// peak RSS of both, and the re-ingest's share of the first. Figures only, no assertions.

import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const MB = 1e6;
const MIN_BYTES = 50 * MB;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist/src/cli/main.js");
const OUT_DIR = join(ROOT, "bench/out");
const POLNEAR_TEXT = resolve(ROOT, "../shared/data/polnear/train/text");

async function buildCorpus(): Promise<{ path: string; bytes: number; docs: number; description: string }> {
  await mkdir(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, "polnear-train-distinct.jsonl");
  const names = existsSync(POLNEAR_TEXT)
    ? (await readdir(POLNEAR_TEXT)).filter((n) => n.endsWith(".txt")).sort()
    : [];
  const texts = await Promise.all(names.map((n) => readFile(join(POLNEAR_TEXT, n), "utf8")));
  if (texts.length === 0)
    throw new Error(`ingest.bench: ${POLNEAR_TEXT} is missing; the ingest bench needs PolNeAR train`);
  const out = createWriteStream(path);
  let bytes = 0;
  let docs = 0;
  for (let copy = 1; bytes < MIN_BYTES; copy++) {
    for (const text of texts) {
      const line = `${JSON.stringify({ text: `Copy ${copy}.\n\n${text}` })}\n`;
      bytes += Buffer.byteLength(line);
      docs++;
      if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return {
    path,
    bytes,
    docs,
    description: `PolNeAR train, ${texts.length} texts × ${Math.round(docs / texts.length)}, each copy distinct`,
  };
}

function timed(args: string[]): { wallS: number; peakMB: number | null; stdout: string } {
  const timeFile = join(OUT_DIR, "ingest-time.txt");
  const gnuTime = existsSync("/usr/bin/time");
  const started = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync("/usr/bin/time", ["-v", "-o", timeFile, process.execPath, MAIN, ...args], {
        encoding: "utf8",
      })
    : spawnSync(process.execPath, [MAIN, ...args], { encoding: "utf8" });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) process.stderr.write(`ingest.bench: exit ${r.status}\n${r.stderr}\n`);
  const kb = gnuTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, "utf8"))?.[1]
    : undefined;
  return { wallS, peakMB: kb ? (Number(kb) * 1024) / MB : null, stdout: r.stdout };
}

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`ingest.bench: ${MAIN} is missing; run npm run build first`);
  const corpus = await buildCorpus();
  const db = join(OUT_DIR, "ingest-bench.db");
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const args = ["ingest", "--quiet", "--json", "--db", db, corpus.path];
  process.stdout.write(
    `\ningest bench: ${corpus.description}, ${corpus.docs} docs, ${(corpus.bytes / MB).toFixed(1)} MB\n`,
  );
  process.stdout.write(`  command: node dist/src/cli/main.js ${args.join(" ").replace(ROOT, "")}\n`);
  const first = timed(args);
  const again = timed(args);
  const summary = JSON.parse(first.stdout || "{}") as {
    added?: number;
    statements?: number;
    relations?: number;
  };
  const size = existsSync(db) ? execFileSync("du", ["-sm", db], { encoding: "utf8" }).split("\t")[0] : "?";
  const line = (label: string, m: { wallS: number; peakMB: number | null }) =>
    `  ${label.padEnd(10)} ${m.wallS.toFixed(2).padStart(8)} s ${(corpus.bytes / MB / m.wallS).toFixed(2).padStart(8)} MB/s ${m.peakMB === null ? "n/a" : m.peakMB.toFixed(0).padStart(6)} MB peak RSS\n`;
  process.stdout.write(line("first", first));
  process.stdout.write(line("again", again));
  process.stdout.write(
    `  stored ${summary.added ?? "?"} documents, ${summary.statements ?? "?"} statements, ${summary.relations ?? "?"} relations; store ${size} MB; re-ingest took ${((100 * again.wallS) / first.wallS).toFixed(1)}% of the first\n`,
  );
}

await main();
