// `stancegraph extract`: reads text files, standard input or JSONL batches, runs the engine on each
// document and writes one result per document as it goes (CONTRACT.md, "Command"). A bad input is
// reported on stderr and skipped; the batch goes on, and the exit code says whether anything was skipped.
// Batches run on worker threads (--jobs); results are still written strictly in input order.

import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Command } from "commander";
import { CONFIG_FILE, loadConfig } from "../config/config.js";
import type { DocumentInput } from "../contract/extraction.js";
import { type ErrorCode, isStancegraphError, type StancegraphError, UsageError } from "../errors.js";
import { isIsoDate } from "../io/isoDate.js";
import { DEFAULT_MAX_BYTES, type InputFormat, type InputItem, readInputs } from "../io/readInputs.js";
import { createSink } from "../io/writeOutput.js";
import { createExtractPool } from "../parallel/extractPool.js";
import { createExtractTask, type ExtractSettings, type OutputFormat } from "../parallel/extractTask.js";
import { limitHeapGrowth } from "../parallel/heapGrowth.js";
import { mapOrdered, type Started } from "../parallel/mapOrdered.js";
import { type OrderedPool, WorkerStartError } from "../parallel/orderedPool.js";

/** Exit codes, documented in --help. */
export const EXIT_OK = 0;
export const EXIT_INPUT_SKIPPED = 1;
/** Same number as a skipped input: either way the output is incomplete. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The exit code for a stancegraph error: 2 for wrong usage, 1 otherwise. */
export function exitCodeOf(error: StancegraphError): number {
  return error.name === "UsageError" ? EXIT_USAGE : EXIT_FAILURE;
}

/**
 * A corpus command's failure as the command line reports it: the message on stderr and its exit code.
 * Anything that is not a stancegraph error is a bug and is thrown on.
 */
export function reportFailure(error: unknown): number {
  if (!isStancegraphError(error)) throw error;
  process.stderr.write(`stancegraph: ${error.message}\n`);
  return exitCodeOf(error);
}

/** After this many messages about skipped inputs, only the count goes on (a wrong --input-format would flood). */
const MAX_REPORTED = 100;

/** More threads than this is a typo, not a machine. */
export const MAX_JOBS = 256;

/**
 * Inputs up to this size in all run in the main thread unless --jobs is given. Every worker warms up its
 * own JIT, at a third of the engine's full speed for about its first second, and while all cores are
 * busy there is no spare core to compile on: measured on 2 cores, two workers only beat the main thread
 * from about 12 MB of JSONL on (1 MB: 0.42 s against 0.54 s; 8 MB: 1.24 s against 1.46 s). With more
 * cores the break-even comes sooner, hence a little lower.
 */
export const IN_PROCESS_BYTES = 8 * 1024 * 1024;

export interface ExtractOptions {
  date: string | null;
  inputFormat: InputFormat;
  format: OutputFormat;
  maxBytes: number;
  /** --jobs; null when not given (then: one per CPU but one, or the main thread for small inputs). */
  jobs: number | null;
  /** User actor dictionaries, absolute paths: the config file's, then each --actors, in order. */
  actorFiles: string[];
}

interface RawOptions {
  date?: string;
  inputFormat?: string;
  format?: string;
  maxBytes?: string;
  jobs?: string;
  actors?: string[];
  config?: string;
}

const HELP_AFTER = `
Input:
  FILE is a UTF-8 text file (a BOM is dropped), one document per file, or - for standard input;
  with no FILE, standard input is read. With --input-format jsonl, every line is one document:
    {"id": "…", "text": "…", "date": "YYYY-MM-DD", "title": "…"}   (only text is required)
  and there is one output line per good input line, in the same order; blank lines are ignored.

Output:
  --format jsonl prints one JSON object per document per line (schema "stancegraph.extraction/1").
  --format pretty prints a report for people: statements, actors with mention counts, relations.

Threads:
  Documents are extracted on --jobs worker threads (default: one per CPU but one) and written in input order.
  --jobs 1 runs everything in the main thread; so do a single text file and, unless --jobs is given,
  files under 8 MB in all, where warming up threads would cost more than it saves.

Exit status:
  0  every input was processed
  1  some inputs were skipped (missing, unreadable, binary, not UTF-8, too large, a bad JSONL line);
     each one is named on stderr, and all the others were processed; also when the output cannot be
     written or the engine cannot start (its message says why)
  2  wrong usage (unknown option, a bad --date, --format, --input-format, --max-bytes or --jobs)

Examples:
  stancegraph extract --date 2024-05-30 article.txt
  stancegraph extract --format pretty examples/corpus/*.txt
  stancegraph extract --input-format jsonl batch.jsonl > results.jsonl
  curl -s https://example.org/a.txt | stancegraph extract -`;

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description(
      "Extract statements (who said what), actors with their roles, and relations (who stands with or against whom) from text.",
    )
    .argument("[FILE...]", "text files, or - for standard input (default: standard input)")
    .option("--date <YYYY-MM-DD>", 'publication date, to resolve "on May 28" or "last week"')
    .option(
      "--input-format <text|jsonl>",
      "text: one document per file; jsonl: one document per line",
      "text",
    )
    .option("--format <jsonl|pretty>", "jsonl: one JSON result per line; pretty: a readable report", "jsonl")
    .option("--max-bytes <size>", "largest text file or JSONL line accepted, e.g. 300MB", "256MB")
    .option("--jobs <N>", "worker threads; 1 = none, all in the main thread (default: one per CPU but one)")
    .option(
      "--actors <FILE>",
      "an actor dictionary (docs/actor-dictionary.md) on top of the bundled one; repeat for several",
      (file: string, all: string[] = []) => [...all, file],
    )
    .option("--config <FILE>", `a config file (default: ./${CONFIG_FILE} when present)`)
    .addHelpText("after", HELP_AFTER)
    .configureOutput({
      // Commander says "error: …"; every stancegraph message starts "stancegraph: …".
      outputError: (message, write) => write(message.replace(/^error: /, "stancegraph: ")),
    })
    .exitOverride((error) => {
      // Commander exits 1 on usage errors, which would read as "some inputs skipped"; usage is 2.
      process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE);
    })
    .action(async (files: string[], raw: RawOptions) => {
      process.exitCode = await runExtractCommand(files, raw);
    });
}

/** Parses "1048576", "512KB", "300MB", "1GB" (binary multiples). */
export function parseByteSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (m === null) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * scale);
  return bytes > 0 ? bytes : null;
}

/** Checks the options, turning each mistake into a UsageError that says what to write instead. */
export function parseExtractOptions(raw: RawOptions): ExtractOptions {
  const date = raw.date ?? null;
  if (date !== null && !isIsoDate(date)) {
    throw new UsageError(
      "SG_BAD_OPTION",
      `--date ${JSON.stringify(date)} is not a real date; write it as YYYY-MM-DD, e.g. --date 2024-05-30`,
    );
  }
  const inputFormat = raw.inputFormat ?? "text";
  if (inputFormat !== "text" && inputFormat !== "jsonl") {
    throw new UsageError(
      "SG_BAD_OPTION",
      `--input-format ${JSON.stringify(inputFormat)} is not known; use text or jsonl`,
    );
  }
  const format = raw.format ?? "jsonl";
  if (format !== "jsonl" && format !== "pretty") {
    throw new UsageError(
      "SG_BAD_OPTION",
      `--format ${JSON.stringify(format)} is not known; use jsonl or pretty`,
    );
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (raw.maxBytes !== undefined) {
    const parsed = parseByteSize(raw.maxBytes);
    if (parsed === null) {
      throw new UsageError(
        "SG_BAD_OPTION",
        `--max-bytes ${JSON.stringify(raw.maxBytes)} is not a size; write e.g. 1000000 or 300MB`,
      );
    }
    maxBytes = parsed;
  }
  let jobs: number | null = null;
  if (raw.jobs !== undefined) {
    jobs = /^\s*\d+\s*$/.test(raw.jobs) ? Number(raw.jobs) : 0;
    if (jobs < 1 || jobs > MAX_JOBS) {
      throw new UsageError(
        "SG_BAD_OPTION",
        `--jobs ${JSON.stringify(raw.jobs)} is not a number of threads; write a whole number from 1 (no worker threads) to ${MAX_JOBS}, e.g. --jobs ${availableParallelism()}`,
      );
    }
  }
  const config = loadConfig(raw.config ?? null);
  const actorFiles = [...config.actors, ...(raw.actors ?? []).map((f) => resolve(f))];
  return { date, inputFormat, format, maxBytes, jobs, actorFiles };
}

/**
 * How many worker threads to use; 1 means none, all in the main thread. One text input is one document,
 * which only one thread can work on; small inputs finish before threads would have started.
 */
export async function chooseThreads(options: ExtractOptions, paths: readonly string[]): Promise<number> {
  // One core stays with the main thread (reading, writing) and V8's garbage collector: on two cores, two
  // workers were only ~5% faster than the main thread alone and held a third more memory (README "Speed").
  const jobs = options.jobs ?? Math.max(1, availableParallelism() - 1);
  if (jobs <= 1) return 1;
  if (options.inputFormat === "text") {
    if (paths.length <= 1) return 1;
    if (options.jobs === null && (await totalSize(paths, IN_PROCESS_BYTES)) <= IN_PROCESS_BYTES) return 1;
    return Math.min(jobs, paths.length);
  }
  if (options.jobs === null && (await totalSize(paths, IN_PROCESS_BYTES)) <= IN_PROCESS_BYTES) return 1;
  return jobs;
}

/** The size of the inputs, or Infinity when it cannot be known (stdin, a pipe) or passes `limit`. */
async function totalSize(paths: readonly string[], limit: number): Promise<number> {
  if (paths.length > 256 || paths.includes("-")) return Number.POSITIVE_INFINITY;
  let total = 0;
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (s) => (s.isFile() ? s.size : s.isDirectory() ? 0 : Number.POSITIVE_INFINITY),
        () => 0, // missing or unreadable: reported when read, and costs nothing
      ),
    ),
  );
  for (const size of sizes) {
    total += size;
    if (total > limit) return Number.POSITIVE_INFINITY;
  }
  return total;
}

/** What becomes of one input: bytes to write, or a message for stderr. */
type Outcome =
  | { kind: "output"; chunk: string | Uint8Array }
  | { kind: "skipped"; message: string; code: ErrorCode };

function skippedInput(item: Extract<InputItem, { kind: "error" }>): Outcome {
  return { kind: "skipped", message: item.error.message, code: item.error.code };
}

function extractFailed(where: string, detail: string): Outcome {
  // The engine must never throw on text; if it does, that document is lost, not the batch.
  return {
    kind: "skipped",
    message: `${where}: the extractor failed (${detail}); this is a bug in stancegraph, please report it with this input`,
    code: "SG_EXTRACT_FAILED",
  };
}

function workerDied(where: string, detail: string): Outcome {
  return {
    kind: "skipped",
    message: `${where}: the extractor's worker thread died on it (${detail}); if it ran out of memory, split the document`,
    code: "SG_EXTRACT_FAILED",
  };
}

/** Runs the command; returns the exit code. */
async function runExtractCommand(files: string[], raw: RawOptions): Promise<number> {
  const stderr = (message: string): void => {
    process.stderr.write(`stancegraph: ${message}\n`);
  };
  let options: ExtractOptions;
  try {
    options = parseExtractOptions(raw);
    if (files.filter((f) => f === "-").length > 1) {
      throw new UsageError(
        "SG_BAD_OPTION",
        "- (standard input) is given more than once; it can only be read once",
      );
    }
  } catch (error) {
    if (!isStancegraphError(error)) throw error;
    stderr(error.message);
    stderr("run stancegraph extract --help for usage");
    return EXIT_USAGE;
  }
  const paths = files.length === 0 ? ["-"] : files;
  if (files.length === 0 && process.stdin.isTTY) {
    stderr("reading text from standard input; end it with Ctrl-D, or pass files as arguments");
  }

  const settings: ExtractSettings = {
    date: options.date,
    actorFiles: options.actorFiles,
    format: options.format,
    color: options.format === "pretty" && process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
  // A batch's memory is mostly garbage waiting for a full collection: collect sooner (heapGrowth.ts).
  limitHeapGrowth();
  const threads = await chooseThreads(options, paths);
  let pool: OrderedPool<DocumentInput> | null = null;
  let start: (item: InputItem) => Started<Outcome>;
  if (threads === 1) {
    let extract: (input: DocumentInput) => string;
    try {
      extract = createExtractTask(settings);
    } catch (error) {
      // A bundled data file that does not validate: nothing can be processed, say which and stop.
      if (!isStancegraphError(error)) throw error;
      stderr(`${error.message} [${error.code}]`);
      return EXIT_FAILURE;
    }
    start = (item) => {
      if (item.kind === "error") return { weight: 0, result: skippedInput(item) };
      if (item.warning) stderr(item.warning);
      try {
        return { weight: 0, result: { kind: "output", chunk: extract(item.input) } };
      } catch (error) {
        return {
          weight: 0,
          result: extractFailed(item.where, error instanceof Error ? error.message : String(error)),
        };
      }
    };
  } else {
    const workers = createExtractPool(settings, threads);
    pool = workers;
    start = (item) => {
      if (item.kind === "error") return { weight: 0, result: skippedInput(item) };
      if (item.warning) stderr(item.warning);
      const { where } = item; // only the name is kept while the document is away
      return {
        weight: item.input.text.length,
        result: workers.submit(item.input).then((outcome): Outcome => {
          if (outcome.ok) return { kind: "output", chunk: outcome.output };
          return outcome.crashed ? workerDied(where, outcome.error) : extractFailed(where, outcome.error);
        }),
      };
    };
  }
  // In the main thread, one document at a time, as before; with workers, as far ahead as keeps them busy.
  const window = pool?.window ?? { items: 1, weight: 0 };

  const sink = createSink(process.stdout);
  let documents = 0;
  let skipped = 0;
  const skip = (message: string, code: ErrorCode): void => {
    skipped++;
    // The stable code goes last, so scripts and tests can match on it while people read the message.
    if (skipped <= MAX_REPORTED) stderr(`${message}; skipped [${code}]`);
    else if (skipped === MAX_REPORTED + 1)
      stderr(`more than ${MAX_REPORTED} inputs skipped; only counting from here on`);
  };

  try {
    const inputs = readInputs(paths, {
      inputFormat: options.inputFormat,
      maxBytes: options.maxBytes,
      date: options.date,
    });
    for await (const outcome of mapOrdered(inputs, start, window)) {
      if (outcome.kind === "skipped") {
        skip(outcome.message, outcome.code);
        continue;
      }
      if (documents > 0 && options.format === "pretty") await sink.write("\n");
      await sink.write(outcome.chunk);
      documents++;
      if (sink.closed) break; // the reader went away (| head): nothing more is wanted
    }
  } catch (error) {
    // The worker threads could not start: a bundled data file that does not validate, or a broken install.
    if (isStancegraphError(error)) stderr(`${error.message} [${error.code}]`);
    else if (error instanceof WorkerStartError) stderr(`${error.message}; try --jobs 1`);
    else throw error;
    return EXIT_FAILURE;
  } finally {
    await pool?.close();
  }

  if (sink.error !== null) {
    stderr(`cannot write the output (${sink.error.message}); check the disk or the pipe`);
    return EXIT_FAILURE;
  }
  if (skipped > 0) {
    stderr(
      `${skipped} input${skipped === 1 ? "" : "s"} skipped, ${documents} document${documents === 1 ? "" : "s"} written`,
    );
    return EXIT_INPUT_SKIPPED;
  }
  return EXIT_OK;
}
