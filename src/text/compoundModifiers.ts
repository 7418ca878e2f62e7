// Hyphenated modifiers made from a name: "Iran-backed Hamas", "Turkish-backed rebels", "Iran-aligned
// militias", "rebel-held Idlib", "Saudi-led coalition". The name in them modifies the phrase's head: it is
// neither the speaker nor the subject of what the phrase does.

const BACKING = /-(?:backed|funded|sponsored|supported|armed|trained|financed)$/i;
const ALIGNED = /-(?:allied|aligned|affiliated|linked|leaning)$/i;
const OTHER = /-(?:led|controlled|held|based|run|dominated|occupied|born|made)$/i;

/**
 * What a hyphenated token says of the phrase it modifies: "backing" (the name backs it: "Iran-backed"),
 * "aligned" (it sides with the name: "Iran-aligned"), "other" ("Saudi-led", "rebel-held"), or null.
 */
export function compoundModifier(surface: string): "backing" | "aligned" | "other" | null {
  // Most tokens hold no hyphen: one indexOf spares them the expressions.
  if (surface.indexOf("-") === -1) return null;
  if (BACKING.test(surface)) return "backing";
  if (ALIGNED.test(surface)) return "aligned";
  if (OTHER.test(surface)) return "other";
  return null;
}
