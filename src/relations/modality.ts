// Whether a trigger reports something that happened: negation and refusal in its verb group, modals,
// hypotheticals and questions, what a demand or a threat asks for, and what an undoing verb undoes.

import { actorAt, type Frame, isClauseMark } from "./frame.js";
import type { RelationLexicon } from "./relationLexicon.js";
import { AUXILIARIES } from "./words.js";

/** Verbs that undo what their object names. */
export const UNDOING = new Set([
  // "cancelled his meeting with Erdogan", "postponed the visit": what did not take place.
  "cancel",
  "cancels",
  "cancelled",
  "canceled",
  "cancelling",
  "canceling",
  "postpone",
  "postpones",
  "postponed",
  "postponing",
  "scrapped",
  "prohibit",
  "prohibits",
  "prohibited",
  "prohibiting",
  "block",
  "blocked",
  "blocks",
  "stop",
  "stopped",
  "stops",
  "halt",
  "halted",
  "halts",
  "cut",
  "cuts",
  "cutting",
  "freeze",
  "froze",
  "frozen",
  "deny",
  "denied",
  "denies",
  "lift",
  "lifted",
  "lifts",
  "lifting",
  "ease",
  "eased",
  "eases",
  "easing",
  "end",
  "ended",
  "ends",
  "ending",
  "remove",
  "removed",
  "removes",
  "removing",
  "drop",
  "dropped",
  "drops",
  "dropping",
  "withdraw",
  "withdrew",
  "withdrawn",
  "withdrawing",
  "suspend",
  "suspended",
  "suspends",
]);

/** Negation, refusal or modality in the few words before the trigger. */
export function verbGroup(
  f: Frame,
  v: number,
  lex: RelationLexicon,
): "plain" | "negated" | "refused" | "modal" {
  const { tk } = f;
  let state: "plain" | "negated" | "refused" | "modal" = "plain";
  let volitional = false;
  /** "didn't just blame Trump", "not only criticized": the negation is of the limit, not of the act. */
  let limited = false;
  for (let k = v - 1; k >= 0 && v - k <= 5; k--) {
    const l = tk.lower[k] ?? "";
    if (actorAt(f, k) !== null || isClauseMark(f, k) || l === ",") break;
    if (lex.refusals.has(l)) return "refused";
    if (VOLITIONAL.test(l)) volitional = true;
    if (LIMITING.test(l)) limited = true;
    if (lex.negators.has(l) || l.endsWith("n't") || l.endsWith("n’t")) {
      // Only a past or present act is limited: "can't just support", "won't just attack" still deny.
      const modal =
        MODAL_NEGATION.test(l) ||
        lex.modals.has(tk.lower[k - 1] ?? "") ||
        VOLITIONAL.test(tk.lower[k - 1] ?? "") ||
        /^(?:must|should|can|could|may|might|would|shall)$/.test(tk.lower[k - 1] ?? "");
      if (!limited || modal) state = "negated";
    } else if (lex.modals.has(l) && state === "plain") state = "modal";
    if (!AUXILIARIES.has(l) && !lex.negators.has(l) && !lex.modals.has(l) && !lex.refusals.has(l)) break;
  }
  // "says he will not endorse Trump", "won't back the deal": a refusal stated, as "refused to" is; not a
  // condition's ("will not meet Abbas unless …") nor a forecast ("analysts expect that Qatar will not …").
  return state === "negated" && volitional && !conditionFollows(f, v) && !forecastBefore(f, v)
    ? "refused"
    : state;
}

/**
 * Auxiliaries of will: negated, they state a refusal ("will not", "won't"). Not "would not", which is as
 * often a condition's ("Iran would not support the opposition [if …]").
 */
const VOLITIONAL = /^(?:will|wo|won['’]t)$/;

/** Adverbs after which a negation limits rather than denies ("not just", "not only", "not merely"). */
const LIMITING = /^(?:just|only|merely|simply)$/;

/** Negations of a modal written as one word ("can't", "won't", "cannot", "shouldn’t"). */
const MODAL_NEGATION =
  /^(?:cannot|can['’]t|ca|won['’]t|wo|wouldn['’]t|shouldn['’]t|couldn['’]t|mustn['’]t|mightn['’]t)$/;

/** Verbs and adjectives of forecasting before a trigger in its sentence ("expect that", "is unlikely to"). */
function forecastBefore(f: Frame, v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 15; k--) {
    const l = f.tk.lower[k] ?? "";
    if (l === "." || l === ";" || l === "!" || l === "?") return false;
    if (
      /^(?:expects?|expected|predicts?|predicted|forecasts?|doubts?|doubted|likely|unlikely|probably|may|might|could)$/.test(
        l,
      )
    )
      return true;
  }
  return false;
}

/** A hypothetical word earlier in the sentence ("if", "Let's imagine that …") governs the trigger. */
export function isHypothetical(f: Frame, v: number, lex: RelationLexicon): boolean {
  if (invertedCondition(f, v)) return true;
  // A question asks, it does not report: "Where were the Arabs during the wars on Gaza?"
  for (let k = v + 1; k < f.tk.length && k - v <= 40; k++) {
    const s = f.tk.surface[k] ?? "";
    if (s === "?") return true;
    if (s === "." || s === ";" || s === "!") break;
  }
  for (let k = v - 1; k >= 0 && v - k <= 30; k--) {
    const l = f.tk.lower[k] ?? "";
    if (l === ";" || l === ".") return false;
    if (lex.hypotheticals.has(l)) return true;
    if (l === "let" && (f.tk.lower[k + 1] === "'s" || f.tk.lower[k + 1] === "us")) return true;
  }
  return false;
}

/**
 * "Had Israel attacked Iran, …", "Should Turkey attack Syria, …", "Were Iran to attack Israel, …": a
 * clause opened by an inverted auxiliary is a condition, up to its comma.
 */
function invertedCondition(f: Frame, v: number): boolean {
  const { tk } = f;
  let start = v;
  while (
    start > 0 &&
    !isClauseMark(f, start - 1) &&
    tk.surface[start - 1] !== "," &&
    // "Should Erdogan and Assad meet": an "and" between two names joins the subject, not two clauses.
    (tk.lower[start - 1] !== "and" || (actorAt(f, start - 2) !== null && actorAt(f, start) !== null))
  )
    start--;
  const first = tk.lower[start] ?? "";
  if (first !== "had" && first !== "should" && first !== "were") return false;
  // "Had Israel attacked", "Should the US sanction": a subject right after the auxiliary, not "Had a …".
  const next = tk.lower[start + 1] ?? "";
  return actorAt(f, start + 1) !== null || next === "the" || /^[A-Z]/.test(tk.surface[start + 1] ?? "");
}

/** Words after which a clause states what someone wants, not what happened ("demanded that the US cancel …"). */
const IRREALIS = new Set([
  "proposing",
  "propose",
  "suggested",
  "suggesting",
  "denied",
  "denies",
  "deny",
  "denying",
  "yet",
  "threatened",
  "threatens",
  "threaten",
  "threatening",
  "vowed",
  "vows",
  "pledged",
  "pledges",
  "promised",
  "promises",
  "promising",
  "offered",
  "offers",
  "refusal",
  "unwillingness",
  "failure",
  "aims",
  "aim",
  "aimed",
  "intends",
  "intended",
  "designed",
  "plans",
  "plan",
  "planned",
  "decision",
  "proposal",
  "bid",
  "attempt",
  "attempts",
  "effort",
  "efforts",
  "intention",
  "readiness",
  "willingness",
  "demanded",
  "demand",
  "demands",
  "demanding",
  "urged",
  "urge",
  "urges",
  "urging",
  "asked",
  "asks",
  "insisted",
  "insists",
  "proposed",
  "proposes",
  "wants",
  "want",
  "wanted",
  "called",
  "calls",
  "calling",
  "pressed",
  "pressing",
  "appealed",
  "appeal",
  "requested",
  "request",
  // What is not expected to happen, or only expected: "It is unlikely that Egypt will condemn …", "is
  // expected to condemn" ("more likely to blame" says what someone tends to do).
  "unlikely",
  "expected",
  "expects",
]);

/** Words for what someone would like to do: "hopes to meet", "is ready to meet Assad". */
const DISPOSITIONS = new Set(["hope", "hopes", "hoped", "hoping", "ready", "willing", "eager", "keen"]);

/** Types of contact, which a modal leaves to come: "could meet", "will visit". */
const CONTACTS = new Set(["meet", "visit", "consult", "mediate"]);

/** Modals of what may or will happen: "could meet", "will visit", "’ll meet". */
const MODALS_OF_EVENT = /^(?:could|would|will|may|might|can|shall|['’]ll)$/;

/**
 * "Haniya hopes to meet Erdogan", "said he was ready to meet Assad": a meeting, a visit or an attack hoped
 * for has not taken place; nor has a contact only possible or to come ("said he could meet Assad soon"). (A stance
 * hoped for or announced is still a stance: "ready to support Haniya", "said it would support".) A
 * negated one is left to the negators ("would not meet" refuses).
 */
export function isDisposition(f: Frame, k: number, type: string): boolean {
  const { tk } = f;
  let m = k - 1;
  while (
    m >= 0 &&
    k - m <= 3 &&
    /^(?:also|still|soon|even|finally|then|now|possibly|probably|likely)$/.test(tk.lower[m] ?? "")
  )
    m--;
  // (Only a contact: "will attack Macron", "will help Cruz" are stances already, as readers take them.)
  if (CONTACTS.has(type) && MODALS_OF_EVENT.test(tk.lower[m] ?? "")) return true;
  let j = k - 1;
  if (tk.lower[j] !== "to") return false;
  j--;
  while (j >= 0 && k - j <= 4 && /^(?:more|very|not|also|still|always)$/.test(tk.lower[j] ?? "")) j--;
  return DISPOSITIONS.has(tk.lower[j] ?? "");
}

/** Verbs whose object is only thought of: "considered sanctioning Turkey", "is weighing sanctions". */
const CONTEMPLATING = new Set([
  "consider",
  "considers",
  "considered",
  "considering",
  "weigh",
  "weighs",
  "weighed",
  "weighing",
  "mull",
  "mulls",
  "mulled",
  "mulling",
  "contemplate",
  "contemplates",
  "contemplated",
  "contemplating",
  "discussed",
  "discussing",
]);

/**
 * "instructed Kalin to prepare a meeting with Assad", "is arranging talks with …": an event not yet held.
 * Not before "to": "is preparing to attack Israel" is an intent, and read as one.
 */
const PREPARING = new Set([
  "prepare",
  "prepares",
  "preparing",
  "arrange",
  "arranges",
  "arranging",
  "organize",
  "organise",
  "organizing",
  "organising",
]);

/** Verbs that keep someone from what the gerund names: "warned Israel against striking", "prevented … from". */
const KEEPING_FROM = new Set([
  "warn",
  "warns",
  "warned",
  "warning",
  "prevent",
  "prevents",
  "prevented",
  "preventing",
  "stop",
  "stops",
  "stopped",
  "bar",
  "bars",
  "barred",
  "ban",
  "bans",
  "banned",
  "deter",
  "deters",
  "deterred",
  "discourage",
  "discouraged",
  "dissuade",
  "dissuaded",
  "keep",
  "kept",
  "block",
  "blocked",
  "caution",
  "cautioned",
]);

/** Is the trigger inside the complement of a demand ("demanded that the US cancel plans to sell …")? */
export function isIrrealis(f: Frame, k: number): boolean {
  const { tk } = f;
  // "warned Israel against striking Syria", "prevented Hizbullah from attacking Israel".
  if (/ing$/.test(tk.lower[k] ?? "") && /^(?:against|from)$/.test(tk.lower[k - 1] ?? ""))
    for (let j = k - 2; j >= 0 && k - j <= 8; j--) {
      if (KEEPING_FROM.has(tk.lower[j] ?? "")) return true;
      if (isClauseMark(f, j) || tk.surface[j] === ",") break;
    }
  // "would not support any country that normalized ties with …": what any one might do is no event.
  for (let j = k - 1; j >= 1 && k - j <= 4; j--) {
    const l = tk.lower[j] ?? "";
    if (l !== "that" && l !== "who" && l !== "which") continue;
    for (let d = j - 1; d >= 0 && j - d <= 3; d--)
      if (/^(?:any|every|no)$/.test(tk.lower[d] ?? "")) return true;
    break;
  }
  // "considered sanctioning Turkey", "is considering sanctions against Turkey".
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (CONTEMPLATING.has(tk.lower[j] ?? "")) return true;
    if (PREPARING.has(tk.lower[j] ?? "") && tk.lower[j + 1] !== "to") return true;
    if (actorAt(f, j) !== null || isClauseMark(f, j)) break;
  }
  for (let j = k - 1; j >= 0 && k - j <= 15; j--) {
    const l = f.tk.lower[j] ?? "";
    if (l === ";" || l === ".") return false;
    // "rejected US accusations that it armed the Houthis": what a claim says is alleged, not done.
    if (isClaimNoun(f, j) && f.tk.lower[j + 1] === "that") return true;
    // "US pressure to expel Hamas", not "pressure groups … to help".
    if (l === "pressure" && f.tk.lower[j + 1] === "to") return true;
    if (IRREALIS.has(l)) {
      // The demand's own object is fine ("urged Hamas"): only what follows "that"/"to" is wished for, and
      // a proposal's own object ("proposing a meeting between …").
      for (let m = j + 1; m < k; m++) if (f.tk.lower[m] === "that" || f.tk.lower[m] === "to") return true;
      if (/^(?:propos|suggest)/.test(l) && k - j <= 3 && actorAt(f, k - 1) === null && objectOf(f, j, k))
        return true;
      return false;
    }
  }
  return false;
}

/** Nouns for what someone alleges; "claims", "reports" and "charges" only after a determiner or an owner. */
const CLAIM_NOUNS = new Set([
  "accusation",
  "accusations",
  "allegation",
  "allegations",
  "rumor",
  "rumors",
  "rumour",
  "rumours",
  "suggestion",
  "suggestions",
  "suspicion",
  "suspicions",
  "speculation",
]);
const CLAIM_NOUNS_OR_VERBS = new Set(["claim", "claims", "report", "reports", "charge", "charges"]);

function isClaimNoun(f: Frame, j: number): boolean {
  const l = f.tk.lower[j] ?? "";
  if (CLAIM_NOUNS.has(l)) return true;
  if (!CLAIM_NOUNS_OR_VERBS.has(l)) return false;
  const prev = f.tk.lower[j - 1] ?? "";
  // "Hamas claims that …" is a verb; "dismissed claims that …", "the reports that …" nouns.
  return /^(?:the|these|those|such|its|their|his|her|new|false|unfounded|baseless|dismiss(?:ed|es)?|reject(?:ed|s)?|den(?:y|ied|ies)|refut(?:e|ed|es))$/.test(
    prev,
  );
}

/** Verbs by which a proposal meets a reaction: "his proposal drew criticism from Democrats". */
const REACTIONS = new Set([
  "drew",
  "draws",
  "drawn",
  "won",
  "wins",
  "received",
  "receives",
  "faced",
  "faces",
  "met",
  "sparked",
  "prompted",
  "triggered",
  "provoked",
  "attracted",
  "earned",
]);

/**
 * Is the trigger at k what the proposal word at j proposes ("proposing a meeting", "proposed holding
 * talks", "a proposal for talks"), not a reaction to the proposal ("his proposal drew criticism")?
 */
function objectOf(f: Frame, j: number, k: number): boolean {
  for (let m = j + 1; m < k; m++) if (REACTIONS.has(f.tk.lower[m] ?? "")) return false;
  return true;
}

/** A speech verb before the trigger makes a modal a report ("said it would support"). */
/** Does a condition ("if", "unless", "provided that") follow the verb at v in its sentence? */
export function conditionFollows(f: Frame, v: number): boolean {
  for (let k = v + 1; k < f.tk.length && k - v <= 25; k++) {
    const l = f.tk.lower[k] ?? "";
    if (l === "if" || l === "unless" || (l === "provided" && f.tk.lower[k + 1] === "that")) return true;
    if (l === "." || l === ";" || l === "?" || l === "!") return false;
  }
  return false;
}

export function isReportedModal(f: Frame, v: number): boolean {
  // "should" and "must" ask rather than report, whoever says them.
  for (let k = v - 1; k >= 0 && v - k <= 3; k--)
    if (/^(?:should|must|ought)$/.test(f.tk.lower[k] ?? "")) return false;
  for (let k = v - 1; k >= 0 && v - k <= 12; k--) {
    const l = f.tk.lower[k] ?? "";
    if (/^(?:said|says|announced|stated|declared|told|added|promised|vowed|pledged|indicated)$/.test(l))
      return true;
  }
  return false;
}
