// `stancegraph graph` (the actor network: PageRank, degree, communities) and `stancegraph balance`
// (unbalanced triads, and how balance changed between two windows), over a time window, persons
// optionally rolled up to their organisations.

import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { type BalanceReport, balanceReport, compareBalance, type Triad } from "../graph/balance.js";
import { loadActorGraph } from "../graph/fromStore.js";
import { actorMetrics } from "../graph/metrics.js";
import type { TimeWindow } from "../store/store.js";
import { answer, type Common, windowOf } from "./questions.js";
import { addDbOption } from "./storeOption.js";

interface GraphRaw extends Common {
  from?: string;
  to?: string;
  rollUp?: boolean;
  limit?: string;
  compare?: string;
}

function windowOptions(command: Command): Command {
  return command
    .option("--from <DATE>", "only relations from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <DATE>", "only relations up to this date")
    .option("--roll-up", "count persons' relations for their organisations (Haniya's thanks for Hamas)")
    .option("--json", "print JSON");
}

/** "2011..2020", "2021..", "..2010" → a window. */
export function parseRange(value: string): TimeWindow {
  const m = /^\s*([\d-]*)\s*\.\.\s*([\d-]*)\s*$/.exec(value);
  if (!m)
    throw new UsageError(
      "SG_BAD_OPTION",
      `--compare ${JSON.stringify(value)} is not a range; write FROM..TO, e.g. --compare 2021..2024 or 2021..`,
    );
  return windowOf({ from: m[1] || undefined, to: m[2] || undefined });
}

const sign = (s: number): string => (s > 0 ? "+" : "−");

function triadLine(t: Triad): string {
  const [ab, ac, bc] = t.ties;
  const [a, b, c] = t.labels;
  return `  ${a} ${sign(ab.sign)} ${b},  ${a} ${sign(ac.sign)} ${c},  ${b} ${sign(bc.sign)} ${c}   (evidence +${ab.positive + ac.positive + bc.positive} −${ab.negative + ac.negative + bc.negative})`;
}

function reportLines(title: string, r: BalanceReport, limit: number): string[] {
  const ratio = r.ratio === null ? "no triads" : `${(100 * r.ratio).toFixed(1)}% balanced`;
  const lines = [
    `${title}: ${r.ties} signed ties, ${r.triads} triads, ${r.unbalanced} unbalanced (${ratio})`,
  ];
  for (const t of r.unbalancedTriads.slice(0, limit)) lines.push(triadLine(t));
  if (r.unbalancedTriads.length > limit)
    lines.push(`  … and ${r.unbalancedTriads.length - limit} more (--limit)`);
  return lines;
}

export function registerGraphCommands(program: Command): void {
  windowOptions(
    addDbOption(
      program
        .command("graph")
        .description(
          "The signed actor network: who is central (PageRank, degree) and who sides with whom (communities).",
        ),
    ),
  )
    .option("--limit <N>", "most actors shown", "25")
    .action(async (raw: GraphRaw) => {
      process.exitCode = await answer(raw, async (store) => {
        const graph = await loadActorGraph(store, { window: windowOf(raw), rollUp: raw.rollUp === true });
        const metrics = actorMetrics(graph);
        const limit = Number(raw.limit ?? 25) || 25;
        const communities = new Map<number, string[]>();
        for (const m of metrics)
          if (m.community >= 0)
            communities.set(m.community, [...(communities.get(m.community) ?? []), m.label]);
        const lines = [
          `${graph.order} actors, ${graph.size} directed ties${raw.rollUp ? " (persons rolled up)" : ""}`,
          "",
        ];
        lines.push(
          `${"actor".padEnd(34)} ${"pagerank".padStart(8)} ${"degree".padStart(6)}   +    −  community`,
        );
        for (const m of metrics.slice(0, limit))
          lines.push(
            `${m.label.slice(0, 34).padEnd(34)} ${m.pagerank.toFixed(4).padStart(8)} ${String(m.degree).padStart(6)} ${String(m.positive).padStart(3)} ${String(m.negative).padStart(4)}  ${m.community >= 0 ? m.community : "–"}`,
          );
        lines.push("", "Communities (allies: positive ties only)");
        for (const [id, members] of [...communities].sort((a, b) => b[1].length - a[1].length))
          lines.push(
            `  ${id}: ${members.slice(0, 10).join(", ")}${members.length > 10 ? `, … (${members.length})` : ""}`,
          );
        return { json: { actors: graph.order, ties: graph.size, metrics }, text: `${lines.join("\n")}\n` };
      });
    });

  windowOptions(
    addDbOption(
      program
        .command("balance")
        .description(
          "Structural balance: the unbalanced triads, and how balance changed between two windows.",
        ),
    ),
  )
    .option(
      "--compare <FROM..TO>",
      "a second window to compare with, e.g. --from 2011 --to 2020 --compare 2021..",
    )
    .option("--limit <N>", "most triads listed", "20")
    .action(async (raw: GraphRaw) => {
      process.exitCode = await answer(raw, async (store) => {
        const rollUp = raw.rollUp === true;
        const window = windowOf(raw);
        const limit = Number(raw.limit ?? 20) || 20;
        const graph = await loadActorGraph(store, { window, rollUp });
        if (raw.compare === undefined) {
          const report = balanceReport(graph);
          return { json: report, text: `${reportLines("Balance", report, limit).join("\n")}\n` };
        }
        const later = await loadActorGraph(store, { window: parseRange(raw.compare), rollUp });
        const change = compareBalance(graph, later);
        const lines = [
          // ("Before (all dates)" when no --from or --to narrowed the first window.)
          ...reportLines(
            window.from || window.to
              ? `Before (${window.from ?? "the beginning"} to ${window.to ?? "the latest"})`
              : "Before (all dates)",
            change.before,
            limit,
          ),
          "",
          ...reportLines(`After (${raw.compare})`, change.after, limit),
          "",
          `Tipped into imbalance: ${change.tipped.length}`,
          ...change.tipped.slice(0, limit).map(triadLine),
          `Settled into balance: ${change.settled.length}`,
          ...change.settled.slice(0, limit).map(triadLine),
        ];
        return { json: change, text: `${lines.join("\n")}\n` };
      });
    });
}
