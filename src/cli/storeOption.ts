// The --db option every corpus command shares, and opening the store it names. Questions open an
// existing store only, so that a mistyped path is an error, not a new empty store.

import { resolve } from "node:path";
import type { Command } from "commander";
import { isStancegraphError } from "../errors.js";
import { SqliteStore } from "../store/sqlite/sqliteStore.js";
import type { Store } from "../store/store.js";

export const DEFAULT_DB = "stancegraph.db";

export function addDbOption(command: Command): Command {
  return command.option("--db <PATH>", `the store (default: ./${DEFAULT_DB})`);
}

export function dbPath(raw: { db?: string }): string {
  return raw.db ?? DEFAULT_DB;
}

/** The store's own files: ingest never reads them as documents. */
export function storeFiles(path: string): Set<string> {
  const abs = resolve(path);
  return new Set([abs, `${abs}-wal`, `${abs}-shm`, `${abs}-journal`]);
}

/**
 * "create": ingest (a new file becomes a store); "update": decisions and reextract on an existing store;
 * "read": questions, read-only.
 */
export function openStore(
  path: string,
  mode: "create" | "update" | "read",
  options: { busyTimeoutMs?: number } = {},
): Store {
  if (mode === "create") return new SqliteStore(path, options);
  if (mode === "read") {
    try {
      return new SqliteStore(path, { ...options, mustExist: true, readonly: true });
    } catch (e) {
      if (!isStancegraphError(e) || e.code !== "SG_STORE_OUTDATED") throw e;
      // A store written by an older stancegraph: migrate it once (a write), then answer read-only.
      void new SqliteStore(path, { ...options, mustExist: true }).close();
      return new SqliteStore(path, { ...options, mustExist: true, readonly: true });
    }
  }
  return new SqliteStore(path, { ...options, mustExist: true });
}
