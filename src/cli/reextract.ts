// `stancegraph reextract`: run the engine again on stored documents, after it improved or after analysts
// added aliases, keeping every analyst's decision. Each document is replaced in its own transaction, so
// it can be stopped and run again at any time.

import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { writeAnalystDictionary } from "../store/analystDictionary.js";
import { EXIT_INPUT_SKIPPED, EXIT_OK, parseExtractOptions, reportFailure } from "./extract.js";
import { addDbOption, dbPath, openStore } from "./storeOption.js";

interface RawReextract {
  db?: string;
  date?: string;
  jobs?: string;
  actors?: string[];
  config?: string;
  document?: string[];
  forceLanguage?: boolean;
  json?: boolean;
}

export function registerReextractCommand(program: Command): void {
  addDbOption(
    program
      .command("reextract")
      .description("Run the engine again on stored documents; analysts' decisions stay as they were."),
  )
    .option(
      "--document <ID>",
      "only this stored document; repeat for several",
      (v: string, all: string[] = []) => [...all, v],
    )
    .option("--date <YYYY-MM-DD>", "publication date of documents that state none")
    .option("--jobs <N>", "worker threads; 1 = none (default: one per CPU but one)")
    .option(
      "--actors <FILE>",
      "an actor dictionary on top of the bundled one; repeat for several",
      (f: string, all: string[] = []) => [...all, f],
    )
    .option("--config <FILE>", "a config file")
    .option("--force-language", "extract documents in any language, not only English")
    .option("--json", "print the summary as JSON")
    .action(async (raw: RawReextract) => {
      process.exitCode = await runReextract(raw);
    });
}

async function runReextract(raw: RawReextract): Promise<number> {
  try {
    const options = parseExtractOptions({
      date: raw.date,
      jobs: raw.jobs,
      actors: raw.actors,
      config: raw.config,
    });
    const documents = (raw.document ?? []).map((d) => {
      if (!/^\s*\d+\s*$/.test(d)) {
        throw new UsageError(
          "SG_BAD_OPTION",
          `--document ${JSON.stringify(d)} is not a document id; ids are numbers, as \`stancegraph search\` prints them`,
        );
      }
      return Number(d);
    });
    // Loaded here, not at the top: the ingest code would otherwise load with every command.
    const { reextract } = await import("../ingest/reextract.js");
    const store = openStore(dbPath(raw), "update");
    try {
      const analyst = writeAnalystDictionary(await store.analystAliases());
      const stderr = process.stderr;
      const summary = await reextract(store, {
        jobs: options.jobs ?? Math.max(1, availableParallelism() - 1),
        documents,
        settings: {
          date: options.date,
          actorFiles: analyst ? [...options.actorFiles, analyst] : options.actorFiles,
          forceLanguage: raw.forceLanguage === true,
        },
        onDocument: (done, total) => {
          if (stderr.isTTY && (done % 25 === 0 || done === total))
            stderr.write(`\rreextract: ${done} / ${total}`);
        },
      });
      if (stderr.isTTY) stderr.write("\n");
      for (const e of summary.errors) stderr.write(`stancegraph: ${e.message}\n`);
      const text = [
        `Re-extracted ${summary.documents - summary.errors.length} of ${summary.documents} document${summary.documents === 1 ? "" : "s"} in ${summary.seconds.toFixed(1)} s`,
        `  extracted           ${summary.extracted}   (not English ${summary.notEnglish}, engine failed ${summary.failed})`,
        `  statements          ${summary.statements}`,
        `  relations           ${summary.relations}   (and ${summary.kept} decided by analysts, kept as they were)`,
        `  errors              ${summary.errors.length}`,
      ].join("\n");
      process.stdout.write(raw.json ? `${JSON.stringify(summary)}\n` : `${text}\n`);
      return summary.errors.length > 0 ? EXIT_INPUT_SKIPPED : EXIT_OK;
    } finally {
      await store.close();
    }
  } catch (error) {
    return reportFailure(error);
  }
}
