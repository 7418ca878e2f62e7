// Relationship nouns typed by their verb: "restored relations with", "the rapprochement between A and B",
// "cut ties with".

import type { Statement } from "../contract/extraction.js";
import { actorAt, type Draft, type Frame, isClauseMark } from "./frame.js";
import { isHypothetical, isIrrealis, verbGroup } from "./modality.js";
import { phraseActorsEndingAt, phraseActorsFrom, subjectOf } from "./phrases.js";
import type { RelationLexicon } from "./relationLexicon.js";
import { CLAUSE_WORDS, POSSESSIVE_PRONOUNS } from "./words.js";

const COMPARATIVE = /^(?:closer|stronger|warmer|better)$/;

/**
 * Do the words between j and the noun at k only modify the noun ("closer economic ties", "stronger
 * security and intelligence ties"), not lead elsewhere ("a closer look at Qatar's ties")?
 */
function modifiesNoun(f: Frame, j: number, k: number): boolean {
  for (let t = j + 1; t < k; t++) {
    const l = f.tk.lower[t] ?? "";
    if (actorAt(f, t) !== null || !/^[a-z-]+$/.test(f.tk.surface[t] ?? "") || NOT_MODIFIERS.test(l))
      return false;
  }
  return true;
}

const NOT_MODIFIERS =
  /^(?:at|of|to|into|on|in|with|for|from|by|about|the|a|an|its|his|her|their|our|look|view|eye|watch|scrutiny)$/;

/**
 * "revive its relations with the Syrian regime", "ties between Ankara and Damascus were severed",
 * "relations with Damascus to return to what they once were": a relationship noun, typed by the verb
 * before or after it; parties from its owner, "with", "between".
 */
export function relationNoun(
  f: Frame,
  k: number,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
): void {
  const { tk } = f;
  let kind: "restore" | "sever" | null = null;
  let at = k;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const l = tk.lower[j] ?? "";
    // "closer ties with", not "a closer look at Iran's ties": a comparative types only the noun it is on.
    if (lex.restoreForms.has(l) && (!COMPARATIVE.test(l) || modifiesNoun(f, j, k))) kind = "restore";
    else if (lex.severForms.has(l)) kind = "sever";
    if (kind) {
      at = j;
      break;
    }
    if (isClauseMark(f, j) || l === "," || actorAt(f, j) !== null) {
      if (actorAt(f, j) === null) break;
    }
  }
  // Parties.
  let owner: string[] = [];
  let from = k;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (actorAt(f, j) !== null) {
      const p = phraseActorsEndingAt(f, j);
      if (p) {
        owner = p.actors;
        from = Math.min(from, p.start);
      }
      break;
    }
    if (isClauseMark(f, j) || tk.surface[j] === ",") break;
  }
  let other: string[] = [];
  let between: string[] | null = null;
  let to = k;
  const prep = tk.lower[k + 1] ?? "";
  if (prep === "with" || prep === "to" || prep === "toward" || prep === "towards") {
    const p = phraseActorsFrom(f, k + 2);
    if (p) {
      other = p.actors;
      to = p.end;
    }
  } else if (prep === "between" || prep === "among") {
    const p = phraseActorsFrom(f, k + 2);
    if (p && p.actors.length >= 2) {
      between = p.actors;
      to = p.end;
    }
  }
  // The verb after: "ties … were severed", ", which had been disrupted", "to return to what they were".
  let after: "restore" | "sever" | null = null;
  let afterAt = k;
  for (let j = to + 1; j < tk.length && j - to <= 8; j++) {
    const l = tk.lower[j] ?? "";
    if (lex.restoreForms.has(l)) after = "restore";
    else if (lex.severForms.has(l)) after = "sever";
    if (after) {
      afterAt = j;
      break;
    }
    if (isClauseMark(f, j) || (CLAUSE_WORDS.has(l) && l !== "that") || actorAt(f, j) !== null) break;
  }
  const content = f.contentOf[k] ?? -1;
  const parties = relationParties(f, k, owner, other, between, Math.min(at, k), content, statements);
  if (!parties) return;
  for (const [which, where] of [
    [kind, at],
    [after, afterAt],
  ] as const) {
    if (!which) continue;
    // "refused to restore ties with Iran" restores nothing (the refusal is the relation).
    // A rapprochement asked for or only imagined is none ("urged Hamas to restore ties", "any country that
    // normalized ties"); a threat to sever them is hostile already ("threatened to break relations").
    if (verbGroup(f, where, lex) !== "plain" || isHypothetical(f, where, lex)) continue;
    if (which === "restore" && isIrrealis(f, where)) continue;
    const type = lex.types.get(which === "restore" ? "restore_relations" : "sever_relations");
    if (!type) continue;
    drafts.push({
      sources: parties.sources,
      targets: parties.targets,
      type,
      from: Math.min(from, parties.from, where),
      to: Math.max(to, where),
      at: where,
      statement: content,
      confidence: 0.65,
      // "A's relations with B were severed" is A's act; "ties between A and B", "A and B restored ties" are both's.
      mutual: parties.oneWay !== true && (between !== null || parties.sources.length >= 2),
    });
  }
}

function relationParties(
  f: Frame,
  k: number,
  ownerGiven: string[],
  other: string[],
  between: string[] | null,
  verbAt: number,
  content: number,
  statements: readonly Statement[],
): { sources: string[]; targets: string[]; from: number; oneWay?: boolean } | null {
  if (between) return { sources: between, targets: between, from: k };
  if (
    other.length === 0 &&
    (ownerGiven.length === 0 ||
      POSSESSIVE_PRONOUNS.has(f.tk.lower[k - 1] ?? "") ||
      POSSESSIVE_PRONOUNS.has(f.tk.lower[k - 2] ?? ""))
  ) {
    // "Czechia and Albania have upgraded their diplomatic ties": the subjects with each other.
    const subject = subjectOf(f, verbAt);
    if (subject && subject.actors.length >= 2)
      return { sources: subject.actors, targets: subject.actors, from: subject.start };
  }
  let owner = ownerGiven;
  let from = k;
  if (owner.length === 0) {
    const subject = subjectOf(f, verbAt);
    if (subject?.firstPerson && content !== -1)
      owner = [(statements[content] as Statement).speaker as string];
    else if (subject && !subject.firstPerson) {
      owner = subject.actors;
      from = subject.start;
    } else if (content !== -1) {
      // "It is natural for relations with Damascus to return …": the speaker's wish, not Damascus's.
      owner = [(statements[content] as Statement).speaker as string];
      if (other.length > 0) return { sources: owner, targets: other, from, oneWay: true };
    }
  }
  // "Saudi Arabia and Iran restored diplomatic relations": the owners with each other.
  if (other.length === 0 && owner.length >= 2) return { sources: owner, targets: owner, from };
  if (owner.length === 0 || other.length === 0) return null;
  return { sources: owner, targets: other, from };
}
