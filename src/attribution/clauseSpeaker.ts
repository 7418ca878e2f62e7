// Who speaks a cue outside quotations: the subject of its clause ("Hamas officials said"), found past
// fronted subordinate clauses, datelines, appositives and coordinated subjects.

import { WEEKDAYS } from "../text/calendarWords.js";
import { isCapitalized, type Tokens } from "../text/tokens.js";
import type { AttributionResources } from "./attribute.js";
import { clauseStartOf, floorOf } from "./clauses.js";
import { mainClauseAt } from "./contentSpan.js";
import type { CueGroup } from "./cueGroups.js";
import { SPEECH } from "./cueLexicon.js";
import { isHead, type Phrase, speakerLeftOf, speakerRightOf } from "./phrases.js";
import { anyClaimed, type UnitState } from "./unitState.js";
import { EVIDENCE_VERBS, FRONTED_SUBORDINATORS, QUOTE_MARKS, TIME_NOUNS } from "./words.js";

/**
 * The speaker of a cue: the phrase before it; for "…, saying" and "… and said" (no phrase right before
 * the cue), the subject of the clause.
 */
export function speakerOfCue(state: UnitState, cue: CueGroup, res: AttributionResources): Phrase | null {
  const speaker = clauseSpeakerOfCue(state, cue, res);
  // ("footage of Al-Shifa Hospital showing a tunnel": what the footage shows is the footage's.)
  return speaker && cue.form === "ing" && !EVIDENCE_VERBS.has(cue.lemma)
    ? filmedSpeaker(state.tk, speaker)
    : speaker;
}

/** Footage, video and the like that show someone speaking ("footage of Trump saying …"). */
const FILMED_RECORDS = new Set(
  "footage video videos clip clips audio tape tapes recording recordings images photos pictures".split(" "),
);

/**
 * "The ad uses footage of Hillary Clinton asking, “…”", "a video of Trump saying …": the one filmed
 * speaks, not the footage.
 */
function filmedSpeaker(tk: Tokens, speaker: Phrase): Phrase {
  for (let k = speaker.end - 1; k > speaker.start; k--) {
    if (tk.lower[k] !== "of") continue;
    if (!FILMED_RECORDS.has(tk.lower[k - 1] ?? "") || !isCapitalized(tk.surface[k + 1] ?? "")) return speaker;
    return { start: k + 1, end: speaker.end, head: speaker.end, appositive: -1 };
  }
  return speaker;
}

function clauseSpeakerOfCue(state: UnitState, cue: CueGroup, res: AttributionResources): Phrase | null {
  const { tk } = state;
  const floor = floorOf(state, cue.outer);
  let speaker = speakerLeftOf(tk, cue.outer, floor, res.words, res.isCue);
  // "Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said …": the appositive holds a
  // statement of its own, which bounds the clause; the speaker stands before it. So does a restrictive
  // relative clause: "Hawkins and others who want to ban abortion said …".
  if (!speaker && cue.form !== "ing" && floor > 0 && state.claimed[floor - 1]) {
    const comma = followsComma(tk, cue.outer);
    const wider = speakerLeftOf(tk, cue.outer, clauseStartOf(state, cue.outer), res.words, res.isCue);
    if (
      wider &&
      wider.appositive !== -1 &&
      (comma || tk.lower[wider.appositive] === "who") &&
      !anyClaimed(state, wider.start, wider.appositive - 1)
    )
      speaker = wider;
  }
  // "Sanders started out the debate saying …": a bare participle reports for the clause's subject, unless
  // a real speaker phrase stands right before it ("with 47 percent of Cuban Americans saying …").
  if (speaker && cue.form === "ing" && !followsComma(tk, cue.outer) && !isHead(tk, speaker.head, res.words)) {
    return clauseSubject(state, cue.outer, res);
  }
  // "Hamas issued a statement saying …", "The senator emailed supporters saying …", "making a pitch to
  // voters saying …": the verb's object is what carried the words or whom they went to; the verb's
  // subject says them.
  // (Only a carrier or a receiver of words, and only a verb of speech: "posted a video of Sanders saying",
  // "listened to protesters saying", "released a video showing" keep theirs.)
  const before = tk.lower[(speaker?.start ?? 0) - 1] ?? "";
  if (
    speaker &&
    cue.form === "ing" &&
    !followsComma(tk, cue.outer) &&
    ((res.cues.forms.get(tk.lower[cue.verb] ?? "")?.classes ?? 0) & SPEECH) !== 0 &&
    (((ISSUING_VERBS.test(before) ||
      // ("sent out a statement reassuring …", "put out a statement saying …")
      (/^(?:out|up)$/.test(before) && ISSUING_VERBS.test(tk.lower[speaker.start - 2] ?? ""))) &&
      CARRIERS.test(tk.lower[speaker.head] ?? "")) ||
      (before === "to" && UTTERANCES.test(tk.lower[speaker.start - 2] ?? "")))
  ) {
    const subject = clauseSubject(state, cue.outer, res);
    if (subject && subject.end < speaker.start - 1) return subject;
  }
  // "Speaking in Salem, Trump went after Bush, calling him …": the commas before a participle close a
  // clause, not an appositive; the participle is the clause subject's.
  if (speaker && speaker.appositive !== -1 && cue.form === "ing" && followsComma(tk, cue.outer)) {
    const subject = clauseSubject(state, cue.outer, res);
    if (subject && subject.start >= speaker.appositive) return subject;
  }
  // "Neither Russia nor Iran condemned …", "No Arab state condemned …", "Nobody in Hamas said …": no one
  // made the statement.
  if (speaker && isNoOne(tk, speaker)) return null;
  if (speaker) return speaker;
  const commaBefore = followsComma(tk, cue.outer);
  const lowerBefore = tk.lower[cue.outer - 1] ?? "";
  // "He suggested …, called her “third-rate” and …": a past cue after a comma goes on with the speaker.
  const listed = commaBefore && cue.form === "past" && state.lastSpeaker !== null;
  if (listed && (state.lastSpeaker as Phrase).end < cue.outer) return state.lastSpeaker;
  // "responded to the mother by saying …", "aside from saying …": the gerund's subject is the clause's.
  const whileDoing =
    cue.form === "ing" &&
    (lowerBefore === "while" ||
      lowerBefore === "by" ||
      // "before asking her, “…”", "After saying her foot was swollen, she …".
      lowerBefore === "before" ||
      lowerBefore === "after" ||
      (lowerBefore === "from" && tk.lower[cue.outer - 2] === "aside"));
  // "offered the man a job, then says he will …": a verb after ", then" goes on with the clause's subject.
  const thenAfter = tk.lower[cue.outer] === "then" && commaBefore;
  if (
    (cue.form === "ing" && commaBefore) ||
    lowerBefore === "and" ||
    lowerBefore === "but" ||
    whileDoing ||
    thenAfter
  ) {
    const subject = clauseSubject(state, cue.outer, res);
    if (subject) return subject;
    const last = state.lastSpeaker;
    if (
      last &&
      last.end < cue.outer &&
      (lowerBefore === "and" || lowerBefore === "but" || commaBefore || whileDoing || thenAfter)
    )
      return last;
  }
  return null;
}

/** A speaker phrase that names no one: "No Arab state", "Nobody in Hamas", "(Neither) Russia nor Iran". */
function isNoOne(tk: Tokens, p: Phrase): boolean {
  const first = tk.lower[p.start] ?? "";
  if (first === "no" || first === "nobody" || first === "none" || first === "neither") return true;
  return tk.lower[p.start - 1] === "neither";
}

/**
 * "… was not “qualified” for the presidency, before reversing himself": a comma, a preposition and a
 * gerund after the content tell what the speaker did next, not what was said.
 */
export function beforeTrailingGerund(state: UnitState, from: number, end: number): number {
  const { tk } = state;
  for (let k = from + 2; k < end - 2; k++) {
    if (tk.surface[k] !== "," || state.quoteOf[k] !== -1) continue;
    if (
      /^(?:before|after|without|despite|while)$/.test(tk.lower[k + 1] ?? "") &&
      /^[a-z]{3,}ing$/.test(tk.lower[k + 2] ?? "")
    )
      return k;
  }
  return end;
}

/** Does "as" come within `limit` tokens of i, before the clause ends ("see the campaign as unfair")? */
export function asWithin(tk: Tokens, i: number, limit: number): boolean {
  for (let k = i + 1; k < tk.length && k - i <= limit; k++) {
    if (tk.lower[k] === "as") return true;
    if (/^[.,;:!?]$/.test(tk.surface[k] ?? "")) return false;
  }
  return false;
}

/**
 * "with former Maryland Gov. Martin O’Malley calling Trump a fascist": "with", a name, then the participle
 * (an absolute phrase whose named subject reports).
 */
export function afterWithName(tk: Tokens, i: number, res: AttributionResources): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 8 &&
    (isCapitalized(tk.surface[k] ?? "") ||
      tk.surface[k] === "." ||
      res.words.roleWords.has(tk.lower[k] ?? ""))
  )
    k--;
  return k < i - 1 && tk.lower[k] === "with" && isCapitalized(tk.surface[i - 1] ?? "");
}

/** Is token i right after a comma, or after a closing mark with the comma inside it (“…,” adding)? */
export function followsComma(tk: Tokens, i: number): boolean {
  const before = tk.surface[i - 1] ?? "";
  if (before === "," || (QUOTE_MARKS.has(before) && tk.surface[i - 2] === ",")) return true;
  // ",''": two apostrophes as a closing mark.
  return before === "'" && tk.surface[i - 2] === "'" && tk.surface[i - 3] === ",";
}

/** The subject phrase at the start of the clause containing token i. */
function clauseSubject(state: UnitState, i: number, res: AttributionResources): Phrase | null {
  const { tk } = state;
  const floor = floorOf(state, i);
  // The subject opens the clause, or follows its introductory phrase ("In his speech, Obama …"), or a
  // dateline ("ORLANDO, Fla. (Reuters) - President Barack Obama met … and said").
  const dateline = datelineEnd(tk, floor, i);
  // (A stray quotation mark before the clause is no part of it: "” Sanders is also trying …, endorsing".)
  const stray = QUOTE_MARKS.has(tk.surface[floor] ?? "") && state.quoteOf[floor] === -1 ? floor + 1 : -1;
  for (let p = floor; p < i; p++) {
    // (A clause joined by ", and" or ", but" opens after the conjunction: "…, but the mediators kept
    // pushing, saying …".)
    const joined =
      (tk.lower[p - 1] === "and" || tk.lower[p - 1] === "but") &&
      tk.surface[p - 2] === "," &&
      mainClauseAt(tk, p) &&
      !speechBefore(state, p - 1);
    if (p !== floor && tk.surface[p - 1] !== "," && p !== dateline && p !== stray && !joined) continue;
    if (p < dateline) continue;
    if (state.claimed[p] || state.quoteOf[p] !== -1) continue;
    // "While most of his competitors called for …, Trump hewed …, noting": a fronted subordinate clause's
    // subject is not the main clause's.
    if (FRONTED_SUBORDINATORS.has(tk.lower[p] ?? "") && tk.lower[p] !== "even") continue;
    let sp = speakerRightOf(tk, p, i, res.words, i, res.isCue);
    if (!sp) continue;
    // "This week, Hamas rolled out …": a time is no subject, nor is what runs from it to the cue.
    const head = tk.lower[sp.head] ?? "";
    if (TIME_NOUNS.has(head) || res.words.temporal.has(head)) continue;
    // "Publicly, the nominee feuds … and dismisses", "Outside the plant, protesters …": an adverb or a
    // preposition's object opens the clause; the subject comes after it.
    if (
      // (Not "Italy", "Kelly", "Sully": a name's "-ly" has a short stem and no comma after it.)
      (sp.start === sp.head &&
        /^[A-Z][a-z]{3,}ly$/.test(tk.surface[sp.head] ?? "") &&
        tk.surface[sp.head + 1] === ",") ||
      INTRODUCING_PREPOSITIONS.has(tk.lower[sp.start] ?? "") ||
      INTRODUCING_PREPOSITIONS.has(tk.lower[sp.start - 1] ?? "")
    )
      continue;
    // "Dean, a doctor, then appeared … and began by saying": an appositive that runs up to the cue has
    // swallowed the clause's verbs; the subject is the name before it.
    if (sp.appositive !== -1 && sp.end >= i - 1)
      sp = { start: sp.start, end: sp.appositive - 2, head: sp.head, appositive: -1 };
    // "Eight years ago, he supported …": a time expression is no subject; an adverb of time or a reflexive
    // after the subject is no time expression ("The official later walked back …, saying").
    const next = tk.lower[sp.end + 1] ?? "";
    if (
      sp.end < i &&
      !TIME_NOUNS.has(next) &&
      (!res.words.temporal.has(next) ||
        SUBJECT_ADVERBS.has(next) ||
        // ("The Sanders campaign on Monday also doubled down …", "The group last week said …".)
        (/^(?:on|last|this)$/.test(next) && res.words.temporal.has(tk.lower[sp.end + 2] ?? "")) ||
        // ("Obama Tuesday visited Ohio and said …"; not "USA Today", a name's own word.)
        (WEEKDAYS as readonly string[]).includes(next))
    )
      return coordinatedSubject(state, sp, i, res) ?? sp;
  }
  return null;
}

/**
 * Does a verb of speech stand in the clause before token k? "Trump said the system is rigged, and the media
 * is lying, adding …": a conjunct after one may be what was said, not a clause of the writer's.
 */
function speechBefore(state: UnitState, k: number): boolean {
  const { tk } = state;
  for (let j = clauseStartOf(state, k); j < k; j++) if (SAYING.test(tk.lower[j] ?? "")) return true;
  return false;
}

/** Verbs of saying proper, whose clause may run on past ", and" (not "rejected", "called for"). */
const SAYING =
  /^(?:said|says|say|told|tells|stated|states|added|adds|declared|declares|announced|insisted|argued|argues|claimed|claims|wrote|writes|tweeted|warned|warns)$/;

/**
 * "Protest groups say …, and the ACLU has sued the city, saying …": a clause joined by ", and" or ", but"
 * with a subject and a verb of its own between the first subject and token i; its subject is the nearer
 * one. Null when there is none.
 */
function coordinatedSubject(
  state: UnitState,
  sp: Phrase,
  i: number,
  res: AttributionResources,
): Phrase | null {
  const { tk } = state;
  let found: Phrase | null = null;
  for (let k = sp.end + 2; k < i - 2; k++) {
    if (tk.surface[k - 1] !== "," || (tk.lower[k] !== "and" && tk.lower[k] !== "but")) continue;
    if (state.claimed[k + 1] || state.quoteOf[k + 1] !== -1 || !mainClauseAt(tk, k + 1)) continue;
    if (speechBefore(state, k)) break;
    const next = speakerRightOf(tk, k + 1, i, res.words, i, res.isCue);
    if (next && next.start === k + 1 && next.end < i - 1) found = next;
  }
  return found;
}

/**
 * The token after a dateline that opens the clause at p ("ORLANDO, Fla. (Reuters) -", "BEIRUT —",
 * "WASHINGTON (AP) --"): an upper-case place, its state and agency, then a dash; -1 when there is none.
 */
function datelineEnd(tk: Tokens, p: number, limit: number): number {
  const first = tk.surface[p] ?? "";
  if (first.length < 3 || first !== first.toUpperCase() || !/^\p{Lu}/u.test(first)) return -1;
  let marked = false;
  for (let k = p + 1; k < limit && k - p <= 12; k++) {
    const s = tk.surface[k] ?? "";
    // (A hyphen only after a place's state or agency: "GOP - led states sued" is no dateline.)
    if (s === "—" || s === "–" || s === "--" || (s === "-" && marked)) return k + 1;
    if (!/^(?:[,.()]|\p{Lu}[\p{L}.]*|\d{1,2})$/u.test(s)) return -1;
    if (s === "," || s === "(") marked = true;
  }
  return -1;
}

/** What carries an issuer's words, or receives them ("issued a statement saying", "emailed supporters saying"). */
const CARRIERS =
  /^(?:statements?|letters?|messages?|e-?mails?|memos?|notes?|release|tweets?|posts?|ads?|advertisements?|notices?|appeals?|pleas?|leaflets?|fliers?|flyers?|mailers?|op-eds?|editorials?|communiqu[eé]s?|declarations?|announcements?|petitions?|resolutions?|supporters|voters|members|followers|reporters|donors|staff|employees|customers|subscribers|constituents|lawmakers|colleagues)$/;

/** Utterances made to someone ("a pitch to voters saying", "a letter to Obama saying"). */
const UTTERANCES =
  /^(?:pitch|letter|message|appeal|e-?mail|note|memo|plea|speech|address|statement|request|warning)$/;

/** Verbs whose object carries or receives someone's words ("issued a statement saying", "emailed supporters saying"). */
const ISSUING_VERBS =
  /^(?:issued|issues|released|releases|sent|sends|posted|posts|published|publishes|emailed|emails|tweeted|tweets|put|puts|wrote|writes|distributed|circulated|filed|files|ran|runs|aired|airs)$/;

/** Words of the temporal list that follow a subject as adverbs or reflexives ("The official later walked"). */
const SUBJECT_ADVERBS = new Set([
  "later",
  "earlier",
  "recently",
  "then",
  "himself",
  "herself",
  "themselves",
  "itself",
]);

/** Prepositions that open a clause's introductory phrase ("Outside the plant, …", "Alongside BLM, …"). */
const INTRODUCING_PREPOSITIONS = new Set(
  "outside alongside inside amid among despite during after before under beyond behind beside near unlike".split(
    " ",
  ),
);
