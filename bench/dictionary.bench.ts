// `npm run bench` (second part): how long the actor dictionary takes to load in a fresh process, compiled
// from its files and read from the compiled cache, and how much heap it holds. Each figure is the median
// of three fresh processes, since the load happens once per process (once per worker thread).

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const LOADER = fileURLToPath(new URL("../src/actors/dictionary/loadDictionary.js", import.meta.url));

interface Load {
  ms: number;
  heapMB: number;
  aliases: number;
  actors: number;
}

function loadOnce(cacheDir: string): Load {
  const script = `
    const t0 = performance.now();
    const { loadActorDictionary } = await import(${JSON.stringify(LOADER)});
    const d = loadActorDictionary();
    const ms = performance.now() - t0;
    globalThis.gc();
    console.log(JSON.stringify({ ms, heapMB: process.memoryUsage().heapUsed / 1e6, aliases: d.aliasCount, actors: d.actors.size }));`;
  const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
    env: { ...process.env, STANCEGRAPH_CACHE_DIR: cacheDir },
    encoding: "utf8",
  });
  return JSON.parse(out) as Load;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const dir = mkdtempSync(join(tmpdir(), "sg-dict-bench-"));
try {
  const compiled = [0, 1, 2].map(() => loadOnce("off"));
  loadOnce(dir); // writes the cache
  const cached = [0, 1, 2].map(() => loadOnce(dir));
  const first = compiled[0] as Load;
  console.log("");
  console.log("actor dictionary load (fresh process, median of 3)");
  console.log(`  ${first.actors} actors, ${first.aliases} aliases`);
  console.log(
    `  compiled from data/actors/*.json  ${median(compiled.map((l) => l.ms))
      .toFixed(0)
      .padStart(5)} ms`,
  );
  console.log(
    `  read from the compiled cache      ${median(cached.map((l) => l.ms))
      .toFixed(0)
      .padStart(5)} ms`,
  );
  console.log(
    `  heap held (whole process)         ${median(cached.map((l) => l.heapMB))
      .toFixed(0)
      .padStart(5)} MB`,
  );
  console.log("  target: < 300 ms");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
