// "According to X, …" and "…, according to X": the source after the cue, with the appositive that
// describes it, and the content on the side of the comma the cue attaches to.

import { isCapitalized } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { afterDiscourseMarker, clauseLimit, clauseStartOf, floorOf } from "./clauses.js";
import { clausalContent, contentEnd, contentKind, markQuotesUsed } from "./contentSpan.js";
import { type CueGroup, cueAt } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { isAynApostrophe, type Phrase } from "./phrases.js";
import { anyClaimed, claim, draftFrom, span, type UnitState } from "./unitState.js";
import { ADJUNCT_AFTER_COMMA, ING_PREPOSITIONS, QUOTE_MARKS } from "./words.js";

/** Words that open an appositive after a source ("according to X, an analyst at …, which monitors …"). */
const SOURCE_APPOSITIVE = new Set(["a", "an", "which", "who", "whose"]);

/**
 * "According to X, …", "…, according to X." and "Over the long term, according to X, …". The source
 * is everything from "to" to the next comma or the clause end: "early results of exit polls conducted
 * for the Associated Press", "his biography".
 */
export function accordingTo(
  state: UnitState,
  cue: CueGroup,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  // "did not happen as reported by police, the lawyer said": "as … by" names a source only where it sets
  // off what it reports, opening the clause or after a comma.
  if (
    tk.lower[cue.start] === "as" &&
    cue.start !== afterDiscourseMarker(tk, floorOf(state, cue.start), cue.start) &&
    tk.surface[cue.start - 1] !== ","
  )
    return null;
  const limit = clauseLimit(state, cue.end + 1);
  let k = cue.end + 1;
  while (k < limit && tk.surface[k] !== "," && k - cue.end <= 25) k++;
  // "According to Kata'ib Hizballah's security official, Abu 'Ali al-'Askari, the truce …": a name in
  // apposition belongs to the source, not to the content.
  if (tk.surface[k] === ",") {
    let n = k + 1;
    while (
      n < limit &&
      n - k <= 6 &&
      (isCapitalized(tk.surface[n] ?? "") ||
        /^(?:(?:al|el)[-‐]|(?:bin|ibn|abu)$)/i.test(tk.surface[n] ?? "") ||
        isAynApostrophe(tk, n))
    )
      n++;
    if (n > k + 1 && tk.surface[n] === "," && n + 1 < limit) k = n;
  }
  // "…, according to Brian Wieser, an analyst at Pivotal Research." / "According to Uzi Arad, a former
  // adviser, the talks …": an appositive after the source's comma describes the source.
  if (tk.surface[k] === "," && SOURCE_APPOSITIVE.has(tk.lower[k + 1] ?? "")) {
    let n = k + 2;
    while (n < limit && tk.surface[n] !== "," && n - k <= 16) n++;
    if (n >= limit || tk.surface[n] === ",") k = n;
  }
  // "The talks collapsed in March, according to Uzi Arad, Mr. Netanyahu's former adviser.": after a clause
  // of its own, what follows the source's comma with no verb of its own describes the source, and
  // ", including one from Monmouth", ", compared with …", ", citing two sources" add to it: neither is
  // the content.
  let trailing = false;
  if (tk.surface[k] === "," && tk.surface[cue.start - 1] === "," && cue.start !== floorOf(state, cue.start)) {
    const after = contentEnd(state, k + 1);
    const opener = tk.lower[k + 1] ?? "";
    const adjunct =
      ADJUNCT_AFTER_COMMA.has(opener) || ING_PREPOSITIONS.has(opener) || /^[a-z]{3,}ing$/.test(opener);
    if (
      after > k + 1 &&
      (adjunct || !clausalContent(tk, k + 1, after)) &&
      clausalContent(tk, clauseStartOf(state, cue.start), cue.start - 1)
    ) {
      trailing = true;
      // (Only a description of someone extends the source: a name or title, a role, "one of the …"; "up
      // from 52 percent", "another blow to the White House" are the writer's.)
      const first = tk.surface[k + 1] ?? "";
      const describes =
        isCapitalized(first) ||
        res.words.roleWords.has(opener) ||
        (opener === "one" && tk.lower[k + 2] === "of" && tk.lower[k + 3] === "the");
      if (!adjunct && describes && after - k <= 16) k = after;
    }
  }
  const srcEnd = k - 1;
  if (srcEnd <= cue.end || k - cue.end > 31) return null;
  // "Mr. Manafort, citing his polls, said …": an aside of the clause's own speaker, who reports next in a
  // finite verb ("according to Reuters, citing two sources" keeps its source).
  if (tk.lower[cue.start] === "citing" && tk.surface[cue.start - 1] === "," && tk.surface[k] === ",") {
    const next = cueAt(state, k + 1, res);
    if (next && next.classes & SPEECH && (next.form === "past" || next.form === "s")) return null;
  }
  const speaker: Phrase = { start: cue.end + 1, end: srcEnd, head: srcEnd, appositive: -1 };
  const floor = floorOf(state, cue.start);
  let from: number;
  let to: number;
  const commaAfter = tk.surface[k] === ",";
  const restAfter = commaAfter ? contentEnd(state, k + 1) : k;
  // “… their relationship,” according to Mr. Rhodes: the comma before the cue sits inside the mark.
  const markedComma = QUOTE_MARKS.has(tk.surface[cue.start - 1] ?? "") && tk.surface[cue.start - 2] === ",";
  const commaBefore = tk.surface[cue.start - 1] === "," || markedComma;
  // "…, according to a CNN tally, but his pathway is narrow": what follows a conjunction is the writer's.
  const conjunctionAfter = /^(?:but|and|yet|so|while|though|although|whereas)$/.test(tk.lower[k + 1] ?? "");
  if (
    // (A quotation closing with its comma before the cue leaves a floor at the cue: the content is before it.)
    (cue.start === floor && !markedComma) ||
    (commaAfter &&
      !trailing &&
      restAfter - (k + 1) >= 3 &&
      tk.surface[cue.start - 1] === "," &&
      !conjunctionAfter)
  ) {
    // According to X, CONTENT.  /  Intro, according to X, CONTENT.
    if (!commaAfter) return null;
    from = k + 1;
    to = restAfter;
  } else {
    // "Haniyeh thanked …, according to a Hamas statement.": the source reports the whole clause, even
    // when that clause is a statement of its own (the two nest).
    from = commaBefore ? clauseStartOf(state, markedComma ? cue.start - 1 : cue.start) : floor;
    to = tk.surface[cue.start - 1] === "," ? cue.start - 1 : cue.start;
  }
  if (to - from < 2 || (from === floor && anyClaimed(state, from, to - 1))) return null;
  const kind = contentKind(state, from, to, used);
  markQuotesUsed(state, from, to, used);
  claim(state, Math.min(from, cue.start), Math.max(to - 1, srcEnd));
  return draftFrom(state, speaker, cue, [span(tk, from, to - 1)], kind, 0.75, res);
}
