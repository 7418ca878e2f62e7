// `stancegraph serve`: the corpus as a JSON API and a web workbench until Ctrl-C, in one process or in
// several sharing the port (--workers).

import cluster from "node:cluster";
import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { isStancegraphError, UsageError } from "../errors.js";
import { builtWorkbench } from "../serve/workbench.js";
import { loginName } from "./curation.js";
import { EXIT_FAILURE, EXIT_USAGE, exitCodeOf, parseByteSize, parseExtractOptions } from "./extract.js";
import { addDbOption, dbPath, openStore, storeFiles } from "./storeOption.js";

const TOKEN_ENV = "STANCEGRAPH_SERVE_TOKEN";

function announce(db: string, url: string, token: string | null, workbench: boolean): void {
  process.stdout.write(
    `stancegraph serve: ${db} at ${url}/api (OpenAPI: ${url}/api/openapi.json)\n` +
      (workbench ? `  the workbench: ${url}/\n` : "  (the workbench is not built: npm run build)\n"),
  );
  if (token) process.stdout.write(`  writes need: Authorization: Bearer ${token}\n`);
}

/** Beyond loopback with no --public-host, any Host is answered: a page a user's browser visits can read. */
function warnOpenHosts(host: string, loopback: boolean, publicHosts: readonly string[]): void {
  if (loopback || publicHosts.length > 0) return;
  process.stderr.write(
    `stancegraph serve: warning: listening on ${host} and answering to any Host name, so a web page that a user's browser visits can read the store through DNS rebinding; name the server with --public-host NAME\n`,
  );
}

/**
 * --workers N: N processes share the port (Node's cluster hands out connections); each opens the store
 * (SQLite in WAL mode has any number of readers and one writer at a time). A worker that dies is replaced;
 * Ctrl-C or SIGTERM stops them all.
 */
async function superviseWorkers(
  n: number,
  db: string,
  token: string | null,
  workbench: boolean,
): Promise<void> {
  let stopping = false;
  let announced = false;
  const listening = new Set<number>();
  const fork = () => cluster.fork({ [TOKEN_ENV]: token ?? "" });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
  };
  cluster.on("listening", (worker, address) => {
    listening.add(worker.id);
    if (announced) return;
    announced = true;
    const host = address.address?.includes(":") ? `[${address.address}]` : (address.address ?? "127.0.0.1");
    announce(db, `http://${host}:${address.port}`, token, workbench);
    process.stdout.write(`  ${n} worker processes\n`);
  });
  let told = false;
  cluster.on("message", (_worker, message: { fatal?: string }) => {
    if (typeof message?.fatal !== "string" || told) return;
    told = true;
    process.stderr.write(`stancegraph: ${message.fatal}\n`);
  });
  cluster.on("exit", (worker, code) => {
    if (!stopping && !listening.has(worker.id)) {
      // It failed before it could serve (the port is taken, the store unreadable): so would any other.
      process.exitCode = code === 2 ? EXIT_USAGE : EXIT_FAILURE;
      stop();
    } else if (!stopping) {
      process.stderr.write(
        `stancegraph serve: worker ${worker.process.pid} stopped (${code}); starting another\n`,
      );
      fork();
      return;
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  for (let i = 0; i < n; i++) fork();
}

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
  workers: string;
  allowPrivateUrls?: boolean;
  publicHost?: string[];
}

/** --allow-path DIR as its real path; a usage error at start-up when it is not a folder. */
async function allowedFolder(dir: string): Promise<string> {
  const real = await realpath(resolve(dir)).catch(() => null);
  if (real === null || !(await stat(real)).isDirectory())
    throw new UsageError(
      "SG_BAD_OPTION",
      `--allow-path ${JSON.stringify(dir)} is not a folder; give an existing folder`,
    );
  return real;
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
    .option(
      "--public-host <NAME...>",
      "beyond loopback: the names clients use (e.g. analysis.example or analysis.example:8443); other Host headers are refused",
    )
    .option("--port <PORT>", "the port (0: any free port)", "7788")
    .option(
      "--token <TOKEN>",
      "the token writes need (default: none on loopback, a new one printed otherwise)",
    )
    .option("--allow-path <DIR>", "allow ingest of server-side paths, only under DIR")
    .option(
      "--allow-private-urls",
      "let URL ingest reach this machine and private networks (default: public only)",
    )
    .option("--as <NAME>", "who decides when a request does not say (default: your login name)")
    .option("--max-body <SIZE>", "largest request body, uploads included (e.g. 64MB)", "64MB")
    .option("--max-bytes <SIZE>", "largest single source an ingest reads, and the text it may become", "32MB")
    .option("--actors <FILE...>", "more actor dictionaries for ingest")
    .option("--config <FILE>", "a config file")
    .option("--workers <N>", "server processes sharing the port (one per core answers more at once)", "1")
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
        if (raw.token !== undefined && raw.token.trim().length < 12)
          throw new UsageError(
            "SG_BAD_OPTION",
            "--token must be at least 12 characters (or leave it out: one is made when it is needed)",
          );
        const workers = Number(raw.workers);
        if (!Number.isInteger(workers) || workers < 1 || workers > 64)
          throw new UsageError("SG_BAD_OPTION", `--workers ${JSON.stringify(raw.workers)} is not 1–64`);
        // Loaded here, not at the top: the server (Hono, the OpenAPI schemas) is most of what the CLI
        // would otherwise load at start-up, and every other command would pay for it.
        const { isLoopback, publicHost, startServer, tokenFor } = await import("../serve/server.js");
        for (const name of raw.publicHost ?? []) publicHost(name);
        const workbench = builtWorkbench();
        const db = dbPath(raw);
        if (cluster.isPrimary) warnOpenHosts(raw.host, isLoopback(raw.host), raw.publicHost ?? []);
        if (workers > 1 && cluster.isPrimary) {
          await superviseWorkers(workers, db, raw.token ?? tokenFor(raw.host), workbench !== null);
          return;
        }
        // Another process's write (an ingest) makes a request wait at most this long, then answer 503.
        const store = openStore(db, "create", { busyTimeoutMs: 1500 });
        const server = await startServer({
          store,
          host: raw.host,
          port,
          token: cluster.isWorker ? process.env[TOKEN_ENV] || null : (raw.token ?? null),
          allowPath: raw.allowPath ? await allowedFolder(raw.allowPath) : null,
          skip: storeFiles(db),
          defaultAuthor: raw.as ?? loginName(),
          maxBodyBytes: maxBody,
          maxSourceBytes: extract.maxBytes,
          actorFiles: extract.actorFiles,
          workbench,
          allowPrivateUrls: raw.allowPrivateUrls === true,
          publicHosts: raw.publicHost ?? [],
        });
        if (cluster.isPrimary) announce(db, server.url, server.token, workbench !== null);
        const stop = async () => {
          await server.close();
          await store.close();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      } catch (error) {
        if (!isStancegraphError(error)) throw error;
        const code = exitCodeOf(error);
        // A worker tells its supervisor, which says it once for all; the store may be open, and a
        // worker's channel keeps it alive: leave now.
        if (cluster.isWorker && process.send)
          process.send({ fatal: error.message }, () => process.exit(code));
        else {
          process.stderr.write(`stancegraph: ${error.message}\n`);
          process.exit(code);
        }
      }
    });
}
