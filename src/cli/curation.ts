// Analysts' decisions on the command line: `relations confirm|reject|edit ID`, `actors merge A B`,
// `actors split B`, `actors alias add A "name"`, and `decisions` to read them back. Each takes --as NAME
// (default: the login name) and is recorded with its time; each survives `stancegraph reextract`.

import { userInfo } from "node:os";
import type { Command } from "commander";
import { slug } from "../actors/speakerActors.js";
import { UsageError } from "../errors.js";
import { parseRelationEdit } from "../relations/relationEdit.js";
import { assertFreeAlias, resolveActor } from "../store/resolveActor.js";
import type { Store } from "../store/store.js";
import { answer, type Common, formatRelation, type QuestionCommands } from "./questions.js";
import { addDbOption } from "./storeOption.js";

interface Decided extends Common {
  as?: string;
}

/** Who decides when nobody says (--as): the login name. */
export function loginName(): string {
  try {
    return process.env.USER || userInfo().username;
  } catch {
    return "unknown";
  }
}

function author(raw: Decided): string {
  return raw.as ?? loginName();
}

function relationId(value: string): number {
  const id = /^\s*#?(\d+)\s*$/.exec(value)?.[1];
  if (id === undefined) {
    throw new UsageError(
      "SG_BAD_OPTION",
      `${JSON.stringify(value)} is not a relation id; ids are numbers, as \`stancegraph relations A B\` prints them (#12)`,
    );
  }
  return Number(id);
}

function decisionCommand(parent: Command, name: string, description: string): Command {
  return addDbOption(parent.command(name).description(description))
    .option("--as <NAME>", "who decides (default: your login name)")
    .option("--json", "print JSON");
}

export function registerCurationCommands(program: Command, questions: QuestionCommands): void {
  // `relations confirm 12 --db x`: options after a subcommand are the subcommand's, not the parent's.
  questions.relations.enablePositionalOptions();
  questions.actors.enablePositionalOptions();
  const run = (raw: Decided, act: (store: Store) => Promise<{ json: unknown; text: string }>) =>
    answer(raw, act, "update");

  for (const [verb, describe] of [
    ["confirm", "Confirm a relation: it stays, whatever a later reextract finds."],
    [
      "reject",
      "Reject a relation: left out of every question, graph and export, and not found again by reextract.",
    ],
  ] as const) {
    decisionCommand(questions.relations, verb, describe)
      .argument("<ID>", "the relation's id (#12)")
      .action(async (id: string, raw: Decided) => {
        process.exitCode = await run(raw, async (store) => {
          const n = relationId(id);
          const r =
            verb === "confirm"
              ? await store.confirmRelation(n, author(raw))
              : await store.rejectRelation(n, author(raw));
          return { json: r, text: `${formatRelation(r)}\n` };
        });
      });
  }

  decisionCommand(
    questions.relations,
    "edit",
    "Change a relation's type or polarity; it stays as edited through reextract.",
  )
    .argument("<ID>", "the relation's id (#12)")
    .option("--type <TYPE>", "a relation type of docs/relations.md (praise, criticize, meet, …)")
    .option("--polarity <P>", "+1, 0 or -1 (default: the new type's own)")
    .action(async (id: string, raw: Decided & { type?: string; polarity?: string }) => {
      process.exitCode = await run(raw, async (store) => {
        const edit = parseRelationEdit(raw.type, raw.polarity);
        const r = await store.editRelation(relationId(id), edit, author(raw));
        return { json: r, text: `${formatRelation(r)}\n` };
      });
    });

  decisionCommand(
    questions.actors,
    "merge",
    "Merge actor B into actor A: every question counts B's mentions, statements and relations as A's.",
  )
    .argument("<A>", "the actor that stays")
    .argument("<B>", "the actor merged into it")
    .action(async (a: string, b: string, raw: Decided) => {
      process.exitCode = await run(raw, async (store) => {
        const [into, from] = [await resolveActor(store, a), await resolveActor(store, b)];
        await store.mergeActors(into.id, from.id, author(raw));
        return {
          json: { into, from },
          text: `Merged ${from.name} (${from.id}) into ${into.name} (${into.id}).\n`,
        };
      });
    });

  decisionCommand(questions.actors, "split", "Undo a merge: actor B stands on its own again.")
    .argument(
      "<B>",
      "the merged actor: its id or its name (`stancegraph actor A` lists them under 'merged from')",
    )
    .action(async (given: string, raw: Decided) => {
      process.exitCode = await run(raw, async (store) => {
        const b = await mergedActor(store, given);
        await store.splitActor(b, author(raw));
        return { json: { split: b }, text: `${b} stands on its own again.\n` };
      });
    });

  const alias = questions.actors
    .command("alias")
    .description("Names of an actor that analysts add.")
    .enablePositionalOptions();
  decisionCommand(
    alias,
    "add",
    "Add a name an actor goes by; ingest and reextract find it under that name from now on.",
  )
    .argument("<A>", "the actor")
    .argument("<NAME>", "the new name, as it appears in text")
    .option("--force", "add it even when it already names another actor (whose mentions it would take)")
    .action(async (a: string, name: string, raw: Decided & { force?: boolean }) => {
      process.exitCode = await run(raw, async (store) => {
        const actor = await resolveActor(store, a);
        if (raw.force !== true) await assertFreeAlias(store, actor, name);
        await store.addAlias(actor.id, name, author(raw));
        return {
          json: { actor, alias: name },
          text: `${actor.name} (${actor.id}) also goes by ${JSON.stringify(name)}; run \`stancegraph reextract\` to find it in stored documents.\n`,
        };
      });
    });

  decisionCommand(
    alias,
    "remove",
    "Remove a name an analyst added; reextract stops finding the actor under it.",
  )
    .argument("<A>", "the actor")
    .argument("<NAME>", "the alias, as it was added")
    .action(async (a: string, name: string, raw: Decided) => {
      process.exitCode = await run(raw, async (store) => {
        const actor = await resolveActor(store, a);
        await store.removeAlias(actor.id, name, author(raw));
        return {
          json: { actor, removed: name },
          text: `${actor.name} (${actor.id}) no longer goes by ${JSON.stringify(name)}; run \`stancegraph reextract\` to apply it to stored documents.\n`,
        };
      });
    });

  addDbOption(
    program.command("decisions").description("The analysts' decisions, newest first, with time and author."),
  )
    .option("--limit <N>", "most shown", "50")
    .option("--json", "print JSON")
    .action(async (raw: Common & { limit?: string }) => {
      process.exitCode = await run(raw, async (store) => {
        const limit = /^\d+$/.test(raw.limit ?? "50") ? Number(raw.limit ?? 50) : 50;
        const list = await store.decisions({ limit });
        const text =
          list.length === 0
            ? "No decisions yet.\n"
            : `${list.map((d) => `${d.at}  ${d.author.padEnd(12)} ${d.action.padEnd(17)} ${d.subject}  ${JSON.stringify(d.detail)}`).join("\n")}\n`;
        return { json: list, text };
      });
    });
}

/**
 * The id of the merged actor a name or id stands for: a name resolves to the actor it was merged into
 * (questions read through merges), so the merged one is looked for among that actor's merges. An id, or a
 * name that matches none of them, is passed on for the store to answer.
 */
async function mergedActor(store: Store, given: string): Promise<string> {
  const into = await resolveActor(store, given).catch(() => null);
  if (!into || into.id === given) return given;
  const merged = (await store.actorProfile(into.id))?.merged ?? [];
  if (merged.includes(given)) return given;
  // The id the engine would give that name (speakerActors' slug), plain or with its source's prefix.
  const id = slug(given);
  const named = merged.filter((m) => m === id || m.endsWith(`:${id}`) || m === `name-${id}`);
  if (named.length === 1) return named[0] as string;
  if (merged.length === 1 && into.id !== id) return merged[0] as string;
  if (merged.length === 0) return into.id;
  throw new UsageError(
    "SG_BAD_OPTION",
    `${JSON.stringify(given)} names ${into.name} (${into.id}), into which ${merged.join(", ")} were merged; give the id of the one to split`,
  );
}
