// The web workbench's files (built by Vite into dist/web) at /, with index.html for every page of the
// one-page app. Built assets have content hashes in their names and are cached for good.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";

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
  let index: Promise<string> | null = null;
  app.get("/", async (c) => {
    index ??= readFile(join(dir, "index.html"), "utf8");
    c.header("cache-control", "no-cache");
    return c.html(await index);
  });
}
