// `stancegraph serve`: the store opened once, the API on an HTTP server. Loopback by default; bound to
// any other address, every write needs a token (given, or made here and printed once).

import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { UsageError } from "../errors.js";
import { fetchPublicUrl, fetchUrl } from "../ingest/fetchUrl.js";
import { type IngestProgress, ingest } from "../ingest/ingest.js";
import { listSources } from "../ingest/sources.js";
import { writeAnalystDictionary } from "../store/analystDictionary.js";
import type { Store } from "../store/store.js";
import { createApi } from "./api.js";

export interface ServeOptions {
  store: Store;
  host: string;
  /** 0: any free port. */
  port: number;
  /** null: none on loopback, a new one elsewhere. */
  token: string | null;
  /** Server-side paths may be ingested from under this folder only (a real path); null: not at all. */
  allowPath: string | null;
  /** Paths never ingested (the store's own files). */
  skip: ReadonlySet<string>;
  defaultAuthor: string;
  maxBodyBytes: number;
  /** Largest single source an ingest reads. */
  maxSourceBytes: number;
  actorFiles: readonly string[];
  /** URL ingest may reach loopback and private addresses (an intranet's feeds); else public ones only. */
  allowPrivateUrls: boolean;
  /** The built workbench to serve at /; null: the API only. */
  workbench: string | null;
  /**
   * Beyond loopback, the names (optionally with :port) clients reach this server by; any other Host is
   * refused, which closes DNS rebinding there too. Empty: any Host (the server warns at start-up).
   */
  publicHosts: readonly string[];
}

/** What a server is when only the store is given: this machine, any free port, the API alone. */
export const SERVE_DEFAULTS: Omit<ServeOptions, "store"> = {
  host: "127.0.0.1",
  port: 0,
  token: null,
  allowPath: null,
  skip: new Set(),
  defaultAuthor: "analyst",
  maxBodyBytes: 64 * 1024 * 1024,
  maxSourceBytes: 32 * 1024 * 1024,
  actorFiles: [],
  allowPrivateUrls: false,
  workbench: null,
  publicHosts: [],
};

export interface RunningServer {
  url: string;
  /** The token writes need, or null when none is needed. */
  token: string | null;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * A --public-host value as a Host header names it: "analysis.example", "analysis.example:8443",
 * "203.0.113.7", "[2001:db8::1]:8443"; a bare IPv6 address gets its brackets.
 * @throws UsageError for anything else (a URL, a path, an empty name).
 */
export function publicHost(given: string): { host: string; port: string | null } {
  const value = given.trim().toLowerCase();
  if (/^[0-9a-f:]+$/.test(value) && value.split(":").length > 2) return { host: `[${value}]`, port: null };
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(value);
  if (!m?.[1] || (m[2] !== undefined && Number(m[2]) > 65535))
    throw new UsageError(
      "SG_BAD_OPTION",
      `--public-host ${JSON.stringify(given)} is not a host name; give the name clients use, e.g. --public-host analysis.example or analysis.example:8443`,
    );
  return { host: m[1], port: m[2] ?? null };
}

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The token writes need when none is given: none on loopback, a new random one beyond it. */
export function tokenFor(host: string): string | null {
  return isLoopback(host) ? null : randomBytes(24).toString("base64url");
}

const SILENT: IngestProgress = { start() {}, advance() {}, skipped() {}, stop() {} };

export async function startServer(
  given: Partial<ServeOptions> & Pick<ServeOptions, "store">,
): Promise<RunningServer> {
  const options: ServeOptions = { ...SERVE_DEFAULTS, ...given };
  const { store } = options;
  // Checked before listening: a wrong name is a usage error, not a server that refuses everyone.
  const publicNames = options.publicHosts.map(publicHost);
  const token = options.token ?? tokenFor(options.host);
  // Filled in once the port is known: on loopback, only this machine's names for it (no DNS rebinding).
  const allowedHosts = new Set<string>();
  const app = createApi(store, {
    token,
    allowedHosts,
    defaultAuthor: options.defaultAuthor,
    maxBodyBytes: options.maxBodyBytes,
    workbench: options.workbench,
    ingest: {
      allowPath: options.allowPath,
      listPaths:
        options.allowPath === null
          ? null
          : (paths) => listSources(paths, options.skip, { confine: options.allowPath as string }),
      run: async (listed) => {
        const analyst = writeAnalystDictionary(await store.analystAliases());
        return ingest(
          listed,
          store,
          {
            jobs: 1,
            // On a worker thread with a memory ceiling: requests keep being answered while it works, and
            // a source that would take all memory takes only the worker's.
            isolate: { maxHeapMb: 1024 },
            maxBytes: options.maxSourceBytes,
            fetchUrl: options.allowPrivateUrls ? fetchUrl : fetchPublicUrl,
            ...(options.allowPath ? { confine: options.allowPath } : {}),
            settings: {
              date: null,
              actorFiles: analyst ? [...options.actorFiles, analyst] : [...options.actorFiles],
              forceLanguage: false,
              maxTextBytes: options.maxSourceBytes,
            },
          },
          SILENT,
        );
      },
    },
  });
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "EADDRINUSE" || e.code === "EACCES" || e.code === "EADDRNOTAVAIL"
          ? new UsageError(
              "SG_BAD_OPTION",
              `cannot listen on ${options.host} port ${options.port} (${e.code === "EADDRINUSE" ? "another program uses it" : e.code}); choose another with --port or --host`,
            )
          : e,
      ),
    );
    server.listen(options.port, options.host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  if (isLoopback(options.host))
    for (const name of [
      "127.0.0.1",
      "localhost",
      "[::1]",
      options.host.includes(":") ? `[${options.host}]` : options.host,
    ]) {
      allowedHosts.add(`${name}:${port}`);
      // Browsers leave the default port out of Host.
      if (port === 80) allowedHosts.add(name);
    }
  // The names clients use, on loopback too (behind a local proxy): "name:port" as given, a bare name on
  // any port (a proxy's port is not ours) and without one (the scheme's default port).
  for (const name of publicNames) {
    if (name.port) allowedHosts.add(`${name.host}:${name.port}`);
    else allowedHosts.add(`${name.host}:*`).add(name.host);
  }
  const shown = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}`,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
