// The cue pass: indirect and mixed speech around cues outside quotations, with the special readings
// of fronted participles, passives ("was quoted by"), reports nested in reports and questions put to someone.

import type { Span, StatementKind } from "../contract/extraction.js";
import type { Quote } from "../quotes/quotes.js";
import { isCapitalized, type Tokens } from "../text/tokens.js";
import { accordingTo } from "./accordingTo.js";
import { asReport } from "./asReports.js";
import type { AttributionResources, StatementDraft } from "./attribute.js";
import { cutAtNextAttribution } from "./boundaries.js";
import { beforeTrailingGerund } from "./clauseSpeaker.js";
import { clauseLimit, clauseVerbAt, finiteVerbWithin, floorOf, isWordToken } from "./clauses.js";
import { contentEnd, contentKind, isRelativeThat, markQuotesUsed } from "./contentSpan.js";
import { type CueGroup, cueAt, isAuxiliary, phraseCueAt } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { indirectAt } from "./indirectSpeech.js";
import { isAbbreviationPeriod, phraseEndingAt, speakerLeftOf, speakerRightOf } from "./phrases.js";
import {
  anyClaimed,
  claim,
  draftFrom,
  indexInSorted,
  isPronoun,
  span,
  tokenAt,
  type UnitState,
} from "./unitState.js";
import { BE, CLAUSE_STOP, QUOTE_MARKS } from "./words.js";

/** The token that ends at `offset`, or -1. */
function tokenEndingAt(tk: Tokens, offset: number): number {
  return indexInSorted(tk.ends, offset, tk.length);
}

/** Cue pass: indirect and mixed speech around cues outside quotations. */
export function attachCues(
  state: UnitState,
  quotes: readonly Quote[],
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft[] {
  const { tk } = state;
  const out: StatementDraft[] = [];
  const { forms, phraseStarts, mayStartCue } = res.cues;
  for (let v = 0; v < tk.length; v++) {
    if (state.claimed[v] || state.quoteOf[v] !== -1) continue;
    const l = tk.lower[v] as string;
    if (!mayStartCue(l) || (!forms.has(l) && !phraseStarts.has(l))) continue;
    const phrase = phraseCueAt(tk, v, res);
    if (phrase) {
      const d = accordingTo(state, phrase, used, res);
      if (d) out.push(d);
      continue;
    }
    if (tk.lower[v + 1] === "by" || AGENTLESS_COMPLEMENT.test(tk.lower[v + 1] ?? "")) {
      const d = passiveStatement(state, v, used, res);
      if (d) {
        out.push(d);
        continue;
      }
    }
    if (l === "asked") {
      const q = questionPut(state, v, used, res);
      if (q) {
        out.push(q.draft);
        v = q.end;
        continue;
      }
    }
    const cue = cueAt(state, v, res);
    if (!cue || anyClaimed(state, cue.start, cue.end)) continue;
    const as = asReport(state, cue, used, res);
    if (as) {
      out.push(as);
      v = Math.max(v, cue.end);
      continue;
    }
    const d = indirectAt(state, cue, quotes, used, res);
    if (d) {
      out.push(d);
      const inner = d.speakerSpan ? nestedIn(state, d, res) : null;
      if (inner) out.push(inner);
      v = Math.max(v, cue.end);
    }
  }
  return out;
}

/** Adverbs between a passive's auxiliary and its participle ("was sharply criticized by"). */
const PASSIVE_ADVERB = /^(?:[a-z]{3,}ly|also|first|not|never|often|long|since|now)$/;

/** Participles whose "by" names who feels, not who spoke ("angered by", "impressed by"). */
const FEELING_PARTICIPLES =
  /^(?:angered|impressed|troubled|dismayed|shaken|startled|alarmed|shocked|surprised|pleased|disappointed|frustrated|encouraged|worried|concerned|moved|struck|bothered|scared|frightened|outraged|offended|upset|heartened|emboldened)$/;

/**
 * "Hamas was criticized by the Syrian opposition for the visit", "a practice criticized by rights
 * groups": a passive reporting or stance verb with its agent. The agent is the speaker; the subject,
 * with what follows the agent ("for the visit", "of grabbing her"), is what was said about.
 */
function passiveStatement(
  state: UnitState,
  v: number,
  used: Uint8Array,
  res: AttributionResources,
): StatementDraft | null {
  const { tk } = state;
  const l = tk.lower[v] ?? "";
  const f = res.cues.forms.get(l);
  if (f?.form !== "past" || FEELING_PARTICIPLES.test(l)) return null;
  // Stances and a few acts of saying about someone; "quoted by", "cited by" name who repeated the words,
  // and "posted", "written", "published" by someone report nothing.
  if ((!res.cues.frames.stance.has(f.lemma) && !PASSIVE_SPEECH.has(f.lemma)) || f.lemma === "cite")
    return null;
  const limit = clauseLimit(state, v + 2);
  // "Hamas was accused of …", "He has been criticized for …": no agent, a complement; no one is named.
  const agentless = tk.lower[v + 1] !== "by";
  if (agentless && !AGENTLESS_COMPLEMENT.test(tk.lower[v + 1] ?? "")) return null;
  // ("The talks were called for Monday", "The convoy was attacked with drones", "questioned for hours":
  // only words of judging go agentless, and never with a duration.)
  if (
    agentless &&
    (!AGENTLESS_LEMMAS.has(f.lemma) ||
      (tk.lower[v + 1] === "with" && f.lemma !== "charge") ||
      DURATION.test(tk.lower[v + 2] ?? "") ||
      DURATION.test(tk.lower[v + 3] ?? ""))
  )
    return null;
  let agent = agentless ? null : speakerRightOf(tk, v + 2, limit, res.words, limit, res.isCue);
  // "by Hizbullah and the Amal movement": agents joined by "and".
  if (agent && tk.lower[agent.end + 1] === "and" && agent.appositive === -1) {
    const second = speakerRightOf(tk, agent.end + 2, limit, res.words, limit, res.isCue);
    if (second)
      agent = { start: agent.start, end: second.end, head: agent.head, appositive: second.appositive };
  }
  if ((!agent && !agentless) || anyClaimed(state, v, agent?.end ?? v)) return null;
  // The auxiliaries: "was", "has been", "had long been sharply"; none in a reduced clause ("a practice
  // criticized by"), where a noun stands right before the participle.
  let start = v;
  while (start - 1 >= 0 && PASSIVE_ADVERB.test(tk.lower[start - 1] ?? "")) start--;
  let aux = start;
  for (;;) {
    const before = tk.lower[aux - 1] ?? "";
    if (aux - 1 >= 0 && (BE.has(before) || isAuxiliary(res, before))) aux--;
    // "has long been condemned": an adverb between two auxiliaries.
    else if (aux < start && PASSIVE_ADVERB.test(before) && isAuxiliary(res, tk.lower[aux - 2] ?? ""))
      aux -= 2;
    else break;
  }
  const passive = aux < start && BE.has(tk.lower[start - 1] ?? "");
  if (!passive) {
    if (start !== v || agentless) return null;
    aux = v;
  }
  const floor = floorOf(state, aux);
  const subject = passive
    ? speakerLeftOf(tk, aux, floor, res.words, res.isCue)
    : phraseEndingAt(tk, v - 1, floor, res.words, res.isCue);
  if (!subject || anyClaimed(state, subject.start, subject.end)) return null;
  // "Netanyahu, who was criticized by Gantz …, said": the relative clause's subject stands for the main
  // clause's speaker, whose own statement follows.
  if (/^(?:who|which|that)$/.test(tk.lower[subject.head] ?? "")) return null;
  if (!passive) {
    // A reduced clause needs a noun before it: "measures added by Republicans", not "he added by phone".
    if (res.words.pronouns.has(tk.lower[subject.head] ?? "") || isCapitalized(tk.surface[v - 1] ?? ""))
      return null;
    // "The proposal endorsed by Biden last week says …": the phrase is the subject of its own verb.
    let k = (agent?.end ?? v) + 1;
    while (res.words.temporal.has(tk.lower[k] ?? "")) k++;
    if (clauseVerbAt(tk, k, res)) return null;
  }
  const spans: Span[] = [span(tk, subject.start, subject.end)];
  // ("accused of" keeps its preposition in the cue, as PolNeAR marks it; "criticized for …" does not.)
  const cueEnd = agentless ? (tk.lower[v + 1] === "of" ? v + 1 : v) : v + 1;
  const after = agent ? agent.end : cueEnd;
  let last = after;
  // "accused by the media of beating his wife", "criticized by the opposition for the visit", "asked by
  // reporters whether …", "warned by aides not to attend".
  const next = tk.lower[after + 1] ?? "";
  if (/^(?:of|for|as|that|to|whether|not|with|over)$/.test(next) || (agentless && cueEnd > v)) {
    const to = cutAtNextAttribution(state, after + 1, contentEnd(state, after + 1), res);
    const end = beforeTrailingGerund(state, after + 1, to);
    if (end > after + 2) {
      spans.push(span(tk, after + 1, end - 1));
      last = end - 1;
    }
  }
  if (agentless && spans.length < 2) return null;
  const cue: CueGroup = {
    start: aux,
    outer: aux,
    verb: v,
    end: cueEnd,
    classes: f.classes,
    form: "past",
    lemma: f.lemma,
    needsClause: false,
  };
  const from = spans[0]?.[0] ?? 0;
  const kind = contentKind(state, tokenAt(tk, from), last + 1, used);
  claim(state, subject.start, last);
  // The agent is no speaker a later pronoun goes back to ("Erdogan was criticized by Biden after he …").
  const lastSpeaker = state.lastSpeaker;
  const d = draftFrom(state, agent, cue, spans, kind, 0.6, res);
  state.lastSpeaker = lastSpeaker;
  return d;
}

/** Verbs of judging whose passive reports with no agent named ("was accused of", "was criticized for"). */
const AGENTLESS_LEMMAS = new Set(
  "accuse charge criticize criticise condemn denounce blame praise slam rebuke decry deplore lambaste mock ridicule chastise castigate excoriate fault berate censure reprimand admonish hail commend laud applaud".split(
    " ",
  ),
);

const DURATION = /^(?:hours|days|weeks|months|years|decades|minutes|ages|long)$/;

/** What follows a passive with no agent when it reports ("accused of", "criticized for", "charged with"). */
const AGENTLESS_COMPLEMENT = /^(?:of|for|with|over)$/;

/** Verbs of saying whose passive with an agent reports what the agent said of the subject. */
const PASSIVE_SPEECH = new Set([
  "accuse",
  "warn",
  "urge",
  "describe",
  "report",
  "announce",
  "ask",
  "call",
  "label",
  "brand",
  "dub",
  "charge",
]);

/** Verbs of saying whose report inside a report is read as a statement of its own. */
const NESTED_LEMMAS = new Set([
  "say",
  "tell",
  "warn",
  "assure",
  "inform",
  "claim",
  "insist",
  "announce",
  "write",
]);

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);

/** Words after a "that" that make it a demonstrative: "that night", "that much", "that letter". */
const THAT_NOT_CLAUSE =
  /^(?:night|day|morning|evening|week|month|year|time|much|many|letter|deal|report|point|way|one|is|was|would|will|could)$/;

/** How far into a statement's content a report inside it may start. */
const NESTED_REACH = 40;

/**
 * "Fidan said Erdogan had told al-Sisi that …", "Nasrallah said that Khamenei had told him that …": a
 * named speaker's report with a "that" clause inside what was reported is a statement too, nested in the
 * outer one and running to its end.
 */
function nestedIn(state: UnitState, outer: StatementDraft, res: AttributionResources): StatementDraft | null {
  const { tk } = state;
  const first = outer.contentSpans[0];
  if (!first || outer.contentSpans.length !== 1) return null;
  const from = tokenAt(tk, first[0]);
  const last = tokenEndingAt(tk, first[1]);
  if (from === -1 || last <= from) return null;
  for (let c = from + 1; c <= last && c - from <= NESTED_REACH; c++) {
    if (state.quoteOf[c] !== -1) continue;
    // Most words are no cue: the lexicon's cheap checks before the cue group is built.
    const l = tk.lower[c] ?? "";
    if (!res.cues.mayStartCue(l) || !res.cues.forms.has(l)) continue;
    const cue = cueAt(state, c, res);
    if (!cue || !NESTED_LEMMAS.has(cue.lemma) || (cue.form !== "past" && cue.form !== "s")) continue;
    // After the outer content's own "that" ("said that Khamenei told him that …").
    const floor = tk.lower[from] === "that" ? from + 1 : from;
    const speaker = speakerLeftOf(tk, cue.outer, floor, res.words, res.isCue);
    if (!speaker || speaker.start < floor || isPronoun(tk, speaker, res)) continue;
    // A name, not "the report Erdogan" ("the report Erdogan wrote that year").
    if (!isCapitalized(tk.surface[speaker.start] ?? "")) continue;
    // Its "that" after an addressee ("had told al-Sisi that"); the outer statement holds these tokens
    // already, so complementStart, which stops at held ones, cannot look.
    let at = -1;
    for (let k = cue.end + 1; k < last && k - cue.end <= 8; k++) {
      const l = tk.lower[k] ?? "";
      if (l === "that") {
        // "told him that Iran would …" reads like a relative clause to isRelativeThat; an object pronoun
        // before it is the addressee.
        if (!isRelativeThat(tk, k) || OBJECT_PRONOUNS.has(tk.lower[k - 1] ?? "")) at = k;
        break;
      }
      if (!isWordToken(tk, k) || isAuxiliary(res, l)) break;
    }
    // A clause after it, with a verb of its own: not "warned Israel that night", "the deal that Qatar
    // brokered", "told Erdogan that much".
    if (at === -1 || THAT_NOT_CLAUSE.test(tk.lower[at + 1] ?? "")) return null;
    if (!QUOTE_MARKS.has(tk.surface[at + 1] ?? "") && !finiteVerbWithin(tk, at + 2, last + 1)) return null;
    const kind: StatementKind = anyQuoted(state, at, last) ? "mixed" : "indirect";
    return draftFrom(state, speaker, cue, [span(tk, at, last)], kind, 0.6, res);
  }
  return null;
}

/** Does any token of [from, to] lie in a quotation? */
function anyQuoted(state: UnitState, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (state.quoteOf[k] !== -1) return true;
  return false;
}

/** Words that open when, where or by whom a question was put ("Asked on Monday whether …"). */
const ASK_ADJUNCTS = new Set([
  "on",
  "during",
  "at",
  "in",
  "by",
  "after",
  "before",
  "last",
  "this",
  "earlier",
]);

/** Words before a bare "asked" that leave its asker unnamed ("When asked whether …, Rubio said …"). */
const BEFORE_UNNAMED_ASK = new Set(["when", "if", "after", "once", "being", "later", "then"]);

const QUESTION_WORDS = new Set([
  "whether",
  "if",
  "why",
  "how",
  "what",
  "which",
  "who",
  "whom",
  "where",
  "when",
]);

const MAX_QUESTION_TOKENS = 40;

/**
 * "Asked whether the truce would hold, Qassim said …": a question put by someone the text does not name.
 * The question is a statement with no speaker (PolNeAR marks it so); the answer is found on its own.
 */
function questionPut(
  state: UnitState,
  v: number,
  used: Uint8Array,
  res: AttributionResources,
): { draft: StatementDraft; end: number } | null {
  const { tk } = state;
  const floor = floorOf(state, v);
  const before = tk.lower[v - 1] ?? "";
  // Not "Ted Cruz, when asked what …, responded": there the question belongs inside the speaker's clause.
  // "And when asked who …": a conjunction may come first.
  const lead = /^(?:and|but|so|yet)$/.test(tk.lower[floor] ?? "") ? floor + 1 : floor;
  const opens = v === lead || (BEFORE_UNNAMED_ASK.has(before) && v - 1 === lead);
  if (!opens) return null;
  let from = v + 1;
  if (/^[a-z]+ly$/.test(tk.lower[from] ?? "")) from++; // "Asked specifically what …"
  // "Asked on Monday whether …", "Asked during a January debate why …", "asked by a reporter if …":
  // when, where and by whom the question was put come before it.
  if (
    !QUESTION_WORDS.has(tk.lower[from] ?? "") &&
    (ASK_ADJUNCTS.has(tk.lower[from] ?? "") || res.words.temporal.has(tk.lower[from] ?? ""))
  ) {
    let q = from + 1;
    while (
      q < tk.length &&
      q - from <= 7 &&
      !QUESTION_WORDS.has(tk.lower[q] ?? "") &&
      tk.surface[q] !== "," &&
      !CLAUSE_STOP.has(tk.surface[q] ?? "") &&
      state.quoteOf[q] === -1
    )
      q++;
    if (QUESTION_WORDS.has(tk.lower[q] ?? "") && q - from <= 7) from = q;
  }
  // "Asked about his paid speeches, Clinton said …": the question's topic, up to its comma.
  const about = tk.lower[from] === "about" && from <= v + 2;
  if (about) from++;
  else if (!QUESTION_WORDS.has(tk.lower[from] ?? "")) return null;
  let end = from;
  while (end < tk.length && end - from < MAX_QUESTION_TOKENS && !state.claimed[end]) {
    const s = tk.surface[end] ?? "";
    if (
      state.quoteOf[end] === -1 &&
      (s === "," || CLAUSE_STOP.has(s) || (s === "." && !isAbbreviationPeriod(tk, end)))
    )
      break;
    end++;
    // "… on “CBS This Morning,” Sanders said": the comma that ends the question sits inside the mark.
    if (QUOTE_MARKS.has(s) && tk.surface[end - 2] === "," && state.quoteOf[end] === -1) break;
  }
  if (end - from < (about ? 1 : 2) || end - from >= MAX_QUESTION_TOKENS) return null;
  // The topic's comma must open the answer's clause, not end the sentence.
  if (about && tk.surface[end] !== ",") return null;
  const kind = contentKind(state, from, end, used);
  markQuotesUsed(state, from, end, used);
  claim(state, v, end - 1);
  const cue: CueGroup = {
    start: v,
    outer: v,
    verb: v,
    end: about ? from - 1 : v,
    classes: SPEECH,
    form: "past",
    lemma: "ask",
    needsClause: false,
  };
  return { draft: draftFrom(state, null, cue, [span(tk, from, end - 1)], kind, 0.5, res), end: end - 1 };
}
