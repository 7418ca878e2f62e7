// `stancegraph ingest`: files, folders, globs, JSONL batches and URLs into the store, each document with
// its extraction. Already-stored sources are passed over; a source that cannot be read is named and
// skipped; the summary says what happened to everything.

import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { CONFIG_FILE } from "../config/config.js";
import type { IngestSummary } from "../ingest/ingest.js";
import { createProgress } from "../ingest/progress.js";
import type { Listed } from "../ingest/sources.js";
import { writeAnalystDictionary } from "../store/analystDictionary.js";
import {
  EXIT_INPUT_SKIPPED,
  EXIT_OK,
  IN_PROCESS_BYTES,
  parseExtractOptions,
  reportFailure,
} from "./extract.js";
import { addDbOption, dbPath, openStore, storeFiles } from "./storeOption.js";

interface RawIngestOptions {
  db?: string;
  date?: string;
  maxBytes?: string;
  jobs?: string;
  actors?: string[];
  config?: string;
  forceLanguage?: boolean;
  json?: boolean;
  quiet?: boolean;
}

const HELP_AFTER = `
Sources:
  Files by extension: .txt .text (plain text; a first line and a "Date: 2024-05-28" line give title
  and date; "28 May 2024", "May 28, 2024", "2024/05/28" read too), .md .markdown (front matter title and date), .html .htm (main content by Readability;
  title and date from the page's metadata), .pdf, .docx, .jsonl (one document per line:
  {"id", "text", "date", "title"}), .rss .atom .xml (feeds: every item is a document, fetched from its
  link when the feed carries only a summary). Folders are walked recursively for those extensions; hidden
  files are passed over. Quote globs ("reports/**/*.html") so the shell does not expand them. URLs
  (http, https) are fetched; the answer's Content-Type decides the reader.

  A source already in the store (the same bytes, or the same text from elsewhere) is passed over,
  so ingesting a folder again only adds what is new. Documents are written a few dozen to a transaction:
  stop the command at any time, and the next run finishes the rest (redoing at most the last batch).

  Documents that are not in English are stored (and searchable) but not extracted; --force-language
  extracts them anyway.

Exit status:
  0  every source was stored, or was already in the store
  1  some sources were skipped (missing, unreadable, not a PDF, …); each is named on stderr
  2  wrong usage

Examples:
  stancegraph ingest examples/corpus/*.txt
  stancegraph ingest --db gaza.db reports/ "archive/**/*.html" https://example.org/analysis.html
  stancegraph ingest --date 2024-05-30 --json batch.jsonl`;

export function registerIngestCommand(program: Command): void {
  const command = program
    .command("ingest")
    .description(
      "Store documents (text, Markdown, HTML, PDF, DOCX, JSONL, URLs) with their statements, actors and relations.",
    )
    .argument("[SOURCE...]", "files, folders, globs or URLs (none: only create or migrate the store)");
  addDbOption(command)
    .option("--date <YYYY-MM-DD>", "publication date of documents that state none")
    .option("--max-bytes <size>", "largest source accepted, e.g. 300MB", "256MB")
    .option("--jobs <N>", "worker threads; 1 = none (default: one per CPU but one)")
    .option(
      "--actors <FILE>",
      "an actor dictionary on top of the bundled one; repeat for several",
      (f: string, all: string[] = []) => [...all, f],
    )
    .option("--config <FILE>", `a config file (default: ./${CONFIG_FILE} when present)`)
    .option("--force-language", "extract documents in any language, not only English")
    .option("--json", "print the summary as JSON")
    .option("--quiet", "no progress; only skipped sources and the summary")
    .addHelpText("after", HELP_AFTER)
    .action(async (sources: string[], raw: RawIngestOptions) => {
      process.exitCode = await runIngestCommand(sources, raw);
    });
}

/** Worker threads for an ingest: as extract chooses them (the main thread alone for small inputs). */
function chooseIngestThreads(jobs: number | null, listed: readonly Listed[]): number {
  const wanted = jobs ?? Math.max(1, availableParallelism() - 1);
  if (wanted <= 1 || jobs !== null) return wanted;
  const bytes = listed.reduce(
    (n, l) => n + (l.kind === "file" ? l.bytes : l.kind === "url" ? IN_PROCESS_BYTES : 0),
    0,
  );
  return bytes <= IN_PROCESS_BYTES ? 1 : wanted;
}

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [
    `Ingested into ${db} in ${s.seconds.toFixed(1)} s (${(s.bytes / 1e6).toFixed(1)} MB, ${s.seconds > 0 ? (s.bytes / 1e6 / s.seconds).toFixed(1) : "0.0"} MB/s)`,
    `  documents added     ${s.added}   (extracted ${s.extracted}, not English ${s.notEnglish}, engine failed ${s.failed})`,
    `  already stored      ${s.alreadyStored}`,
    ...(s.reextracted > 0
      ? [`  extracted again     ${s.reextracted}   (stored before without an extraction)`]
      : []),
    `  statements          ${s.statements}`,
    `  relations           ${s.relations}`,
    `  skipped             ${s.skipped.length}`,
  ];
  // Which documents were stored without an extraction, and how to extract one that is English after all.
  for (const d of s.notEnglishDocuments.slice(0, 10))
    lines.push(`    not English (${d.language}): document ${d.document}, ${d.source}`);
  if (s.notEnglishDocuments.length > 10) lines.push(`    … and ${s.notEnglishDocuments.length - 10} more`);
  if (s.notEnglishDocuments.length > 0)
    lines.push("    (stancegraph reextract --force-language --document ID extracts one in any language)");
  const byCode = new Map<string, number>();
  for (const k of s.skipped) byCode.set(k.code, (byCode.get(k.code) ?? 0) + 1);
  for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) lines.push(`    ${code.padEnd(22)} ${n}`);
  return `${lines.join("\n")}\n`;
}

async function runIngestCommand(sources: string[], raw: RawIngestOptions): Promise<number> {
  try {
    const options = parseExtractOptions({
      date: raw.date,
      maxBytes: raw.maxBytes,
      jobs: raw.jobs,
      actors: raw.actors,
      config: raw.config,
    });
    // Loaded here, not at the top: the converters and the fetcher (Readability, the feed parser, the
    // language guesser) would otherwise load with every command, `extract` included.
    const [{ fetchUrl }, { ingest }, { listSources }] = await Promise.all([
      import("../ingest/fetchUrl.js"),
      import("../ingest/ingest.js"),
      import("../ingest/sources.js"),
    ]);
    const db = dbPath(raw);
    const store = openStore(db, "create");
    try {
      const listed = await listSources(sources, storeFiles(db));
      // Names analysts added (actors alias add) are found in new documents too.
      const analyst = writeAnalystDictionary(await store.analystAliases());
      const jobs = chooseIngestThreads(options.jobs, listed);
      const summary = await ingest(
        listed,
        store,
        {
          jobs,
          maxBytes: options.maxBytes,
          fetchUrl,
          settings: {
            date: options.date,
            actorFiles: analyst ? [...options.actorFiles, analyst] : options.actorFiles,
            forceLanguage: raw.forceLanguage === true,
            maxTextBytes: options.maxBytes,
          },
        },
        createProgress({ stream: process.stderr, quiet: raw.quiet === true }),
      );
      process.stdout.write(raw.json ? `${JSON.stringify({ db, ...summary })}\n` : formatSummary(summary, db));
      return summary.skipped.length > 0 ? EXIT_INPUT_SKIPPED : EXIT_OK;
    } finally {
      await store.close();
    }
  } catch (error) {
    return reportFailure(error);
  }
}
