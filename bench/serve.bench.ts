// `npm run bench` (fourth part): the API under load. `stancegraph serve` runs as its own process on the
// generated store of 1,000,000 statements (benchStore.ts); 50 clients, each sending its next request as
// soon as the last is answered, ask for actor profiles, relations between two actors, and the graph of
// a year (half the questions about the 100 biggest hubs), taking gzip as browsers do. Prints requests per second and the latency
// percentiles of each kind. Figures only, no assertions.
//
//   node dist/bench/serve.bench.js [--statements N] [--seconds S] [--warm-up S] [--clients C] [--workers N]

import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { prng } from "../src/testing/prng.js";
import { ACTORS, actorId, ensureBenchStore } from "./benchStore.js";

const MAIN = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));

function args(): { statements: number; seconds: number; clients: number; workers: number; warmUp: number } {
  const a = process.argv.slice(2);
  const get = (name: string, d: number) => {
    const i = a.indexOf(name);
    return i >= 0 ? Number(a[i + 1]) || d : d;
  };
  return {
    statements: get("--statements", 1_000_000),
    seconds: get("--seconds", 10),
    clients: get("--clients", 50),
    workers: get("--workers", 1),
    warmUp: a.includes("--warm-up") ? Number(a[a.indexOf("--warm-up") + 1]) || 0 : 3,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** One GET over a kept-alive connection, the body read as the bytes sent (gzip, as browsers take it). */
function get(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

/** Latencies of `clients` loops, each asking `next()` for a path and fetching it, for `seconds`. */
async function load(
  base: string,
  next: () => string,
  seconds: number,
  clients: number,
): Promise<{ ms: number[]; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const ms: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          if ((await get(agent, new URL(next(), base))) !== 200) errors++;
        } catch {
          errors++;
        }
        ms.push(performance.now() - t);
      }
    }),
  );
  agent.destroy();
  return { ms: ms.sort((a, b) => a - b), errors };
}

/**
 * One kind of request under load: first `warmUp` seconds not counted (V8 compiling the routes' code,
 * SQLite's page cache and the response cache filling: a server just started answers a third as fast for
 * its first 2–3 s), printed apart; then `seconds` measured.
 */
async function measure(
  base: string,
  label: string,
  next: () => string,
  o: { seconds: number; clients: number; warmUp: number },
): Promise<void> {
  const f = (x: number) => `${x.toFixed(1).padStart(7)} ms`;
  const line = (name: string, seconds: number, { ms, errors }: { ms: number[]; errors: number }) =>
    `  ${name.padEnd(26)} ${String(Math.round(ms.length / seconds)).padStart(5)} req/s   p50 ${f(percentile(ms, 50))}   p95 ${f(percentile(ms, 95))}   p99 ${f(percentile(ms, 99))}   errors ${errors}\n`;
  if (o.warmUp > 0)
    process.stdout.write(
      line(`  (warm-up, ${o.warmUp} s)`, o.warmUp, await load(base, next, o.warmUp, o.clients)),
    );
  process.stdout.write(line(label, o.seconds, await load(base, next, o.seconds, o.clients)));
}

async function main(): Promise<void> {
  const { statements, seconds, clients, workers, warmUp } = args();
  process.stdout.write(
    `\nserve bench: ${clients} clients, ${workers} server processes, ${seconds} s per kind after ${warmUp} s of warm-up, ${statements.toLocaleString("en")} statements\n`,
  );
  const path = await ensureBenchStore(statements);
  const server = spawn(
    process.execPath,
    [MAIN, "serve", "--db", path, "--port", "0", "--workers", String(workers)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (b: Buffer) => {
        out += b.toString("utf8");
        const m = /at (http:\/\/[^\s]+)\/api /.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      server.on("exit", (code) => reject(new Error(`serve exited (${code}): ${out}`)));
    });
    const rand = prng(7);
    const who = () => actorId(rand() < 0.5 ? Math.floor(rand() * 100) : Math.floor(rand() * ACTORS));
    const o = { seconds, clients, warmUp };
    await measure(base, "GET /api/actors/{id}", () => `/api/actors/${who()}?limit=10`, o);
    await measure(base, "GET /api/relations?a=&b=", () => `/api/relations?a=${who()}&b=${who()}`, o);
    // The first request for each window computes the graph (and is then kept): timed alone, then the load.
    const cold: number[] = [];
    for (let y = 2015; y < 2025; y++) {
      const t = performance.now();
      await (await fetch(`${base}/api/graph?from=${y}&to=${y}`)).arrayBuffer();
      cold.push(performance.now() - t);
    }
    cold.sort((a, b) => a - b);
    process.stdout.write(
      `  GET /api/graph, first time  median ${(percentile(cold, 50) / 1000).toFixed(2)} s, worst ${((cold[cold.length - 1] ?? 0) / 1000).toFixed(2)} s (one year of relations each)\n`,
    );
    const year = () => 2015 + Math.floor(rand() * 10);
    await measure(
      base,
      "GET /api/graph (kept)",
      () => {
        const y = year();
        return `/api/graph?from=${y}&to=${y}`;
      },
      o,
    );
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
