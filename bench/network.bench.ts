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
  const server = await startServer({ store, defaultAuthor: "bench", workbench: web });
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
    // Camera moves as the analyst makes them: "Find" flies to an actor (a half-second animation, as a
    // wheel zoom or a drag is), one after another, while the page counts the frames it paints.
    await page.evaluate(
      "window.__frames = 0; (function tick() { window.__frames++; requestAnimationFrame(tick); })()",
    );
    // The page's own script time, apart from the drawing itself (WebGL, here in software).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
    const start = performance.now();
    for (let i = 0; performance.now() - start < seconds * 1000; i++) {
      await page.fill("#focus", `Actor ${(i * 7919) % actors}`);
      await page.press("#focus", "Enter");
      await page.waitForTimeout(550);
    }
    const frames = Number(await page.evaluate("window.__frames"));
    const fps = frames / ((performance.now() - start) / 1000);
    const { profile } = await cdp.send("Profiler.stop");
    const native = new Set(
      profile.nodes
        .filter((n) => /^\((program|idle|garbage collector)\)$/.test(n.callFrame.functionName))
        .map((n) => n.id),
    );
    let scriptUs = 0;
    for (const [k, id] of profile.samples?.entries() ?? [])
      if (!native.has(id)) scriptUs += profile.timeDeltas?.[k] ?? 0;
    process.stdout.write(
      `  first drawing (fetch, layout, render) ${firstDraw.toFixed(1)} s\n  while the camera moves              ${fps.toFixed(0)} frames per second, page script ${(scriptUs / 1000 / Math.max(1, frames)).toFixed(1)} ms per frame\n`,
    );
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
