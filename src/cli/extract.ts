// `stancegraph extract`: placeholder, replaced by the real command.
import type { Command } from "commander";
export function registerExtractCommand(program: Command): void {
  program.command("extract").description("extract statements (placeholder)");
}
