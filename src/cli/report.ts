// `stancegraph report --actor NAME`: an analyst's briefing on an actor's relationships, in Markdown or as
// one self-contained, printable HTML page, every claim footnoted to its document and span.

import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { buildBriefing } from "../report/briefing.js";
import { briefingHtml } from "../report/html.js";
import { briefingMarkdown } from "../report/markdown.js";
import { resolveActor } from "../store/resolveActor.js";
import { answer, type Common, windowOf } from "./questions.js";
import { addDbOption } from "./storeOption.js";

interface ReportRaw extends Common {
  actor?: string;
  from?: string;
  to?: string;
  format?: string;
  out?: string;
  rollUp?: boolean;
  counterparts?: string;
}

export function registerReportCommand(program: Command): void {
  addDbOption(
    program
      .command("report")
      .description(
        "A briefing on an actor's relationships: a section per counterpart, key statements, every claim footnoted.",
      ),
  )
    .requiredOption("--actor <NAME>", "the actor's id, name or an alias")
    .option("--from <DATE>", "only relations from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <DATE>", "only relations up to this date")
    .option("--format <md|html>", "Markdown, or a self-contained printable HTML page", "md")
    .option("--out <FILE>", "write here instead of standard output")
    .option("--roll-up", "count persons' relations for their organisations (Haniya's thanks for Hamas)")
    .option("--counterparts <N>", "most counterparts with a section", "12")
    .addHelpText(
      "after",
      `
Examples:
  stancegraph report --actor Hamas
  stancegraph report --actor Hamas --roll-up --from 2022 --format html --out hamas-2022.html`,
    )
    .action(async (raw: ReportRaw) => {
      process.exitCode = await answer({ db: raw.db }, async (store) => {
        const format = raw.format ?? "md";
        if (format !== "md" && format !== "html") {
          throw new UsageError(
            "SG_BAD_OPTION",
            `--format ${JSON.stringify(format)} is not known; use md or html`,
          );
        }
        const counterparts = Number(raw.counterparts ?? 12);
        if (!Number.isInteger(counterparts) || counterparts < 1) {
          throw new UsageError(
            "SG_BAD_OPTION",
            `--counterparts ${JSON.stringify(raw.counterparts)} is not a count; write e.g. --counterparts 12`,
          );
        }
        const actor = await resolveActor(store, raw.actor ?? "");
        const briefing = await buildBriefing(store, actor, {
          window: windowOf(raw),
          rollUp: raw.rollUp === true,
          counterparts,
        });
        const text = format === "html" ? briefingHtml(briefing) : briefingMarkdown(briefing);
        if (raw.out) {
          writeFileSync(raw.out, text);
          process.stderr.write(`stancegraph: wrote ${raw.out}\n`);
          return { json: null, text: "" };
        }
        return { json: null, text };
      });
    });
}
