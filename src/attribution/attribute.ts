// Attribution: finds statements (speaker, cue, content) in a document from its units and quotations.
// Two passes per unit. The quote pass (quotePass.ts) attaches each quotation to a cue before it ("X said: “…”") or
// after it ("“…,” said X." / "“…,” X said."), and lets split and continued quotations join the same statement.
// The cue pass (cuePass.ts) finds indirect speech around reporting cues outside quotations ("X said that …",
// "…, sources said.", "According to X, …"). Each token belongs to at most one statement. This file runs the
// passes over a document's units and keeps the drafts' shared types.

import type { Span, StatementKind } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { isSpaceCode } from "../text/tokens.js";
import { invertedAttributionAfter } from "./cueGroups.js";
import type { CueLexicon } from "./cueLexicon.js";
import { attachCues } from "./cuePass.js";
import { colonNear, headlineSpeaker, opensTurn, transcriptSpeakers } from "./headlines.js";
import { listedSpeaker } from "./listedSpeakers.js";
import { nominalStatements } from "./nominalStatements.js";
import { attachClosingQuote, attachQuote } from "./quotePass.js";
import { recordSource, recordWordsIn, reportedClause } from "./records.js";
import type { SpeakerWords } from "./speakerWords.js";
import { claimQuote, isFreeSpeech, tokenAt, type UnitState, unitState } from "./unitState.js";
import { LIST_DASHES } from "./words.js";

export interface StatementDraft {
  speakerSpan: Span | null;
  /** The part of the speaker span that names the speaker (the head phrase, without an appositive). */
  speakerHead: Span | null;
  /** For a relative "who", the phrase it stands for ("Trump, who said …"). */
  antecedent: Span | null;
  cueSpan: Span | null;
  contentSpans: Span[];
  kind: StatementKind;
  confidence: number;
  /** The unit the statement was found in. */
  unit: Span;
}

export interface AttributionInput {
  text: string;
  units: readonly Span[];
  paragraphs: readonly Span[];
  quotes: readonly Quote[];
}

export interface AttributionResources {
  cues: CueLexicon;
  words: SpeakerWords;
  /** Is this lower-cased word a cue form? (Keeps cue words out of speaker phrases.) */
  isCue: (lower: string) => boolean;
}

export function attributionResources(cues: CueLexicon, words: SpeakerWords): AttributionResources {
  return { cues, words, isCue: (l) => cues.mayStartCue(l) && cues.forms.has(l) };
}

export function attributeStatements(input: AttributionInput, res: AttributionResources): StatementDraft[] {
  const { text, units, quotes } = input;
  const topQuotes = quotes.filter((q) => !q.nested);
  const usedQuote = new Uint8Array(topQuotes.length);
  const drafts: StatementDraft[] = [];
  let qi = 0;
  /** The statement a cue-less quotation after it may continue: a direct one, or a reported one that ended its paragraph. */
  let continued: { draft: StatementDraft; paragraphEnd: number; paragraph: number } | null = null;
  let prevUnit: UnitState | null = null;
  let para = 0;
  // Where a record is named ("in a CNN poll"): found once per document, read unit by unit.
  const records = recordWordsIn(text);
  let ri = 0;
  const transcriptLabels = transcriptSpeakers(text, input.paragraphs);
  for (const unit of units) {
    while (qi < topQuotes.length && (topQuotes[qi] as Quote).end <= unit[0]) qi++;
    while (para < input.paragraphs.length && (input.paragraphs[para] as Span)[1] < unit[0]) para++;
    while (ri < records.length && (records[ri] as number) < unit[0]) ri++;
    const hasRecord = ri < records.length && (records[ri] as number) < unit[1];
    const paragraphEnd = (input.paragraphs[para] as Span | undefined)?.[1] ?? text.length;
    const hasQuote = qi < topQuotes.length && (topQuotes[qi] as Quote).open < unit[1];
    const colon = colonNear(text, unit);
    // "― Khalil Mroueh" after a quotation's closing mark: a name signing the quotation before.
    const signature = LIST_DASHES.has(text[unit[0]] as string);
    if (
      !hasQuote &&
      !hasRecord &&
      !colon &&
      !signature &&
      !res.cues.scanner.containsAny(text, unit[0], unit[1])
    ) {
      prevUnit = null;
      continue;
    }
    const state = unitState(text, unit, topQuotes, qi);
    const paragraphStart = (input.paragraphs[para] as Span | undefined)?.[0] ?? 0;
    // Quote pass.
    for (let k = qi; k < topQuotes.length; k++) {
      const quote = topQuotes[k] as Quote;
      if (quote.open >= unit[1]) break;
      if (usedQuote[k]) continue;
      if (quote.open < unit[0]) {
        // “…⏎⏎“…,” Nasrallah said.: a quotation over several paragraphs, attributed after it closes here.
        const d = attachClosingQuote(state, k, quote, usedQuote, res);
        if (d) {
          drafts.push(d);
          continued = { draft: d, paragraphEnd, paragraph: para };
        }
        continue;
      }
      // "Part of the exchange follows:⏎⏎“HOST: …": a transcript's turns, each its label's (headlineSpeaker).
      if (opensTurn(text, quote, transcriptLabels) && text.slice(paragraphStart, quote.open).trim() === "")
        continue;
      const d = attachQuote(state, k, quote, topQuotes, usedQuote, res, prevUnit);
      if (d) {
        drafts.push(d);
        continued = { draft: d, paragraphEnd, paragraph: para };
        continue;
      }
      const wholeParagraph =
        continued !== null &&
        para === continued.paragraph + 1 &&
        drafts[drafts.length - 1] === continued.draft &&
        isWholeParagraph(text, quote, input.paragraphs[para] as Span) &&
        runsOn(text, continued.draft, continued.paragraphEnd);
      if (
        continued &&
        (quote.open < continued.paragraphEnd || wholeParagraph) &&
        opensUnit(state, quote) &&
        isFreeSpeech(text, quote) &&
        // “You abandoned the Syrian people” to please Moscow, he said: the sentence names its own speaker.
        !invertedAttributionAfter(state, tokenAt(state.tk, Math.min(quote.end, unit[1]) - 1) + 1, res)
      ) {
        // A quotation with no cue of its own, right after a direct statement in the same paragraph,
        // continues it ("“…,” he said. “More.”"); so does a paragraph that is nothing but a quotation,
        // right after the paragraph that ended with it.
        // A loop, not push(...spans): a quotation continued over 100,000 paragraphs overflows the stack.
        for (const s of quote.spans) continued.draft.contentSpans.push(s);
        usedQuote[k] = 1;
        claimQuote(state, k);
        // A third paragraph of nothing but quotation goes on with the same speaker.
        if (wholeParagraph) continued = { draft: continued.draft, paragraphEnd, paragraph: para };
      }
    }
    // A transcript's turn ("FALLIN: I think he is …") and a headline with no cue after its colon ("NY
    // Daily News: Gun Lobby Is a Threat …") are read before the cue pass; other headlines after it, when
    // the cues inside them have left the line free (headlineSpeaker says which).
    const opensParagraph = text.slice(paragraphStart, unit[0]).trim() === "";
    const headline = (beforeCues: boolean) => {
      if (!colon) return;
      const end = opensParagraph ? paragraphEnd : -1;
      const d = headlineSpeaker(state, res, end, transcriptLabels, usedQuote, beforeCues);
      if (d) drafts.push(d);
    };
    headline(true);
    // Cue pass.
    for (const d of attachCues(state, topQuotes, usedQuote, res)) {
      drafts.push(d);
      // "Massie said Trump had “the obligation to bring us together.”⏎⏎“I think he can do that.”": a
      // paragraph of nothing but quotation after a reported statement that ended its paragraph goes on
      // with it (runsOn checks the ending below).
      // Not over a direct statement of the same paragraph, nor from a participle's aside ("referring to …").
      if (d.cueSpan && continued?.paragraph !== para && !/ing$/i.test(text.slice(d.cueSpan[0], d.cueSpan[1])))
        continued = { draft: d, paragraphEnd, paragraph: para };
    }
    for (const d of nominalStatements(state, usedQuote, res)) drafts.push(d);
    headline(false);
    if (hasRecord) {
      const d = recordSource(state, res) ?? reportedClause(state, res);
      if (d) drafts.push(d);
    }
    if (hasQuote || signature) {
      const d = listedSpeaker(state, topQuotes, qi, usedQuote, res);
      if (d) drafts.push(d);
    }
    if (continued && para > continued.paragraph + 1) continued = null;
    prevUnit = state;
  }
  return drafts;
}

/**
 * May a paragraph of bare quotation go on with this direct statement? Only if the statement ends its
 * paragraph (no other sentence came between), was not a question ("asked"), and was not the writer's
 * own ("I said"): in those cases the next quotation is as likely an answer or someone else's.
 */
function runsOn(text: string, draft: StatementDraft, paragraphEnd: number): boolean {
  const cue = draft.cueSpan ? text.slice(draft.cueSpan[0], draft.cueSpan[1]).toLowerCase() : "";
  if (/^(?:ask|wonder|inquir|enquir|question)/.test(cue)) return false;
  const head = draft.speakerHead ?? draft.speakerSpan;
  if (head && /^(?:i|we)$/i.test(text.slice(head[0], head[1]))) return false;
  let end = draft.unit[1];
  for (const s of draft.contentSpans) if (s[1] > end) end = s[1];
  // Letters or digits after the statement's sentence are another sentence (a footnote mark is not).
  return !/[\p{L}\p{N}]/u.test(text.slice(end, paragraphEnd).replace(/\[\d+\]/g, ""));
}

/** Does the quotation fill its paragraph, from the opening mark to the closing one? */
function isWholeParagraph(text: string, quote: Quote, paragraph: Span): boolean {
  if (!quote.closed || quote.open > paragraph[0] + 1) return false;
  for (let i = quote.end; i < paragraph[1]; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  for (let i = paragraph[0]; i < quote.open; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The quotation is the first thing in its unit (“…,” he said. “More.”), not part of a sentence. */
function opensUnit(state: UnitState, quote: Quote): boolean {
  const { tk } = state;
  if (tk.starts[0] === quote.open) return true;
  // "“…,” he said outside the building. But “Trump’s candidacy is strengthened …”": a conjunction before it.
  return /^(?:but|and|still|yet)$/.test(tk.lower[0] ?? "") && tk.starts[1] === quote.open;
}
