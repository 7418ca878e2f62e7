#!/usr/bin/env node
// The `stancegraph` command line: one commander program, one module per command.

import { Command } from "commander";
import { registerCurationCommands } from "./curation.js";
import { registerEvalCommand } from "./eval.js";
import { registerExportCommand } from "./export.js";
import { registerExtractCommand } from "./extract.js";
import { registerGraphCommands } from "./graph.js";
import { registerIngestCommand } from "./ingest.js";
import { registerQuestionCommands } from "./questions.js";
import { registerReextractCommand } from "./reextract.js";
import { registerReportCommand } from "./report.js";
import { registerServeCommand } from "./serve.js";
import { version } from "./version.js";

const program = new Command();
program
  .name("stancegraph")
  .description("Who said what about whom: statements, speakers and relations from news and analysis texts.")
  .version(version, "-V, --version")
  .showHelpAfterError("(run with --help for usage)")
  // Options after a subcommand belong to it ("relations confirm 12 --db x"), as everywhere in git-like CLIs.
  .enablePositionalOptions()
  .configureOutput({
    // Commander says "error: …"; every stancegraph message starts "stancegraph: …".
    outputError: (message, write) => write(message.replace(/^error: /, "stancegraph: ")),
  })
  // Wrong usage (an unknown command, a missing argument) exits 2, as every command's help says.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerExtractCommand(program);
registerEvalCommand(program);
registerIngestCommand(program);
registerCurationCommands(program, registerQuestionCommands(program));
registerReextractCommand(program);
registerGraphCommands(program);
registerExportCommand(program);
registerReportCommand(program);
registerServeCommand(program);

await program.parseAsync(process.argv);
