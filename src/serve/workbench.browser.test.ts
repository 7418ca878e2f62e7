// The workbench in a real browser (Debian's Chromium driven by playwright-core): an analyst uploads the
// example corpus, opens the network, goes to an actor, opens a statement's evidence, confirms a relation,
// reloads and finds it confirmed; and a document full of script payloads shows as text, running nothing.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { CHROMIUM } from "../testing/chromium.js";
import { openWorkbenchInBrowser, type WorkbenchInBrowser } from "../testing/workbenchInBrowser.js";
import { builtWorkbench } from "./workbench.js";

const CORPUS = fileURLToPath(new URL("../../../examples/corpus/", import.meta.url));

const XSS = [
  "Payload report",
  "",
  'Hamas spokesman Hazem Qassem said: "<script>window.__xss = 1</script> we reject <img src=x onerror="window.__xss = 2"> it."',
  "",
  'The movement\'s site <a href="javascript:window.__xss=3">link</a> said <svg onload="window.__xss=4"></svg> nothing.',
  "",
  "Iran's foreign ministry spokesman said on Monday that Tehran condemned the <iframe src=javascript:alert(1)> strike.",
].join("\n");

describe("the workbench in Chromium", {
  skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (.ci/run installs it)`,
}, () => {
  let wb: WorkbenchInBrowser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    const web = builtWorkbench();
    assert.ok(web, "the workbench is built (npm run build)");
    wb = await openWorkbenchInBrowser({ web, prefix: "sg-browser-" });
    page = await wb.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("dialog", (d) => {
      problems.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
  });

  after(async () => {
    await wb?.close();
  });

  test("upload the example corpus, open the network, an actor, a statement's evidence; confirm a relation; reload", async () => {
    await page.goto(`${wb.server.url}/#/documents`);
    const files = (await readdir(CORPUS)).filter((f) => f.endsWith(".txt")).map((f) => join(CORPUS, f));
    await page.setInputFiles("#upload-files", files);
    await page.getByRole("button", { name: "Ingest", exact: true }).click();
    await page
      .locator("table.documents tbody tr")
      .nth(files.length - 1)
      .waitFor();
    assert.equal(await page.locator("table.documents tbody tr").count(), files.length);

    await page.getByRole("link", { name: "Network", exact: true }).click();
    await page.locator("#sigma canvas").first().waitFor();
    assert.match((await page.locator("#graph-summary").textContent()) ?? "", /^\d+ actors, \d+ ties/);
    await page.locator('#ranking a[data-actor="hamas"]').click();
    await page.getByRole("heading", { name: "Hamas", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Allies" }).waitFor();
    // regression (hidden buttons): a CSS rule for [hidden] once took every .button with it.
    assert.ok(await page.getByRole("link", { name: "Briefing" }).isVisible(), "the briefing link shows");

    // A statement's evidence: the reader highlights its speaker, cue and content.
    await page.locator(".statement a.evidence-link").first().click();
    await page.locator("#doc-text").waitFor();
    assert.ok((await page.locator("#doc-text .m-content").count()) > 0, "the content is highlighted");
    assert.ok((await page.locator("#doc-text .m-mention").count()) > 0, "actor mentions are marked");

    // Confirm the first relation of the document, reload, and it is still confirmed.
    const relation = page.locator("aside .relations li[data-relation]").first();
    const id = await relation.getAttribute("data-relation");
    await relation.getByRole("button", { name: "Confirm" }).click();
    const decided = page.locator(`aside li[data-relation="${id}"] .status`);
    await decided.filter({ hasText: "confirmed" }).waitFor();
    await page.reload();
    await page.locator(`aside li[data-relation="${id}"] .status`).filter({ hasText: "confirmed" }).waitFor();

    // The review queue: keyboard, x rejects the selected relation.
    await page.goto(`${wb.server.url}/#/review`);
    const first = page.locator("#queue li.selected");
    const rejected = await first.getAttribute("data-relation");
    await page.keyboard.press("x");
    await page
      .locator(`#queue li[data-relation="${rejected}"] .status`)
      .filter({ hasText: "rejected" })
      .waitFor();

    // Two actors over time: the strip is drawn from the day counts, the list holds the first page.
    await page.goto(`${wb.server.url}/#/relations/hamas/esmail-qaani`);
    await page.locator("ol.relations li[data-relation]").first().waitFor();
    const summary = (await page.locator("article p.muted").first().textContent()) ?? "";
    const total = Number(/^(\d+) relations/.exec(summary)?.[1]);
    assert.ok(total >= 1, summary);
    assert.equal(await page.locator("ol.relations li[data-relation]").count(), Math.min(total, 100));
    assert.ok((await page.locator(".strip .tick").count()) >= 1, "the strip has marks");
    assert.equal(await page.locator("button.more").isVisible(), total > 100);

    // Search: the server finds the actors; the matched words of each passage are marked.
    await page.goto(`${wb.server.url}/#/search/hamas`);
    await page.locator('article ul a[href="#/actor/hamas"]').waitFor();
    await page.locator("ul.hits li").first().waitFor();
    const marks = await page.locator("ul.hits .snippet mark").allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => /^hamas$/i.test(m)), JSON.stringify(marks));
    assert.deepEqual(problems, []);
  });

  test("a document full of script payloads is shown as text and runs nothing", async () => {
    const path = join(wb.dir, "payloads.txt");
    await writeFile(path, XSS);
    await page.goto(`${wb.server.url}/#/documents`);
    await page.setInputFiles("#upload-files", path);
    await page.getByRole("button", { name: "Ingest", exact: true }).click();
    await page.getByRole("link", { name: "Payload report" }).click();
    await page.locator("#doc-text").waitFor();
    const text = (await page.locator("#doc-text").textContent()) ?? "";
    assert.ok(text.includes("<script>window.__xss = 1</script>"), "the payload shows as the words it is");
    assert.equal(
      await page.locator("#doc-text script, #doc-text img, #doc-text svg, #doc-text iframe").count(),
      0,
    );
    for (const view of ["#/search/xss", "#/actor/hamas", "#/review"]) {
      await page.goto(`${wb.server.url}/${view}`);
      await page.locator("main h1").first().waitFor();
    }
    assert.equal(await page.evaluate("window.__xss"), undefined);
    assert.deepEqual(problems, []);
  });
});
