// `stancegraph extract`: reads text files, standard input or JSONL batches, runs the engine on each
// document and writes one result per document as it goes (CONTRACT.md, "Command"). A bad input is
// reported on stderr and skipped; the batch goes on, and the exit code says whether anything was skipped.

import type { Command } from "commander";
import type { ExtractionResult } from "../contract/extraction.js";
import { type ErrorCode, isStancegraphError, UsageError } from "../errors.js";
import { isIsoDate } from "../io/isoDate.js";
import { DEFAULT_MAX_BYTES, type InputFormat, readInputs } from "../io/readInputs.js";
import { createSink } from "../io/writeOutput.js";
import { formatPretty } from "../output/pretty.js";
import { createExtractor, type Extractor } from "../pipeline/extract.js";

/** Exit codes, documented in --help. */
export const EXIT_OK = 0;
export const EXIT_INPUT_SKIPPED = 1;
/** Same number as a skipped input: either way the output is incomplete. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** After this many messages about skipped inputs, only the count goes on (a wrong --input-format would flood). */
const MAX_REPORTED = 100;

type OutputFormat = "jsonl" | "pretty";

export interface ExtractOptions {
  date: string | null;
  inputFormat: InputFormat;
  format: OutputFormat;
  maxBytes: number;
}

interface RawOptions {
  date?: string;
  inputFormat?: string;
  format?: string;
  maxBytes?: string;
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

Exit status:
  0  every input was processed
  1  some inputs were skipped (missing, unreadable, binary, not UTF-8, too large, a bad JSONL line);
     each one is named on stderr, and all the others were processed; also when the output cannot be
     written or the engine cannot start (its message says why)
  2  wrong usage (unknown option, a bad --date, --format, --input-format or --max-bytes)

Examples:
  stancegraph extract --date 2024-05-30 article.txt
  stancegraph extract --format pretty examples/corpus/*.txt
  stancegraph extract --input-format jsonl batch.jsonl > results.jsonl
  curl -s https://example.org/a.txt | stancegraph extract -`;

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("Extract statements (who said what), actors and relations from text.")
    .argument("[FILE...]", "text files, or - for standard input (default: standard input)")
    .option("--date <YYYY-MM-DD>", 'publication date, to resolve "on May 28" or "last week"')
    .option(
      "--input-format <text|jsonl>",
      "text: one document per file; jsonl: one document per line",
      "text",
    )
    .option("--format <jsonl|pretty>", "jsonl: one JSON result per line; pretty: a readable report", "jsonl")
    .option("--max-bytes <size>", "largest text file or JSONL line accepted, e.g. 300MB", "256MB")
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
  return { date, inputFormat, format, maxBytes };
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

  let extractor: Extractor;
  try {
    extractor = createExtractor({ date: options.date });
  } catch (error) {
    // A bundled data file that does not validate: nothing can be processed, say which and stop.
    if (!isStancegraphError(error)) throw error;
    stderr(`${error.message} [${error.code}]`);
    return EXIT_FAILURE;
  }
  const sink = createSink(process.stdout);
  const color = options.format === "pretty" && process.stdout.isTTY === true && !process.env.NO_COLOR;
  let documents = 0;
  let skipped = 0;
  const skip = (message: string, code: ErrorCode): void => {
    skipped++;
    // The stable code goes last, so scripts and tests can match on it while people read the message.
    if (skipped <= MAX_REPORTED) stderr(`${message}; skipped [${code}]`);
    else if (skipped === MAX_REPORTED + 1)
      stderr(`more than ${MAX_REPORTED} inputs skipped; only counting from here on`);
  };

  for await (const item of readInputs(paths, {
    inputFormat: options.inputFormat,
    maxBytes: options.maxBytes,
  })) {
    if (item.kind === "error") {
      skip(item.error.message, item.error.code);
      continue;
    }
    let result: ExtractionResult;
    try {
      result = extractor.extract(item.input);
    } catch (error) {
      // The engine must never throw on text; if it does, that document is lost, not the batch.
      const detail = error instanceof Error ? error.message : String(error);
      skip(
        `${item.where}: the extractor failed (${detail}); this is a bug in stancegraph, please report it with this input`,
        "SG_EXTRACT_FAILED",
      );
      continue;
    }
    const out = options.format === "jsonl" ? `${JSON.stringify(result)}\n` : formatPretty(result, { color });
    await sink.write(documents > 0 && options.format === "pretty" ? `\n${out}` : out);
    documents++;
    if (sink.closed) break; // the reader went away (| head): nothing more is wanted
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
