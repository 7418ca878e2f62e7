// The workbench served from a new, empty store in a temporary folder, with Debian's Chromium launched
// headless to look at it: what the browser tests and the network bench start from. `close` stops and
// removes all of it.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { type RunningServer, SERVE_DEFAULTS, startServer } from "../serve/server.js";
import { SqliteStore } from "../store/sqlite/sqliteStore.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";

export interface WorkbenchInBrowser {
  /** The temporary folder the store lives in; files for a test may go there too. */
  dir: string;
  store: SqliteStore;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openWorkbenchInBrowser(options: {
  /** The built workbench to serve (dist/web, or another build to compare). */
  web: string;
  /** Start of the temporary folder's name. */
  prefix: string;
  defaultAuthor?: string;
}): Promise<WorkbenchInBrowser> {
  const dir = await mkdtemp(join(tmpdir(), options.prefix));
  const store = new SqliteStore(join(dir, "s.db"));
  const server = await startServer({
    store,
    workbench: options.web,
    defaultAuthor: options.defaultAuthor ?? SERVE_DEFAULTS.defaultAuthor,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    dir,
    store,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
