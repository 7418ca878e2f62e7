// Agent nouns of stance: "a fierce critic of X", "a staunch ally of Y", "Hamas supporters": the person
// or group the noun describes stands toward the noun's object.

import { actorAt, type Draft, type Frame, isPossessive, mentionStartTok } from "./frame.js";
import { conjunctSubject, followsAnd, phraseActorsEndingAt, phraseActorsFrom, subjectOf } from "./phrases.js";
import type { RelationType } from "./relationLexicon.js";
import { BE, DETERMINERS } from "./words.js";

/** Words before an agent noun that say what kind: "a fierce critic", "a trusted ally", "its closest partner". */
function isAgentModifier(l: string): boolean {
  return (
    /^(?:long|longtime|longstanding|vocal|fierce|staunch|strong|loyal|close|key|outspoken|harsh|leading|prominent|frequent|avowed|ardent|big|major|top|trusted|reliable|steadfast|strategic|important|old|new|main|chief|traditional|natural|regional|sharp|bitter|persistent|relentless|constant|consistent|early|open|public|severe|fervent|ferocious|implacable|fiery|occasional|high-profile|well-known|establishment|conservative|liberal|progressive|internal|domestic)$/.test(
      l,
    ) ||
    /^[a-z]{3,}est$/.test(l) ||
    // "one of the most vocal critics of", "her more outspoken opponents".
    l === "most" ||
    l === "more"
  );
}

/** Modals before a copula: "could become an ally of" is a possibility, not a stance. */
const MODALS = /^(?:would|could|might|should)$/;

/** Modals that make a change of state a possibility or a future ("may become an ally of", "will become"). */
const MODALS_OF_CHANGE = /^(?:will|may|can|must|shall)$/;

/** The agent nouns that may be coordinated before another ("Britain's partner and ally"). */
const AGENT_NOUN_WORDS = new Set(["partner", "partners", "friend", "friends", "supporter", "backer", "ally"]);

/**
 * A noun for a person by their stance: "X, a fierce critic of Y", "X is a supporter of Y", "Trump critic
 * Jeff Flake", "Clinton ally X". The source is who the noun describes, the target whom it is about.
 */
export function agentNoun(f: Frame, k: number, type: RelationType, drafts: Draft[]): void {
  const { tk } = f;
  let targets: string[] = [];
  let to = k;
  let from = k;
  let targetBefore = false;
  if (tk.lower[k + 1] === "of" || tk.lower[k + 1] === "to") {
    const p = phraseActorsFrom(f, k + 2, 2);
    if (p) {
      targets = p.actors;
      to = p.end;
    }
  }
  // "Trump critic", "Britain's trusted ally", "Iran's closest partner and ally": the owner before the
  // noun, past a modifier or two and another agent noun.
  let b = k - 1;
  while (
    b > 0 &&
    k - b <= 3 &&
    actorAt(f, b) === null &&
    (isAgentModifier(tk.lower[b] ?? "") || tk.lower[b] === "and" || AGENT_NOUN_WORDS.has(tk.lower[b] ?? ""))
  )
    b--;
  // "Turin Games champion Yevgeny Plushenko", "Wimbledon champion Petra Kvitova": a champion of a contest
  // before a name is its title-holder, not its supporter.
  const title =
    tk.lower[k] === "champion" && !isPossessive(tk.surface[b] ?? "") && actorAt(f, k + 1) !== null;
  // "the Liberal critic for finance": a portfolio (a party's spokesperson on it), no stance toward the party.
  const portfolio = tk.lower[k + 1] === "for";
  if (targets.length === 0 && b >= 0 && actorAt(f, b) !== null && !title && !portfolio) {
    // "Hizbullah, Iran's ally": a possessive owner is one actor, not the end of a list.
    const possessive = isPossessive(tk.surface[b] ?? "");
    // "Kowalkowsky, a Trump supporter,": after an article or a modifier the name is the noun's only
    // modifier, not the end of a list that runs back over the appositive's comma.
    const modifier = DETERMINERS.has(tk.lower[mentionStartTok(f, b) - 1] ?? "");
    const p =
      possessive || modifier
        ? { actors: [actorAt(f, b) as string], start: mentionStartTok(f, b) }
        : b === k - 1
          ? phraseActorsEndingAt(f, b)
          : null;
    if (p) {
      targets = p.actors;
      from = p.start;
      targetBefore = true;
      // "one of President Trump’s staunchest supporters": the owner's title is part of its phrase.
      while (
        from > 0 &&
        actorAt(f, from - 1) === null &&
        f.isRoleWord(tk.lower[from - 1] ?? "") &&
        k - from < 8
      )
        from--;
    }
  }
  if (targets.length === 0) return;
  let sources: string[] = [];
  // "Trump critic Jeff Flake": the name right after.
  if (targetBefore && actorAt(f, k + 1) !== null) {
    const p = phraseActorsFrom(f, k + 1, 0);
    if (p) {
      sources = p.actors;
      to = p.end;
    }
  }
  // "A longtime Clinton critic, Peter Schweizer said": a fronted appositive describes the name after its comma.
  if (targetBefore && sources.length === 0 && tk.surface[k + 1] === "," && actorAt(f, k + 2) !== null) {
    let s0 = from - 1;
    while (s0 >= 0 && (DETERMINERS.has(tk.lower[s0] ?? "") || isAgentModifier(tk.lower[s0] ?? ""))) s0--;
    const p = s0 === -1 ? phraseActorsFrom(f, k + 2, 0) : null;
    if (p) {
      sources = p.actors;
      to = p.end;
    }
  }
  if (sources.length === 0) {
    // Back over "a fierce", "once a", "the party's", "one of", "among" to a copula or an appositive comma.
    let j = (targetBefore ? from : k) - 1;
    while (
      j >= 0 &&
      k - j <= 8 &&
      actorAt(f, j) === null &&
      (DETERMINERS.has(tk.lower[j] ?? "") ||
        isAgentModifier(tk.lower[j] ?? "") ||
        tk.lower[j] === "among" ||
        // "Donohoe, a vegan and Peta supporter,": another noun for the same one, with its article, before
        // "and" (not "Abbas is weak and Hamas supporters are growing").
        (tk.lower[j] === "and" &&
          j === from - 1 &&
          /^[a-z]+$/.test(tk.surface[j - 1] ?? "") &&
          /^(?:a|an|the)$/.test(tk.lower[j - 2] ?? "")) ||
        (/^[a-z]+$/.test(tk.surface[j] ?? "") &&
          tk.lower[j + 1] === "and" &&
          j + 1 === from - 1 &&
          /^(?:a|an|the)$/.test(tk.lower[j - 1] ?? "")) ||
        (tk.lower[j] === "of" && tk.lower[j - 1] === "one") ||
        (tk.lower[j] === "one" && tk.lower[j + 1] === "of"))
    )
      j--;
    let l = tk.lower[j] ?? "";
    // "has emerged as one of Trump's staunchest supporters", "is seen as": the verb before "as".
    if (
      l === "as" &&
      /^(?:emerged|emerges|seen|regarded|known|described|considered)$/.test(tk.lower[j - 1] ?? "")
    ) {
      j--;
      l = "is";
    }
    // "is no supporter of", "has never been a critic of", "could become an ally of": nothing that holds.
    let denied = false;
    for (let d = Math.max(0, j - 3); d < k; d++) {
      const w = tk.lower[d] ?? "";
      if (
        w === "not" ||
        w === "no" ||
        w === "never" ||
        w.endsWith("n't") ||
        (d < j && MODALS.test(w)) ||
        (d < j && MODALS_OF_CHANGE.test(w) && /^(?:become|becomes)$/.test(tk.lower[j] ?? ""))
      )
        denied = true;
    }
    if (denied) return;
    if (BE.has(l) || /^(?:remains?|became|becomes|become|called|calls)$/.test(l)) {
      // "…, and had become a vocal critic of": the subject of the clause the copula's is joined to.
      const s = subjectOf(f, j) ?? (followsAnd(f, j) ? conjunctSubject(f, j) : null);
      if (s && !s.firstPerson) {
        sources = s.actors;
        from = Math.min(from, s.start);
      }
    } else if (
      l === "," &&
      j > 0 &&
      actorAt(f, j - 1) !== null &&
      // "X, a critic of Y", "Hizbullah, Iran's closest ally,": an appositive opens with a determiner or the
      // owner's possessive; "According to X, Hamas supporters …" is no appositive of X.
      (DETERMINERS.has(tk.lower[j + 1] ?? "") ||
        isPossessive(tk.surface[j + 1] ?? "") ||
        isAgentModifier(tk.lower[j + 1] ?? "") ||
        /^(?:former|once|now|also|himself|herself|one|among)$/.test(tk.lower[j + 1] ?? ""))
    ) {
      const p = phraseActorsEndingAt(f, j - 1);
      if (p) {
        sources = p.actors;
        from = Math.min(from, p.start);
      }
    }
  }
  sources = sources.filter((s) => !targets.includes(s));
  if (sources.length === 0) return;
  drafts.push({
    sources,
    targets,
    type,
    from: Math.min(from, k),
    to: Math.max(to, k),
    at: k,
    statement: f.contentOf[k] ?? -1,
    confidence: 0.6,
    mutual: false,
  });
}
