// `stancegraph eval`: placeholder, replaced by the real command.
import type { Command } from "commander";
export function registerEvalCommand(program: Command): void {
  program.command("eval").description("evaluate (placeholder)");
}
