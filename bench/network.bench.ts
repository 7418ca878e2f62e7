// `npm run bench` (fifth part): the workbench's network view with 5,000 actors and 50,000 ties, in Debian's
// Chromium (headless, software WebGL: SwiftShader, so a real GPU does better). The graph the page asks
// for is generated here (a Zipf-like degree distribution, signs and weights at random) and handed to it
// in place of the store's; the rest of the page is the real one. Prints the time to the first drawing
// (layout included), the frames per second while the camera moves (counted only while it moves), the
// time to draw the full still frame once it stops, and the CPU time the GPU process (where SwiftShader
// draws) spends per moving frame: on a machine shared with other work that last figure, unlike the
// frame rate, hardly depends on the load.
//
//   node dist/bench/network.bench.js [--actors N] [--ties N] [--flights N] [--web DIR]
//
// --web serves another build of the workbench (say, main's dist/web), to compare before and after.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtWorkbench } from "../src/serve/workbench.js";
import { CHROMIUM } from "../src/testing/chromium.js";
import { syntheticGraph } from "../src/testing/syntheticGraph.js";
import { openWorkbenchInBrowser } from "../src/testing/workbenchInBrowser.js";

function args(): { actors: number; ties: number; flights: number; web: string | null } {
  const a = process.argv.slice(2);
  const get = (name: string, d: number) => {
    const i = a.indexOf(name);
    return i >= 0 ? Number(a[i + 1]) || d : d;
  };
  const web = a.indexOf("--web");
  return {
    actors: get("--actors", 5000),
    ties: get("--ties", 50_000),
    flights: get("--flights", 6),
    web: web >= 0 ? (a[web + 1] ?? null) : null,
  };
}

/** CPU milliseconds used so far by this process's Chromium GPU processes (Linux /proc; 0 elsewhere). */
function gpuProcessCpuMs(): number {
  if (!existsSync("/proc/self/stat")) return 0;
  const parent = new Map<string, string>();
  const ticks = new Map<string, number>();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name, which may hold spaces: state, ppid, …, utime (12th), stime.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(pid, f[1] ?? "");
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=gpu-process"))
        ticks.set(pid, Number(f[11]) + Number(f[12]));
    } catch {
      // The process ended while being read.
    }
  }
  const ours = (pid: string) => {
    for (let p: string | undefined = pid; p && p !== "0"; p = parent.get(p))
      if (p === String(process.pid)) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (ours(pid)) total += t;
  return total * 10; // clock ticks of 10 ms (USER_HZ is 100 on Linux)
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] ?? Number.NaN) : Number.NaN;
};

// Set up in the page before its own script: the time of every frame (a requestAnimationFrame loop) and of
// every Enter pressed in "Find" (each one starts a half-second camera flight), and how long the page's
// own frame callbacks (sigma's drawing calls) run in each frame.
const PAGE_PROBE = `(() => {
  window.__frames = [];
  window.__finds = [];
  const raf = window.requestAnimationFrame.bind(window);
  let last = null;
  window.requestAnimationFrame = (cb) => raf((t) => {
    const s = performance.now();
    try { cb(t); } finally {
      if (!last || last.t !== t) { last = { t, at: s, script: 0 }; window.__frames.push(last); }
      last.script += performance.now() - s;
    }
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Enter") window.__finds.push(performance.now()); }, true);
})();`;

async function main(): Promise<void> {
  const { actors, ties, flights, web: webDir } = args();
  process.stdout.write(
    `\nnetwork bench: ${actors} actors, ${ties} ties, headless Chromium with SwiftShader\n`,
  );
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`  skipped: ${CHROMIUM} is not installed (apt-get install chromium)\n`);
    return;
  }
  const web = webDir ?? builtWorkbench();
  if (!web) throw new Error("the workbench is not built: npm run build");
  const wb = await openWorkbenchInBrowser({ web, prefix: "sg-network-bench-", defaultAuthor: "bench" });
  const { browser, server } = wb;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(PAGE_PROBE);
    const body = JSON.stringify(syntheticGraph(actors, ties));
    await page.route("**/api/graph*", (route) => route.fulfill({ contentType: "application/json", body }));
    const began = performance.now();
    await page.goto(`${server.url}/#/network`);
    await page.locator("#sigma canvas").first().waitFor({ timeout: 120_000 });
    const canvasAt = (performance.now() - began) / 1000;
    await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
    const firstDraw = (performance.now() - began) / 1000;
    // Frames are produced all along (as a page with an animation would), so that a frame not produced
    // is one the browser could not make in time, not one nobody asked for.
    await page.evaluate("(function tick() { requestAnimationFrame(tick); })()");
    // Camera moves as the analyst makes them: "Find" flies to an actor (a half-second animation, as a
    // wheel zoom or a drag is), one after another. Only the frames painted while the camera moves are
    // counted; the still frame drawn once it stops (edges and labels back) is timed apart, and the next
    // flight waits for it, as the analyst would.
    const fps: number[] = [];
    const script: number[] = [];
    const still: number[] = [];
    let cpuMs = 0;
    let movingFrames = 0;
    for (let i = 0; i < flights; i++) {
      await page.fill("#focus", `Actor ${(i * 7919) % actors}`);
      const cpu0 = gpuProcessCpuMs();
      await page.press("#focus", "Enter");
      await page.waitForTimeout(480);
      const cpu1 = gpuProcessCpuMs();
      const flight = (await page.evaluate(`(async () => {
        const end = performance.now();
        const from = window.__finds[window.__finds.length - 1];
        await new Promise((r) => setTimeout(r, Math.max(0, from + 500 - performance.now())));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        // The still frame is drawn in the first frame after the flight, and the next frame can only start
        // once that drawing is done (the page waits for it to show it): the longest gap between frames
        // from the end of the flight on is the still frame's time.
        const after = window.__frames.filter((f) => f.at >= from + 450).map((f) => f.at);
        const still = Math.max(0, ...after.slice(1).map((t, k) => t - after[k]));
        const frames = window.__frames.filter((f) => f.at >= from && f.at < end);
        return { seconds: (end - from) / 1000, frames: frames.length, script: frames.map((f) => f.script), still };
      })()`)) as { seconds: number; frames: number; script: number[]; still: number };
      fps.push(flight.frames / flight.seconds);
      script.push(...flight.script);
      still.push(flight.still);
      cpuMs += cpu1 - cpu0;
      movingFrames += flight.frames;
    }
    const gpu =
      cpuMs > 0 ? `, GPU process CPU ${(cpuMs / Math.max(1, movingFrames)).toFixed(0)} ms per frame` : "";
    process.stdout.write(
      `  first drawing (fetch, layout, render) ${firstDraw.toFixed(1)} s (page built in ${canvasAt.toFixed(1)} s)\n` +
        `  while the camera moves              ${median(fps).toFixed(1)} frames per second (median of ${flights} flights: ${fps.map((f) => f.toFixed(0)).join(", ")}), page script ${median(script).toFixed(1)} ms per frame${gpu}\n` +
        `  still frame once it stops           ${(median(still) / 1000).toFixed(1)} s (edges and labels back)\n`,
    );
  } finally {
    await wb.close();
  }
}

await main();
