// Loads the bundled data files (lexicons, abbreviations) from the repository's data/ folder, once,
// and turns a malformed file into a DataError naming the file and the problem.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DataError } from "../errors.js";

/** Absolute path of a bundled data file. Compiled code lives in dist/src/data, data in data/. */
export function bundledDataPath(name: string): string {
  return fileURLToPath(new URL(`../../../data/${name}`, import.meta.url));
}

export function readJsonFile(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (e) {
    throw new DataError("SG_DATA_INVALID", `cannot read data file ${path}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new DataError("SG_DATA_INVALID", `data file ${path} is not valid JSON: ${(e as Error).message}`, {
      cause: e,
    });
  }
}

/** Checks that `value[key]` is an array of strings and returns it. */
export function stringArray(value: unknown, key: string, file: string): string[] {
  const arr = (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(arr)) {
    throw new DataError("SG_DATA_INVALID", `data file ${file}: "${key}" must be an array of strings`);
  }
  const bad = arr.findIndex((x) => typeof x !== "string");
  if (bad !== -1) {
    throw new DataError(
      "SG_DATA_INVALID",
      `data file ${file}: "${key}"[${bad}] is ${JSON.stringify(arr[bad])}, not a string; fix that entry`,
    );
  }
  return arr as string[];
}
