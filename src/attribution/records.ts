// Statements without a person behind them: what polls, surveys and studies found ("A Gallup poll found …")
// and clauses the writer marks as reported by no one named ("The FBI is reportedly …").

import type { Span } from "../contract/extraction.js";
import { isCapitalized } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { afterDiscourseMarker } from "./clauses.js";
import { contentKind } from "./contentSpan.js";
import { type CueGroup, cueAt } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import type { Phrase } from "./phrases.js";
import { anyClaimed, draftFrom, span, type UnitState } from "./unitState.js";
import { SUBJECT_STOPS } from "./words.js";

/** The words that head a record a finding is "in": polls, surveys, studies, an average of polls. */
const RECORD_HEADS = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "average"]);

// Record words, and "reportedly" for reportedClause: a unit without one skips both readers. ("an average of
// … polls" holds "polls": "average" alone need not send a unit through the pass.)
const RECORD_WORD = /\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Rr]eportedly)\b/g;

/** Offsets of the record words in the text, in order (one regex pass per document). */
export function recordWordsIn(text: string): number[] {
  const out: number[] = [];
  RECORD_WORD.lastIndex = 0;
  for (let m = RECORD_WORD.exec(text); m; m = RECORD_WORD.exec(text)) out.push(m.index);
  return out;
}

/** Nouns of a standing or its change: what they are "in" a poll is no finding reported. */
const STANDING_NOUNS =
  /^(?:standing|standings|nosedive|swoon|drop|drops|rise|surge|decline|slide|slump|fall|gains?|position|strength|weakness|numbers|ranking|rankings|place|showing|lead|leading|leads|trailing|trails|trail|ahead|behind|slipping|slipped|slip|ground|falling|fell|fallen|rising|rose|risen|surging|surged|dropping|dropped|well|badly|poorly|part|found|errors?|climbing|climbed|sinking|sank|stalled|mired|struggling|participated|participate|participating)$/;

/** Words that open a relative or subordinate clause, or a prepositional phrase leading one. */
const NOT_THE_FINDING = new Set(
  "who whom whose which that when while whereas despite depending with after before because if as although though since until once unless where".split(
    " ",
  ),
);

/** Words that may follow a record's head inside its phrase: "a poll of voters", "polls ahead of". */
const RECORD_FOLLOWERS = /^(?:of|by|from|for|in|among|ahead|this|last|earlier|published|this|since)$/;

/** Words that end a record's phrase after its head ("in a poll released Monday, …", "in the poll. Next"). */
const RECORD_PHRASE_END = new Set([
  ",",
  ".",
  ";",
  ":",
  "—",
  "–",
  "that",
  "which",
  "who",
  "and",
  "but",
  "?",
  "!",
]);

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans said …", "Clinton led Sanders 2-1 in an NBC News
 * poll": a finding attributed to the record it is "in". The record is the source, "in" the cue, and the
 * clause after the fronted phrase, or before the trailing one, the content. Not when "in" lies inside
 * another statement's content ("Trump said he leads in the polls" is Trump's).
 */
export function recordSource(state: UnitState, res: AttributionResources): StatementDraft | null {
  const { tk } = state;
  const n = tk.length;
  for (let i = 0; i < n - 1; i++) {
    if (tk.lower[i] !== "in" || state.claimed[i] || state.quoteOf[i] !== -1) continue;
    // "his nosedive in the polls", "her strength in the polls": a standing, not a finding.
    if (STANDING_NOUNS.test(tk.lower[i - 1] ?? "")) continue;
    // The record's head within a few words, with nothing but a noun phrase's words between.
    let head = -1;
    for (let k = i + 1; k < n && k - i <= 16; k++) {
      const l = tk.lower[k] ?? "";
      // "Survey Research": a capitalised record word inside a name heads nothing.
      if (
        RECORD_HEADS.has(l) &&
        !(isCapitalized(tk.surface[k] ?? "") && isCapitalized(tk.surface[k + 1] ?? ""))
      ) {
        // "an average of New Hampshire polls": the polls head the phrase.
        head = l === "average" && tk.lower[k + 1] === "of" ? -1 : k;
        if (head !== -1) break;
        continue;
      }
      if (l === "of" && tk.lower[k - 1] === "average") continue;
      // "the Center for Policy and Survey Research poll": small words inside a name.
      if (
        /^(?:and|of|for)$/.test(l) &&
        isCapitalized(tk.surface[k + 1] ?? "") &&
        isCapitalized(tk.surface[k - 1] ?? "")
      )
        continue;
      const sf = tk.surface[k] ?? "";
      if (
        RECORD_PHRASE_END.has(l) ||
        res.isCue(l) ||
        /^(?:to|at|on|with|as|is|are|was|were|be)$/.test(l) ||
        !/^[\p{L}\p{N}'’/&.%-]+$/u.test(sf)
      )
        break;
    }
    if (head === -1) continue;
    if (head === i + 1 && tk.lower[head] !== "polls") continue; // "in study" is no record
    // The phrase runs on to a comma or the clause's end ("released Monday", "last month"), briefly; the
    // head must end a noun ("a study abroad program" is a program).
    const next = tk.lower[head + 1] ?? "";
    if (
      head + 1 < n &&
      !RECORD_PHRASE_END.has(next) &&
      !RECORD_FOLLOWERS.test(next) &&
      !res.words.temporal.has(next) &&
      !/^[a-z]+ed$/.test(next) &&
      !/^\d/.test(next)
    )
      continue;
    let end = head;
    for (let k = head + 1; k < n && k - head <= 6; k++) {
      if (RECORD_PHRASE_END.has(tk.lower[k] ?? "")) {
        end = k - 1;
        break;
      }
      if (k === n - 1) end = k;
    }
    const after = tk.lower[end + 1] ?? "";
    let from: number;
    let to: number;
    const opening = afterDiscourseMarker(tk, 0, i);
    if (i === opening && after === ",") {
      // Fronted: the clause after the comma.
      from = end + 2;
      to = n - 1;
      while (to > from && /^[.;:!?]$/.test(tk.surface[to] ?? "")) to--;
    } else {
      // Trailing: the clause before "in", from the unit's start or its last clause mark.
      from = 0;
      for (let k = i - 1; k >= 0; k--) {
        if (/^[;:—–]$/.test(tk.surface[k] ?? "")) {
          from = k + 1;
          break;
        }
      }
      from = afterDiscourseMarker(tk, from, i);
      to = i - 1;
      while (to > from && tk.surface[to] === ",") to--;
      // "a rival who is far behind him in the polls", "Despite his low standing in the polls": the
      // finding is a relative or subordinate clause's, not the sentence's.
      let subordinate = false;
      for (let k = from; k <= to && !subordinate; k++) subordinate = NOT_THE_FINDING.has(tk.lower[k] ?? "");
      if (subordinate) continue;
    }
    if (to - from < 1 || anyClaimed(state, i, end)) continue;
    const speaker: Phrase = { start: i + 1, end, head, appositive: -1 };
    const cue: CueGroup = {
      start: i,
      outer: i,
      verb: i,
      end: i,
      classes: SPEECH,
      form: "phrase",
      lemma: "in",
      needsClause: false,
    };
    return draftFrom(state, speaker, cue, [span(tk, from, to)], "indirect", 0.5, res);
  }
  return null;
}

/**
 * "The FBI is reportedly making arrangements to interview Clinton": a clause reported by no one named.
 * The cue is "reportedly", the content the clause around it. Not when a cue verb follows ("reportedly
 * told aides that …" is the teller's statement) or another statement holds the clause.
 */
export function reportedClause(state: UnitState, res: AttributionResources): StatementDraft | null {
  const { tk } = state;
  const n = tk.length;
  for (let r = 0; r < n; r++) {
    if (tk.lower[r] !== "reportedly" || state.claimed[r] || state.quoteOf[r] !== -1) continue;
    if (cueAt(state, r + 1, res)) return null;
    let from = 0;
    for (let k = r - 1; k >= 0; k--) {
      if (/^[;:—–]$/.test(tk.surface[k] ?? "")) {
        from = k + 1;
        break;
      }
    }
    from = afterDiscourseMarker(tk, from, r);
    let to = n - 1;
    for (let k = r + 1; k < n; k++) {
      if (/^[;:—–]$/.test(tk.surface[k] ?? "")) {
        to = k - 1;
        break;
      }
    }
    // "After Iran reportedly supplied the drones, …", "Israel’s strike, which reportedly killed …,", "The
    // deal, reportedly worth $1 billion,": in a subordinate, relative or appositive part, only that part.
    let segStart = r;
    while (segStart > from && tk.surface[segStart - 1] !== ",") segStart--;
    let segEnd = r;
    while (segEnd < to && tk.surface[segEnd + 1] !== ",") segEnd++;
    const opener = tk.lower[segStart] ?? "";
    const relative = /^(?:which|who|that)$/.test(opener);
    const subordinate = !relative && (SUBJECT_STOPS.has(opener) || /^(?:after|before)$/.test(opener));
    if (segStart === r || relative || subordinate) {
      from = subordinate ? segStart + 1 : segStart;
      to = segEnd;
    }
    while (to > r && /^[.,!?]$/.test(tk.surface[to] ?? "")) to--;
    if (to - r < 2 || anyClaimed(state, from, to)) return null;
    const spans: Span[] = [];
    if (r > from) spans.push(span(tk, from, r - 1));
    spans.push(span(tk, tk.surface[r + 1] === "," ? r + 2 : r + 1, to));
    const cue: CueGroup = {
      start: r,
      outer: r,
      verb: r,
      end: r,
      classes: SPEECH,
      form: "phrase",
      lemma: "reportedly",
      needsClause: false,
    };
    return draftFrom(state, null, cue, spans, contentKind(state, from, to + 1, new Uint8Array(0)), 0.5, res);
  }
  return null;
}
