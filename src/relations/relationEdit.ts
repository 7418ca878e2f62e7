// An analyst's edit of a relation, from what they typed (the CLI's --type/--polarity, the API's body):
// a type must be one of the relation lexicon's and brings its own polarity unless one is given.

import { UsageError } from "../errors.js";
import type { RelationEdit } from "../store/store.js";
import { loadRelationLexicon } from "./relationLexicon.js";

const POLARITIES = new Map<string, -1 | 0 | 1>([
  ["+1", 1],
  ["1", 1],
  ["0", 0],
  ["-1", -1],
  ["−1", -1],
]);

/**
 * @param names how the caller's user names the two fields ("--type"/"--polarity", "type"/"polarity")
 * @throws UsageError SG_BAD_OPTION for an unknown type or polarity, or when neither is given
 */
export function parseRelationEdit(
  type: string | undefined,
  polarity: string | number | undefined,
  names: { type: string; polarity: string } = { type: "--type", polarity: "--polarity" },
): RelationEdit {
  const edit: RelationEdit = {};
  if (type !== undefined) {
    const lexicon = loadRelationLexicon();
    const found = lexicon.types.get(type.trim().toLowerCase());
    if (!found)
      throw new UsageError(
        "SG_BAD_OPTION",
        `${names.type} ${JSON.stringify(type)} is not a relation type; use one of ${[...lexicon.types.keys()].join(", ")}`,
      );
    edit.type = found.type;
    edit.polarity = found.polarity;
  }
  if (polarity !== undefined) {
    const p = POLARITIES.get(String(polarity).trim());
    if (p === undefined)
      throw new UsageError(
        "SG_BAD_OPTION",
        `${names.polarity} ${JSON.stringify(polarity)} is not one of +1, 0, -1`,
      );
    edit.polarity = p;
  }
  if (edit.type === undefined && edit.polarity === undefined)
    throw new UsageError(
      "SG_BAD_OPTION",
      `say what to change: ${names.type} TYPE, ${names.polarity} P, or both`,
    );
  return edit;
}
