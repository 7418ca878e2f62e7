// Speakers named by a label before a colon: headlines ("Graham: Trump’s …") and transcript turns
// ("WALLACE: …", "RICE: We agree").

import type { Span } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { isCapitalized, type Tokens } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { isFiniteAuxiliary } from "./clauses.js";
import type { CueGroup } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import type { Phrase } from "./phrases.js";
import { anyClaimed, claim, draftFrom, span, type UnitState } from "./unitState.js";
import { NOT_A_HEADLINE_SPEAKER, QUOTE_MARKS } from "./words.js";

/** Does a colon come within the first words of the unit ("Graham: Trump’s rhetoric …")? */
export function colonNear(text: string, unit: Span): boolean {
  const to = Math.min(unit[1], unit[0] + 48);
  for (let i = unit[0]; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/**
 * "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance", "Poll: Trump Ties Clinton": the
 * headline convention of a speaker's name, a colon and what they said. The name is a few capitalised
 * words opening the unit; a label ("UPDATE:", "Q:") or a dateline ("WASHINGTON:") is none.
 */
export function headlineSpeaker(
  state: UnitState,
  res: AttributionResources,
  paragraphEnd: number,
  transcriptLabels: ReadonlySet<string>,
  usedQuote: Uint8Array,
  beforeCues: boolean,
): StatementDraft | null {
  const { tk } = state;
  const n = tk.length;
  // "“WALLACE: Let’s start …": a transcript quoted whole opens each turn's paragraph with a quotation mark
  // (the news convention for a quotation over several paragraphs); the turn's label follows the mark.
  const s0 =
    paragraphEnd !== -1 && QUOTE_MARKS.has(tk.surface[0] ?? "") && transcriptLabels.has(tk.surface[1] ?? "")
      ? 1
      : 0;
  let c = -1;
  for (let k = s0 + 1; k < n && k <= s0 + 6; k++) {
    if (tk.surface[k] === ":") {
      c = k;
      break;
    }
  }
  // A transcript's turns ("WALLACE: …", "QASSIM: …") name the same speakers paragraph after paragraph; a
  // turn may be short ("WALLACE: Why not?") and goes on to its paragraph's end or the next turn.
  const labelled = c !== -1 && transcriptLabels.has(tk.surface[s0] ?? "");
  const quotedTurn = s0 === 1 && c !== -1 && state.quoteOf[c] === state.quoteOf[0];
  if (
    c === -1 ||
    (n - c < 4 && !labelled) ||
    c + 1 >= n ||
    state.claimed[c] ||
    state.claimed[c + 1] ||
    (state.quoteOf[c] !== -1 && !quotedTurn)
  )
    return null;
  // (No setting after the name: "Pressure on Netanyahu:", "Chaos at Al-Shifa:", "Back to School:" are
  // titles as often as "Mukasey at RNC:" is a speaker.)
  for (let k = s0; k < c; k++) {
    const sf = tk.surface[k] ?? "";
    // ("Wash Post Fact-Check:", "Report:": a cue word's noun, capitalised, names; "Trump Says:" does not.)
    const noun = isCapitalized(sf) && MEDIA_NOUNS.test(tk.lower[k] ?? "");
    if (!(isCapitalized(sf) || /^(?:&|of|the|\.|['’]s)$/.test(sf)) || (res.isCue(tk.lower[k] ?? "") && !noun))
      return null;
    if (NOT_A_HEADLINE_SPEAKER.has(tk.lower[k] ?? "")) return null;
    // "Doha’s Gamble: Qatar, Hamas and the Talks": an owner's noun is a title's subject, not a speaker.
    if (/['’]s?$/.test(sf) && TITLE_NOUNS.test(tk.lower[k + 1] ?? "")) return null;
    // "On the Road Again: …" is a title with its subtitle: small words other than a name's are no name's.
    const l = tk.lower[k] ?? "";
    if (res.words.stopWords.has(l) && !(l === "the" && k === 0) && l !== "of" && l !== "&") return null;
  }
  // "WASHINGTON:", "UPDATE:": one upper-case word longer than an acronym is a dateline or a label; so are
  // several ("NEW YORK:", "ABU DHABI:", "GAZA CITY:").
  const first = tk.surface[0] ?? "";
  if (c === 1 && first.length > 4 && first === first.toUpperCase() && !labelled) return null;
  if (c > 1 && !labelled && tk.surface.slice(0, c).every((s) => /^[A-Z][A-Z.'’-]+$/.test(s))) return null;
  // Before the cue pass, only a transcript's turn, or a line whose words after the colon hold no cue of
  // their own ("Islamabad: Pakistan condemned …", "Jerusalem: Israeli officials say …").
  if (beforeCues && !labelled)
    for (let k = c + 1; k < n; k++) if (res.cues.forms.has(tk.lower[k] ?? "")) return null;
  let to = n - 1;
  while (to > c + 1 && /^[.;!?]$/.test(tk.surface[to] ?? "")) to--;
  // "Hizbullah: The Party of God Under Pressure", "Breitbart News Daily: A World at War": a title and its
  // subtitle, a noun phrase with nothing said in it; a headline says something ("Hamas Weighs Return to
  // Damascus", "Victory Is Near") or names its claim without an article ("Israel, US Behind Plot").
  if (!labelled && /^(?:the|a|an)$/.test(tk.lower[c + 1] ?? "") && !saysSomething(tk, c + 1, to + 1, res))
    return null;
  const turn = labelled && paragraphEnd !== -1;
  if ((to - c < 3 && !turn) || to <= c || anyClaimed(state, c + 1, to) || isNameRoster(tk, c + 1, to + 1))
    return null;
  const speaker: Phrase = { start: s0, end: c - 1, head: c - 1, appositive: -1 };
  const cue: CueGroup = {
    start: c,
    outer: c,
    verb: c,
    end: c,
    classes: SPEECH,
    form: "phrase",
    lemma: ":",
    needsClause: false,
  };
  // A turn read before the cue pass leaves its words free for the statements inside it ("AMANPOUR:
  // Minister, Israel says Hamas started this war"; a round-up's repeated datelines read as turns too).
  claim(state, 0, beforeCues && labelled ? c : to);
  const content = span(tk, c + 1, to);
  if (turn) content[1] = trimmedEnd(state.text, content[0], nextTurnAt(state.text, content[0], paragraphEnd));
  // The quotation is the transcript's, turn by turn: no one speaker's, nor a cue's content further on.
  if (quotedTurn) {
    usedQuote[state.quoteOf[0] as number] = 1;
    // The last turn closes the quotation: its mark is the transcript's, not the turn's words.
    if (/["”]/.test(state.text[content[1] - 1] ?? ""))
      content[1] = trimmedEnd(state.text, content[0], content[1] - 1);
  }
  return draftFrom(state, speaker, cue, [content], "indirect", 0.5, res);
}

/**
 * Do the tokens [from, to) of a title-case line say something: a quotation mark or a first person ("I'd
 * consider"), an auxiliary or a modal ("Is", "Will"), an infinitive ("to Speak"), or a word in -s, -ed or
 * -ing that no determiner, owner or preposition opens a noun phrase with ("Hamas Weighs Return",
 * "Destroying GOP's Chance"; not "The Proxies", "Iran's Proxies", "of Dumping")?
 */
function saysSomething(tk: Tokens, from: number, to: number, res: AttributionResources): boolean {
  for (let k = from; k < to; k++) {
    const l = tk.lower[k] ?? "";
    if (QUOTE_MARKS.has(tk.surface[k] ?? "") || /^(?:i|me|my|we|us|our|['’](?:d|ll|ve|re|m))$/.test(l))
      return true;
    if (isFiniteAuxiliary(l) || /^(?:says|said|tells|told)$/.test(l)) return true;
    if (
      l === "to" &&
      /^[A-Za-z]+$/.test(tk.surface[k + 1] ?? "") &&
      !res.words.determiners.has(tk.lower[k + 1] ?? "")
    )
      return true;
    if (k === from || !/^[a-z]{2,}(?:s|ed|ing)$/.test(l) || /(?:ss|us|is)$/.test(l)) continue;
    const before = tk.lower[k - 1] ?? "";
    if (/^(?:the|a|an|its|his|her|their|our|this|these|those|of|in|on|for|and|under|with|to)$/.test(before))
      continue;
    if (/['’]s?$/.test(tk.surface[k - 1] ?? "") || res.words.determiners.has(before)) continue;
    return true;
  }
  return false;
}

/**
 * "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a roster of five or more names (capitalised words,
 * commas, "and") after a colon is a list, not what anyone said ("Trump: Cruz, Rubio, Bush Are Losers" is a
 * title-case headline).
 */
function isNameRoster(tk: Tokens, from: number, to: number): boolean {
  let names = 0;
  let inName = false;
  for (let k = from; k < to; k++) {
    const sf = tk.surface[k] ?? "";
    if (sf === "," || tk.lower[k] === "and") {
      if (!inName) return false;
      inName = false;
    } else if (isCapitalized(sf) || sf === ".") {
      if (!inName) names++;
      inName = true;
    } else if (!(inName && /^[.;]$/.test(sf))) return false;
  }
  return names >= 5;
}

/** Cue words that, capitalised before a headline's colon, name a medium ("Wash Post Fact-Check:"). */
const MEDIA_NOUNS =
  /^(?:post|report|check|fact-check|review|note|memo|poll|survey|study|brief|digest|column|blog)$/;

/** Nouns that make "X's NOUN:" a title ("Doha's Gamble:", "Hizbullah's Dilemma:"). */
const TITLE_NOUNS =
  /^(?:gamble|gambit|dilemma|choice|war|wars|plan|problem|moment|bet|challenge|crisis|test|strategy|game|move|path|future|legacy|return|way|role|fight|battle|balancing|calculus|quandary|trap|bind|pivot|shift|turn|rise|fall|road|long|last|new|other|hidden|quiet|secret)$/;

/** Where the next turn ("… soon. RICE: We agree") starts before `end`, or `end`. */
function nextTurnAt(text: string, from: number, end: number): number {
  // Within the paragraph only: a search to the text's end would read the rest for every turn.
  NEXT_TURN.lastIndex = 0;
  const m = NEXT_TURN.exec(text.slice(from, end));
  return m ? from + m.index + 1 : end;
}

const NEXT_TURN = /\s\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}:\s/gu;

/** The end of the text from `from` to `end` without the white space and final stop it closes with. */
function trimmedEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/.test(text[e - 1] as string)) e--;
  if (e > from && text[e - 1] === ".") e--;
  return e;
}

/** Does the quotation open with a transcript turn's label ("“WALLACE: …")? */
export function opensTurn(text: string, quote: Quote, transcriptLabels: ReadonlySet<string>): boolean {
  if (transcriptLabels.size === 0) return false;
  const m = TURN_LABEL.exec(text.slice(quote.open, quote.open + 40));
  return m !== null && transcriptLabels.has((m[1] as string).split(" ")[0] as string);
}

/** How a transcript turn opens its paragraph: an upper-case name and a colon ("WALLACE:", "MIKE PENCE:"). */
const TURN_LABEL = /^\s*["“]?(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;

/**
 * The upper-case labels that open at least two paragraphs each, when two or more do: a transcript's
 * speakers. Read once per document, a look at each paragraph's first characters.
 */
export function transcriptSpeakers(text: string, paragraphs: readonly Span[]): Set<string> {
  const seen = new Set<string>();
  const labels = new Set<string>();
  for (const [start, end] of paragraphs) {
    const m = TURN_LABEL.exec(text.slice(start, Math.min(end, start + 40)));
    if (!m) continue;
    const label = (m[1] as string).split(" ")[0] as string;
    if (seen.has(label) && !NOT_A_HEADLINE_SPEAKER.has(label.toLowerCase())) labels.add(label);
    seen.add(label);
  }
  // A transcript has at least two voices; one label twice ("BEIRUT: … BEIRUT: …") is a dateline.
  return labels.size >= 2 ? labels : new Set();
}
