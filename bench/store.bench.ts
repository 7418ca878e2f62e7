// `npm run bench` (third part): question latency on a large store. Builds (once, then reuses) a store of
// at least 1,000,000 statements from generated extractions: 20,000 actors whose popularity follows a
// Zipf law, as a corpus about a region has its few hubs and its long tail; 15 statements, about 4
// relations and 20 mentions per document, over ten years. Then times the store's `actorProfile` (the
// `actor NAME` question) and `relationsBetween` (`relations A B`) for hub and tail actors, and prints
// p50, p95 and the worst. Figures only, no assertions.
//
//   node dist/bench/store.bench.js [--statements N] [--queries N]

import { statSync } from "node:fs";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.js";
import { prng } from "../src/testing/prng.js";
import { ACTORS, actorId, ensureBenchStore } from "./benchStore.js";

function args(): { statements: number; queries: number } {
  const a = process.argv.slice(2);
  const get = (name: string, d: number) => {
    const i = a.indexOf(name);
    return i >= 0 ? Number(a[i + 1]) || d : d;
  };
  return { statements: get("--statements", 1_000_000), queries: get("--queries", 200) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function time(label: string, n: number, run: (i: number) => Promise<unknown>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  process.stdout.write(
    `  ${label.padEnd(44)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms   max ${(ms[ms.length - 1] as number).toFixed(1).padStart(6)} ms\n`,
  );
}

async function main(): Promise<void> {
  const { statements, queries } = args();
  process.stdout.write(
    `\nstore bench: ${statements.toLocaleString("en")} statements, ${ACTORS.toLocaleString("en")} actors (Zipf)\n`,
  );
  const path = await ensureBenchStore(statements);
  const store = new SqliteStore(path, { mustExist: true, readonly: true });
  const s = await store.stats();
  process.stdout.write(
    `  store: ${s.documents} documents, ${s.statements} statements, ${s.relations} relations, ${s.mentions} mentions, ${(statSync(path).size / 1e6).toFixed(0)} MB\n`,
  );
  const rand = prng(99);
  // Half the questions about the 100 biggest hubs, half about anyone.
  const who = (i: number) => (i % 2 === 0 ? Math.floor(rand() * 100) : Math.floor(rand() * ACTORS));
  await time("actor NAME (actorProfile)", queries, (i) => store.actorProfile(actorId(who(i)), { limit: 10 }));
  await time("relations A B (relationsBetween)", queries, (i) =>
    store.relationsBetween(actorId(who(i)), actorId(who(i + 1))),
  );
  await time("actor NAME, hubs only (top 10)", Math.min(queries, 50), (i) =>
    store.actorProfile(actorId(i % 10), { limit: 10 }),
  );
  await time("relations A B, two hubs (top 10)", Math.min(queries, 50), (i) =>
    store.relationsBetween(actorId(i % 10), actorId((i + 1) % 10)),
  );
  await store.close();
}

await main();
