// Joins the two views of a document's actors: the ones its speaker phrases introduce (with the roles
// and organisations the text states) and the dictionary's matches. A speaker whose name is a dictionary
// alias becomes that dictionary actor (known, canonical name and id, its affiliations on the document's
// date); every other match is a mention of its actor; statements follow the new ids.

import type { SpeakerWords } from "../attribution/speakerWords.js";
import type { Actor, Affiliation, Span, Statement } from "../contract/extraction.js";
import { compoundModifier } from "../text/compoundModifiers.js";
import { wordEnd } from "../text/tokens.js";
import { bareRole, findStatedRoles } from "./appositiveRoles.js";
import { civilianAfter } from "./civilians.js";
import { resolveDescriptions } from "./descriptions.js";
import { type DictionaryActor, heldOn } from "./dictionary/dictionary.js";
import { foldName } from "./dictionary/fold.js";
import type { ActorMatch } from "./dictionary/matchActors.js";
import { headsOrganisationOf } from "./orgHeads.js";
import { addPronounMentions } from "./pronounMentions.js";
import { spansByStartLongestFirst, stableOrderByStart } from "./spanOrder.js";
import { type RoleHint, slug } from "./speakerActors.js";
import { findUnknownActors, isOrgHead, isTitle } from "./unknownActors.js";

export interface LinkInput {
  text: string;
  date: string | null;
  /** Actors from the speaker phrases (known: false). */
  actors: readonly Actor[];
  statements: readonly Statement[];
  /** The closed-class words that type unknown names (titles, first names, determiners). */
  words?: SpeakerWords;
  /** Roles the speaker phrases state without an organisation. */
  roleHints?: readonly RoleHint[];
  matches: readonly ActorMatch[];
  /** Every actor of the dictionary, to add the ones an affiliation points to. */
  lookup: (id: string) => DictionaryActor | undefined;
  /** The dictionary actor a whole name is an alias of, if any ("Hamas" in "Hamas political bureau head"). */
  byName: (name: string) => DictionaryActor | null;
}

function fromDictionary(d: DictionaryActor): Actor {
  return { id: d.id, name: d.name, type: d.type, aliases: [], known: true, affiliations: [], mentions: [] };
}

/** Adds aliases to actors without searching their lists: a text can spell one name ten thousand ways. */
function aliasAdder(): (a: Actor, s: string) => void {
  const seen = new Map<Actor, Set<string>>();
  return (a, s) => {
    let set = seen.get(a);
    if (!set) {
      set = new Set(a.aliases);
      seen.set(a, set);
    }
    if (set.has(s)) return;
    set.add(s);
    a.aliases.push(s);
  };
}

/** The index of the first match that starts at or after `at` (matches are in text order). */
function firstMatchFrom(matches: readonly ActorMatch[], at: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid] as ActorMatch).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addAffiliation(list: Affiliation[], a: Affiliation): void {
  if (!list.some((x) => x.actor === a.actor && x.role === a.role)) list.push(a);
}

/** What an organisation issues and a report may quote as if it spoke. */
const DOCUMENT_NOUNS = new Set([
  "statement",
  "communique",
  "communiqué",
  "announcement",
  "release",
  "press release",
  "report",
  "letter",
  "website",
]);

/** "President ", "Sheikh ": nothing but titles. */
function onlyTitles(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/);
  return words.length > 0 && words.every((w) => w !== "" && isTitle(w));
}

/** "Hamas leader in Gaza ", "Iran's ": words before a name that are a role or an owner, not more name. */
function prefixIsNotName(text: string, from: number, to: number): boolean {
  const prefix = text.slice(from, to).trimEnd();
  // "The Bank of Japan", "the Supreme Court of Israel": a body of its own, named after the place.
  const of = /(\S+)\s+of(?:\s+the)?$/.exec(prefix);
  if (of && headsOrganisationOf(of[1] as string)) return false;
  // "Those who criticized Hamas": a name inside a relative clause is the clause's object.
  if (/\b(?:who|whom|which|that)\b/i.test(prefix)) return false;
  return /['’]s$/.test(prefix) || /(?:^|\s)\p{Ll}/u.test(prefix);
}

/**
 * The dictionary actor this speaker-phrase actor is, judged at its mentions: a match with the same span
 * or a larger one ("President Bashar al-Assad"); for a collective speaker, a match at its start
 * ("Iranian officials", "Hamas leaders"); a match at its end after a role or an owner ("Hamas leader in
 * Gaza Yahya Sinwar", "Iran's IRGC"). A match of "Qassim" alone never names "Na'im Qassim".
 */
/** The state whose demonym opens a speaker phrase of civilians ("Saudi students criticized …"), or null. */
function civilianState(
  text: string,
  actor: Actor,
  matchAt: ReadonlyMap<number, ActorMatch>,
): DictionaryActor | null {
  if (actor.type === "person") return null;
  for (const [s, e] of actor.mentions) {
    const m = matchAt.get(s);
    if (m && m.end < e && m.actor.type === "state" && civilianAfter(text, m.start, m.end) !== -1)
      return m.actor;
  }
  return null;
}

function matchFor(
  text: string,
  actor: Actor,
  matchAt: ReadonlyMap<number, ActorMatch>,
  matchEnding: ReadonlyMap<number, ActorMatch>,
): DictionaryActor | null {
  const person = actor.type === "person";
  // The same span first, at any mention: a bare "Salman" inside "Mohammed bin Salman" must not decide
  // for "King Salman".
  for (const [s, e] of actor.mentions) {
    const m = matchAt.get(s);
    // "Turkish-backed rebels", "Iran-aligned militias": the name modifies the group; it is not the group.
    if (
      m &&
      m.end < e &&
      text.charCodeAt(m.end) === 45 &&
      compoundModifier(text.slice(m.start, wordEnd(text, m.start))) !== null
    )
      continue;
    if (m && (m.end === e || (actor.type === "group" && m.end < e))) return m.actor;
    // "A Hamas statement said": the statement is Hamas speaking.
    if (
      m &&
      m.end < e &&
      m.actor.type !== "person" &&
      DOCUMENT_NOUNS.has(text.slice(m.end, e).trim().toLowerCase())
    )
      return m.actor;
  }
  for (const [s, e] of actor.mentions) {
    const last = matchEnding.get(e);
    // "US Central Command said": a speaker taken for a person called "Command" is the body the larger
    // match names.
    const orgHeaded = person && !actor.name.includes(" ") && isOrgHead(actor.name);
    if (orgHeaded && last && last.start < s && last.actor.type !== "person") return last.actor;
    if (!last || (last.actor.type === "person") !== person) continue;
    // A larger match: only titles before the name ("President Bashar al-Assad").
    if (last.start < s && onlyTitles(text.slice(last.start, s))) return last.actor;
    // "Iran-aligned militias in Iraq": a place after "in" is where the group is, not the group.
    if (!person && /\s(?:in|at|near|from|inside|across|throughout)\s*$/.test(text.slice(s, last.start)))
      continue;
    if (last.start > s && prefixIsNotName(text, s, last.start)) return last.actor;
  }
  // "the group's al-Masirah television", "the daily Al-Akhbar's website": a known medium and its outlet.
  for (const [s, e] of actor.mentions) {
    if (e - s > 80) continue;
    for (let k = s; k < e; k++) {
      const m = matchAt.get(k);
      if (m && m.end <= e && m.actor.type === "media" && MEDIUM_AFTER.test(text.slice(m.end, e)))
        return m.actor;
    }
  }
  return null;
}

/** What may follow a medium's name in a speaker phrase: " television", " TV", "'s website". */
const MEDIUM_AFTER = /^(?:['’]s)?\s+(?:television|tv|channel|newspaper|daily|website|radio|network|agency)$/i;

export function linkDictionaryActors(input: LinkInput): { actors: Actor[]; statements: Statement[] } {
  const { text, date, matches } = input;
  const addAlias = aliasAdder();
  const out = new Map<string, Actor>();
  const ensure = (d: DictionaryActor): Actor => {
    let a = out.get(d.id);
    if (!a) {
      a = fromDictionary(d);
      out.set(d.id, a);
    }
    return a;
  };
  const matchAt = new Map<number, ActorMatch>();
  const matchEnding = new Map<number, ActorMatch>();
  for (const m of matches) {
    const a = ensure(m.actor);
    a.mentions.push([m.start, m.end]);
    addAlias(a, text.slice(m.start, m.end));
    matchAt.set(m.start, m);
    matchEnding.set(m.end, m);
  }
  const idMap = new Map<string, string>();
  const linked = new Map<Actor, Actor>();
  /** Affiliations from role hints, by the speaker actor's id (the input actors are not changed). */
  const hinted = new Map<string, Affiliation[]>();
  /** Roles stated with no organisation, by the speaker actor's id as well. */
  const bareRoles: { actor: string; role: string }[] = [];
  for (const a of input.actors) {
    // "Saudi students", "Palestinian refugees in Lebanon": people of a state, not its government; a group of
    // their own, of that state.
    const civilian = civilianState(text, a, matchAt);
    if (civilian) {
      const list = hinted.get(a.id) ?? [];
      addAffiliation(list, { actor: civilian.id, role: null });
      hinted.set(a.id, list);
      continue;
    }
    const m = matchFor(text, a, matchAt, matchEnding) ?? input.byName(a.name);
    if (!m) continue;
    const d = ensure(m);
    linked.set(a, d);
    idMap.set(a.id, d.id);
  }
  // "Syrian journalist Mahmoud Rahil", "Iranian foreign ministry spokesman Nasser Kanaani": the role
  // belongs to the state or organisation named in the words before the name.
  for (const h of input.roleHints ?? []) {
    let owner: ActorMatch | undefined;
    for (let k = firstMatchFrom(matches, h.before[0]); k < matches.length; k++) {
      const m = matches[k] as ActorMatch;
      if (m.end > h.before[1]) break;
      if (m.actor.type !== "person") {
        owner = m;
        break;
      }
    }
    if (!owner) {
      // "columnist Fadi al-Hourani": a role of no one the text names, if it names a position or an
      // occupation ("Columnist" opening a sentence is "columnist"). A name inside ("former Florida
      // governor") is an owner no stage knows: the role is not all there.
      const lowered = h.role.charAt(0).toLowerCase() + h.role.slice(1);
      const role = input.words && lowered === lowered.toLowerCase() ? bareRole(lowered, input.words) : null;
      if (role !== null) bareRoles.push({ actor: h.actor, role });
      continue;
    }
    const list = hinted.get(h.actor) ?? [];
    addAffiliation(list, { actor: owner.actor.id, role: h.role });
    hinted.set(h.actor, list);
  }
  // "A Hamas spokesman", "a senior Hizbullah official", "an Iranian foreign ministry spokesman": an
  // anonymous person whose name is an owner and a role.
  for (const a of input.actors) {
    if (linked.has(a) || a.type !== "person" || a.affiliations.length > 0 || !input.words) continue;
    const [s, e] = a.mentions[0] ?? [0, 0];
    const k = firstMatchFrom(matches, s);
    const m = matches[k];
    const next = matches[k + 1];
    // Exactly one owner inside the name, and not a person.
    if (!m || m.end > e || m.actor.type === "person" || (next !== undefined && next.end <= e)) continue;
    const role = `${text.slice(s, m.start)} ${text.slice(m.end, e)}`
      .trim()
      .replace(/\s+/g, " ")
      .toLowerCase();
    const last = role.split(" ").at(-1) ?? "";
    if (role === "" || !/^[\p{Ll} -]+$/u.test(role) || !input.words.roleWords.has(last)) continue;
    const list = hinted.get(a.id) ?? [];
    addAffiliation(list, { actor: m.actor.id, role });
    hinted.set(a.id, list);
  }
  // "Egypt's foreign ministry", "Hamas’s military wing": part of the owner named before it.
  for (const a of input.actors) {
    if (linked.has(a) || (a.type !== "organization" && a.type !== "group")) continue;
    const [s, e] = a.mentions[0] ?? [0, 0];
    const m = matches[firstMatchFrom(matches, s)];
    if (!m || m.start !== s || m.end >= e || m.actor.type === "person") continue;
    if (!/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) continue;
    const list = hinted.get(a.id) ?? [];
    addAffiliation(list, { actor: m.actor.id, role: null });
    hinted.set(a.id, list);
  }
  // The dictionary's own affiliations of the actors found, as of the document's date.
  const found = [...out.values()];
  for (const a of found) {
    const d = input.lookup(a.id);
    if (!d) continue;
    for (const f of d.affiliations) {
      if (!heldOn(f, date)) continue;
      const other = input.lookup(f.actor);
      if (!other) continue;
      ensure(other);
      addAffiliation(a.affiliations, { actor: f.actor, role: f.role });
    }
  }
  // Unlinked actors keep their ids, unless a dictionary actor of this document took it.
  const taken = new Set(out.keys());
  for (const a of input.actors) {
    if (linked.has(a) || !taken.has(a.id)) {
      taken.add(a.id);
      continue;
    }
    let k = 2;
    while (taken.has(`${a.id}-${k}`)) k++;
    idMap.set(a.id, `${a.id}-${k}`);
    taken.add(`${a.id}-${k}`);
  }
  const rename = (id: string) => idMap.get(id) ?? id;
  const actors: Actor[] = [];
  for (const a of input.actors) {
    const target = linked.get(a);
    const affiliations = a.affiliations.map((f) => ({ actor: rename(f.actor), role: f.role }));
    for (const f of hinted.get(a.id) ?? []) if (f.actor !== (target ?? a).id) addAffiliation(affiliations, f);
    if (!target) {
      // Copies: later steps add mentions, and the input layer stays as it was.
      actors.push({
        ...a,
        id: rename(a.id),
        affiliations,
        mentions: [...a.mentions],
        aliases: [...a.aliases],
      });
      continue;
    }
    for (const m of a.mentions) target.mentions.push(m);
    for (const s of a.aliases) addAlias(target, s);
    for (const f of affiliations) if (f.actor !== target.id) addAffiliation(target.affiliations, f);
  }
  for (const a of out.values()) {
    const d = input.lookup(a.id);
    if (d) for (const s of d.aliases) addAlias(a, s);
    a.mentions.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    a.mentions = a.mentions.filter(
      (m, k) => k === 0 || m[0] !== (a.mentions[k - 1] as Span)[0] || m[1] !== (a.mentions[k - 1] as Span)[1],
    );
    actors.push(a);
  }
  // A speaker-phrase actor's bare roles go with the actor it became: a dictionary actor or its copy.
  if (bareRoles.length > 0) {
    const inputById = new Map(input.actors.map((a) => [a.id, a]));
    const byId = new Map(actors.map((a) => [a.id, a]));
    for (const r of bareRoles) {
      const from = inputById.get(r.actor);
      const a = from && (linked.get(from) ?? byId.get(rename(from.id)));
      if (a) addRole(a, r.role);
    }
  }
  if (input.words) {
    addUnknownActors(text, actors, input.words);
    addStatedRoles(text, actors, input.words);
  }
  const first = (a: Actor) => a.mentions[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
  actors.sort((x, y) => first(x) - first(y));
  const statements = input.statements.map((s) =>
    s.speaker !== null && idMap.has(s.speaker) ? { ...s, speaker: rename(s.speaker) } : s,
  );
  const resolved = resolveDescriptions(text, actors, statements);
  if (input.words) addPronounMentions(text, resolved.actors, input.words);
  keepAffiliationsWithin(resolved.actors);
  keepBareRoles(resolved.actors);
  return resolved;
}

/**
 * Names neither the dictionary nor a speaker phrase gave, typed by their shape or context (unknownActors.ts),
 * as actors of their own (known: false), one per name.
 */
function addUnknownActors(text: string, actors: Actor[], words: SpeakerWords): void {
  const addAlias = aliasAdder();
  const mentions: Span[] = [];
  for (const a of actors) for (const m of a.mentions) mentions.push(m);
  // Not overlapping, as findUnknownActors expects: a mention inside another adds nothing.
  const merged: Span[] = [];
  for (const m of spansByStartLongestFirst(mentions)) {
    const last = merged[merged.length - 1];
    if (last && m[0] < last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push(m);
  }
  const taken = new Set(actors.map((a) => a.id));
  const byName = new Map<string, Actor>();
  for (const u of findUnknownActors(text, merged, words)) {
    const key = foldName(u.name);
    let a = byName.get(key);
    if (!a) {
      let id = slug(u.name);
      for (let k = 2; taken.has(id); k++) id = `${slug(u.name)}-${k}`;
      taken.add(id);
      a = { id, name: u.name, type: u.type, aliases: [], known: false, affiliations: [], mentions: [] };
      byName.set(key, a);
      actors.push(a);
    }
    addAlias(a, u.name);
    a.mentions.push(u.span);
  }
}

/** Roles the text states about people around their other mentions (appositiveRoles.ts). */
function addStatedRoles(text: string, actors: readonly Actor[], words: SpeakerWords): void {
  const people = actors.filter((a) => a.type === "person");
  if (people.length === 0) return;
  // In text order: the description look-back walks them backwards from a position.
  const unordered: { span: Span; actor: Actor }[] = [];
  for (const a of actors)
    if (a.type === "organization" || a.type === "group" || a.type === "state" || a.type === "media")
      for (const span of a.mentions) unordered.push({ span, actor: a });
  const owners = stableOrderByStart(unordered.map((o) => o.span[0])).map(
    (k) => unordered[k] as { span: Span; actor: Actor },
  );
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const r of findStatedRoles(text, people, owners, words)) {
    const a = byId.get(r.actor);
    if (!a) continue;
    if (r.owner === null) addRole(a, r.role);
    else addAffiliation(a.affiliations, { actor: r.owner, role: r.role });
  }
}

function addRole(a: Actor, role: string): void {
  if (a.type !== "person") return;
  if (!a.roles) a.roles = [role];
  else if (!a.roles.includes(role)) a.roles.push(role);
}

/**
 * A role the text also states with its organisation is that affiliation, not a role of no one: only
 * the others stay in `roles`. The same role noun counts as the same role ("coalition president" beside
 * "former president" of the coalition).
 */
function keepBareRoles(actors: readonly Actor[]): void {
  const head = (role: string) => role.toLowerCase().split(" ").at(-1) ?? "";
  for (const a of actors) {
    if (!a.roles) continue;
    const affiliated = new Set(a.affiliations.map((f) => (f.role ? head(f.role) : "")));
    const kept = a.roles.filter((r) => !affiliated.has(head(r)));
    if (kept.length > 0) a.roles = kept;
    else delete a.roles;
  }
}

/**
 * The contract's promise: every affiliation points at an actor of the result, other than the actor
 * itself. Whatever merged or renamed actors upstream, this is where it is made to hold.
 */
function keepAffiliationsWithin(actors: readonly Actor[]): void {
  const ids = new Set(actors.map((a) => a.id));
  for (const a of actors) {
    if (a.affiliations.every((f) => f.actor !== a.id && ids.has(f.actor))) continue;
    a.affiliations = a.affiliations.filter((f) => f.actor !== a.id && ids.has(f.actor));
  }
}
