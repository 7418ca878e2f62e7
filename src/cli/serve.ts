// `stancegraph serve`: the corpus as a local JSON API (and, later, the web workbench) until Ctrl-C.

import { resolve } from "node:path";
import type { Command } from "commander";
import { isStancegraphError, UsageError } from "../errors.js";
import { startServer } from "../serve/server.js";
import { builtWorkbench } from "../serve/workbench.js";
import { loginName } from "./curation.js";
import { EXIT_FAILURE, EXIT_USAGE, parseByteSize, parseExtractOptions } from "./extract.js";
import { addDbOption, dbPath, openStore, storeFiles } from "./storeOption.js";

interface ServeRaw {
  db?: string;
  host: string;
  port: string;
  token?: string;
  allowPath?: string;
  as?: string;
  maxBody: string;
  maxBytes?: string;
  actors?: string[];
  config?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535)
    throw new UsageError(
      "SG_BAD_OPTION",
      `--port ${JSON.stringify(value)} is not a port; give 0–65535 (0: any free port)`,
    );
  return port;
}

export function registerServeCommand(program: Command): void {
  addDbOption(
    program
      .command("serve")
      .description(
        "Serve the corpus as a JSON API on this machine (OpenAPI at /api/openapi.json), until Ctrl-C.",
      ),
  )
    .option("--host <HOST>", "the address to listen on; beyond loopback, writes need the token", "127.0.0.1")
    .option("--port <PORT>", "the port (0: any free port)", "7788")
    .option(
      "--token <TOKEN>",
      "the token writes need (default: none on loopback, a new one printed otherwise)",
    )
    .option("--allow-path <DIR>", "allow ingest of server-side paths, only under DIR")
    .option("--as <NAME>", "who decides when a request does not say (default: your login name)")
    .option("--max-body <SIZE>", "largest request body, uploads included (e.g. 64MB)", "64MB")
    .option("--max-bytes <SIZE>", "largest single source an ingest reads")
    .option("--actors <FILE...>", "more actor dictionaries for ingest")
    .option("--config <FILE>", "a config file")
    .action(async (raw: ServeRaw) => {
      try {
        const extract = parseExtractOptions({
          maxBytes: raw.maxBytes,
          actors: raw.actors,
          config: raw.config,
        });
        const maxBody = parseByteSize(raw.maxBody);
        if (maxBody === null)
          throw new UsageError(
            "SG_BAD_OPTION",
            `--max-body ${JSON.stringify(raw.maxBody)} is not a size; write e.g. 64MB`,
          );
        const port = parsePort(raw.port);
        const workbench = builtWorkbench();
        const db = dbPath(raw);
        const store = openStore(db, "create");
        const server = await startServer({
          store,
          host: raw.host,
          port,
          token: raw.token ?? null,
          allowPath: raw.allowPath ? resolve(raw.allowPath) : null,
          skip: storeFiles(db),
          defaultAuthor: raw.as ?? loginName(),
          maxBodyBytes: maxBody,
          maxSourceBytes: extract.maxBytes,
          actorFiles: extract.actorFiles,
          workbench,
        });
        process.stdout.write(
          `stancegraph serve: ${db} at ${server.url}/api (OpenAPI: ${server.url}/api/openapi.json)\n` +
            (workbench
              ? `  the workbench: ${server.url}/\n`
              : "  (the workbench is not built: npm run build)\n"),
        );
        if (server.token) process.stdout.write(`  writes need: Authorization: Bearer ${server.token}\n`);
        const stop = async () => {
          await server.close();
          await store.close();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      } catch (error) {
        if (!isStancegraphError(error)) throw error;
        process.stderr.write(`stancegraph: ${error.message}\n`);
        process.exitCode = error.name === "UsageError" ? EXIT_USAGE : EXIT_FAILURE;
      }
    });
}
