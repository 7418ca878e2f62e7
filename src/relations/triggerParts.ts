// Small readers the trigger modules share: where a verb's particle ends ("cut off ties with"), participles
// of giving and voicing a stance, "neither A nor B".

import { actorAt, type Frame, isClauseMark } from "./frame.js";
import type { TriggerSense } from "./relationLexicon.js";
import { CLAUSE_WORDS, isAdverb, POSSESSIVE_PRONOUNS, QUOTE_MARKS } from "./words.js";

/** Participles of giving and voicing a stance ("…, extending support to", "…, expressing thanks to"). */
export const GIVING_PARTICIPLES =
  /^(?:extending|offering|expressing|voicing|pledging|lending|giving|showing|reiterating|reaffirming|declaring|sending|conveying)$/;

/** Prepositions that may stand a short object away from their verb: "shared evidence with the U.S.". */
const DISTANT_PARTICLES = new Set(["with", "to", "from", "against", "on", "at"]);

/**
 * The token after the trigger's particle, or -1 when the particle is not there. The last particle word,
 * when a preposition, may come up to three words later ("handed over 700 kg of medicine to …").
 */
export function particleEnd(f: Frame, k: number, sense: TriggerSense): number {
  const n = sense.particle.length;
  let j = k + 1;
  for (let p = 0; p < n; p++) {
    const want = sense.particle[p] as string;
    if (f.tk.lower[j] === want) {
      j++;
      continue;
    }
    if (p !== n - 1 || !DISTANT_PARTICLES.has(want)) return -1;
    let g = j;
    while (g < f.tk.length && g - j < 5 && f.tk.lower[g] !== want) {
      // "withdraw their peacekeeping force from Chad": a possessive pronoun may stand in between.
      if (
        (actorAt(f, g) !== null && !POSSESSIVE_PRONOUNS.has(f.tk.lower[g] ?? "")) ||
        isClauseMark(f, g) ||
        f.tk.surface[g] === "," ||
        CLAUSE_WORDS.has(f.tk.lower[g] ?? "")
      )
        return -1;
      g++;
    }
    if (f.tk.lower[g] !== want) return -1;
    j = g + 1;
  }
  return j;
}

/** "Neither Hamas nor Iran condemned Syria": a subject under "neither … nor" denies the verb. */
export function neitherNor(f: Frame, k: number): boolean {
  const { tk } = f;
  // "praised neither Egypt nor Jordan": the object denied.
  let o = k + 1;
  while (o < tk.length && o - k <= 2 && isAdverb(tk.lower[o] ?? "")) o++;
  if (tk.lower[o] === "neither") return true;
  for (let j = k - 1; j >= 0 && k - j <= 12; j--) {
    const l = tk.lower[j] ?? "";
    if (l === "neither" || l === "nor") return true;
    // "No Arab state condemned Hamas", "None of the factions met …": a subject that is no one.
    if (
      (l === "no" || l === "none" || l === "nobody") &&
      tk.surface[j + 1] !== "," &&
      (j === 0 ||
        isClauseMark(f, j - 1) ||
        tk.surface[j - 1] === "," ||
        QUOTE_MARKS.has(tk.surface[j - 1] ?? ""))
    )
      return true;
    if (isClauseMark(f, j) || l === ",") return false;
  }
  return false;
}
