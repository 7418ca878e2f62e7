// Reports set off by "as": "As the Post reported last week, Hamas rejected the offer", "The talks, as Qassim
// noted, have stalled", "…, as Breitbart reported a few days later." The content is the clause the report
// sets off, not what follows its verb; the verb's setting ("in his book", "last week") belongs to the cue.

import type { AttributionResources, StatementDraft } from "./attribute.js";
import { speakerOfCue } from "./clauseSpeaker.js";
import { afterDiscourseMarker, clauseLimit, finiteVerbWithin, floorOf, isTimeWord } from "./clauses.js";
import { contentEnd, contentKind, markQuotesUsed } from "./contentSpan.js";
import type { CueGroup } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { isAbbreviationPeriod, type Phrase } from "./phrases.js";
import { anyClaimed, claim, draftFrom, span, type UnitState } from "./unitState.js";

/** How many words a setting after the verb may take: "in his book The Russians", "a few days later". */
const MAX_SETTING_TOKENS = 8;

/** How far back the clause before ", as X said" may reach for its start. */
const MAX_LEFT_TOKENS = 60;

/**
 * The statement of a report set off by "as" at `cue`, or null when the cue is no such report: a finite verb
 * of saying whose subject follows "as" (or "just as") at the start of a sentence or after a comma, and a
 * short setting up to a comma or the sentence's end.
 */
export function asReport(
  state: UnitState,
  cue: CueGroup,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  // A verb of saying, not of a stance ("As someone who had to reject her parents, …").
  if (cue.form === "ing" || (cue.classes & SPEECH) === 0 || res.cues.frames.stance.has(cue.lemma))
    return null;
  // Cheap test first: an "as" within a few words before the cue.
  let as = cue.start - 1;
  while (as >= 0 && cue.start - as <= 8 && tk.lower[as] !== "as") as--;
  if (tk.lower[as] !== "as") return null;
  const speaker = speakerOfCue(state, cue, res);
  if (!speaker || speaker.start !== as + 1) return null;
  // ("Just as Iran had warned, …": the adverb goes with "as".)
  const opener = tk.lower[as - 1] === "just" ? as - 1 : as;
  const limit = clauseLimit(state, cue.end + 1);
  let settingEnd = cue.end + 1;
  while (settingEnd < limit && tk.surface[settingEnd] !== "," && settingEnd - cue.end <= MAX_SETTING_TOKENS)
    settingEnd++;
  // A clause after the verb ("as Qassim said that …", "as he told reporters the truce had failed") is
  // what was said, for the reader of indirect speech; an object makes "as" a time ("As Clinton talked
  // about bringing communities together, Trump …"). Only where, when, how and to whom may follow.
  if (
    settingEnd - cue.end > MAX_SETTING_TOKENS ||
    finiteVerbWithin(tk, cue.end + 1, settingEnd) ||
    !isSetting(tk, cue, settingEnd, res)
  )
    return null;
  const spans = asContent(state, opener, settingEnd, limit);
  if (!spans) return null;
  for (const [from, to] of spans) if (anyClaimed(state, from, to - 1)) return null;
  for (const [from, to] of spans) markQuotesUsed(state, from, to, used);
  const first = spans[0] as [number, number];
  const kind = contentKind(state, first[0], first[1], used);
  claim(state, opener, settingEnd - 1);
  for (const [from, to] of spans) claim(state, from, to - 1);
  // The setting is the cue's: "reported a few days later", "noted in The Intercept".
  const withSetting: CueGroup = { ...cue, end: Math.max(cue.end, settingEnd - 1) };
  return draftFrom(
    state,
    speaker as Phrase,
    withSetting,
    spans.map(([from, to]) => span(tk, from, to - 1)),
    kind,
    0.75,
    res,
  );
}

/** Words that open a verb's setting: where, when, how often ("in his book", "last week", "a few days later"). */
const SETTING_OPENERS =
  /^(?:in|on|at|during|after|before|earlier|later|last|this|recently|yesterday|today|tonight|a|an|two|three|several|first|also|repeatedly|often|previously|once|back|then|now|publicly|privately)$/;

/** Is what follows the cue, up to `settingEnd`, nothing or a setting: no object, no clause, no -ing form? */
function isSetting(
  tk: UnitState["tk"],
  cue: CueGroup,
  settingEnd: number,
  res: AttributionResources,
): boolean {
  const first = cue.end + 1;
  if (first >= settingEnd) return true;
  const l = tk.lower[first] ?? "";
  // ("as he told reporters", "as Qassim told Al-Manar": the one spoken to.)
  const addressee = res.cues.frames.addressee.has(cue.lemma);
  if (!addressee && !SETTING_OPENERS.test(l) && !isTimeWord(l)) return false;
  for (let k = first; k < settingEnd; k++) if (/^[a-z]{3,}ing$/.test(tk.surface[k] ?? "")) return false;
  return true;
}

/**
 * The content's token ranges [from, to) around the "as" clause from `opener` to `settingEnd` (a comma or the
 * clause's limit): the main clause after it when it opens the sentence; the clause before its comma, and
 * the rest of that clause after it, when it stands inside or after the clause.
 */
function asContent(
  state: UnitState,
  opener: number,
  settingEnd: number,
  limit: number,
): [number, number][] | null {
  const { tk } = state;
  const floor = floorOf(state, opener);
  const atStart = opener === afterDiscourseMarker(tk, floor, opener) || opener === floor;
  const afterComma = tk.surface[settingEnd] === "," && settingEnd + 1 < limit;
  if (atStart && tk.surface[opener - 1] !== ",") {
    if (!afterComma) return null;
    const end = contentEnd(state, settingEnd + 1);
    return end - (settingEnd + 1) >= 2 ? [[settingEnd + 1, end]] : null;
  }
  if (tk.surface[opener - 1] !== ",") return null;
  const left = sentenceStart(state, opener - 1);
  if (opener - 1 - left < 2) return null;
  const spans: [number, number][] = [[left, opener - 1]];
  if (afterComma) {
    const end = contentEnd(state, settingEnd + 1);
    if (end > settingEnd + 1) spans.push([settingEnd + 1, end]);
  }
  return spans;
}

/** The first token of the sentence that holds the token before `k`, within the unit and its quotations. */
function sentenceStart(state: UnitState, k: number): number {
  const { tk } = state;
  let i = k - 1;
  while (i >= 0 && k - i <= MAX_LEFT_TOKENS) {
    const s = tk.surface[i] ?? "";
    if (state.quoteOf[i] !== -1 || state.claimed[i]) break;
    if ((s === "." && !isAbbreviationPeriod(tk, i)) || s === ";" || s === "?" || s === "!" || s === ":")
      break;
    i--;
  }
  return i + 1;
}
