// The medium a statement or an act went out in, written between a subject and its verb: "Hamas in a
// statement condemned …", "The mayor in an interview on Sunday said …", "Trump on Twitter attacked …".
// Shared by attribution (the speaker stands before the medium) and relations (so does the subject).

import type { Tokens } from "./tokens.js";

const MEDIA_NOUNS =
  /^(?:statement|interview|speech|tweet|post|letter|op-ed|editorial|address|remarks|broadcast|video|message)$/;
const PLATFORMS = /^(?:twitter|facebook|instagram|telegram|x)$/;
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MEDIUM_MODIFIERS = /^(?:joint|written|separate|brief|televised|recorded|lengthy|video|new|later)$/;

/**
 * The first token ("in", "on") of a medium phrase that ends at token k ("in a statement", "in an
 * interview on Sunday", "on Twitter"), or -1.
 */
export function mediumPhraseBefore(tk: Tokens, k: number): number {
  let j = k;
  if (DAYS.test(tk.lower[j] ?? "") && tk.lower[j - 1] === "on") j -= 2;
  const noun = tk.lower[j] ?? "";
  if (PLATFORMS.test(noun)) return tk.lower[j - 1] === "on" && tk.surface[j] !== "x" ? j - 1 : -1;
  if (!MEDIA_NOUNS.test(noun)) return -1;
  let d = j - 1;
  if (MEDIUM_MODIFIERS.test(tk.lower[d] ?? "")) d--;
  if (!/^(?:a|an|the|his|her|its|their)$/.test(tk.lower[d] ?? "")) return -1;
  return tk.lower[d - 1] === "in" ? d - 1 : -1;
}
