// The web workbench's files (built by Vite into dist/web): its page at / (and /index.html), its assets
// under /assets. The views are routed by the address's hash, so the one page serves them all. Built
// assets have content hashes in their names and are cached for good; the page is read again each time,
// so a rebuild never leaves it pointing at assets that are gone.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";

/** dist/web beside the compiled server (dist/src/serve → dist/web), or null when it was not built. */
export function builtWorkbench(): string | null {
  const dir = fileURLToPath(new URL("../../web/", import.meta.url));
  return existsSync(join(dir, "index.html")) ? dir : null;
}

export function serveWorkbench(app: OpenAPIHono, dir: string): void {
  app.use(
    "/assets/*",
    serveStatic({
      root: dir,
      onFound: (_path, c) => {
        c.header("cache-control", "public, max-age=31536000, immutable");
      },
    }),
  );
  const page = async (c: Context) => {
    c.header("cache-control", "no-cache");
    return c.html(await readFile(join(dir, "index.html"), "utf8"));
  };
  app.get("/", page);
  app.get("/index.html", page);
}
