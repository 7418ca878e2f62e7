// `npm run bench` (fifth part): the workbench's network view with 5,000 actors and 50,000 ties, in Debian's
// Chromium (headless, software WebGL: SwiftShader, so a real GPU does better). The graph the page asks
// for is generated here (a Zipf-like degree distribution, signs and weights at random) and handed to it
// in place of the store's; the rest of the page is the real one. Prints the time to the first drawing
// (layout included) and the frames per second while the analyst zooms and pans.
//
//   node dist/bench/network.bench.js [--actors N] [--ties N] [--seconds S]

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../src/serve/server.js";
import { builtWorkbench } from "../src/serve/workbench.js";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../src/testing/chromium.js";
import { prng } from "../src/testing/prng.js";

function args(): { actors: number; ties: number; seconds: number } {
  const a = process.argv.slice(2);
  const get = (name: string, d: number) => {
    const i = a.indexOf(name);
    return i >= 0 ? Number(a[i + 1]) || d : d;
  };
  return { actors: get("--actors", 5000), ties: get("--ties", 50_000), seconds: get("--seconds", 4) };
}

function syntheticGraph(actors: number, ties: number): unknown {
  const rand = prng(5);
  const types = ["person", "organization", "state", "group"];
  const nodes = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    type: types[i % types.length],
    known: true,
    members: [],
    degree: 0,
    positive: 0,
    negative: 0,
    pagerank: 1 / (i + 1),
    community: i % 9,
  }));
  const pick = () => Math.min(actors - 1, Math.floor(actors * rand() ** 2));
  const seen = new Set<string>();
  const edges = [];
  while (edges.length < ties) {
    const s = pick();
    const t = Math.floor(rand() * actors);
    if (s === t || seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    const sign = rand() < 0.5 ? 1 : rand() < 0.6 ? -1 : 0;
    const weight = 1 + Math.floor(rand() * 5);
    edges.push({
      source: `a${s}`,
      target: `a${t}`,
      positive: sign > 0 ? weight : 0,
      negative: sign < 0 ? weight : 0,
      neutral: sign === 0 ? weight : 0,
      weight,
      net: sign * weight,
      sign,
      types: {},
      first: "2020-01-01",
      last: "2021-01-01",
      relations: [edges.length + 1],
    });
  }
  return { nodes, edges };
}

async function main(): Promise<void> {
  const { actors, ties, seconds } = args();
  process.stdout.write(
    `\nnetwork bench: ${actors} actors, ${ties} ties, headless Chromium with SwiftShader\n`,
  );
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`  skipped: ${CHROMIUM} is not installed (apt-get install chromium)\n`);
    return;
  }
  const web = builtWorkbench();
  if (!web) throw new Error("the workbench is not built: npm run build");
  const dir = mkdtempSync(join(tmpdir(), "sg-network-bench-"));
  const store = new SqliteStore(join(dir, "s.db"));
  const server = await startServer({
    store,
    host: "127.0.0.1",
    port: 0,
    token: null,
    allowPath: null,
    skip: new Set(),
    defaultAuthor: "bench",
    maxBodyBytes: 1_000_000,
    maxSourceBytes: 1_000_000,
    actorFiles: [],
    workbench: web,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const body = JSON.stringify(syntheticGraph(actors, ties));
    await page.route("**/api/graph*", (route) => route.fulfill({ contentType: "application/json", body }));
    const began = performance.now();
    await page.goto(`${server.url}/#/network`);
    await page.locator("#sigma canvas").first().waitFor({ timeout: 120_000 });
    await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
    const firstDraw = (performance.now() - began) / 1000;
    // Count the frames the page paints while the wheel zooms in and out and the mouse drags.
    await page.evaluate(
      "window.__frames = 0; (function tick() { window.__frames++; requestAnimationFrame(tick); })()",
    );
    const box = await page.locator("#sigma").boundingBox();
    const cx = (box?.x ?? 0) + (box?.width ?? 800) / 2;
    const cy = (box?.y ?? 0) + (box?.height ?? 600) / 2;
    const start = performance.now();
    let step = 0;
    while (performance.now() - start < seconds * 1000) {
      step++;
      if (step % 2 === 0) await page.mouse.wheel(0, step % 40 < 20 ? -120 : 120);
      else {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        await page.mouse.move(cx + 40 * Math.sin(step), cy + 40 * Math.cos(step), { steps: 4 });
        await page.mouse.up();
      }
    }
    const elapsed = (performance.now() - start) / 1000;
    const frames = Number(await page.evaluate("window.__frames"));
    process.stdout.write(
      `  first drawing (fetch, layout, render) ${firstDraw.toFixed(1)} s\n  while zooming and panning           ${(frames / elapsed).toFixed(0)} frames per second\n`,
    );
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
