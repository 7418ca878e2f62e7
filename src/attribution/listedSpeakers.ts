// Reaction lists and signed quotations: “…” — Name, role, on its own line, or a dash and a name after the
// closing mark.

import type { Span } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { isCapitalized, isSpaceCode } from "../text/tokens.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import type { CueGroup } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { isAynApostrophe, type Phrase } from "./phrases.js";
import { isTitleLike } from "./quotePass.js";
import { claim, claimQuote, draftFrom, type UnitState, wordCount } from "./unitState.js";
import { BE, LIST_DASHES, MODALS, NOT_A_HEADLINE_SPEAKER } from "./words.js";

/** Only spaces or tabs between the line's start (or the text's) and offset i? */
function atLineStart(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\t" || text[k - 1] === "\u00a0")) k--;
  return k === 0 || text[k - 1] === "\n" || text[k - 1] === "\r";
}

/** Only spaces or tabs between offset i and the line's end (or the text's)? */
function atLineEnd(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0")) k++;
  return k === text.length || text[k] === "\n" || text[k] === "\r";
}

/**
 * The quotation (index below qi) whose closing mark only white space separates from offset `at`, or -1.
 * Walks back over that white space alone, so each unit reads its own gap once.
 */
function quoteEndingRightBefore(text: string, quotes: readonly Quote[], qi: number, at: number): number {
  if (qi === 0) return -1;
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return (quotes[qi - 1] as Quote).end === k ? qi - 1 : -1;
}

/** How far a reactions list's dash may stand from the line's start or end: a name and a short role. */
const LISTED_SPEAKER_TOKENS = 20;

/**
 * A list of reactions, each paragraph a name and a quotation joined by a dash, either way round:
 * "Rania Haddad ― “The war has taken everything from us.”" or "“Hizbullah protected the south.” ― Khalil
 * Mroueh". The quotation, the whole paragraph but the name, is the named person's.
 */
export function listedSpeaker(
  state: UnitState,
  quotes: readonly Quote[],
  qi: number,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk, text, unit } = state;
  const n = tk.length;
  let d = -1;
  let q = -1;
  let name: Span = [0, 0];
  if (atLineStart(text, unit[0])) {
    // Name first: its dash within the first few tokens, then the quotation to the line's end.
    for (let k = 1; k < n && k <= LISTED_SPEAKER_TOKENS && d === -1; k++)
      if (LIST_DASHES.has(tk.surface[k] ?? "")) d = k;
    const quote = d === -1 ? undefined : quotes[state.quoteOf[d + 1] ?? -1];
    if (quote && tk.starts[d + 1] === quote.open && atLineEnd(text, quote.end)) {
      q = state.quoteOf[d + 1] as number;
      name = [0, d - 1];
    }
  }
  if (q === -1 && atLineEnd(text, unit[1])) {
    // Name last: a quotation from the line's start, its closing mark, the dash, the name.
    d = -1;
    for (let k = n - 2; k >= 0 && k >= n - 1 - LISTED_SPEAKER_TOKENS && d === -1; k--)
      if (LIST_DASHES.has(tk.surface[k] ?? "")) d = k;
    // The closing mark may end the unit before ("…did.” ⏎ ― Khalil Mroueh" splits after the mark).
    const at =
      d === -1
        ? -1
        : d === 0
          ? quoteEndingRightBefore(text, quotes, qi, unit[0])
          : (state.quoteOf[d - 1] ?? -1);
    const quote = quotes[at];
    if (quote && (state.quoteOf[d + 1] ?? -1) === -1 && atLineStart(text, quote.open)) {
      q = at;
      // "― Carla Sanchez.": the stop after the name is no part of it.
      name = [d + 1, tk.surface[n - 1] === "." ? n - 2 : n - 1];
    }
  }
  if (q === -1 || used[q] || !(quotes[q] as Quote).closed || name[1] < name[0]) return null;
  // "Hamas – “Islamic Resistance Movement”", "Chapter One – “Beginnings”": a name glossed, not speech.
  const quote = quotes[q] as Quote;
  if (wordCount(text, quote.spans, 3) < 3 || isTitleLike(text.slice(quote.open, quote.end))) return null;
  // "GAZA CITY – “We have nothing left.”": a dateline in capitals names no speaker.
  const named = text.slice(tk.starts[name[0]] as number, tk.ends[name[1]] as number);
  if (/\p{Lu}{2,}/u.test(named) && named === named.toUpperCase()) return null;
  // "Abu Fadak al-Muhammadawi, chief of staff of the PMF ― “…”": the name, then perhaps its appositive.
  let comma = -1;
  for (let k = name[0]; k <= name[1]; k++) {
    const sf = tk.surface[k] ?? "";
    const l = tk.lower[k] ?? "";
    if (sf === "," && comma === -1 && k > name[0]) {
      comma = k;
      continue;
    }
    if (comma !== -1) {
      // The appositive: words of a role, not a clause ("Gaza, a strip of two million people, is starving").
      if (res.isCue(l) || state.quoteOf[k] === q || BE.has(l) || MODALS.has(l)) return null;
      continue;
    }
    if (sf === "." && k > name[0]) continue;
    if (isAynApostrophe(tk, k) || ((sf === "'" || sf === "’") && tk.starts[k] === tk.ends[k - 1])) continue;
    // "Abu Mohammad al-Jolani", "Ursula von der Leyen": particles, alone or joined.
    if (!isCapitalized(sf) && !res.words.nameParticles.has(l.split(/[-‑]/)[0] as string)) return null;
    // ("Julie A. Diaz Martinez": an initial is no article.)
    const initial = sf.length === 1 && tk.surface[k + 1] === "." && k > name[0];
    if (!initial && (res.words.stopWords.has(l) || res.isCue(l) || NOT_A_HEADLINE_SPEAKER.has(l)))
      return null;
  }
  const head = comma === -1 ? name[1] : comma - 1;
  if (head - name[0] > 7 || comma === name[1]) return null;
  used[q] = 1;
  claim(state, name[0], name[1]);
  claim(state, d, d);
  claimQuote(state, q);
  const speaker: Phrase = { start: name[0], end: name[1], head, appositive: comma === -1 ? -1 : comma + 1 };
  const cue: CueGroup = {
    start: d,
    outer: d,
    verb: d,
    end: d,
    classes: SPEECH,
    form: "phrase",
    lemma: tk.surface[d] as string,
    needsClause: false,
  };
  return draftFrom(state, speaker, cue, [...(quotes[q] as Quote).spans], "direct", 0.6, res);
}
