// Definite descriptions as speakers: "The group said", "the regime stated", "The official added" stand for
// the most recent actor of a fitting kind named before them (Palestinian Islamic Jihad, the Syrian
// regime, "A Hamas official in Beirut"), not for new actors called "group", "regime" or "official".

import type { Actor, ActorType, Statement } from "../contract/extraction.js";

/** What each head noun can stand for. */
const FITS: Record<string, readonly ActorType[]> = {};
const ORGANISATION: readonly ActorType[] = ["organization", "group"];
const GOVERNMENT: readonly ActorType[] = ["state", "organization"];
const MEDIA: readonly ActorType[] = ["media"];
const PERSON: readonly ActorType[] = ["person"];
for (const w of [
  "group",
  "organization",
  "organisation",
  "movement",
  "militia",
  "faction",
  "front",
  "party",
  "coalition",
  "council",
  "army",
  "ministry",
  "agency",
  "brigades",
  "force",
  "forces",
])
  FITS[w] = ORGANISATION;
for (const w of ["regime", "government", "administration", "authorities", "country", "state"])
  FITS[w] = GOVERNMENT;
for (const w of [
  "website",
  "site",
  "newspaper",
  "paper",
  "daily",
  "channel",
  "outlet",
  "agency",
  "broadcaster",
])
  FITS[w] ??= MEDIA;
for (const w of [
  "official",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "leader",
  "commander",
  "president",
  "chairman",
  "diplomat",
  "envoy",
  "cleric",
  "sheikh",
  "general",
  "journalist",
  "analyst",
  "secretary-general",
])
  FITS[w] = PERSON;

/** How far back, in characters, the antecedent of a description may be. */
const LOOKBACK = 2_000;

function isDefinite(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 5), at).toLowerCase();
  return /\bthe\s+$/.test(before);
}

/**
 * Merges each definite-description actor into its antecedent. `actors` are the document's actors with
 * their mentions; statements follow the merge.
 */
export function resolveDescriptions(
  text: string,
  actors: readonly Actor[],
  statements: readonly Statement[],
): { actors: Actor[]; statements: Statement[] } {
  const descriptions = actors.filter(
    (a) =>
      !a.known &&
      a.mentions.length > 0 &&
      FITS[a.name.toLowerCase()] !== undefined &&
      a.mentions.every(([s]) => isDefinite(text, s)),
  );
  if (descriptions.length === 0) return { actors: [...actors], statements: [...statements] };
  const others = actors.filter((a) => !descriptions.includes(a));
  // Every mention of every other actor, in text order, for the look-back.
  const timeline = others
    .flatMap((a) => a.mentions.map(([s]) => ({ at: s, actor: a })))
    .sort((x, y) => x.at - y.at);
  const merged = new Map<string, Actor>();
  for (const d of descriptions) {
    const fits = FITS[d.name.toLowerCase()] as readonly ActorType[];
    const at = d.mentions[0]?.[0] ?? 0;
    let antecedent: Actor | null = null;
    for (let k = timeline.length - 1; k >= 0; k--) {
      const t = timeline[k] as { at: number; actor: Actor };
      if (t.at >= at) continue;
      if (at - t.at > LOOKBACK) break;
      if (fits.includes(t.actor.type)) {
        antecedent = t.actor;
        break;
      }
    }
    if (!antecedent) continue;
    for (const m of d.mentions) antecedent.mentions.push(m);
    antecedent.mentions.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const s of d.aliases) if (!antecedent.aliases.includes(s)) antecedent.aliases.push(s);
    merged.set(d.id, antecedent);
  }
  return {
    actors: actors.filter((a) => !merged.has(a.id)),
    statements: statements.map((s) => {
      const to = s.speaker === null ? undefined : merged.get(s.speaker);
      return to ? { ...s, speaker: to.id } : s;
    }),
  };
}

/** The actor types a description's head noun can stand for ("movement" → organization, group), if any. */
export function descriptionFits(noun: string): readonly ActorType[] | undefined {
  return FITS[noun.toLowerCase()];
}

/**
 * What "the movement", "the coalition" at `at` stands for among `mentions` (sorted by start): the most
 * recent fitting actor whose name or an alias holds the noun ("the movement" → the Free Patriotic Movement;
 * Hamas, the Islamic Resistance Movement), else the
 * most recent fitting one.
 */
export function antecedentOf(
  noun: string,
  at: number,
  mentions: readonly { span: [number, number]; actor: Actor }[],
): Actor | null {
  const fits = descriptionFits(noun);
  if (!fits) return null;
  let fallback: Actor | null = null;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as { span: [number, number]; actor: Actor };
    if (m.span[0] >= at) continue;
    if (at - m.span[0] > LOOKBACK) break;
    if (!fits.includes(m.actor.type)) continue;
    const n = noun.toLowerCase();
    if ([m.actor.name, ...m.actor.aliases].some((a) => a.toLowerCase().includes(n))) return m.actor;
    fallback ??= m.actor;
  }
  return fallback;
}
