// Reading only inside one folder (serve --allow-path): a path counts by where it really leads, links
// followed, and a file is opened without following a link put in its place after the check.

import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";

/** The real path of `path` (relative to `root`) when it exists and lies inside `root`, else null. */
export async function realPathInside(root: string, path: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(resolve(root, path));
  } catch {
    return null;
  }
  const rel = relative(root, real);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) ? real : null;
}

/** @throws InputError SG_FORBIDDEN when `path` does not lead to a place inside `root`. */
export async function confinedPath(root: string, path: string): Promise<string> {
  const real = await realPathInside(root, path);
  if (real === null)
    throw new InputError("SG_FORBIDDEN", `${path}: is not inside the folder ingest may read (--allow-path)`);
  return real;
}
