// Definite descriptions as speakers: "The group said", "the regime stated", "The official added" stand for
// the most recent actor of a fitting kind named before them (Palestinian Islamic Jihad, the Syrian
// regime, "A Hamas official in Beirut"), not for new actors called "group", "regime" or "official".

import type { Actor, ActorType, Statement } from "../contract/extraction.js";
import { firstAtOrAfter } from "./spanOrder.js";

/** What each head noun can stand for. */
/** A Map, not an object: a noun such as "constructor" must not find Object.prototype's members. */
const FITS = new Map<string, readonly ActorType[]>();
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
  FITS.set(w, ORGANISATION);
for (const w of ["regime", "government", "administration", "authorities", "country", "state"])
  FITS.set(w, GOVERNMENT);
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
  if (!FITS.has(w)) FITS.set(w, MEDIA);
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
  FITS.set(w, PERSON);

/** Nouns any organisation may be called: the most recent fitting actor, whatever its name. */
const GENERIC = new Set([
  "group",
  "organization",
  "organisation",
  "regime",
  "government",
  "authorities",
  "country",
  "state",
  "official",
  "leader",
]);

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
  const definite = (a: Actor) =>
    !a.known && a.mentions.length > 0 && a.mentions.every(([s]) => isDefinite(text, s));
  // "The Turkish president", "the Hizbullah leader": an owner's role, said of someone named before.
  const holders = new Set(
    actors.filter(
      (a) => definite(a) && a.type !== "state" && /^\p{Lu}\S*\s+\p{Ll}[\p{Ll}\s-]*$/u.test(a.name),
    ),
  );
  const descriptions = actors.filter(
    (a) => definite(a) && (FITS.has(a.name.toLowerCase()) || holders.has(a)),
  );
  if (descriptions.length === 0) return { actors: [...actors], statements: [...statements] };
  const others = actors.filter((a) => !descriptions.includes(a));
  const byId = new Map(others.map((a) => [a.id, a]));
  // Every mention of every other actor, in text order, for the look-back.
  const timeline = others
    .flatMap((a) => a.mentions.map((span) => ({ span, actor: a })))
    .sort((x, y) => x.span[0] - y.span[0]);
  /** Per description mention (by its start): the actor it stands for. */
  const standsFor = new Map<number, Actor>();
  /** Descriptions whose every mention found its antecedent: they go. */
  const gone = new Map<string, Actor>();
  const aliasSets = new Map<Actor, Set<string>>();
  for (const d of descriptions) {
    let all = true;
    let last: Actor | null = null;
    // Each mention on its own: "The group" after Hamas, and again after Hizbullah, are two groups.
    for (const m of d.mentions) {
      const antecedent = holders.has(d)
        ? roleHolderOf(m, timeline)
        : antecedentOf(d.name, m[0], timeline, byId);
      if (!antecedent) {
        all = false;
        continue;
      }
      antecedent.mentions.push(m);
      let aliases = aliasSets.get(antecedent);
      if (!aliases) {
        aliases = new Set(antecedent.aliases);
        aliasSets.set(antecedent, aliases);
      }
      for (const s of d.aliases)
        if (!aliases.has(s)) {
          aliases.add(s);
          antecedent.aliases.push(s);
        }
      standsFor.set(m[0], antecedent);
      last = antecedent;
    }
    if (all && last) gone.set(d.id, last);
  }
  for (const a of aliasSets.keys()) a.mentions.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const kept = actors.filter((a) => !gone.has(a.id));
  for (const a of kept) {
    // An affiliation with a description that went is one with what it stood for (its last mention's).
    if (!a.affiliations.some((f) => gone.has(f.actor))) continue;
    a.affiliations = a.affiliations.map((f) => {
      const to = gone.get(f.actor);
      return to ? { actor: to.id, role: f.role } : f;
    });
  }
  return {
    actors: kept,
    statements: statements.map((s) => {
      if (s.speaker === null || !descriptions.some((d) => d.id === s.speaker) || s.speakerSpan === null)
        return s;
      // The statement's own mention of the description decides.
      // Looked up by position within the speaker phrase, which is short: linear in the statements.
      const [from, to] = s.speakerSpan;
      for (let at = from; at < to; at++) {
        const actor = standsFor.get(at);
        if (actor) return { ...s, speaker: actor.id };
      }
      return s;
    }),
  };
}

/** The actor types a description's head noun can stand for ("movement" → organization, group), if any. */
export function descriptionFits(noun: string): readonly ActorType[] | undefined {
  return FITS.get(noun.toLowerCase());
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
  byId?: ReadonlyMap<string, Actor>,
): Actor | null {
  const fits = descriptionFits(noun);
  if (!fits) return null;
  let fallback: Actor | null = null;
  const government = fits === GOVERNMENT;
  /** The state of the heads of state named before: undefined none yet, null more than one. */
  let headOf: Actor | null | undefined;
  // The last mention that starts before `at`, by binary search: then back at most LOOKBACK characters.
  const lo = firstAtOrAfter(mentions, at, (m) => m.span[0]);
  for (let k = lo - 1; k >= 0; k--) {
    const m = mentions[k] as { span: [number, number]; actor: Actor };
    if (at - m.span[0] > LOOKBACK) break;
    // "Bashar al-Assad spoke on television. The regime said …": the one head of state named before
    // stands for the state (two of them, and "the regime" could be either).
    if (government && byId && m.actor.type === "person") {
      const headed = m.actor.affiliations.find(
        (f) => byId.get(f.actor)?.type === "state" && HEAD_OF_STATE.test(f.role ?? ""),
      );
      const state = headed ? (byId.get(headed.actor) as Actor) : null;
      if (state && headOf === undefined) headOf = state;
      else if (state && headOf !== state) headOf = null;
      continue;
    }
    if (!fits.includes(m.actor.type)) continue;
    const n = noun.toLowerCase();
    if (!GENERIC.has(n) && [m.actor.name, ...m.actor.aliases].some((a) => a.toLowerCase().includes(n)))
      return m.actor;
    // A head of state named after this actor is the more recent: "Iran … Bashar al-Assad spoke. The regime".
    if (fallback === null && headOf) return headOf;
    fallback ??= m.actor;
  }
  return fallback ?? headOf ?? null;
}

const HEAD_OF_STATE = /\b(?:president|king|emir|sultan|supreme leader|head of state)\b/i;

/**
 * "Erdogan spoke in Ankara. The Turkish president said …": the owner named at the description's start
 * (a state by its demonym, an organisation by its name), and the most recent person before it affiliated
 * with that owner.
 */
function roleHolderOf(
  m: readonly [number, number],
  timeline: readonly { span: [number, number]; actor: Actor }[],
): Actor | null {
  // The first timeline entry at the description's start, by binary search.
  const lo = firstAtOrAfter(timeline, m[0], (t) => t.span[0]);
  let owner: { span: [number, number]; actor: Actor } | undefined;
  for (let k = lo; k < timeline.length && (timeline[k] as { span: [number, number] }).span[0] === m[0]; k++) {
    const t = timeline[k] as { span: [number, number]; actor: Actor };
    if (t.span[1] < m[1] && t.actor.type !== "person") owner = t;
  }
  if (!owner) return null;
  for (let k = lo - 1; k >= 0; k--) {
    const t = timeline[k] as { span: [number, number]; actor: Actor };
    if (m[0] - t.span[0] > LOOKBACK) break;
    if (t.actor.type === "person" && t.actor.affiliations.some((f) => f.actor === owner.actor.id))
      return t.actor;
  }
  return null;
}
