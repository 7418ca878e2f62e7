// A guard for speed work on the engine: records what this build prints for a fixed set of inputs, then
// says whether a later build prints exactly the same. Inputs: the PolNeAR train texts (one JSONL line each,
// with the date their file name carries, as the bench feeds them), the bundled example corpus, and the directed-sentiment and PLOVER
// evaluations (their summaries, timings left out). A change meant to make the engine faster must leave
// every byte as it was; one meant to change behaviour shows here what it changed.
//
//   npm run build && node dist/scripts/same-output.js --save /tmp/before     (on the build to compare with)
//   npm run build && node dist/scripts/same-output.js --compare /tmp/before  (after the change; exit 1 if not)
//
// The per-stage timer that goes with it: `node dist/scripts/same-output.js --stages [ROUNDS]` prints the
// milliseconds per MB of each stage in one thread over the same PolNeAR texts.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadActorDictionary } from "../src/actors/dictionary/loadDictionary.js";
import { buildStages, type Layers } from "../src/pipeline/extract.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist/src/cli/main.js");
const DATA = resolve(ROOT, "../shared/data");
const POLNEAR_TEXT = join(DATA, "polnear/train/text");

/** The PolNeAR train texts as JSONL lines, sorted by file name, so that every build reads the same bytes.
 * Dated like the bench's (breitbart_2015-11-11_….txt): relation dates run chrono only with a date. */
function polnearJsonl(): string {
  if (!existsSync(POLNEAR_TEXT)) throw new Error(`${POLNEAR_TEXT} is not there: the dev data are needed`);
  return readdirSync(POLNEAR_TEXT)
    .sort()
    .map((f) => {
      const text = readFileSync(join(POLNEAR_TEXT, f), "utf8");
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
      return `${JSON.stringify({ text, date })}\n`;
    })
    .join("");
}

/** What this build prints, by file name. */
function outputs(scratch: string): Map<string, string> {
  mkdirSync(scratch, { recursive: true });
  const jsonl = join(scratch, "polnear-train.jsonl");
  writeFileSync(jsonl, polnearJsonl());
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [MAIN, ...args], { cwd: ROOT, maxBuffer: 1 << 30, encoding: "utf8" });
  const examples = readdirSync(join(ROOT, "examples/corpus"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join("examples/corpus", f));
  // Evaluation summaries without their timings ("… 4.8 s (extraction 2.9 s)").
  const untimed = (s: string) => s.replace(/\d+(?:\.\d+)? s\b/g, "_ s");
  return new Map([
    ["polnear.jsonl", cli("extract", "--input-format", "jsonl", "--jobs", "1", jsonl)],
    ["examples.jsonl", cli("extract", "--jobs", "1", ...examples)],
    [
      "directed-sentiment.txt",
      untimed(cli("eval", "directed-sentiment", join(DATA, "directed-sentiment/valid.txt"))),
    ],
    ["plover.txt", untimed(cli("eval", "plover", join(DATA, "plover/plover-gsr-dev.json")))],
  ]);
}

function stageTimes(rounds: number): void {
  const docs = polnearJsonl()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; date: string | null });
  const stages = buildStages(loadActorDictionary());
  const ms = new Map<string, number>();
  let bytes = 0;
  // Round 0 warms the JIT and the caches and is not counted.
  for (let r = 0; r <= rounds; r++)
    for (const { text, date } of docs) {
      const layers: Partial<Layers> = { text, date };
      for (const stage of stages) {
        const t0 = performance.now();
        Object.assign(layers, stage.run(layers));
        if (r > 0) ms.set(stage.name, (ms.get(stage.name) ?? 0) + performance.now() - t0);
      }
      if (r > 0) bytes += Buffer.byteLength(text);
    }
  let total = 0;
  for (const [name, t] of ms) {
    const perMb = t / (bytes / 1e6);
    total += perMb;
    console.log(`${name.padEnd(14)} ${perMb.toFixed(1).padStart(7)} ms/MB`);
  }
  console.log(
    `${"all stages".padEnd(14)} ${total.toFixed(1).padStart(7)} ms/MB = ${(1000 / total).toFixed(2)} MB/s`,
  );
}

function main(argv: string[]): number {
  const [mode, arg] = argv;
  if (mode === "--stages") {
    stageTimes(Math.max(1, Number(arg ?? 3) || 3));
    return 0;
  }
  if ((mode !== "--save" && mode !== "--compare") || !arg) {
    console.error("usage: same-output.js --save DIR | --compare DIR | --stages [ROUNDS]");
    return 2;
  }
  const dir = resolve(arg);
  const now = outputs(join(dir, mode === "--save" ? "." : "now"));
  if (mode === "--save") {
    for (const [name, text] of now) writeFileSync(join(dir, name), text);
    console.log(`saved ${now.size} outputs in ${dir}`);
    return 0;
  }
  let same = true;
  for (const [name, text] of now) {
    const before = readFileSync(join(dir, name), "utf8");
    if (before === text) console.log(`same: ${name}`);
    else {
      same = false;
      const path = join(dir, "now", name);
      writeFileSync(path, text);
      console.log(`DIFFERENT: ${name} (diff ${join(dir, name)} ${path})`);
    }
  }
  return same ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
