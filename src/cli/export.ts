// `stancegraph export`: the actor network (GEXF, GraphML, CSV, node-link JSON) or the statement table
// (DNA) of a time window, to a file or standard output.

import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import {
  toCsvEdges,
  toCsvNodes,
  toDnaStatements,
  toGexf,
  toGraphml,
  toNodeLinkJson,
} from "../export/exporters.js";
import { loadActorGraph } from "../graph/fromStore.js";
import { answer, type Common, windowOf } from "./questions.js";
import { addDbOption } from "./storeOption.js";

const FORMATS = ["gexf", "graphml", "csv", "json", "dna"] as const;
type Format = (typeof FORMATS)[number];

interface ExportRaw extends Common {
  format?: string;
  out?: string;
  from?: string;
  to?: string;
  rollUp?: boolean;
}

const HELP_AFTER = `
Formats:
  gexf     GEXF 1.2draft, dynamic: Gephi plays the network over time (actors and ties with start and end, each
           tie's relations as spells); edge attributes positive, negative, neutral, net, sign, types
  graphml  GraphML with the same attributes (Gephi, yEd, networkx, igraph)
  csv      two files, PREFIX-nodes.csv and PREFIX-edges.csv (--out PREFIX is required)
  json     networkx node-link JSON: networkx.node_link_graph(json.load(f), edges="links")
  dna      a statement table in Discourse Network Analyzer's shape: id, date, actor, actor_type,
           concept (the actor the relation is about), agreement (1 or 0), type, document, text;
           contact relations (meet, visit), which are neither, are left out

Examples:
  stancegraph export --format gexf --out network.gexf
  stancegraph export --format csv --out hamas-2022 --from 2022 --to 2022 --roll-up
  stancegraph export --format dna > statements.csv`;

export function registerExportCommand(program: Command): void {
  addDbOption(
    program
      .command("export")
      .description("The actor network or the statement table, for Gephi, networkx, rDNA and spreadsheets."),
  )
    .requiredOption("--format <FORMAT>", FORMATS.join(", "))
    .option("--out <FILE>", "write here instead of standard output (for csv: a prefix)")
    .option("--from <DATE>", "only relations from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <DATE>", "only relations up to this date")
    .option("--roll-up", "count persons' relations for their organisations")
    .addHelpText("after", HELP_AFTER)
    .action(async (raw: ExportRaw) => {
      process.exitCode = await answer({ db: raw.db }, async (store) => {
        const format = raw.format as Format;
        if (!FORMATS.includes(format)) {
          throw new UsageError(
            "SG_BAD_OPTION",
            `--format ${JSON.stringify(raw.format)} is not known; use one of ${FORMATS.join(", ")}`,
          );
        }
        if (format === "csv" && !raw.out) {
          throw new UsageError(
            "SG_BAD_OPTION",
            "--format csv writes two files; give their prefix with --out, e.g. --out network",
          );
        }
        const window = windowOf(raw);
        const files: [string | null, string][] = [];
        if (format === "dna") {
          files.push([raw.out ?? null, toDnaStatements(await store.relationsInWindow(window))]);
        } else {
          const graph = await loadActorGraph(store, { window, rollUp: raw.rollUp === true });
          if (format === "gexf") files.push([raw.out ?? null, toGexf(graph)]);
          else if (format === "graphml") files.push([raw.out ?? null, toGraphml(graph)]);
          else if (format === "json") files.push([raw.out ?? null, toNodeLinkJson(graph)]);
          else
            files.push(
              [`${raw.out}-nodes.csv`, toCsvNodes(graph)],
              [`${raw.out}-edges.csv`, toCsvEdges(graph)],
            );
        }
        let text = "";
        for (const [path, body] of files) {
          if (path === null) text += body;
          else {
            writeFileSync(path, body);
            process.stderr.write(`stancegraph: wrote ${path}\n`);
          }
        }
        return { json: null, text };
      });
    });
}
