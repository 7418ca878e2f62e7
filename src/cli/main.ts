#!/usr/bin/env node
// The `stancegraph` command line: one commander program, one module per command.

import { Command } from "commander";
import { registerEvalCommand } from "./eval.js";
import { registerExtractCommand } from "./extract.js";
import { version } from "./version.js";

const program = new Command();
program
  .name("stancegraph")
  .description("Who said what about whom: statements, speakers and relations from news and analysis texts.")
  .version(version, "-V, --version")
  .showHelpAfterError("(run with --help for usage)");

registerExtractCommand(program);
registerEvalCommand(program);

await program.parseAsync(process.argv);
