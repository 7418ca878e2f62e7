// The network view with a big graph, in Chromium's software WebGL: while the camera flies to an actor,
// frames draw only the biggest nodes (no edges, labels or picking), and the frame drawn once it stops
// has every node again, with the picking pass that hover and click read. Counted from the WebGL draw
// calls themselves: sigma draws a node, and a tie, as an instance of a 4-vertex triangle strip.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { CHROMIUM } from "../testing/chromium.js";
import { syntheticGraph } from "../testing/syntheticGraph.js";
import { openWorkbenchInBrowser, type WorkbenchInBrowser } from "../testing/workbenchInBrowser.js";
import { builtWorkbench } from "./workbench.js";

const ACTORS = 3_000;
const TIES = 6_000;
/** NODES_WHILE_MOVING in web/src/views/network.ts. */
const MOVING_MOST = 2_000;

// Every instanced triangle-strip draw of 4 vertices (nodes; labels are hidden while moving), with when it
// was made, in which frame (a counter that a requestAnimationFrame loop moves on between sigma's
// renders) and how many instances it drew; and when "Find" was pressed.
const DRAW_PROBE = `(() => {
  window.__draws = [];
  window.__finds = [];
  let frame = 0;
  let from = 0;
  (function tick() { frame++; requestAnimationFrame(tick); })();
  // Sigma starts a range of its draw order by pointing the instance attributes that far into the buffer.
  const point = WebGL2RenderingContext.prototype.vertexAttribPointer;
  WebGL2RenderingContext.prototype.vertexAttribPointer = function (index, size, type, normalized, stride, offset) {
    from = Math.max(from, offset);
    return point.call(this, index, size, type, normalized, stride, offset);
  };
  const draw = WebGL2RenderingContext.prototype.drawArraysInstanced;
  WebGL2RenderingContext.prototype.drawArraysInstanced = function (mode, first, count, instances) {
    if (mode === this.TRIANGLE_STRIP && count === 4) window.__draws.push({ at: performance.now(), frame, instances, from });
    from = 0;
    return draw.call(this, mode, first, count, instances);
  };
  document.addEventListener("keydown", (e) => { if (e.key === "Enter") window.__finds.push(performance.now()); }, true);
})();`;

describe("the network view with a big graph", {
  skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (.ci/run installs it)`,
}, () => {
  let wb: WorkbenchInBrowser;

  before(async () => {
    const web = builtWorkbench();
    assert.ok(web, "the workbench is built (npm run build)");
    wb = await openWorkbenchInBrowser({ web, prefix: "sg-network-" });
  });

  after(async () => {
    await wb?.close();
  });

  test("moving frames draw the biggest nodes only; the still frame draws them all, twice (picking)", async () => {
    const page = await wb.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.addInitScript(DRAW_PROBE);
    const body = JSON.stringify(syntheticGraph(ACTORS, TIES));
    await page.route("**/api/graph*", (route) => route.fulfill({ contentType: "application/json", body }));
    await page.goto(`${wb.server.url}/#/network`);
    await page.locator("#sigma canvas").first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      (n) =>
        (globalThis as unknown as { __draws: { instances: number }[] }).__draws.some(
          (d) => d.instances === n,
        ),
      ACTORS,
      { timeout: 60_000 },
    );
    await page.fill("#focus", "Actor 7");
    await page.press("#focus", "Enter");
    // The flight lasts half a second; then the still frame.
    await page.waitForTimeout(1_500);
    // Each frame's draws since "Find", in order: [2000] while moving (nodes, no picking pass), then
    // [6000, 3000, 3000] once still (the ties, then the nodes on screen and for picking); and how far
    // into sigma's draw order the moving draws start (in bytes of instance data).
    const { frames, movingFrom } = await page.evaluate(() => {
      const w = globalThis as unknown as {
        __draws: { at: number; frame: number; instances: number; from: number }[];
        __finds: number[];
      };
      const from = w.__finds[w.__finds.length - 1] ?? 0;
      const draws = w.__draws.filter((x) => x.at > from);
      const byFrame = new Map<number, number[]>();
      for (const d of draws) byFrame.set(d.frame, [...(byFrame.get(d.frame) ?? []), d.instances]);
      return {
        frames: [...byFrame.values()],
        movingFrom: draws.filter((d) => d.instances === 2000).map((d) => d.from),
      };
    });
    const still = frames.findIndex((f) => f.includes(TIES));
    assert.ok(still >= 2, `frames were drawn during the flight, then a still one: ${JSON.stringify(frames)}`);
    for (const frame of frames.slice(0, still))
      assert.deepEqual(frame, [MOVING_MOST], `a moving frame draws ${MOVING_MOST} nodes once`);
    // The last 2,000 of the draw order (the view adds nodes smallest first): the draws start 1,000 nodes
    // in, at least 4 bytes each.
    assert.ok(
      movingFrom.every((b) => b >= (ACTORS - MOVING_MOST) * 4),
      `moving frames draw the end of sigma's draw order: ${movingFrom.join(", ")}`,
    );
    assert.deepEqual(
      frames[still],
      [TIES, ACTORS, ACTORS],
      "the still frame draws every tie, and every node on screen and for picking",
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
