// Rolling persons up to their organisations, so that Haniya's thanks count for Hamas: each person goes
// to the organisation the documents most often tie them to (the state first for a head of state or a
// minister, whose words are the state's; a state too when no organisation is named), and an organisation's office or wing ("Hamas political bureau", "the Qods
// Force" as a branch of the IRGC) goes on to its parent. Alliances ("member" of the Axis of Resistance)
// are not climbed: they are relations between actors, not parts of one.

import type { ActorType } from "../contract/extraction.js";
import type { AffiliationRow } from "../store/store.js";

/** Roles that make an organisation part of another, rather than an ally of it. */
const PART_OF =
  /\b(?:bureau|office|wing|branch|council|command|committee|division|brigades?|ministry|department|force|forces|cabinet|government|leadership|media arm|delegation)\b/i;

const PREFERENCE: Partial<Record<ActorType, number>> = { organization: 3, state: 2 };

/** A person who holds one of these offices of a state speaks for the state before any party. */
const STATE_OFFICE =
  /\b(?:president|prime minister|premier|king|emir|sultan|supreme leader|crown prince|minister|head of state|chancellor)\b/i;

/** Person or office id → the organisation (or state) it counts for. */
export function rollUpMap(
  rows: readonly AffiliationRow[],
  typeOf: (id: string) => ActorType | undefined,
): Map<string, string> {
  const best = new Map<string, { of: string; score: number }>();
  const parent = new Map<string, { of: string; documents: number }>();
  for (const r of rows) {
    if (r.actor === r.of) continue;
    const type = typeOf(r.actor);
    if (type === "person") {
      const office = r.ofType === "state" && r.role !== null && STATE_OFFICE.test(r.role);
      const pref = office ? 4 : PREFERENCE[r.ofType];
      if (pref === undefined) continue;
      const score = pref * 1_000_000 + r.documents;
      const current = best.get(r.actor);
      if (!current || score > current.score) best.set(r.actor, { of: r.of, score });
    } else if (
      (type === "organization" || type === "group") &&
      r.ofType === "organization" &&
      r.role &&
      PART_OF.test(r.role)
    ) {
      const current = parent.get(r.actor);
      if (!current || r.documents > current.documents)
        parent.set(r.actor, { of: r.of, documents: r.documents });
    }
  }
  const climb = (id: string): string => {
    let at = id;
    const seen = new Set([at]);
    for (let next = parent.get(at); next && !seen.has(next.of); next = parent.get(at)) {
      at = next.of;
      seen.add(at);
    }
    return at;
  };
  const out = new Map<string, string>();
  for (const [person, { of }] of best) out.set(person, climb(of));
  for (const org of parent.keys()) out.set(org, climb(org));
  return out;
}
