// Questions to the store: `stancegraph stats`, `stancegraph search "text"`, `stancegraph actors`. Each
// takes --db and --json; the plain output is for people, the JSON for scripts.

import type { Command } from "commander";
import type { ActorType } from "../contract/extraction.js";
import { UsageError } from "../errors.js";
import { isWindowDay } from "../io/isoDate.js";
import { resolveActor } from "../store/resolveActor.js";
import type { Store, StoredRelation, TimeWindow } from "../store/store.js";
import { EXIT_OK, reportFailure } from "./extract.js";
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

export interface Common {
  db?: string;
  json?: boolean;
}

function positiveInt(value: string | undefined, name: string, fallback: number, least = 1): number {
  if (value === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < least) {
    throw new UsageError(
      "SG_BAD_OPTION",
      `${name} ${JSON.stringify(value)} is not a count; write a whole number, e.g. ${name} 20`,
    );
  }
  return Number(value);
}

/** Opens the store, runs the question (or decision), prints its answer; maps errors to exit codes. */
export async function answer(
  raw: Common,
  ask: (store: Store) => Promise<{ json: unknown; text: string }>,
  mode: "read" | "update" = "read",
): Promise<number> {
  try {
    const store = openStore(dbPath(raw), mode);
    try {
      const { json, text } = await ask(store);
      process.stdout.write(raw.json ? `${JSON.stringify(json)}\n` : text);
      return EXIT_OK;
    } finally {
      await store.close();
    }
  } catch (error) {
    return reportFailure(error);
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  "))
    .join("\n");
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" for --from and --to (real months and days only). */
export function windowOf(raw: { from?: string; to?: string }): TimeWindow {
  for (const [name, value] of [
    ["--from", raw.from],
    ["--to", raw.to],
  ] as const) {
    if (value !== undefined && !isWindowDay(value)) {
      throw new UsageError(
        "SG_BAD_OPTION",
        `${name} ${JSON.stringify(value)} is not a date; write a real YYYY, YYYY-MM or YYYY-MM-DD`,
      );
    }
  }
  // "2021" to "2021-03" is a window; "2025" to "2020" holds nothing, which is likely a slip.
  if (raw.from && raw.to && raw.from.slice(0, raw.to.length) > raw.to)
    throw new UsageError(
      "SG_BAD_OPTION",
      `--from ${raw.from} comes after --to ${raw.to}; the window would hold nothing. Swap them?`,
    );
  return { ...(raw.from ? { from: raw.from } : {}), ...(raw.to ? { to: raw.to } : {}) };
}

/** A search hit's passage with the matched words between « and », for the terminal. */
function marked(snippet: string, highlights: readonly [number, number][]): string {
  let out = "";
  let at = 0;
  for (const [a, b] of highlights) {
    out += `${snippet.slice(at, a)}«${snippet.slice(a, b)}»`;
    at = b;
  }
  return out + snippet.slice(at);
}

const SIGN = { "1": "+", "0": "·", "-1": "−" } as const;

export function formatRelation(r: StoredRelation): string {
  const when = r.period
    ? `${r.period.text} (${r.period.from}…${r.period.to})`
    : (r.date ?? r.documentDate ?? "undated");
  const status = r.status === "machine" ? "" : `  [${r.status}]`;
  return [
    `#${r.id}  ${SIGN[String(r.polarity) as keyof typeof SIGN]} ${r.source.name} —${r.type}→ ${r.target.name}   ${when}${status}`,
    // The sentence, with the evidence words in it marked.
    `   “${markEvidence(r).replace(/\s+/g, " ")}”`,
    `   ${r.documentTitle ?? r.documentSource} [${r.evidence[0]}, ${r.evidence[1]})`,
  ].join("\n");
}

function markEvidence(r: StoredRelation): string {
  const a = r.evidence[0] - r.sentence[0];
  const b = r.evidence[1] - r.sentence[0];
  const t = r.sentenceText;
  if (a < 0 || b > t.length) return t;
  return `${t.slice(0, a)}«${t.slice(a, b)}»${t.slice(b)}`;
}

export interface QuestionCommands {
  actors: Command;
  relations: Command;
}

export function registerQuestionCommands(program: Command): QuestionCommands {
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
            return `${head}\n  ${marked(h.snippet, h.highlights).replace(/\s+/g, " ")}\n  in ${from}`;
          })
          .join("\n\n");
        return { json: hits, text: `${text}\n` };
      });
    });

  const actors = addDbOption(
    program
      .command("actors")
      .description("Actors ranked by the documents that mention them; merge, split and alias them."),
  )
    .option("--type <TYPE>", `only one type: ${ACTOR_TYPES.join(", ")}`)
    .option("--match <WORDS>", "only actors whose name or an alias contains WORDS (any case), closest first")
    .option("--limit <N>", "most actors shown", "50")
    .option("--json", "print JSON")
    .action(async (raw: Common & { type?: string; match?: string; limit?: string }) => {
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
          ...(raw.match ? { match: raw.match } : {}),
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

  addDbOption(
    program
      .command("actor")
      .description(
        "One actor: roles over time, statements by and about it, allies and adversaries with evidence counts.",
      )
      .argument("<NAME>", "the actor's id, name or an alias"),
  )
    .option("--from <DATE>", "only from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <DATE>", "only up to this date")
    .option("--limit <N>", "most statements shown each way", "10")
    .option("--counterparts <N>", "most counterparts listed (by evidence)", "200")
    .option("--json", "print JSON")
    .action(
      async (
        name: string,
        raw: Common & { from?: string; to?: string; limit?: string; counterparts?: string },
      ) => {
        process.exitCode = await answer(raw, async (store) => {
          const window = windowOf(raw);
          const actor = await resolveActor(store, name);
          const p = await store.actorProfile(actor.id, {
            ...window,
            limit: positiveInt(raw.limit, "--limit", 10),
            counterparts: positiveInt(raw.counterparts, "--counterparts", 200),
          });
          if (!p) throw new UsageError("SG_BAD_OPTION", `no actor ${actor.id}`);
          const lines = [
            `${p.actor.name}  (${p.actor.type}${p.actor.known ? "" : ", not in the dictionary"}, id ${p.actor.id})`,
          ];
          // Only other names: an actor whose one alias is its name has nothing to add.
          const also = p.aliases.filter((a) => a !== p.actor.name);
          if (also.length > 0) lines.push(`  also: ${also.slice(0, 12).join(", ")}`);
          if (p.merged.length > 0) lines.push(`  merged from: ${p.merged.join(", ")}`);
          lines.push("", "Roles and affiliations");
          if (p.roles.length === 0) lines.push("  (none stated)");
          for (const r of p.roles)
            lines.push(
              `  ${(r.role ?? "member").padEnd(28)} ${(r.of?.name ?? "—").padEnd(28)} ${r.from ?? "?"} … ${r.to ?? "?"}  (${r.documents} document${r.documents === 1 ? "" : "s"})`,
            );
          const allies = p.counterparts.filter((c) => c.balance > 0);
          const adversaries = p.counterparts.filter((c) => c.balance < 0);
          const counts = (c: (typeof p.counterparts)[number]) =>
            `+${c.positive} −${c.negative} ·${c.neutral}  ${c.first ?? "?"} … ${c.last ?? "?"}`;
          if (p.counterpartCount > p.counterparts.length)
            lines.push(
              "",
              `(${p.counterpartCount} counterparts in all; counterparts below are from the ${p.counterparts.length} with the most evidence)`,
            );
          lines.push("", "Allies");
          for (const c of allies.slice(0, 15)) lines.push(`  ${c.actor.name.padEnd(34)} ${counts(c)}`);
          if (allies.length === 0) lines.push("  (none)");
          lines.push("", "Adversaries");
          for (const c of adversaries.slice(0, 15)) lines.push(`  ${c.actor.name.padEnd(34)} ${counts(c)}`);
          if (adversaries.length === 0) lines.push("  (none)");
          // Counterparts with as much good as bad, or only contacts (meetings, visits): in --json and the
          // briefing as "contact only", so here too.
          const contacts = p.counterparts.filter((c) => c.balance === 0);
          if (contacts.length > 0) {
            lines.push("", "Contacts and mixed");
            for (const c of contacts.slice(0, 15)) lines.push(`  ${c.actor.name.padEnd(34)} ${counts(c)}`);
          }
          const said = (list: typeof p.statementsBy, title: string) => {
            lines.push("", title);
            if (list.length === 0) lines.push("  (none)");
            for (const st of list)
              lines.push(
                `  ${st.date ?? "undated"}  ${st.speaker?.name ?? st.speakerText ?? "?"} ${st.cue ?? ""}${st.kind === "direct" ? `: “${st.content.replace(/\s+/g, " ").slice(0, 220)}”` : ` ${st.content.replace(/\s+/g, " ").slice(0, 220)}`}`,
              );
          };
          said(p.statementsBy, "Statements by");
          said(p.statementsAbout, "Statements about");
          return { json: p, text: `${lines.join("\n")}\n` };
        });
      },
    );

  const relations = addDbOption(
    program
      .command("relations")
      .description(
        "How two actors relate over time, each relation with its evidence; confirm, reject or edit relations.",
      )
      .argument("[A]", "an actor's id, name or alias")
      .argument("[B]", "another actor"),
  )
    .option("--from <DATE>", "only from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <DATE>", "only up to this date")
    .option("--limit <N>", "most relations listed, oldest first (at most 1000)", "100")
    .option("--offset <N>", "relations skipped first: the next page starts at --offset N", "0")
    .option("--json", "print JSON")
    .action(
      async (
        a: string | undefined,
        b: string | undefined,
        raw: Common & { from?: string; to?: string; limit?: string; offset?: string },
      ) => {
        process.exitCode = await answer(raw, async (store) => {
          if (a === undefined || b === undefined) {
            throw new UsageError(
              "SG_BAD_OPTION",
              'name two actors, e.g. stancegraph relations Hamas "Syrian opposition"',
            );
          }
          const window = windowOf(raw);
          const [x, y] = [await resolveActor(store, a), await resolveActor(store, b)];
          const page = await store.relationsBetween(x.id, y.id, {
            ...window,
            limit: Math.min(positiveInt(raw.limit, "--limit", 100), 1000),
            offset: positiveInt(raw.offset, "--offset", 0, 0),
          });
          const { total, offset, relations: rels } = page;
          if (total === 0)
            return { json: page, text: `No relation between ${x.name} and ${y.name} in the store.\n` };
          const signs = page.days.reduce(
            (n, d) => ({ pos: n.pos + d.positive, neg: n.neg + d.negative, neu: n.neu + d.neutral }),
            { pos: 0, neg: 0, neu: 0 },
          );
          const head = `${x.name} and ${y.name}: ${total} relation${total === 1 ? "" : "s"} (${signs.pos} positive, ${signs.neg} negative, ${signs.neu} neutral)`;
          const shown =
            rels.length === 0
              ? `None from --offset ${offset}: there are ${total}.`
              : rels.length < total
                ? `Relations ${offset + 1}–${offset + rels.length} of ${total}, oldest first${offset + rels.length < total ? `; next: --offset ${offset + rels.length}` : ""}.`
                : "";
          const body = [shown, ...rels.map(formatRelation)].filter((part) => part !== "");
          return { json: page, text: `${head}\n\n${body.join("\n\n")}\n` };
        });
      },
    );
  return { actors, relations };
}
