// Remakes the README's screenshots of the workbench (docs/screenshots/*.png): the example corpus is
// ingested into a new store, `serve` runs on it, and Debian's Chromium opens each view.
//
//   npm run build && node dist/scripts/screenshots.js

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../src/serve/server.js";
import { builtWorkbench } from "../src/serve/workbench.js";
import { SqliteStore } from "../src/store/sqlite/sqliteStore.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../src/testing/chromium.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(ROOT, "docs/screenshots");

const VIEWS: [string, string, string | null][] = [
  ["network", "#/network", "#sigma canvas"],
  ["actor", "#/actor/hamas", "h1"],
  ["relations", "#/relations/hamas/syria", "h1"],
  ["evidence", "#/document/2?relation=REL", "#doc-text .m-evidence"],
  ["review", "#/review", "#queue"],
  ["briefing", "#/report/hamas", "iframe"],
];

async function main(): Promise<void> {
  const web = builtWorkbench();
  if (!web) throw new Error("the workbench is not built: npm run build");
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "sg-shots-"));
  const store = new SqliteStore(join(dir, "s.db"));
  const server = await startServer({ store, workbench: web });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const corpus = join(ROOT, "examples/corpus");
    const form = new FormData();
    for (const f of readdirSync(corpus).filter((n) => n.endsWith(".txt")))
      form.append("file", new Blob([readFileSync(join(corpus, f))]), f);
    await fetch(`${server.url}/api/ingest/upload`, { method: "POST", body: form });
    const [rel] = (await store.relationsBetween("hamas", "syria", { limit: 1 })).relations;
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    for (const [name, hash, ready] of VIEWS) {
      const target = hash.replace(
        "document/2?relation=REL",
        `document/${rel?.document ?? 1}?relation=${rel?.id ?? 0}`,
      );
      await page.goto(`${server.url}/${target}`);
      if (ready) await page.locator(ready).first().waitFor();
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
