// `stancegraph eval`: the evaluation commands of CONTRACT.md ("How quality is scored"), one subcommand per
// data set. This file only parses options and prints; the evaluations live in src/eval/<data set>/.

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Command, InvalidArgumentError, Option } from "commander";
import { isStancegraphError } from "../errors.js";
import { type CorpusReport, evaluateCorpus } from "../eval/corpus/evaluate.js";
import {
  CLASSES,
  type DirectedSentimentReport,
  evaluateDirectedSentiment,
} from "../eval/directedSentiment/evaluate.js";
import { evaluatePlover, type PloverReport } from "../eval/plover/evaluate.js";
import {
  type DocumentErrors,
  evaluatePolnear,
  POLNEAR_SPLITS,
  type PolnearReport,
} from "../eval/polnear/evaluate.js";
import { ROLES } from "../eval/polnear/score.js";

export function registerEvalCommand(program: Command): void {
  const evalCommand = program
    .command("eval")
    .description('score the extraction against gold data (CONTRACT.md, "How quality is scored")');

  registerPolnear(evalCommand);
  registerCorpus(evalCommand);
  registerDirectedSentiment(evalCommand);
  registerPlover(evalCommand);
}

function registerDirectedSentiment(evalCommand: Command): void {
  evalCommand
    .command("directed-sentiment")
    .description(
      "who is for or against whom, sentence by sentence, on the directed-sentiment data (five classes)",
    )
    .argument("<file>", "a directed-sentiment split, e.g. ../shared/data/directed-sentiment/valid.txt")
    .option("--json", "print the report as one JSON object")
    .option("--limit <n>", "score only the first N rows", parseLimit)
    .option("--dump <file>", "write every misclassified row as JSONL, for error analysis")
    .action((file: string, options: { json?: boolean; limit?: number; dump?: string }) =>
      runEval(async () => {
        const dump: string[] = [];
        const report = await evaluateDirectedSentiment({
          file,
          limit: options.limit,
          onRow: options.dump
            ? (row, predicted, result) => {
                if (predicted === row.label) return;
                const name = (id: string) => result.actors.find((a) => a.id === id)?.name ?? id;
                dump.push(
                  JSON.stringify({
                    line: row.line,
                    gold: CLASSES[row.label],
                    predicted: CLASSES[predicted],
                    p: row.text.slice(...row.p),
                    q: row.text.slice(...row.q),
                    text: row.text,
                    relations: result.relations.map(
                      (r) => `${name(r.source)} -${r.type}(${r.polarity})-> ${name(r.target)}`,
                    ),
                  }),
                );
              }
            : undefined,
        });
        if (options.dump) writeFileSync(options.dump, dump.length > 0 ? `${dump.join("\n")}\n` : "");
        process.stdout.write(
          options.json ? `${JSON.stringify(report)}\n` : formatDirectedSentiment(file, report),
        );
      }),
    );
}

export function formatDirectedSentiment(file: string, r: DirectedSentimentReport): string {
  const num = (x: number) => x.toFixed(1).padStart(6);
  const lines = [
    `directed-sentiment ${file}: ${r.rows} rows${r.skipped ? `, ${r.skipped} unreadable skipped` : ""}, ${(r.timing.totalMs / 1000).toFixed(1)} s`,
    "",
    `accuracy ${r.accuracy.toFixed(1)}   macro-F1 ${r.macroF1.toFixed(1)}`,
    "",
    `${"class".padEnd(10)}${["P", "R", "F1"].map((h) => h.padStart(6)).join(" ")}${"gold".padStart(7)}${"pred".padStart(7)}`,
  ];
  for (const c of CLASSES) {
    const f = r.classes[c];
    lines.push(
      `${c.padEnd(10)}${[f.precision, f.recall, f.f1].map(num).join(" ")}${String(f.gold).padStart(7)}${String(f.predicted).padStart(7)}`,
    );
  }
  lines.push("", "confusion (rows gold, columns predicted):");
  lines.push(`${"".padEnd(10)}${CLASSES.map((c) => c.padStart(8)).join("")}`);
  r.confusion.forEach((row, i) => {
    lines.push(`${(CLASSES[i] ?? "").padEnd(10)}${row.map((n) => String(n).padStart(8)).join("")}`);
  });
  return `${lines.join("\n")}\n`;
}

function registerPlover(evalCommand: Command): void {
  evalCommand
    .command("plover")
    .description("relations (source, target, polarity) on PLOVER gold event records")
    .argument("<file>", "PLOVER gold records, e.g. ../shared/data/plover/plover-gsr-dev.json")
    .option("--json", "print the report as one JSON object")
    .option("--dump <file>", "write every record with its relations as JSONL, for error analysis")
    .action((file: string, options: { json?: boolean; dump?: string }) =>
      runEval(async () => {
        const dump: string[] = [];
        const report = await evaluatePlover({
          file,
          onRecord: options.dump
            ? (record, result) => {
                const name = (id: string) => result.actors.find((a) => a.id === id)?.name ?? id;
                dump.push(
                  JSON.stringify({
                    id: record.id,
                    event: record.event,
                    text: record.text,
                    gold: record.triples.map(
                      (t) =>
                        `${record.text.slice(...t.source)} -(${t.polarity})-> ${record.text.slice(...t.target)}`,
                    ),
                    relations: result.relations.map(
                      (r) => `${name(r.source)} -${r.type}(${r.polarity})-> ${name(r.target)}`,
                    ),
                  }),
                );
              }
            : undefined,
        });
        if (options.dump) writeFileSync(options.dump, dump.length > 0 ? `${dump.join("\n")}\n` : "");
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatPlover(file, report));
      }),
    );
}

export function formatPlover(file: string, r: PloverReport): string {
  const lines = [
    `PLOVER ${file}: ${r.records} records, ${r.untargeted} without a target (not scored), ${r.triples} (source, target, polarity) triples, ${(r.timing.totalMs / 1000).toFixed(1)} s`,
    "",
    `recall     ${r.recall.toFixed(1)}%  (${r.found}/${r.triples} triples found)`,
    `precision  ${r.precision.toFixed(1)}%  (${r.matching}/${r.predicted} predicted relations match a record)`,
    "",
    "by event:",
  ];
  for (const [event, e] of Object.entries(r.byEvent).sort())
    lines.push(`  ${event.padEnd(12)}${String(e.found).padStart(4)}/${e.triples}`);
  if (r.unplaced.length > 0)
    lines.push("", `${r.unplaced.length} actor texts not found in their sentence (listed with --json)`);
  return `${lines.join("\n")}\n`;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError("expected a whole number of articles, at least 1");
  return n;
}

/**
 * Runs an evaluation action; typed errors print `stancegraph: <message>` and exit 2 (the data or usage is
 * wrong, not the engine). Anything else is a bug and keeps its stack trace.
 */
async function runEval(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    if (!isStancegraphError(e)) throw e;
    process.stderr.write(`stancegraph: ${e.message}\n`);
    process.exitCode = 2;
  }
}

interface PolnearOptions {
  split: (typeof POLNEAR_SPLITS)[number];
  json?: boolean;
  limit?: number;
  dump?: string;
}

function registerPolnear(evalCommand: Command): void {
  evalCommand
    .command("polnear")
    .description("attribution (source, cue, content) on PolNeAR, against the first annotator of each article")
    .argument("<dir>", "the PolNeAR data folder (holding metadata.tsv, train/ and dev/)")
    .addOption(new Option("--split <split>", "which split to score").choices(POLNEAR_SPLITS).default("dev"))
    .option("--json", "print the report as one JSON object")
    .option("--limit <n>", "score only the first N articles (in file-name order)", parseLimit)
    .option(
      "--dump <file>",
      "write each document's false positives and negatives as JSONL, for error analysis",
    )
    .action((dir: string, options: PolnearOptions) =>
      runEval(async () => {
        const dump: string[] = [];
        const report = await evaluatePolnear({
          dir,
          split: options.split,
          limit: options.limit,
          onDocument: options.dump ? (d: DocumentErrors) => dump.push(JSON.stringify(d)) : undefined,
        });
        if (options.dump) writeFileSync(options.dump, dump.length > 0 ? `${dump.join("\n")}\n` : "");
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatPolnear(report));
      }),
    );
}

/** The human report: one aligned row per role, exact and partial P/R/F1 side by side, then attribution. */
export function formatPolnear(report: PolnearReport): string {
  const num = (x: number) => x.toFixed(1).padStart(6);
  const int = (x: number) => String(x).padStart(7);
  const lines: string[] = [];
  const skipped = report.withoutAnnotation > 0 ? `, ${report.withoutAnnotation} without .ann skipped` : "";
  lines.push(
    `PolNeAR ${report.split}: ${report.documents} documents${skipped}, ${report.goldAttributions} gold attributions, ` +
      `${report.predictedStatements} predicted statements, ${(report.timing.totalMs / 1000).toFixed(1)} s ` +
      `(extraction ${(report.timing.extractMs / 1000).toFixed(1)} s)`,
  );
  lines.push("");
  lines.push(`${"".padEnd(12)}${"exact".padEnd(20)}  partial (Jaccard >= 0.5)`);
  const head = ["P", "R", "F1"].map((h) => h.padStart(6)).join(" ");
  const countHead = ["gold", "pred", "TP ex", "TP pa"].map((h) => h.padStart(7)).join("");
  lines.push(`${"role".padEnd(12)}${head}  ${head}  ${countHead}`);
  for (const role of ROLES) {
    const { exact, partial } = report.roles[role];
    const prf = (f: typeof exact) => [f.precision, f.recall, f.f1].map(num).join(" ");
    lines.push(
      `${role.padEnd(12)}${prf(exact)}  ${prf(partial)}  ` +
        `${int(exact.tp + exact.fn)}${int(exact.tp + exact.fp)}${int(exact.tp)}${int(partial.tp)}`,
    );
  }
  const a = report.attribution;
  lines.push(
    `${"attribution".padEnd(12)}${"".padEnd(20)}  ${[a.precision, a.recall, a.f1].map(num).join(" ")}  ` +
      `${int(a.tp + a.fn)}${int(a.tp + a.fp)}${"".padStart(7)}${int(a.tp)}`,
  );
  const sp = report.speakers;
  const share = (k: number) => (sp.withSpeaker === 0 ? 0 : (100 * k) / sp.withSpeaker).toFixed(1);
  lines.push("");
  lines.push(
    `speakers: ${sp.withSpeaker} predicted statements name one; ${share(sp.named)}% resolve to an actor the text names, ` +
      `${share(sp.known)}% to a dictionary actor`,
  );
  if (report.problems.length > 0) {
    lines.push("");
    lines.push(`${report.problems.length} annotation/extraction problems (listed with --json), e.g.:`);
    for (const p of report.problems.slice(0, 3)) lines.push(`  ${p}`);
  }
  return `${lines.join("\n")}\n`;
}

function registerCorpus(evalCommand: Command): void {
  evalCommand
    .command("corpus")
    .description("statements and roles on a corpus of our own texts with hand-written expectations")
    .argument(
      "[expected]",
      "the expectations file; the texts are in corpus/ beside it (default: the bundled examples/expected.json)",
    )
    .option("--json", "print the report as one JSON object")
    .option("--verbose", "list every missed and every unexpected statement")
    .action((expected: string | undefined, options: { json?: boolean; verbose?: boolean }) =>
      runEval(async () => {
        // The bundled corpus is found from the installed package, not from the current directory.
        const file = expected ?? fileURLToPath(new URL("../../../examples/expected.json", import.meta.url));
        const report = evaluateCorpus(file);
        process.stdout.write(
          options.json ? `${JSON.stringify(report)}\n` : formatCorpus(report, options.verbose === true),
        );
      }),
    );
}

function formatCorpus(r: CorpusReport, verbose: boolean): string {
  const s = r.statements;
  const lines = [
    `Corpus: ${r.files} files, ${s.expected} expected statements, ${s.predicted} predicted`,
    `statements  P ${s.precision.toFixed(1)}  R ${s.recall.toFixed(1)}  F1 ${s.f1.toFixed(1)}  (matched by cue and content opening)`,
    `speakers    ${s.speakerRight}/${s.matched} matched statements name the expected speaker`,
    `dates       ${r.dates.right}/${r.dates.expected} stated dates resolved`,
    `roles       ${r.roles.right}/${r.roles.expected} actors with a stated role have it, ${r.roles.withOrganization} with the stated organisation`,
    `merges      ${r.falseMerges.length} false merges of different actors${r.falseMerges.length > 0 ? `: ${r.falseMerges.join("; ")}` : ""}`,
    `relations   P ${r.relations.precision.toFixed(1)}  R ${r.relations.recall.toFixed(1)}  F1 ${r.relations.f1.toFixed(1)}  (${r.relations.found}/${r.relations.expected} expected signed edges found, ${r.relations.sameType} with their type; ${r.relations.matching}/${r.relations.predicted} predicted edges expected)`,
    `not         ${r.forbidden.violated.length}/${r.forbidden.expected} negated or hypothetical relations came out anyway${r.forbidden.violated.length > 0 ? `: ${r.forbidden.violated.join("; ")}` : ""}`,
  ];
  if (verbose) {
    for (const m of r.misses)
      lines.push(
        `missed  ${m.file}: ${m.expected.speaker} — ${m.expected.cue} — ${m.expected.contentStartsWith}`,
      );
    for (const x of r.extras)
      lines.push(
        `extra   ${x.file}: ${x.statement.speakerText} — ${x.statement.cue} — ${x.statement.content.slice(0, 80)}`,
      );
    for (const m of r.roles.missed) lines.push(`role    ${m}`);
    for (const m of r.relations.missed) lines.push(`edge missed  ${m}`);
    for (const m of r.relations.extra) lines.push(`edge extra   ${m}`);
  }
  return `${lines.join("\n")}\n`;
}
