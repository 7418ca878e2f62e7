// Questions to the store: `stancegraph stats`, `stancegraph search "text"`, `stancegraph actors`. Each
// takes --db and --json; the plain output is for people, the JSON for scripts.

import type { Command } from "commander";
import type { ActorType } from "../contract/extraction.js";
import { isStancegraphError, UsageError } from "../errors.js";
import type { Store } from "../store/store.js";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./extract.js";
import { addDbOption, dbPath, openStore } from "./storeOption.js";

const ACTOR_TYPES: readonly ActorType[] = [
  "person",
  "organization",
  "state",
  "group",
  "media",
  "place",
  "unknown",
];

interface Common {
  db?: string;
  json?: boolean;
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      "SG_BAD_OPTION",
      `${name} ${JSON.stringify(value)} is not a count; write a whole number, e.g. ${name} 20`,
    );
  }
  return Number(value);
}

/** Opens the store, runs the question, prints its answer; maps errors to exit codes. */
async function answer(
  raw: Common,
  ask: (store: Store) => Promise<{ json: unknown; text: string }>,
): Promise<number> {
  try {
    const store = openStore(dbPath(raw), "read");
    try {
      const { json, text } = await ask(store);
      process.stdout.write(raw.json ? `${JSON.stringify(json)}\n` : text);
      return EXIT_OK;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!isStancegraphError(error)) throw error;
    process.stderr.write(`stancegraph: ${error.message}\n`);
    return error.name === "UsageError" ? EXIT_USAGE : EXIT_FAILURE;
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  "))
    .join("\n");
}

export function registerQuestionCommands(program: Command): void {
  addDbOption(
    program
      .command("stats")
      .description("What the store holds: documents, statements, relations, actors, dates."),
  )
    .option("--json", "print JSON")
    .action(async (raw: Common) => {
      process.exitCode = await answer(raw, async (store) => {
        const s = await store.stats();
        const text = [
          `Store ${store.location}`,
          `  documents   ${s.documents}   (extracted ${s.byStatus.extracted}, not English ${s.byStatus.language}, engine failed ${s.byStatus.failed})`,
          `  dates       ${s.from ?? "–"} to ${s.to ?? "–"}`,
          `  statements  ${s.statements}`,
          `  relations   ${s.relations}`,
          `  actors      ${s.actors}   (${s.mentions} mentions)`,
        ].join("\n");
        return { json: s, text: `${text}\n` };
      });
    });

  addDbOption(
    program
      .command("search")
      .description("Full-text search over statements and documents.")
      .argument("<QUERY>", 'words, "a phrase", prefix*, AND / OR / NOT')
      .addHelpText(
        "after",
        `
Examples:
  stancegraph search "stab in the back"
  stancegraph search 'Haniya AND thank*' --in statements
  stancegraph search rapprochement --limit 5 --json`,
      ),
  )
    .option("--in <statements|documents|all>", "where to search", "all")
    .option("--limit <N>", "most hits shown", "20")
    .option("--json", "print JSON")
    .action(async (query: string, raw: Common & { in?: string; limit?: string }) => {
      process.exitCode = await answer(raw, async (store) => {
        const where = raw.in ?? "all";
        if (where !== "statements" && where !== "documents" && where !== "all") {
          throw new UsageError(
            "SG_BAD_OPTION",
            `--in ${JSON.stringify(where)} is not known; use statements, documents or all`,
          );
        }
        const hits = await store.search(query, { in: where, limit: positiveInt(raw.limit, "--limit", 20) });
        if (hits.length === 0) return { json: hits, text: `No match for ${JSON.stringify(query)}.\n` };
        const text = hits
          .map((h) => {
            const head =
              h.kind === "statement"
                ? `statement ${h.id}  ${h.speaker ?? "(no speaker)"}${h.date ? `, ${h.date}` : ""}`
                : `document ${h.id}${h.date ? `, ${h.date}` : ""}`;
            const from = `${h.documentTitle ?? h.documentSource} [${h.span[0]}, ${h.span[1]})`;
            return `${head}\n  ${h.snippet.replace(/\s+/g, " ")}\n  in ${from}`;
          })
          .join("\n\n");
        return { json: hits, text: `${text}\n` };
      });
    });

  addDbOption(program.command("actors").description("Actors ranked by the documents that mention them."))
    .option("--type <TYPE>", `only one type: ${ACTOR_TYPES.join(", ")}`)
    .option("--limit <N>", "most actors shown", "50")
    .option("--json", "print JSON")
    .action(async (raw: Common & { type?: string; limit?: string }) => {
      process.exitCode = await answer(raw, async (store) => {
        const type = raw.type as ActorType | undefined;
        if (type !== undefined && !ACTOR_TYPES.includes(type)) {
          throw new UsageError(
            "SG_BAD_OPTION",
            `--type ${JSON.stringify(type)} is not known; use one of ${ACTOR_TYPES.join(", ")}`,
          );
        }
        const actors = await store.actors({
          ...(type ? { type } : {}),
          limit: positiveInt(raw.limit, "--limit", 50),
        });
        const rows = [
          ["actor", "type", "docs", "mentions", "statements", "relations", "id"],
          ...actors.map((a) => [
            a.known ? a.name : `${a.name} (?)`,
            a.type,
            String(a.documents),
            String(a.mentions),
            String(a.statements),
            String(a.relations),
            a.id,
          ]),
        ];
        return { json: actors, text: `${table(rows)}\n` };
      });
    });
}
