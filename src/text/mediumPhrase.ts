// The medium a statement or an act went out in, written between a subject and its verb: "Hamas in a
// statement condemned …", "The mayor in an interview with CNN on Sunday said …", "Trump on Twitter
// attacked …", "Trump in an op-ed in the Washington Post attacked …". Shared by attribution (the speaker
// stands before the medium) and relations (so does the subject).

import type { Tokens } from "./tokens.js";

const MEDIA_NOUNS =
  /^(?:statements?|interviews?|speech|speeches|tweets?|posts?|letters?|op-eds?|editorials?|address|remarks|broadcast|message|messages|column|essay|memo|video|podcast)$/;
const PLATFORMS = /^(?:twitter|facebook|instagram|telegram|youtube|tiktok)$/;
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MEDIUM_MODIFIERS =
  /^(?:joint|written|separate|brief|televised|recorded|lengthy|video|new|later|recent|long|short|rare|fiery|emotional|exclusive|radio|phone|telephone)$/;
/** Words that may open what follows the medium noun ("with CNN", "to Congress", "posted online"). */
const TAIL_OPENERS =
  /^(?:with|to|on|at|in|of|from|for|before|after|posted|released|published|issued|aired|broadcast)$/;
/** How far back from the verb a medium phrase may begin. */
const REACH = 10;

/**
 * The first token ("in", "on") of a medium phrase that ends at token k ("in a statement", "in an
 * interview with CNN on Sunday", "on Twitter", "in a series of tweets"), or -1. A phrase with "the"
 * ("A man in the video said") names the speaker rather than the medium, and is none.
 */
export function mediumPhraseBefore(tk: Tokens, k: number): number {
  for (let i = k; i >= 0 && k - i <= REACH; i--) {
    const s = tk.surface[i] ?? "";
    if (s === "," || s === "." || s === ";" || s === ":" || s === "—" || s === "–") return -1;
    const start = mediumEndingAt(tk, i);
    if (start === -1) continue;
    // What follows the medium noun is a short phrase of its own ("with CNN", "to Congress").
    if (i < k && !TAIL_OPENERS.test(tk.lower[i + 1] ?? "") && !DAYS.test(tk.lower[i + 1] ?? "")) return -1;
    // ("on Sunday in a statement": the day before the medium.)
    if (DAYS.test(tk.lower[start - 1] ?? "") && tk.lower[start - 2] === "on") return start - 2;
    return start;
  }
  return -1;
}

/** The first token of "in a statement", "on Twitter", "on Truth Social" ending at i, or -1. */
function mediumEndingAt(tk: Tokens, i: number): number {
  const noun = tk.lower[i] ?? "";
  if (PLATFORMS.test(noun)) return tk.lower[i - 1] === "on" ? i - 1 : -1;
  if (noun === "social" && tk.lower[i - 1] === "truth") return tk.lower[i - 2] === "on" ? i - 2 : -1;
  if (!MEDIA_NOUNS.test(noun)) return -1;
  let d = i - 1;
  // ("in a series of tweets")
  if (tk.lower[d] === "of" && tk.lower[d - 1] === "series") d -= 2;
  while (MEDIUM_MODIFIERS.test(tk.lower[d] ?? "")) d--;
  if (!/^(?:a|an|his|her|its|their)$/.test(tk.lower[d] ?? "")) return -1;
  return tk.lower[d - 1] === "in" ? d - 1 : -1;
}
