// Who and whom around a trigger: the actor phrase after it (objects, through "the rights of", heads of
// noun phrases, coordination) and before it (subjects past appositives, relative clauses, places,
// parentheses and verb chains; pronouns; shared subjects of joined verbs).

import { COUNTED, NOT_MEMBERS } from "../actors/orgHeads.js";
import type { Statement } from "../contract/extraction.js";
import { isIrregularParticiple, isIrregularPast } from "../text/irregularVerbs.js";
import { mediumPhraseBefore } from "../text/mediumPhrase.js";
import { isCapitalized } from "../text/tokens.js";
import {
  actorAt,
  beforeParenthesis,
  type Frame,
  fitsPronoun,
  isClauseMark,
  mentionEndTok,
  mentionStartTok,
} from "./frame.js";
import {
  AUXILIARIES,
  CLAUSE_WORDS,
  COORDINATORS,
  DETERMINERS,
  isAdjective,
  isAdverb,
  isFirstPerson,
  NOUN_SOURCE_PREPS,
  NOUN_TARGET_PREPS,
  OF_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  QUOTE_MARKS,
  RELATIVES,
  TITLE_ABBREVIATIONS,
} from "./words.js";

const WINDOW = 8;

/**
 * The length of ", including" or ", such as" at token j (0 when neither): the actors after it are
 * examples of the phrase before it.
 */
function examplesAfter(f: Frame, j: number): number {
  const { tk } = f;
  if (tk.surface[j] !== ",") return 0;
  const next = tk.lower[j + 1] ?? "";
  if (next === "including" || next === "notably" || next === "especially") return 2;
  if (next === "such" && tk.lower[j + 2] === "as") return 3;
  return 0;
}

/** Words for a part of what follows "of": "some of", "many of", "one of". */
// ("welcomed by thousands of cheering Palestinians": a crowd of them.)
const QUANTIFIERS = new Set([
  "some",
  "many",
  "most",
  "all",
  "several",
  "one",
  "each",
  "any",
  "much",
  "part",
  "thousands",
  "hundreds",
  "dozens",
  "millions",
  "scores",
]);

/** Plural nouns for the people of an actor: "leaders of the Coordination Framework". */
const MEMBERS = new Set([
  "leaders",
  "officials",
  "members",
  "representatives",
  "envoys",
  "commanders",
  "delegates",
]);

/**
 * The actors of the noun phrase that starts at or right after token t: "Iran", "the Syrian regime",
 * "Iran and Hizbullah", "Iran's foreign minister". Determiners and a few lower-case modifiers may come
 * first; a clause mark, a clause word or a preposition ends the search.
 */
export function phraseActorsFrom(f: Frame, t: number, maxSkip = 4): { actors: string[]; end: number } | null {
  const { tk } = f;
  let k = t;
  let skipped = 0;
  let quantified = false;
  // "blasted what he views as Republicans' motivations", "what she called Iran's lies": the thing named.
  if (
    tk.lower[k] === "what" &&
    /^(?:he|she|they|it|we|i)$/.test(tk.lower[k + 1] ?? "") &&
    /^(?:views?|viewed|sees?|saw|calls?|called|considers?|considered|describes?|described|regards?|regarded|perceives?|perceived|deems?|deemed|termed|terms?)$/.test(
      tk.lower[k + 2] ?? "",
    )
  )
    k += tk.lower[k + 3] === "as" ? 4 : 3;
  while (k < tk.length && actorAt(f, k) === null) {
    const l = tk.lower[k] ?? "";
    // "some of the more hawkish proposals from …", "one of Iran's allies": a part of the phrase after it.
    if (k === t && QUANTIFIERS.has(l) && tk.lower[k + 1] === "of") {
      k += 2;
      quantified = true;
      continue;
    }
    // "several states, including Iran and Qatar": the named ones stand for the group.
    const named = k > t ? examplesAfter(f, k) : 0;
    if (named > 0) {
      k += named;
      continue;
    }
    // "the rights of Palestinians", "recent calls by Belarus's rulers", "further action against Russia",
    // "all official contact with the United States": the actor after a noun of this kind heads the phrase.
    if (
      k > t &&
      (OF_NOUNS.has(tk.lower[k - 1] ?? "") || (f.isRoleWord(tk.lower[k - 1] ?? "") && l === "of")) &&
      /^(?:of|by|from|against|with|on|toward|towards)$/.test(l)
    ) {
      k++;
      continue;
    }
    // "blamed the candidate, Jon Ossoff, for …": the person an appositive names; "the father of a fallen
    // soldier, Khizr Khan,": past the description's own "of".
    if (l === "," && k > t) {
      const named = appositiveName(f, t, k);
      if (named) return named;
    }
    if (l === "of" && k > t && isPeopleNoun(f, tk.lower[k - 1] ?? "")) {
      let c = k + 1;
      while (c < tk.length && c - k <= 5 && /^[a-z][a-z'’-]*$/.test(tk.surface[c] ?? "")) c++;
      if (tk.surface[c] === ",") {
        const named = appositiveName(f, t, c);
        if (named) return named;
      }
    }
    if (
      (isClauseMark(f, k) &&
        l !== "[" &&
        l !== "]" &&
        !(l === "." && TITLE_ABBREVIATIONS.has(tk.lower[k - 1] ?? ""))) ||
      l === "," ||
      CLAUSE_WORDS.has(l) ||
      NOUN_TARGET_PREPS.has(l) ||
      NOUN_SOURCE_PREPS.has(l)
    )
      return null;
    // ("praised her work during the Reagan years": a time's name is no one's.)
    if (l === "in" || l === "about" || l === "and" || l === "during" || l === "under") return null;
    // "released a statement criticizing the Citizens United ruling": a trigger's participle starts its own
    // phrase, whose object is not this one's.
    // ("pledged to keep funding Hamas", "promised to continue supporting Abbas": the act goes on.)
    const goesOn =
      /^(?:keep|keeps|kept|continue|continues|continued|start|started|resume|resumed|begin|began)$/.test(
        tk.lower[k - 1] ?? "",
      );
    if (k > t && l.endsWith("ing") && f.roles?.[k]?.senses !== undefined && !goesOn) return null;
    // ("released a video featuring Uighur fighters": a participle after a noun opens a phrase of its own.)
    if (
      !goesOn &&
      k > t + 1 &&
      /^[a-z]{4,}ing$/.test(tk.surface[k] ?? "") &&
      /^[a-z]+$/.test(tk.surface[k - 1] ?? "") &&
      !DETERMINERS.has(tk.lower[k - 1] ?? "")
    )
      return null;
    // "the backing of the DUP for one of the amendments as the party had promised": a new clause; not
    // "such leaders as Khamenei".
    if (l === "as" && k > t && !tk.lower.slice(t, k).includes("such")) return null;
    // Editorial insertions are part of the phrase: "the criminal [Syrian] regime"; so are quotation marks
    // around the writer's quoted words ("stand with “Syria”").
    if (l === "[" || l === "]" || QUOTE_MARKS.has(l)) {
      k++;
      continue;
    }
    // "Mr. Duterte", "Ms. de Lima": the title's period is no sentence end.
    if (l === "." && TITLE_ABBREVIATIONS.has(tk.lower[k - 1] ?? "")) {
      k++;
      continue;
    }
    // Determiners are free: "all the official contact with" counts its words, not "all" and "the".
    if (!DETERMINERS.has(l) && ++skipped > maxSkip) {
      // (A longer description before an appositive name: "the ailing media mogul's daughter, Shari Redstone,".)
      let c = k + 1;
      while (
        c < tk.length &&
        c - k <= 4 &&
        tk.surface[c] !== "," &&
        /^(?:[a-z][a-z'’-]*|['’]s?)$/.test(tk.surface[c] ?? "")
      )
        c++;
      return tk.surface[c] === "," ? appositiveName(f, t, c) : null;
    }
    k++;
  }
  if (k >= tk.length) return null;
  // "one of Iran's closest allies" is one of the allies, not Iran; "some of Iran's proposals", "one of
  // Clinton's strong points" are theirs.
  if (quantified && /['’]s?$/.test(tk.surface[mentionEndTok(f, k)] ?? "")) {
    let n = mentionEndTok(f, k) + 1;
    while (n < tk.length && n - k <= 3 && (isAdjective(tk.lower[n] ?? "") || /est$/.test(tk.lower[n] ?? "")))
      n++;
    // The head of the noun phrase: "cabinet ministers", "settler leaders", "trade envoys".
    // (Up to the first plural: "ministers publicly", "commanders yesterday" end at the noun.)
    while (
      !/[^s]s$/.test(tk.lower[n] ?? "") &&
      /^[a-z]+$/.test(tk.surface[n + 1] ?? "") &&
      !HEAD_ENDS.has(tk.lower[n + 1] ?? "") &&
      n - k < 6
    )
      n++;
    const noun = tk.lower[n] ?? "";
    if (!OF_NOUNS.has(noun) && (!/^[a-z]+$/.test(tk.surface[n] ?? "") || isPeopleNoun(f, noun))) return null;
  }
  // "urging his party to follow", "thanked his supporters": the people a pronoun's owner has are not the
  // owner ("criticized his decision" is about him).
  // ("the campaign of her opponent, Sen. Bernie Sanders": the person the appositive names.)
  if (POSSESSIVE_PRONOUNS.has(tk.lower[k] ?? "") && OWNERS_PEOPLE.has(tk.lower[k + 1] ?? "")) {
    if (tk.surface[k + 2] !== "," || isClauseMark(f, k + 3)) return null;
    // The name right after the comma, past a title ("Sen. Bernie Sanders"); not "Kemal Kilicdaroglu of
    // the CHP" read as the CHP.
    let n = k + 3;
    while (n < k + 6 && actorAt(f, n) === null && (f.isRoleWord(tk.lower[n] ?? "") || tk.surface[n] === "."))
      n++;
    if (actorAt(f, n) === null) return null;
    const named = phraseActorsFrom(f, n, 0);
    // ("lashed out at his critics, Turkish media reported": a name with a verb after it is a new clause.)
    const after = tk.lower[(named?.end ?? k) + 1] ?? "";
    const verb =
      /^[a-z]+ed$/.test(after) || AUXILIARIES.has(after) || /^(?:says|said|told|reports|wrote)$/.test(after);
    // (The name itself, not an organisation after it: "Kemal Kilicdaroglu of the CHP".)
    const own = actorAt(f, headOf(f, n)) as string;
    if (!named || verb) return null;
    return named.actors.includes(own) ? named : { actors: [own], end: mentionEndTok(f, headOf(f, n)) };
  }
  k = headOf(f, k);
  const actors = [actorAt(f, k) as string];
  let end = mentionEndTok(f, k);
  // "the Syrian president": the person the text names who holds that role for that state.
  const held = roleHolderAfter(f, k);
  if (held) {
    actors[0] = held.actor;
    end = held.end;
  }
  // Coordination: "Iran and Hizbullah", "Iran, Hizbullah and the PIJ", "Iran as well as Hizbullah";
  // examples: "Republicans, including Senator John McCain".
  for (;;) {
    let j = end + 1;
    // ("Sen. Tim Kaine (D-Va.) and Sen. Mark Warner": a party label after a name.)
    let labelEnd = end;
    if (tk.surface[j] === "(") {
      let close = j + 1;
      while (close < tk.length && close - j <= 8 && tk.surface[close] !== ")") close++;
      if (tk.surface[close] === ")" && COORDINATORS.has(tk.lower[close + 1] ?? "")) {
        j = close + 1;
        labelEnd = close;
      }
    }
    let sawJoin = false;
    const named = examplesAfter(f, j);
    if (named > 0) {
      j += named;
      sawJoin = true;
    }
    while (j < tk.length && COORDINATORS.has(tk.lower[j] ?? "") && j - labelEnd <= 3) {
      sawJoin = true;
      j++;
    }
    if (!sawJoin) break;
    const commaOnly = tk.lower[j - 1] === "," && j - end === 2;
    while (j < tk.length && DETERMINERS.has(tk.lower[j] ?? "") && actorAt(f, j) === null) j++;
    // "Iran and Senator Elizabeth Warren": a title before the next name.
    // ("Obama and former secretary of state Hillary Clinton": modifiers and an "of" inside the title.)
    let titles = 0;
    while (titles < 5 && j < tk.length && actorAt(f, j) === null) {
      const l = tk.lower[j] ?? "";
      if (f.isRoleWord(l) || (HEAD_MODIFIERS.has(l) && f.isRoleWord(tk.lower[j + 1] ?? ""))) j++;
      // ("and Sen. Marco Rubio": a title's abbreviating period.)
      else if (l === "." && titles > 0 && f.isRoleWord(tk.lower[j - 1] ?? "")) j++;
      else if (
        titles > 0 &&
        tk.lower[j - 1] === "of" &&
        /^[a-z]+$/.test(tk.surface[j] ?? "") &&
        actorAt(f, j + 1) !== null
      )
        j++;
      else break;
      titles++;
    }
    // "al-Sudani and leaders of the Coordination Framework": members of an actor stand for it.
    if (actorAt(f, j) === null && MEMBERS.has(tk.lower[j] ?? "") && tk.lower[j + 1] === "of") {
      j += 2;
      while (j < tk.length && DETERMINERS.has(tk.lower[j] ?? "") && actorAt(f, j) === null) j++;
    }
    const next = actorAt(f, j);
    if (next === null) break;
    // "Iran, Hizbullah and the PIJ" is a list; "… Osama bin Laden, officials said" is not.
    const head = headOf(f, j);
    const nextEnd = mentionEndTok(f, head);
    if (commaOnly && !/^(?:,|and|or|&)$/.test(tk.lower[nextEnd + 1] ?? "")) break;
    // "Israel attacked Hamas and Minister Ben-Gvir praised the strike": a titled name with a verb of its
    // own after it starts a clause; it is no second object.
    if (
      titles > 0 &&
      /^[a-z]+$/.test(tk.surface[nextEnd + 1] ?? "") &&
      !COORDINATORS.has(tk.lower[nextEnd + 1] ?? "")
    )
      break;
    // "… from many countries, including Iran, and Turkey criticized Israel", "attacked Israel and officials
    // of the Palestinian Authority condemned …": any name with a verb right after it starts a clause; not
    // after "between", where the verb is the whole phrase's ("relations between A and B were severed").
    const after = tk.surface[nextEnd + 1] ?? "";
    const among = /^(?:between|among)$/.test(tk.lower[t - 1] ?? "");
    // ("bombed Gaza, and Hamas supporters rallied": a plural noun between the name and the verb too.)
    // (Not a participle: "Iran and Hezbollah financiers linked to …", "Hamas positions used to …".)
    const verbAfterNoun = (at: number) => {
      const w = tk.surface[at] ?? "";
      if ((AUXILIARIES.has(w) && w !== "to") || isIrregularVerbForm(w)) return true;
      return /^[a-z]+ed$/.test(w) && !/^(?:to|in|by|near|inside|across)$/.test(tk.lower[at + 1] ?? "");
    };
    if (
      !among &&
      (/^[a-z]+ed$/.test(after) ||
        (AUXILIARIES.has(after) && after !== "to") ||
        (/^[a-z]+s$/.test(after) && verbAfterNoun(nextEnd + 2)))
    )
      break;
    const headActor = actorAt(f, head) as string;
    if (!actors.includes(headActor)) actors.push(headActor);
    end = nextEnd;
  }
  return { actors, end };
}

/**
 * "the candidate, Jon Ossoff, for …", "the ailing media mogul's daughter, Shari Redstone, of …": a noun
 * for a person (lower-case words from t up to the comma at c) and the name the appositive after it gives,
 * which ends the phrase (a comma, a preposition or the clause's end after it). Null otherwise.
 */
function appositiveName(f: Frame, t: number, c: number): { actors: string[]; end: number } | null {
  const { tk } = f;
  // (The head may come before an "of": "the father of a fallen soldier, Khizr Khan,".)
  let person = false;
  for (let i = t; i < c; i++) {
    if (!/^(?:[a-z][a-z'’-]*|['’]s?)$/.test(tk.surface[i] ?? "")) return null;
    if (isPeopleNoun(f, tk.lower[i] ?? "") && (i === c - 1 || tk.lower[i + 1] === "of")) person = true;
  }
  if (!person) return null;
  let n = c + 1;
  while (n < c + 5 && actorAt(f, n) === null && (f.isRoleWord(tk.lower[n] ?? "") || tk.surface[n] === "."))
    n++;
  if (actorAt(f, n) === null) return null;
  const head = headOf(f, n);
  const end = mentionEndTok(f, head);
  const after = tk.lower[end + 1] ?? "";
  if (end + 1 < tk.length && !/^(?:,|for|of|over|in|on|at|with|after|during|—|–|\.|;|:)$/.test(after))
    return null;
  return { actors: [actorAt(f, head) as string], end };
}

/** People someone has, who are not that someone: "his party", "their supporters". */
export const OWNERS_PEOPLE = new Set(
  "party supporters followers allies friends colleagues family aides advisers advisors base voters backers members rivals critics opponents successor predecessor wife husband son daughter father mother opponent rival critic ally friend aide adviser advisor supporter colleague brother sister".split(
    " ",
  ),
);

/**
 * The head of a noun phrase that starts with the mention at token k: "Syrian President Bashar al-Asad"
 * is al-Asad, "Prime Minister Mahendra Chaudhry" is Chaudhry; "Iran's foreign minister" stays Iran.
 */
function headOf(f: Frame, k: number): number {
  let head = k;
  for (let hops = 0; hops < 3; hops++) {
    let j = mentionEndTok(f, head) + 1;
    let between = 0;
    let roles = 0;
    // "the Supreme Court’s conservative Chief Justice John Roberts": modifiers among the role words.
    while (j < f.tk.length && actorAt(f, j) === null && between < 4) {
      const l = f.tk.lower[j] ?? "";
      if (f.isRoleWord(l)) roles++;
      else if (!(/^[a-z]+$/.test(f.tk.surface[j] ?? "") && (isAdjective(l) || HEAD_MODIFIERS.has(l)))) break;
      j++;
      between++;
    }
    // (A title may open the name's own run: "conservative Chief Justice John Roberts".)
    if (between > 0 && roles === 0 && !(actorAt(f, j) !== null && f.isRoleWord(f.tk.lower[j] ?? ""))) break;
    if (j >= f.tk.length || actorAt(f, j) === null || actorAt(f, j) === actorAt(f, head)) break;
    if (between === 0 && isAttributeOfOwner(f, head, j)) break;
    head = j;
  }
  return head;
}

/** Modifiers of a role before its holder's name ("former", "longtime"). */
const HEAD_MODIFIERS = new Set([
  "former",
  "longtime",
  "veteran",
  "conservative",
  "liberal",
  "senior",
  "top",
  "acting",
  "interim",
  "new",
  "then",
]);

/** Singular nouns for a group of people ("Iran's Christian minority"); plurals count too. */
const GROUP_NOUNS = new Set([
  "minority",
  "community",
  "leadership",
  "government",
  "diaspora",
  "militia",
  "clergy",
]);

/**
 * "Donald Trump’s Christian faith", "Hamas's Islamic ideology": after an owner's possessive, a name used
 * as an adjective of a thing the owner has is no actor of the phrase; "Iran's Shiite militias" are.
 */
function isAttributeOfOwner(f: Frame, owner: number, next: number): boolean {
  const { tk } = f;
  if (!/['’]s?$/.test(tk.surface[mentionEndTok(f, owner)] ?? "")) return false;
  const nextEnd = mentionEndTok(f, next);
  if (nextEnd !== next) return false;
  const after = tk.surface[nextEnd + 1] ?? "";
  return /^[a-z]+$/.test(after) && !after.endsWith("s") && !GROUP_NOUNS.has(after);
}

/**
 * "the Syrian president", "the Iranian foreign minister": a demonym or an organisation, then a role, and
 * no name: the document's actor who holds that role there, if the text names them.
 */
function roleHolderAfter(f: Frame, k: number): { actor: string; end: number } | null {
  if (f.tk.lower[mentionStartTok(f, k) - 1] !== "the") return null;
  const owner = actorAt(f, k) as string;
  let j = mentionEndTok(f, k) + 1;
  const role: string[] = [];
  while (j < f.tk.length && role.length < 3 && actorAt(f, j) === null && f.isRoleWord(f.tk.lower[j] ?? "")) {
    role.push(f.tk.lower[j] as string);
    j++;
  }
  if (role.length === 0 || actorAt(f, j) !== null) return null;
  const holder = f.roleHolder(owner, role.join(" "));
  return holder ? { actor: holder, end: j - 1 } : null;
}

/** Actors of the phrase that ends at token e, going left through coordination ("Iran and Hizbullah"). */
/** Who does what a verb says: the actors, where their phrase starts, and whether it is the speaker ("we"). */
export interface SubjectPhrase {
  actors: string[];
  start: number;
  firstPerson: boolean;
  /** Named inside an oblique phrase ("The campaign against Hamas angered …"). */
  oblique?: boolean;
}

/** Past tenses of saying and believing, whose object is a clause ("said Iran and Hamas attacked"). */
const SAYING_PAST =
  /^(?:said|claimed|reported|announced|stated|added|noted|warned|insisted|argued|told|wrote|believed|thought|alleged|confirmed|denied|suggested|explained|revealed|acknowledged|admitted|declared|charged|asserted|feared|hoped|expected)$/;

/** Is token j a lower-case word describing the role word right after it ("feminist icon", "former aide")? */
function describesRole(f: Frame, j: number): boolean {
  const l = f.tk.lower[j] ?? "";
  return (
    /^[a-z][a-z-]+$/.test(f.tk.surface[j] ?? "") &&
    f.isRoleWord(f.tk.lower[j + 1] ?? "") &&
    !COORDINATORS.has(l) &&
    !DETERMINERS.has(l) &&
    !CLAUSE_WORDS.has(l) &&
    !NOUN_TARGET_PREPS.has(l) &&
    !NOUN_SOURCE_PREPS.has(l) &&
    !AUXILIARIES.has(l)
  );
}

export function phraseActorsEndingAt(f: Frame, e: number): { actors: string[]; start: number } | null {
  const a = actorAt(f, e);
  if (a === null) return null;
  const actors = [a];
  let start = mentionStartTok(f, e);
  for (;;) {
    let j = start - 1;
    // Back over the phrase's own modifiers: "Bulgarian President Todor Zhivkov", "Libyan leader X".
    for (let hops = 0; hops < 4 && j >= 0; hops++) {
      const m = actorAt(f, j);
      // A demonym that modifies this phrase ("Bulgarian President …") is part of it, even after "and".
      if (
        m !== null &&
        f.typeOf(m) === "state" &&
        (hops > 0 || !COORDINATORS.has(f.tk.lower[j - 1] ?? "x"))
      ) {
        j = mentionStartTok(f, j) - 1;
        continue;
      }
      if (m === null && f.isRoleWord(f.tk.lower[j] ?? "")) {
        j--;
        continue;
      }
      // "and feminist icon Gloria Steinem": a word describing the role before it.
      if (m === null && hops > 0 && describesRole(f, j)) {
        j--;
        continue;
      }
      // "and Rep. Tom Massie": a title's abbreviating period.
      if (m === null && f.tk.surface[j] === "." && f.isRoleWord(f.tk.lower[j - 1] ?? "")) {
        j--;
        continue;
      }
      // "Senate Majority Leader Mitch McConnell", "House Speaker Paul Ryan": the body a title is of.
      if (
        hops > 0 &&
        f.isRoleWord(f.tk.lower[j + 1] ?? "") &&
        (m !== null || LEGISLATURES.test(f.tk.surface[j] ?? ""))
      ) {
        j = (m !== null ? mentionStartTok(f, j) : j) - 1;
        continue;
      }
      break;
    }
    while (j >= 0 && DETERMINERS.has(f.tk.lower[j] ?? "") && actorAt(f, j) === null) j--;
    let sawJoin = false;
    while (j >= 0 && COORDINATORS.has(f.tk.lower[j] ?? "") && start - j <= 4) {
      sawJoin = true;
      j--;
    }
    if (!sawJoin) break;
    // "Rep. Justin Amash ( ) and …", "Sen. Tim Kaine (D-Va.) and …": a party label after the first name.
    if (f.tk.surface[j] === ")") {
      const open = beforeParenthesis(f, j);
      if (open !== j) j = open;
    }
    const prev = actorAt(f, j);
    if (prev === null) break;
    const prevStart = mentionStartTok(f, j);
    // "Turkey armed the SNA and Iran armed Hizbullah": a name a past tense governs is that verb's object;
    // the "and" after it joins two clauses, not two subjects.
    let b = prevStart - 1;
    while (b >= 0 && DETERMINERS.has(f.tk.lower[b] ?? "") && actorAt(f, b) === null) b--;
    const governing = f.tk.surface[b] ?? "";
    // Not a verb of saying: "Officials said Iran and Hizbullah attacked Israel" names two subjects.
    if (actorAt(f, b) === null && isPastTense(governing) && !SAYING_PAST.test(governing)) break;
    // "A, B and C" is a list; "… Cessation of Hostilities, the Sudanese government and SPLM" is not.
    if (f.tk.lower[j + 1] === ",") {
      // ("House Speaker Paul Ryan, Senate Majority Leader …": a title before the first name.)
      let q = prevStart - 1;
      while (
        q >= 0 &&
        actorAt(f, q) === null &&
        (f.isRoleWord(f.tk.lower[q] ?? "") || LEGISLATURES.test(f.tk.surface[q] ?? "") || describesRole(f, q))
      )
        q--;
      const before = f.tk.lower[q] ?? "";
      if (q >= 0 && before !== "," && !DETERMINERS.has(before) && !isClauseMark(f, q)) break;
      // "At the UN, Erdogan met Netanyahu": a fronted place's comma ends a setting, not a list.
      let p = prevStart - 1;
      while (p >= 0 && DETERMINERS.has(f.tk.lower[p] ?? "")) p--;
      if (FRONTED_SETTINGS.test(f.tk.lower[p] ?? "") && (p === 0 || isClauseMark(f, p - 1))) break;
    }
    if (!actors.includes(prev)) actors.unshift(prev);
    start = prevStart;
  }
  return { actors, start };
}

/** Chambers named before a title ("House Speaker", "Senate Majority Leader"). */
const LEGISLATURES = /^(?:House|Senate|Assembly|Knesset|Parliament|Congress)$/;

/** Prepositions that open a sentence's setting ("At the UN, …", "In Tehran, …"). */
const FRONTED_SETTINGS = /^(?:at|in|on|from|inside|outside|near|across|after|before|during|since)$/;

/**
 * The subject of the verb at token v: the nearest actor phrase to its left in the same clause, after
 * auxiliaries and adverbs; an appositive or relative clause set off by commas ("Haniya, the head of
 * Hamas's political bureau, thanked") is stepped over to the name before it.
 */
/**
 * The opening comma of an aside that token k closes ("has now, in effect, joined": k is the second
 * comma), when a helper verb or an adverb stands before it and only lower-case words inside; else -1.
 */
function asideOpening(f: Frame, k: number): number {
  const { tk } = f;
  if (tk.surface[k] !== ",") return -1;
  for (let c = k - 1; c >= 0 && k - c <= 4; c--) {
    if (tk.surface[c] === ",") {
      const before = tk.lower[c - 1] ?? "";
      return c < k - 1 && actorAt(f, c - 1) === null && (AUXILIARIES.has(before) || isAdverb(before))
        ? c
        : -1;
    }
    if (actorAt(f, c) !== null || !/^[a-z]+$/.test(tk.surface[c] ?? "")) return -1;
  }
  return -1;
}

export function subjectOf(f: Frame, v: number): SubjectPhrase | null {
  const { tk } = f;
  let k = v - 1;
  for (;;) {
    // Quotation marks inside a clause are the writer's ("Syria had “embraced the cause”"), not boundaries.
    while (
      k >= 0 &&
      actorAt(f, k) === null &&
      (AUXILIARIES.has(tk.lower[k] ?? "") ||
        isAdverb(tk.lower[k] ?? "") ||
        QUOTE_MARKS.has(tk.surface[k] ?? ""))
    )
      k--;
    // "Erdoğan has now, in effect, joined …", "has, however, praised": an aside inside the verb group.
    const aside = asideOpening(f, k);
    if (aside === -1) break;
    k = aside - 1;
  }
  // "Jonathan Spalter in a statement praised Trump": the medium between a subject and its verb.
  const medium = mediumPhraseBefore(tk, k);
  if (medium !== -1) {
    k = medium - 1;
    while (k >= 0 && actorAt(f, k) === null && isAdverb(tk.lower[k] ?? "")) k--;
  }
  if (k < 0) return null;
  // "thanked Qatar for supporting Hamas": the object of the verb before acts in the gerund.
  const gerundOwner = gerundSubject(f, v, k) ?? joinedInSubject(f, v, k) ?? meansSubject(f, v, k);
  if (gerundOwner) return gerundOwner;
  if (isFirstPerson(tk.lower[k] ?? "") && actorAt(f, k) === null)
    return { actors: [], start: k, firstPerson: true };
  // "Turkey armed the SNA, and it hosted the SNC": a pronoun subject stands for its antecedent, not for the
  // name before it; "it" only opening a coordinated clause ("It was criticized" is often a thing).
  if (
    actorAt(f, k) === null &&
    (/^(?:they|he|she)$/.test(tk.lower[k] ?? "") ||
      (tk.lower[k] === "it" && /^(?:and|but)$/.test(tk.lower[k - 1] ?? "")))
  ) {
    const pronoun = tk.lower[k] as string;
    const resolved = antecedentOfWord(f, k, pronoun) ?? f.antecedent(tk.starts[k] as number, pronoun);
    return resolved ? { actors: [resolved], start: k, firstPerson: false } : null;
  }
  if (tk.surface[k] === ",") return subjectBeforeComma(f, k, v);
  // "Israeli strikes that killed three commanders": the subject of a relative clause is what "that" stands for.
  if (RELATIVE_PRONOUNS.has(tk.lower[k] ?? "") && actorAt(f, k) === null) return relativeSubject(f, k);
  let locative: number | undefined;
  for (let j = k, steps = 0; j >= 0 && steps <= WINDOW; j--, steps++) {
    const l = tk.lower[j] ?? "";
    if (actorAt(f, j) !== null) {
      // "Palestinian police in Jericho confiscated …": a place after "in" is where, not who.
      const s0 = mentionStartTok(f, j);
      // "Barr took to Twitter Monday to defend …": a name after a preposition is not who acts either; nor
      // "refugees living in the Idlib area held …": a determiner may stand between.
      let b = s0 - 1;
      if (b > 0 && /^(?:the|a|an)$/.test(tk.lower[b] ?? "") && actorAt(f, b) === null) b--;
      // "The Commonwealth of former British colonies": a modifier or two may stand between too.
      for (
        let m = 0;
        m < 2 && b > 0 && actorAt(f, b) === null && MODIFIERS_AFTER_PREPOSITION.test(tk.surface[b] ?? "");
        m++
      )
        b--;
      // "Dozens of Hizbullah fighters fired …": the people counted act, when they are the name's own
      // ("Thousands of Netanyahu opponents" are not Netanyahu).
      if (tk.lower[b] === "of" && COUNTED.test(tk.lower[b - 1] ?? "")) {
        if (NOT_MEMBERS.test(tk.lower[mentionEndTok(f, j) + 1] ?? "")) return null;
        const p = phraseActorsEndingAt(f, j);
        return p ? { ...p, firstPerson: false } : null;
      }
      if (
        /^(?:in|at|near|from|inside|outside|to|on|into|onto|over|across|via|through|of|with|for|against|toward|towards|about)$/.test(
          tk.lower[b] ?? "",
        ) &&
        b > 0
      ) {
        // Kept in case no other name comes: "Security forces in Guinea have tortured …" is Guinea's; not
        // when a name heads the phrase ("The Commonwealth of former British colonies has suspended").
        const namedHead =
          tk.lower[b] === "of" && isCapitalized(tk.surface[b - 1] ?? "") && actorAt(f, b - 1) === null;
        if (!namedHead) locative ??= j;
        j = s0 - 1;
        continue;
      }
      // A narrative "he" as subject: the subject of the sentence where the nearest fitting name stands
      // ("Ghaani crossed into Lebanon, where he met Nasrallah. … he also held meetings" is Ghaani).
      const pronoun = tk.lower[j] ?? "";
      if (/^(?:he|she)$/.test(pronoun) && mentionStartTok(f, j) === j && mentionEndTok(f, j) === j) {
        const inSentence = antecedentOfWord(f, j, pronoun);
        const resolved = inSentence ?? f.antecedent(tk.starts[j] as number, pronoun);
        if (resolved) return { actors: [resolved], start: j, firstPerson: false };
      }
      // "The militia that attacked Hizbullah is backed by Turkey", "the deal that Qatar brokered was
      // welcomed": a name inside a relative clause is not the subject of the verb after the clause.
      const inRelative = relativeBefore(f, s0, v, mentionEndTok(f, j) >= k);
      if (inRelative !== -1) return relativeSubject(f, inRelative);
      const p = phraseActorsEndingAt(f, j);
      return p ? { ...p, firstPerson: false } : null;
    }
    // "Hizbullah — backed by Iran — fired rockets": over an aside between dashes.
    if ((tk.surface[j] === "—" || tk.surface[j] === "–") && j === k) {
      let d = j - 1;
      while (d > 0 && j - d < 30 && tk.surface[d] !== tk.surface[j] && !isClauseMark(f, d)) d--;
      if (d > 0 && tk.surface[d] === tk.surface[j]) {
        j = d;
        continue;
      }
    }
    // "Robert Gates (who declined to be interviewed) has criticized Obama": over the parenthesis.
    if (tk.surface[j] === ")") {
      let d = j - 1;
      while (d > 0 && tk.surface[d] !== "(" && j - d < 30) d--;
      if (tk.surface[d] === "(") {
        j = d;
        continue;
      }
    }
    // "I'd love to thank Malia": the speaker, a few verbs back.
    if (isFirstPerson(l) && steps <= 4) return { actors: [], start: j, firstPerson: true };
    // "Stallworth, a woman from Huntsville, had come to show …": a comma after only a verb chain ends an
    // appositive, like a comma right before the verb.
    if (l === "," && steps <= 7) return subjectBeforeComma(f, j, v);
    if (isClauseMark(f, j) || l === "," || CLAUSE_WORDS.has(l)) break;
  }
  if (locative !== undefined) {
    const p = phraseActorsEndingAt(f, locative);
    return p ? { ...p, firstPerson: false, oblique: true } : null;
  }
  return null;
}

/**
 * The subject of a gerund after "for" that the sentence takes for granted (verbTrigger's isGrantedAct):
 * the object before it, "criticized Iran for abandoning Hizbullah" (Iran abandons). `k` is the word before
 * the gerund at v, after adverbs.
 */
/**
 * "Cairo joined Saudi Arabia, the UAE and Bahrain in boycotting Doha": the one who joined and those
 * joined all do what the gerund after "in" says.
 */
function joinedInSubject(f: Frame, v: number, k: number): SubjectPhrase | null {
  const { tk } = f;
  if (tk.lower[k] !== "in" || !/^[a-z]+ing$/.test(tk.lower[v] ?? "")) return null;
  let j = k - 1;
  const joined: string[] = [];
  let list = true;
  for (; j >= 0 && k - j <= 20; j--) {
    if (/^join(?:ed|s)?$/.test(tk.lower[j] ?? "") && actorAt(f, j) === null) break;
    if (isClauseMark(f, j)) return null;
    const a = actorAt(f, j);
    if (a !== null) {
      if (!joined.includes(a)) joined.unshift(a);
      // Only a list of names is who was joined: "joined a summit hosted by Iran in condemning Israel" is
      // the joiner's act alone.
    } else if (!/^(?:,|and|the)$/.test(tk.lower[j] ?? "")) list = false;
  }
  if (j < 0 || k - j > 20) return null;
  const subject = subjectOf(f, j);
  if (!subject || subject.firstPerson) return null;
  const actors = list ? [...new Set([...subject.actors, ...joined])] : subject.actors;
  return { actors, start: subject.start, firstPerson: false };
}

/**
 * "they went after Bannon by falsely accusing him": a gerund after "by" is done by the subject of the
 * verb it is the means of, not by the name right before it.
 */
function meansSubject(f: Frame, v: number, k: number): SubjectPhrase | null {
  const { tk } = f;
  if (tk.lower[k] !== "by" || !/^[a-z]+ing$/.test(tk.lower[v] ?? "")) return null;
  for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
    if (isClauseMark(f, j) || tk.surface[j] === ",") return null;
    // ("accused Iran of destabilizing Lebanon by arming Hezbollah": the nearer gerund's doer.)
    if (
      actorAt(f, j) === null &&
      /^[a-z]+ing$/.test(tk.surface[j] ?? "") &&
      !DETERMINERS.has(tk.lower[j - 1] ?? "")
    )
      return subjectOf(f, j);
    if (actorAt(f, j) === null && isPastTense(tk.surface[j] ?? "")) return subjectOf(f, j);
  }
  return null;
}

function gerundSubject(f: Frame, v: number, k: number): SubjectPhrase | null {
  const { tk } = f;
  const name = beforeParenthesis(f, k - 1);
  if (tk.lower[k] !== "for" || !/^[a-z]+ing$/.test(tk.lower[v] ?? "") || actorAt(f, name) === null)
    return null;
  const p = phraseActorsEndingAt(f, name);
  return p ? { actors: p.actors, start: p.start, firstPerson: false } : null;
}

const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);

/** Lower-case words that may stand between a preposition and the name it governs ("of former British"). */
const MODIFIERS_AFTER_PREPOSITION =
  /^(?:former|other|many|several|some|few|its|their|his|her|neighbouring|neighboring|fellow|rival|allied)$/;

/**
 * Nouns whose owner acts when they do: "Israeli strikes that killed", "Iranian officials who met". Not
 * "Iran's allies" or "Hamas's critics", who act for themselves.
 */
const ACTING_FOR_OWNER = new Set([
  "strikes",
  "airstrikes",
  "forces",
  "troops",
  "jets",
  "warplanes",
  "drones",
  "fighters",
  "militants",
  "officials",
  "authorities",
  "diplomats",
  "envoys",
  "delegation",
  "leaders",
  "leadership",
  "spokesman",
  "spokeswoman",
  "ministry",
  "government",
  "family",
  "campaign",
  "administration",
]);

/**
 * The relative pronoun that opens a clause holding the mention starting at s0, or -1: "that attacked
 * Hizbullah" (the mention is the clause's object, right after its verb, and right before the verb whose
 * subject is sought), or "that Qatar brokered" (the mention is the clause's subject, and the clause's own
 * verb stands between it and that verb). `adjacent`: nothing but the verb group follows the mention.
 * A "that" that opens what someone said ("told Egypt that Israeli forces attacked …") is no relative.
 */
function relativeBefore(f: Frame, s0: number, v: number, adjacent: boolean): number {
  const { tk } = f;
  const before = tk.lower[s0 - 1] ?? "";
  if (!adjacent && (RELATIVE_PRONOUNS.has(before) || before === "whom") && s0 >= 2) {
    // The antecedent is a noun ("the deal that Qatar brokered"), not a name: "told Egypt that …" reports.
    const ante = tk.lower[s0 - 2] ?? "";
    if (actorAt(f, s0 - 2) !== null || !/^[a-z]+$/.test(ante) || isVerbLike(ante)) return -1;
    if (reportsAt(f, s0 - 1)) return -1;
    // The clause's own verb between the name and the main verb: "brokered", "backs".
    for (let t = mentionEndTok(f, s0) + 1; t < v; t++)
      if (/^[a-z]+ed$/.test(tk.lower[t] ?? "") || CLAUSE_VERBS.has(tk.lower[t] ?? "")) return s0 - 1;
    return -1;
  }
  if (!adjacent) return -1;
  // "that attacked Hizbullah", "that killed three senior Islamic Jihad commanders": the clause's verb, and
  // between it and the name at most a determiner, a number or adjectives.
  let w = s0 - 1;
  while (
    w > 0 &&
    s0 - w <= 3 &&
    /^(?:the|a|an|its|their|his|her|\d+|two|three|four|five|several|many|some|senior|top|local|[a-z]+(?:al|ic|ian|ive|ous))$/.test(
      tk.lower[w] ?? "",
    )
  )
    w--;
  if (w >= 1 && RELATIVE_PRONOUNS.has(tk.lower[w - 1] ?? "") && /^[a-z]+ed$/.test(tk.lower[w] ?? ""))
    return reportsAt(f, w - 1) ? -1 : w - 1;
  return -1;
}

/** Words that end a clause before a complementizer "that" ("said that", "believes that"). */
function isVerbLike(l: string): boolean {
  return /(?:ed|es|says|say|said|told|think|thinks|believe|believes|know|knows|hope|hopes)$/.test(l);
}

/** Present-tense verbs of a relative clause ("the group that Iran backs"). */
const CLAUSE_VERBS = new Set([
  "backs",
  "supports",
  "funds",
  "arms",
  "leads",
  "controls",
  "runs",
  "sponsors",
  "hosts",
]);

/** Verbs of saying and knowing before a complementizer "that". */
const REPORTING =
  /^(?:said|says|say|told|tells|tell|informed|informs|warned|warns|stated|states|announced|announces|added|adds|noted|notes|argued|argues|insisted|insists|claimed|claims|suggests?|suggested|believes?|believed|thinks?|thought|knows?|knew|hopes?|hoped|fears?|feared|assured|reminded|confirmed|confirms|denied|denies|acknowledged|admitted|conceded|reported|reports|learned|realized|wrote|writes|tweeted|evidence|fact|doubt|news|report|statement|claim|sign|signs)$/;

/**
 * Does the "that" at p open reported content: a statement's content starts there, or a verb or noun of
 * saying stands a few words before it ("told reporters on Monday that", "said in a statement that").
 */
function reportsAt(f: Frame, p: number): boolean {
  const { tk } = f;
  const st = f.contentOf[p + 1] ?? -1;
  if (st !== -1 && f.contentOf[p - 1] !== st) return true;
  for (let j = p - 1; j >= 0 && p - j <= 6; j--) {
    if (REPORTING.test(tk.lower[j] ?? "")) return true;
    if (isClauseMark(f, j)) break;
  }
  return false;
}

/**
 * What the relative pronoun at p stands for, as a subject: the actor phrase right before it, or the owner
 * of an acting noun ("Israeli strikes that", "Hamas's fighters who"); null for anything else.
 */
function relativeSubject(f: Frame, p: number): SubjectPhrase | null {
  const { tk } = f;
  // "Hilaria, who was accused …": the name before the comma.
  const end = tk.surface[p - 1] === "," ? p - 2 : p - 1;
  if (actorAt(f, end) !== null) {
    // "the plane crash in Russia that killed him", "the war against Hamas that killed thousands": a name
    // after a preposition is not what "that" stands for.
    const start = mentionStartTok(f, end);
    const prep = tk.lower[start - 1] ?? "";
    if (
      PREPOSITIONS.has(prep) ||
      NOUN_TARGET_PREPS.has(prep) ||
      NOUN_SOURCE_PREPS.has(prep) ||
      /^(?:in|at|near|inside|outside|across|of)$/.test(prep)
    )
      return null;
    const phrase = phraseActorsEndingAt(f, end);
    return phrase ? { ...phrase, firstPerson: false } : null;
  }
  if (ACTING_FOR_OWNER.has(tk.lower[p - 1] ?? "") && actorAt(f, p - 2) !== null) {
    const phrase = phraseActorsEndingAt(f, p - 2);
    return phrase ? { ...phrase, firstPerson: false } : null;
  }
  // "Flack posted a reply that assailed Ms. Edwards", "Hamas issued a statement that praised Iran": a
  // record says what its maker, the subject of the verb that made it, says.
  if (tk.lower[p] === "that" && WRITINGS.test(tk.lower[p - 1] ?? "")) {
    let d = p - 2;
    while (d >= 0 && p - 2 - d < 3 && (DETERMINERS.has(tk.lower[d] ?? "") || isAdjective(tk.lower[d] ?? "")))
      d--;
    if (d >= 0 && MAKING.test(tk.lower[d] ?? "")) return subjectOf(f, d);
  }
  return null;
}

/** Records that speak for their maker. */
const WRITINGS =
  /^(?:reply|response|statement|letter|tweet|post|message|op-ed|column|editorial|ad|advertisement|video|report|memo|resolution)$/;

/** Verbs of making a record. */
const MAKING =
  /^(?:posted|issued|published|released|sent|wrote|penned|tweeted|put|signed|adopted|passed|drafted|delivered)$/;

/**
 * The subject before an appositive or relative clause that ends with the comma at k: ", the head of
 * Hamas's political bureau," and "who …," are stepped over to the name before them; an appositive that is
 * itself a name ("Another senator, Risa Hontiveros, accused") is the subject; places inside an appositive
 * ("a woman from Huntsville, Texas,") are stepped over.
 */
function subjectBeforeComma(f: Frame, k: number, v: number): SubjectPhrase | null {
  // "Rep. Candice Miller, along with Chairman Michael McCaul, has accused …": the aside's names act too.
  const aside = companionsAside(f, k);
  if (aside === null) {
    const s = subjectBeforeAside(f, k, v);
    // "According to the Syrian Observatory, regime forces shelled Idlib": a fronted phrase's name is no
    // subject of the clause after its comma.
    return s !== null && !s.firstPerson && frontedByPreposition(f, s.start) ? null : s;
  }
  const main = subjectBeforeAside(f, aside.comma, v);
  // "But critics, including three UN rapporteurs, have accused …": the named ones stand for the group.
  if (main === null && aside.including)
    return { actors: aside.actors, start: aside.comma + 2, firstPerson: false };
  if (main === null || main.firstPerson) return main;
  const actors = [...main.actors];
  for (const a of aside.actors) if (!actors.includes(a)) actors.push(a);
  return { ...main, actors };
}

const FRONTING_PREPOSITIONS = new Set([
  "in",
  "during",
  "under",
  "amid",
  "despite",
  "without",
  "within",
  "among",
  "across",
  "from",
  "by",
  "through",
  "over",
  "about",
]);

/** Does a preposition (or "according to") open the phrase that starts at token `start`? */
function frontedByPreposition(f: Frame, start: number): boolean {
  let b = start - 1;
  if (DETERMINERS.has(f.tk.lower[b] ?? "")) b--;
  const l = f.tk.lower[b] ?? "";
  // Not "after", "before", "since", "until", "as": they also open clauses ("after Nabil, who …, starts").
  let opens = -1;
  if (l === "to" && f.tk.lower[b - 1] === "according") opens = b - 1;
  else if (FRONTING_PREPOSITIONS.has(l)) opens = b;
  // Only a phrase that opens the clause is fronted: "A delegation led by al-Hayya, …, met" is not.
  return opens === 0 || (opens > 0 && (isClauseMark(f, opens - 1) || f.tk.surface[opens - 1] === ","));
}

/** Words that open an aside naming those who act with the subject: "along with", "together with",
 * "including". */
function companionsAside(
  f: Frame,
  k: number,
): { comma: number; actors: string[]; including: boolean } | null {
  const { tk } = f;
  let c = k - 1;
  while (c >= 0 && k - c < 25 && tk.surface[c] !== "," && !isClauseMark(f, c)) c--;
  if (tk.surface[c] !== ",") return null;
  const opener =
    (tk.lower[c + 1] === "along" || tk.lower[c + 1] === "together") && tk.lower[c + 2] === "with"
      ? 3
      : tk.lower[c + 1] === "as" && tk.lower[c + 2] === "well" && tk.lower[c + 3] === "as"
        ? 4
        : tk.lower[c + 1] === "including"
          ? 2
          : 0;
  if (opener === 0) return null;
  // ("including supporters of Imran Khan": the named ones must be the members, not whom they follow.)
  if (opener === 2) {
    let n = c + 2;
    while (
      n < k &&
      actorAt(f, n) === null &&
      (/^(?:the|a|an|\d+|two|three|four|five|several|some|many|former|senior|top)$/.test(tk.lower[n] ?? "") ||
        f.isRoleWord(tk.lower[n] ?? "") ||
        tk.surface[n] === ".")
    )
      n++;
    if (actorAt(f, n) === null) return null;
    // ("including Imran Khan supporters": people named after someone are not that someone.)
    if (NOT_MEMBERS.test(tk.lower[mentionEndTok(f, n) + 1] ?? "")) return null;
  }
  const p = phraseActorsFrom(f, c + opener);
  if (p === null) return null;
  return { comma: c, actors: p.actors, including: opener === 2 };
}

function subjectBeforeAside(f: Frame, k: number, v: number): SubjectPhrase | null {
  const { tk } = f;
  const isPlace = (a: string) => f.typeOf(a) === "place" || f.typeOf(a) === "state";
  // "from Huntsville, Texas": the second part of a place name after a comma.
  const placeTail = (t: number) => {
    const s0 = mentionStartTok(f, t);
    return (
      /^(?:from|in|near|at)$/.test(tk.lower[s0 - 1] ?? "") ||
      (tk.surface[s0 - 1] === "," &&
        isCapitalized(tk.surface[s0 - 2] ?? "") &&
        /^(?:from|in|of|near|at)$/.test(tk.lower[s0 - 3] ?? ""))
    );
  };
  let pos = k;
  for (let hops = 0; hops < 3; hops++) {
    let c = pos - 1;
    while (
      c >= 0 &&
      v - c < 40 &&
      tk.surface[c] !== "," &&
      !isClauseMark(f, c) &&
      !RELATIVES.has(tk.lower[c] ?? "")
    )
      c--;
    const last = actorAt(f, pos - 1);
    if (c < 0 || isClauseMark(f, c) || v - c >= 40) {
      // "Spicer, loyal to the president,", "Saudi Arabia, which has been negotiating …,": the clause's
      // first name, a state included (only a place after "from" or "in" is where, not who).
      if (last !== null && f.typeOf(last) !== "place" && !placeTail(pos - 1)) {
        const p = phraseActorsEndingAt(f, pos - 1);
        return p ? { ...p, firstPerson: false } : null;
      }
      return null;
    }
    // "Another chief executive, Jamie Dimon of JPMorgan Chase, criticized": a person named between the
    // commas, with the organisation they are of or at after them.
    const named = actorAt(f, c + 1);
    if (
      tk.surface[c] === "," &&
      named !== null &&
      f.typeOf(named) === "person" &&
      /^(?:of|at|from)$/.test(tk.lower[mentionEndTok(f, c + 1) + 1] ?? "") &&
      mentionStartTok(f, c + 1) === c + 1 &&
      opensWithDescription(f, c)
    )
      return { actors: [named], start: c + 1, firstPerson: false };
    if (
      tk.surface[c] === "," &&
      last !== null &&
      !isPlace(last) &&
      !placeTail(pos - 1) &&
      mentionStartTok(f, pos - 1) <= c + 2
    ) {
      const p = phraseActorsEndingAt(f, pos - 1);
      if (p) return { ...p, firstPerson: false };
    }
    // "James Cole, who served …, also offered": the name before the comma that opens the relative clause.
    if (RELATIVES.has(tk.lower[c] ?? "") && tk.surface[c - 1] === "," && actorAt(f, c - 2) !== null) {
      const p = phraseActorsEndingAt(f, c - 2);
      if (p) return { ...p, firstPerson: false };
    }
    const before = actorAt(f, c - 1);
    // "from Huntsville, Texas,": a place before the comma is part of the appositive; look further left.
    if (before !== null && !((isPlace(before) || placeTail(c - 1)) && tk.surface[c] === "," && hops < 2)) {
      const p = phraseActorsEndingAt(f, c - 1);
      if (p) return { ...p, firstPerson: false };
    }
    if (tk.surface[c] !== ",") return null;
    pos = c;
  }
  return null;
}

/**
 * Is the text before the comma at c a description that opens its clause ("A senior official, …",
 * "On Sunday, another executive, …"), not an object ("Hamas sent a letter to a rival, …") or a
 * participle's phrase ("Speaking to a visitor, …")?
 */
function opensWithDescription(f: Frame, c: number): boolean {
  const { tk } = f;
  let b = c - 1;
  while (b >= 0 && tk.surface[b] !== "," && !isClauseMark(f, b)) b--;
  if (c - b - 1 < 1 || c - b - 1 > 6) return false;
  if (/(?:ing|ed)$/.test(tk.lower[b + 1] ?? "")) return false;
  for (let j = b + 1; j < c; j++) {
    const l = tk.lower[j] ?? "";
    if (DESCRIPTION_BREAKERS.test(l) || (j > b + 1 && AUXILIARIES.has(l))) return false;
    // "Netanyahu’s ally, Itamar Ben-Gvir of Otzma Yehudit, …": a person in the possessive owns the description.
    if (
      actorAt(f, j) !== null &&
      f.typeOf(actorAt(f, j) as string) === "person" &&
      !/['’]s?$/.test(tk.surface[mentionEndTok(f, j)] ?? "")
    )
      return false;
  }
  return true;
}
const DESCRIPTION_BREAKERS =
  /^(?:to|with|at|from|for|by|against|into|toward|towards|about|on|upon|sent|told|met|wrote|called|asked|said|says)$/;

/** The first actor phrase in the next `limit` tokens, before a clause mark. */
export function firstActorAhead(
  f: Frame,
  t: number,
  limit: number,
  recipientOnly = false,
): { actors: string[]; end: number } | null {
  for (let j = t; j < f.tk.length && j - t < limit; j++) {
    if (isClauseMark(f, j) || f.tk.surface[j] === ",") return null;
    if (actorAt(f, j) !== null) {
      // "agreed to re-open its borders to UN peacekeepers": only someone the promise is for.
      if (recipientOnly && !/^(?:to|with|for)$/.test(f.tk.lower[mentionStartTok(f, j) - 1] ?? ""))
        return null;
      return phraseActorsFrom(f, j, 0);
    }
  }
  return null;
}

/** Is the verb at k the second of two joined verbs ("… and criticized", "… and had harsher words")? */
export function followsAnd(f: Frame, k: number): boolean {
  let j = k - 1;
  for (;;) {
    const l = f.tk.lower[j] ?? "";
    if (j >= 0 && AUXILIARIES.has(l) && l !== "to") j--;
    // "and even (gasp!) praised CNN": adverbs and an aside in parentheses between.
    else if (j >= 0 && /^(?:even|also|then|later|again|still|just|[a-z]{3,}ly)$/.test(l)) j--;
    else if (l === ")") {
      const before = beforeParenthesis(f, j);
      if (before === j) break;
      j = before;
    } else break;
  }
  return j >= 0 && (f.tk.lower[j] === "and" || f.tk.lower[j] === "but") && actorAt(f, j + 1) === null;
}

/** An irregular past or participle: "sent", "fled", "written". */
function isIrregularVerbForm(word: string): boolean {
  return isIrregularPast(word) || isIrregularParticiple(word);
}

/** A past tense as the writer spelled it: "hosted", "sent" (lower case). */
export function isPastTense(surface: string): boolean {
  return /^[a-z]+ed$/.test(surface) || isIrregularVerbForm(surface);
}

/**
 * The subject of the verb before the "and" that joins the verb at k to it ("held a protest … and burned
 * pictures of Haniyeh"): the nearest past tense within the clause, and its subject.
 */
export function conjunctSubject(f: Frame, k: number): SubjectPhrase | null {
  let j = k - 1;
  while (j >= 0 && f.tk.lower[j] !== "and" && f.tk.lower[j] !== "but") j--;
  for (let t = j - 1; t >= 0 && j - t <= 12; t--) {
    const l = f.tk.lower[t] ?? "";
    // "spent much of his time abroad, and had become a critic": the comma before the conjunction joins.
    if (l === "," && t === j - 1) continue;
    if (isClauseMark(f, t) || l === ",") return null;
    if (actorAt(f, t) === null && (/^[a-z]+ed$/.test(f.tk.surface[t] ?? "") || isIrregularVerbForm(l))) {
      const s = subjectOf(f, t);
      return s && !s.firstPerson ? s : null;
    }
  }
  return null;
}

/** "Trump …, such as when he accused Obama": a fitting actor earlier in the same sentence. */
export function antecedentOfWord(f: Frame, p: number, pronoun: string): string | null {
  // The first fitting actor of the sentence: its subject, more often than the nearest name.
  for (let j = 0; j < p; j++) {
    const a = actorAt(f, j);
    if (a !== null && fitsPronoun(f.typeOf(a), pronoun)) return a;
  }
  return null;
}

/** The token of a third-person pronoun that is the verb's subject ("He thanked", "It has since condemned"). */
export function pronounSubject(f: Frame, k: number): number | null {
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "") && f.tk.lower[j] !== "to") j--;
  if (j >= 0 && /ly$/.test(f.tk.lower[j] ?? "")) j--;
  return j >= 0 &&
    /^(?:he|she|it|they)(?:['’](?:s|d|ll|re|ve))?$/.test(f.tk.lower[j] ?? "") &&
    actorAt(f, j) === null
    ? j
    : null;
}

/** "Each side praised", "both sides condemned": a subject that stands for the two parties last named. */
export function mutualSubject(f: Frame, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "")) j--;
  if (j >= 0 && /(?:ly)$/.test(f.tk.lower[j] ?? "")) j--;
  const noun = f.tk.lower[j] ?? "";
  const det = f.tk.lower[j - 1] ?? "";
  // "The two leaders agreed", "Both countries restored ties", "Both men": the two last named.
  return (
    (/^(?:side|sides|party|parties)$/.test(noun) && /^(?:each|both|two)$/.test(det)) ||
    (/^(?:leaders|countries|governments|men|states|nations|capitals|ministers|presidents|movements|groups|factions)$/.test(
      noun,
    ) &&
      /^(?:both|two)$/.test(det))
  );
}

/** Does the content of statement `st` open with a third-person pronoun that is the trigger's subject? */
export function opensContentWithPronoun(
  f: Frame,
  k: number,
  st: number,
  statements: readonly Statement[],
): boolean {
  const start = (statements[st] as Statement).contentSpans[0]?.[0];
  if (start === undefined) return false;
  let j = k - 1;
  while (j >= 0 && AUXILIARIES.has(f.tk.lower[j] ?? "")) j--;
  return j >= 0 && f.tk.starts[j] === start && /^(?:it|he|she|they)$/.test(f.tk.lower[j] ?? "");
}

/** The subject of the sentence's main clause: its first actor before the first verb-like word. */
export function sentenceSubject(f: Frame, k: number): { actor: string; at: number } | null {
  for (let j = 0; j < k; j++) {
    const a = actorAt(f, j);
    if (a !== null) return { actor: a, at: j };
    if (CLAUSE_WORDS.has(f.tk.lower[j] ?? "")) return null;
  }
  return null;
}

/** The first actor named in the clause that holds token k: the clause's subject, for a noun's fallbacks. */
export function clauseFirstActor(f: Frame, k: number): { actor: string; at: number } | null {
  let c = k - 1;
  // Editorial brackets and the writer's quotation marks ("received “messages of appreciation” from") are
  // inside the clause.
  while (
    c >= 0 &&
    (!isClauseMark(f, c) ||
      f.tk.surface[c] === "[" ||
      f.tk.surface[c] === "]" ||
      (QUOTE_MARKS.has(f.tk.surface[c] ?? "") && !/^[,:]$/.test(f.tk.surface[c - 1] ?? ""))) &&
    !CLAUSE_WORDS.has(f.tk.lower[c] ?? "")
  )
    c--;
  for (let j = c + 1; j < k; j++) {
    if (actorAt(f, j) === null) continue;
    // "Republican candidate Rick Santorum has won support from …": the name the roles lead to.
    const head = headOf(f, j);
    return { actor: actorAt(f, head) as string, at: j };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Clause-level checks

/**
 * The token of an actor right after t, past determiners, numbers and adjectives only ("shelled the
 * southern regional capital Juba"), or -1.
 */
export function adjacentActor(f: Frame, t: number): number {
  for (let j = t; j < f.tk.length && j - t <= 4; j++) {
    if (actorAt(f, j) !== null) return j;
    const l = f.tk.lower[j] ?? "";
    // "struck positions of the SDF": a noun that leads to its actor.
    if (OF_NOUNS.has(l) && /^(?:of|by)$/.test(f.tk.lower[j + 1] ?? "")) {
      j++;
      continue;
    }
    // "trust Mrs. Clinton": a courtesy title and its period.
    if (COURTESY.test(l) || (l === "." && COURTESY.test(f.tk.lower[j - 1] ?? ""))) continue;
    if (!DETERMINERS.has(l) && !isAdjective(l) && !f.isRoleWord(l) && !/^\d/.test(l)) return -1;
  }
  return -1;
}

const COURTESY = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen)\.?$/;

/** The token of the verb whose object the noun at k heads ("expressed [his] thanks"), or -1. */
export function governingVerb(f: Frame, k: number): number {
  // Back over the noun phrase ("his thanks", "harsher words", "a new military") to the first verb-like word.
  let gesture = false;
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    const l = f.tk.lower[j] ?? "";
    // “received “direct messages of appreciation””: the writer's quotation marks are inside the phrase.
    if (QUOTE_MARKS.has(f.tk.surface[j] ?? "")) continue;
    if (actorAt(f, j) !== null || isClauseMark(f, j) || l === ",") return -1;
    // "was another show of support for Assad", "a sign of gratitude to Iran": the gesture's noun is the
    // stance's carrier.
    if (l === "of" && GESTURES.test(f.tk.lower[j - 1] ?? "")) {
      j--;
      gesture = true;
      continue;
    }
    // "launched a second day of criticism against", "unleashed a barrage of attacks on": a measure of the
    // act is part of its phrase; "claimed responsibility for the attack on": whoever claims it did it.
    // (Not "denied responsibility for the attack".)
    if (
      (l === "of" && QUANTITIES.test(f.tk.lower[j - 1] ?? "")) ||
      (l === "for" && f.tk.lower[j - 1] === "responsibility" && claimsAt(f, j - 2))
    ) {
      j--;
      continue;
    }
    // ("declared last week that support for the GNA is crumbling": the noun opens a clause of its own.)
    if (NOUN_TARGET_PREPS.has(l) || PREPOSITIONS.has(l) || CLAUSE_WORDS.has(l)) return -1;
    if (
      LIGHT_VERBS.has(l) ||
      (AUXILIARIES.has(l) && l !== "to") ||
      // "the ringing endorsement", "a renewed offer": after a determiner, an adjective.
      (/(?:ed|ing|es)$/.test(l) && !DETERMINERS.has(l) && !DETERMINERS.has(f.tk.lower[j - 1] ?? ""))
    )
      return !gesture || LIGHT_VERBS.has(l) || AUXILIARIES.has(l) || GESTURE_MAKERS.test(l) ? j : -1;
  }
  return -1;
}

/** A verb of claiming an act at j, or one adjective before it ("claimed full responsibility"). */
function claimsAt(f: Frame, j: number): boolean {
  const at = isAdjective(f.tk.lower[j] ?? "") || /^(?:full|sole)$/.test(f.tk.lower[j] ?? "") ? j - 1 : j;
  // (Only claiming: "Clinton took responsibility for the attack on the mission" is a leader answering for
  // it, not its doer.)
  return /^claim(?:s|ed|ing)?$/.test(f.tk.lower[at] ?? "");
}

/** Measures of an act before "of" ("a barrage of criticism", "a second day of attacks"). */
const QUANTITIES =
  /^(?:barrage|series|wave|waves|day|days|round|rounds|volley|torrent|string|flurry|spate|salvo|stream|litany|onslaught|deluge|hail|week|weeks|campaign)$/;

/** Nouns of a gesture that carries a stance ("a show of support for", "a sign of gratitude to"). */
const GESTURES =
  /^(?:show|sign|display|gesture|expression|token|demonstration|declaration|act|message|statement|vote|pledge)$/;

/** Verbs that make a gesture, and so take its stance ("staged a show of support"; not "protested a show of
 * support", "watched a display of solidarity"). */
const GESTURE_MAKERS =
  /^(?:staged?|offer(?:ed)?|sent|send|issued?|organi[sz]ed|put|mounted|expressed|voiced|received?)$/;

/** Verbs that carry a stance noun as their object: "held talks", "gave support", "made an offer". */
const LIGHT_VERBS = new Set([
  "held",
  "hold",
  "holds",
  "made",
  "make",
  "makes",
  "gave",
  "give",
  "gives",
  "took",
  "take",
  "takes",
  "had",
  "have",
  "has",
  "led",
  "lead",
  "leads",
  "won",
  "win",
  "wins",
  "drew",
  "draw",
  "draws",
  "got",
  "get",
  "gets",
  "sent",
  "send",
  "sends",
  "kept",
  "keep",
  "keeps",
  "began",
  "begin",
  "begins",
  "set",
  "sets",
  "put",
  "puts",
  "offer",
  "offers",
  "show",
  "shows",
  "lent",
  "lend",
  "lends",
  "paid",
  "pay",
  "pays",
  "sought",
  "seek",
  "seeks",
  "cast",
  "casts",
  "voice",
  "voices",
  "express",
  "launch",
  "launches",
  "issue",
  "issues",
  "stage",
  "stages",
  "open",
  "opens",
  "bring",
  "brings",
  "brought",
  "face",
  "met",
  "meet",
  "meets",
  "won't",
]);

/** The subject of the verb that governs a noun trigger ("Haniya expressed [his] thanks to …"). */
export function subjectBeforeNoun(f: Frame, k: number): SubjectPhrase | null {
  const j = governingVerb(f, k);
  if (j !== -1) return subjectOf(f, j);
  // "Britain came out in support of Israel", "spoke in solidarity with": the subject of the verb before
  // "in" stands so; not a verb after "and", whose subject is the first verb's ("Macron met Netanyahu in
  // Paris and spoke in support of Ukraine" is no stance of Netanyahu's).
  if (f.tk.lower[k - 1] !== "in") return null;
  let v = k - 2;
  while (v > 0 && (isAdverb(f.tk.lower[v] ?? "") || f.tk.lower[v] === "out" || f.tk.lower[v] === "up")) v--;
  const verb = f.tk.lower[v] ?? "";
  // A verb: one of these, or a form in -ed or -ing that no determiner makes a noun ("a meeting in …").
  const verbLike =
    STANCE_TAKING.has(verb) || (/(?:ed|ing)$/.test(verb) && !DETERMINERS.has(f.tk.lower[v - 1] ?? ""));
  if (v < 1 || actorAt(f, v) !== null || !verbLike) return null;
  if (f.tk.lower[v - 1] === "and") return null;
  return subjectOf(f, v);
}

/** Verbs that take a stance "in support of", "in solidarity with", besides any form in -ed or -ing. */
const STANCE_TAKING = new Set([
  "came",
  "come",
  "comes",
  "spoke",
  "speak",
  "speaks",
  "stood",
  "stand",
  "stands",
]);

/** People that someone has or leads ("allies", "officials", "fighters"): one of them is not their owner. */
export function isPeopleNoun(f: Frame, noun: string): boolean {
  const one = noun.replace(/ies$/, "y").replace(/s$/, "");
  return (
    OWNERS_PEOPLE.has(noun) ||
    f.isRoleWord(noun) ||
    f.isRoleWord(one) ||
    /^(?:proxies|militias|generals|commanders|officials|leaders|fighters|soldiers|troops|diplomats|ministers|lawmakers|citizens|students|men|women|people|players|partners|clients|agents|spies|envoys|sons|daughters|children|relatives|brothers|sisters|friends|enemies|foes|adversaries)$/.test(
      noun,
    )
  );
}

/** Words that end a noun phrase's run of lower-case words: prepositions, relatives, conjunctions, verbs' helpers. */
const HEAD_ENDS = new Set(
  "of for in on at to with by from about against over as and or but who that which whose when while is are was were has have had will would".split(
    " ",
  ),
);
