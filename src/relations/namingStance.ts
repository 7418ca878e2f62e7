// Naming verbs: "branded X a terrorist group", "labeling Clinton “a liar”": the namer's stance toward
// the one named, from what the name calls them.

import { actorAt, type Draft, type Frame, isClauseMark, mentionEndTok } from "./frame.js";
import { isHypothetical, verbGroup } from "./modality.js";
import { adjacentActor, followsAnd, subjectOf } from "./phrases.js";
import type { RelationLexicon } from "./relationLexicon.js";
import { neitherNor } from "./triggerParts.js";
import { QUOTE_MARKS } from "./words.js";

/**
 * "Trump … labeling Clinton “a bigot”", "The US branded Nusra a terrorist organization", "called him a
 * hero": the subject's stance toward the object, by the evaluative word that names it.
 */
export function namingStance(f: Frame, k: number, lex: RelationLexicon, drafts: Draft[]): void {
  const { tk } = f;
  const object = adjacentActor(f, k + 1);
  if (object === -1) return;
  const end = mentionEndTok(f, object);
  let polarity = 0;
  let at = -1;
  for (let j = end + 1; j < tk.length && j - end <= 5; j++) {
    const w = tk.lower[j] ?? "";
    if (isClauseMark(f, j) && !QUOTE_MARKS.has(w)) break;
    const ev = lex.evaluative.get(w)?.[0];
    if (ev) {
      polarity = ev.polarity;
      at = j;
      break;
    }
    const tone = lex.tone.get(w);
    if (tone !== undefined) {
      polarity = tone;
      at = j;
      break;
    }
  }
  if (polarity === 0) return;
  // "never called Iran a terrorist state" names no one so.
  if (verbGroup(f, k, lex) !== "plain" || isHypothetical(f, k, lex) || neitherNor(f, k)) return;
  // "Haniya met Nasrallah and called Netanyahu …": a joined verb's subject is the sentence's.
  const joined = followsAnd(f, k) || tk.surface[k - 1] === ",";
  const subject = joined ? (subjectOf(f, sentenceVerb(f, k)) ?? subjectOf(f, k)) : subjectOf(f, k);
  if (!subject || subject.firstPerson) return;
  const type = lex.types.get(polarity > 0 ? "praise" : "criticize");
  const target = actorAt(f, object) as string;
  if (!type || subject.actors.includes(target)) return;
  drafts.push({
    sources: subject.actors,
    targets: [target],
    type,
    from: Math.min(subject.start, k),
    to: at,
    at: k,
    statement: f.contentOf[k] ?? -1,
    confidence: 0.55,
    mutual: false,
  });
}

/** The first token after the sentence's first actor: where its main verb begins. */
function sentenceVerb(f: Frame, k: number): number {
  for (let j = 0; j < k; j++) if (actorAt(f, j) !== null) return mentionEndTok(f, j) + 1;
  return k;
}
