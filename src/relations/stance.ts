// A speaker's stance inside what they said: evaluative words about an actor ("the criminal regime",
// "X is our enemy"), demands ("Hamas must …"), and, when nothing else relates the speaker to anyone,
// the tone of a statement that names one actor.

import { isTitle } from "../actors/unknownActors.js";
import type { Span, Statement } from "../contract/extraction.js";
import type { FoundRelation, RelationInput } from "./findRelations.js";
import {
  actorAt,
  type Draft,
  type Frame,
  frameOf,
  isClauseMark,
  isPossessive,
  type Mention,
} from "./frame.js";
import { verbGroup } from "./modality.js";
import { actorIndex, addNameRuns, type NameRegistry, namesSomeone } from "./names.js";
import { clauseFirstActor, OWNERS_PEOPLE, phraseActorsEndingAt, phraseActorsFrom } from "./phrases.js";
import type { RelationLexicon } from "./relationLexicon.js";
import {
  BE,
  CLAUSE_WORDS,
  DETERMINERS,
  GROUP_NOUNS,
  NOUN_TARGET_PREPS,
  POSSESSIVE_PRONOUNS,
} from "./words.js";

const PRONOUN_MENTION = /^(?:he|she|it|they|him|her|them|his|its|their|we|us|our)$/i;

/** Words of a source that relays: "the group's al-Masirah television", "a report in the daily". */
const RELAYS =
  /\b(?:television|tv|channel|agency|newspaper|daily|website|outlet|radio|media|press|report|reports|sources?)\b/i;

/** "said of Kruger", "said of the Syrian regime": the one a statement is said of, up to a clause mark. */
const OF_AFTER_CUE = /^\s+of\s+(?:the\s+)?([^,.;:!?“”"()]+)/;

/** "no one better than", "nobody finer than": praise with no tone word (toneOf weighs it). */
const NO_ONE_BETTER = /\b(?:no one|nobody) (?:better|finer|greater|smarter|tougher|stronger|braver) than\b/i;

/** Reads at most this much of a statement's content for its tone. */
const TONE_CHARS = 800;

/**
 * A speaker's tone toward the one actor their statement names, when no trigger said more: "“China's
 * attitude is out of touch and dangerous,” said Koo" is Koo against China. Only statements that name
 * exactly one actor besides the speaker (and the speaker's own organisations), weighed by the lexicon's
 * tone words with negation; a weak signal, so a low confidence.
 */
export function addToneRelations(
  input: RelationInput,
  lex: RelationLexicon,
  mentions: readonly Mention[],
  names: NameRegistry,
  typeOf: (id: string) => string,
  out: FoundRelation[],
): void {
  const voiced = new Set<string>();
  for (const r of out) if (r.statement) voiced.add(r.statement);
  // A pair some trigger already related needs no weaker reading of the same words.
  const related = new Set(out.map((r) => `${r.source} ${r.target}`));
  const seen = new Set<string>();
  for (let i = 0; i < input.statements.length; i++) {
    const st = input.statements[i] as Statement;
    if (!st.speaker || voiced.has(st.id) || st.contentSpans.length === 0) continue;
    // "Hamas denied any support for Iran": what a denial names is what the speaker says did not happen;
    // "called on foreign missions to respect China's laws": what a demand asks for is no judgement.
    if (
      st.cue !== null &&
      (/^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\b/i.test(
        st.cue,
      ) ||
        /\b(?:call(?:s|ed|ing)? (?:on|upon|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)$/i.test(st.cue))
    )
      continue;
    // "The Houthis praised the meeting, according to al-Masirah": a medium or a record that only relays
    // takes no stance toward whom it reports on ("According to Erdogan, Netanyahu is a war criminal" does).
    if (
      st.cue !== null &&
      (/^reportedly$/i.test(st.cue) ||
        // ("…, as the AP reports", "The Post reported that …": a medium's report relays as well.)
        ((/^according to$/i.test(st.cue) ||
          /^(?:(?:has|have|had)\s+)?(?:first\s+)?report(?:s|ed)?\b/i.test(st.cue)) &&
          (/^(?:media|unknown)$/.test(typeOf(st.speaker)) || RELAYS.test(st.speakerText ?? ""))))
    )
      continue;
    // "Biden lamented that Clinton had not done enough": a complaint's verb is its tone.
    const complaint = st.cue?.split(" ").some((w) => lex.negativeCues.has(w.toLowerCase())) ?? false;
    // "Israel condemned the support for Hamas": what a hostile act is about carries no tone of the actor's.
    if (!complaint && hostileCue(st, lex)) continue;
    // Most statements hold no tone word at all: the char scanner says so before anything is built.
    let toned = complaint;
    for (let n = 0; n < st.contentSpans.length && !toned; n++) {
      const [a, b] = st.contentSpans[n] as Span;
      toned =
        lex.toneScanner.containsAny(input.text, a, Math.min(b, a + TONE_CHARS)) ||
        NO_ONE_BETTER.test(input.text.slice(a, Math.min(b, a + TONE_CHARS)));
    }
    if (!toned) continue;
    const own = new Set([
      st.speaker,
      ...(actorIndex(input.actors).get(st.speaker)?.affiliations ?? []).map((f) => f.actor),
    ]);
    let target: string | null = null;
    let targetEnd = 0;
    const index = actorIndex(input.actors);
    /** A body or a member of the speaker's own ("Hamas political bureau" in a Hamas statement, "the
     * assassination of Nasrallah" in Hizbullah's). */
    const partOf = (id: string, of: string) =>
      index.get(id)?.affiliations.some((a) => a.actor === of) ?? false;
    let several = false;
    /** The content's subject, when a name opens it ("that Ms. Shalala has failed … the Clinton Foundation"). */
    let subject: string | null = null;
    /** The tone of the subject's own predicate, up to the next name; null when there is none to read. */
    let subjectScore: number | null = null;
    /** The first name of the first content span, and that span's frame (for the checks after the loop). */
    let first: { m: Mention; f: Frame } | null = null;
    let score = 0;
    let budget = TONE_CHARS;
    let evidence: Span | null = null;
    for (const span of st.contentSpans) {
      if (budget <= 0 || several) break;
      const part: Span = [span[0], Math.min(span[1], span[0] + budget)];
      budget -= part[1] - part[0];
      const f = frameOf(input.text, part, mentionsWithin(mentions, part), input.statements, []);
      f.isRoleWord = (l) => input.words.roleWords.has(l) || isTitle(l);
      f.typeOf = typeOf;
      addNameRuns(f, input.text, names, input.words, lex);
      // (Name runs are appended after the dictionary's mentions: in text order here.)
      for (const m of [...f.mentions].sort((x, y) => x.start - y.start)) {
        if (own.has(m.actor) || typeOf(m.actor) === "place" || partOf(m.actor, st.speaker)) continue;
        // A pronoun resolved to someone is no second name ("He believes Iraq …").
        if (PRONOUN_MENTION.test(input.text.slice(m.start, m.end))) continue;
        if (target === null) {
          target = m.actor;
          targetEnd = m.end;
          if (span === st.contentSpans[0]) first = { m, f };
          // (Not an owner of people: "Trump's loyal friends in the Senate had blocked …" is about the
          // friends; "Clinton's attack misleads voters" is about Clinton.)
          if (
            span === st.contentSpans[0] &&
            opensClause(input.text.slice(span[0], m.start), input.words.roleWords) &&
            !ownsPeople(input.text, m.end)
          )
            subject = m.actor;
        } else if (target !== m.actor) {
          // "Hamas political bureau head Ismail Haniyeh thanked …": a name before a title and a name
          // modifies the one the phrase is about.
          const gap = input.text.slice(targetEnd, m.start);
          if (
            !several &&
            /^\s+(?:[a-z-]+\s+){1,3}$/.test(gap) &&
            gap
              .trim()
              .split(/\s+/)
              .every((w) => input.words.roleWords.has(w))
          ) {
            target = m.actor;
            targetEnd = m.end;
            if (subject !== null) subject = m.actor;
            if (first !== null && span === st.contentSpans[0])
              first = { m: { ...m, start: first.m.start }, f };
            continue;
          }
          // "that Obama and the Democratic Party will take the blame": a name joined to the subject is
          // part of it (the tone goes to the first).
          if (
            !several &&
            subject !== null &&
            subjectScore === null &&
            /^\s*(?:,|and)\s+(?:the\s+)?$/.test(gap)
          ) {
            targetEnd = m.end;
            continue;
          }
          // ("Qatar has worked tirelessly to stop Hamas's barbaric terror": the words after the next name
          // are about it; "Kyiv was hit by a cowardly strike": a passive's subject suffers the act.)
          // (Only its first few words: "has failed", "will take the blame"; not what it did to others,
          // "has trained 500 hackers capable of …".)
          // (And only inside the subject's own span, "Trump has, Clinton said, praised Putin"; nor when the
          // next name is the doer of what befell the subject: "Ukraine endured a cowardly assault by Russia".)
          if (
            !several &&
            subject !== null &&
            span === st.contentSpans[0] &&
            !passiveAfter(f, targetEnd) &&
            !/\b(?:by|from|of)\s+(?:the\s+)?$/i.test(gap)
          )
            subjectScore = toneOf(f, lex, targetEnd, Math.min(m.start, offsetAfterWords(f, targetEnd, 6)));
          several = true;
        }
      }
      score += toneOf(f, lex);
      evidence ??= part;
    }
    // "“He’s done a great job,” Bill Self said of Kruger": the one a statement is said of.
    const of =
      target === null && !several && st.cueSpan
        ? OF_AFTER_CUE.exec(input.text.slice(st.cueSpan[1], st.cueSpan[1] + 80))
        : null;
    if (of && st.cueSpan) {
      // The name after "of", found as the content's names are (it is often no actor yet).
      const at = st.cueSpan[1] + of[0].length - (of[1] as string).length;
      const part: Span = [st.cueSpan[1], at + (of[1] as string).length];
      const known = mentionsWithin(mentions, part);
      let m = known.find((x) => x.start === at);
      if (!m) {
        const f = frameOf(input.text, part, known, input.statements, []);
        f.isRoleWord = (l) => input.words.roleWords.has(l) || isTitle(l);
        f.typeOf = typeOf;
        addNameRuns(f, input.text, names, input.words, lex);
        m = f.mentions.find((x) => x.start === at);
      }
      // Only when the name is all the "of" says ("said of Kruger", "said of Trump on Tuesday"), of someone
      // who can be judged: not "the Republican nominee, …", "Tuesday's attack", "the Iraq war", "Sept. 11",
      // a place, or a state (a capital names the grief of a city: "said of Paris").
      const rest = m ? input.text.slice(m.end, part[1]) : "";
      if (
        m &&
        (rest.trim() === "" || /^\s+(?:on|in|at|during|last|this|after|before|while|when)\b/.test(rest)) &&
        !input.words.temporal.has(input.text.slice(m.start, m.end).toLowerCase()) &&
        !own.has(m.actor) &&
        !/^(?:place|state)$/.test(typeOf(m.actor))
      )
        target = m.actor;
    }
    // (A complaint is about the one it reports doing something: "complained that Clinton had ignored the
    // unions", not "complained about the treatment of Hamas prisoners".)
    if (complaint && first !== null && complaintSubject(input, first.m, first.f, st)) {
      score -= 1;
      if (subjectScore !== null) subjectScore -= 1;
    }
    // Several names: the tone is about the one the content is about, its subject, when a name opens it.
    if (several && subject !== null && subjectScore !== null && subjectScore !== 0) {
      several = false;
      target = subject;
      score = subjectScore;
    }
    if (several || target === null || score === 0 || !evidence) continue;
    // "according to Carper, Trump expressed support for hiking the tax": a kind word of acting right after
    // a clause's subject reports their act, not the speaker's judgement of them.
    if (actsRightAfter(input, lex, mentions, target, st.contentSpans[0] as Span)) continue;
    if (
      !namesSomeone(input.actors, input.words, st.speaker) ||
      !namesSomeone(input.actors, input.words, target)
    )
      continue;
    const type = lex.types.get(score > 0 ? "praise" : "criticize");
    if (!type) continue;
    const key = `${st.speaker} ${target} ${st.id}`;
    if (seen.has(key) || related.has(`${st.speaker} ${target}`)) continue;
    seen.add(key);
    const r: FoundRelation = {
      id: `r${out.length + 1}`,
      source: st.speaker,
      target,
      type: type.type,
      polarity: type.polarity,
      date: st.date,
      statement: st.id,
      evidence,
      confidence: Math.min(0.45, 0.25 + 0.05 * Math.abs(score)),
    };
    out.push(r);
    names.use(st.speaker);
    names.use(target);
  }
}

/** The offset of the token `n` tokens after offset `end` (the text's end when there are fewer). */
function offsetAfterWords(f: Frame, end: number, n: number): number {
  let k = 0;
  while (k < f.tk.length && (f.tk.starts[k] as number) < end) k++;
  return (f.tk.starts[k + n] as number | undefined) ?? Number.POSITIVE_INFINITY;
}

/** Is the verb after offset `end` a passive ("was hit by", "has been attacked")? */
function passiveAfter(f: Frame, end: number): boolean {
  const { tk } = f;
  let k = 0;
  while (k < tk.length && (tk.starts[k] as number) < end) k++;
  let be = false;
  for (const last = k + 6; k < tk.length && k < last; k++) {
    const l = tk.lower[k] ?? "";
    if (BE.has(l)) be = true;
    // ("was hit by": an irregular participle shows itself by its agent.)
    else if (be && (/(?:ed|en)$/.test(l) || tk.lower[k + 1] === "by")) return true;
    else if (
      !/^(?:has|have|had|been|being|also|not|never|reportedly|allegedly|recently)$/.test(l) &&
      !/ly$/.test(l)
    )
      return false;
  }
  return false;
}

/** Does a possessive at `end` own people ("Trump's loyal friends", "Clinton's aides")? */
function ownsPeople(text: string, end: number): boolean {
  if (!/^['’]/.test(text.slice(end, end + 1))) return false;
  const words =
    text
      .slice(end, end + 60)
      .match(/[A-Za-z]+/g)
      ?.slice(1, 4) ?? [];
  return words.some((w) => PEOPLE_AFTER.test(w) || OWNERS_PEOPLE.has(w) || STAFF.test(w));
}

/** People someone has that phrases.ts's OWNERS_PEOPLE leaves out ("Clinton's lawyers", "Putin's generals"). */
const STAFF =
  /^(?:children|lawyers|lawyer|spokesman|spokeswoman|staff|loyalists|deputies|generals|officials|ministers|envoy|envoys)$/;

/** Does the one actor a complaint names open the clause it reports, as its doer ("that Clinton had ignored
 * …"; not "that Ivanka had been treated badly")? */
function complaintSubject(input: RelationInput, m: Mention, f: Frame, st: Statement): boolean {
  const span = st.contentSpans[0];
  if (!span) return false;
  return (
    /^that\b/i.test(input.text.slice(span[0], span[1])) &&
    opensClause(input.text.slice(span[0], m.start), input.words.roleWords) &&
    !passiveAfter(f, m.end)
  );
}

/** Does a kind word of acting follow the first mention of `target`, a clause's subject, within four words
 * of its sentence? (The mentions of the document's actors; names found here alone are left to the tone.) */
function actsRightAfter(
  input: RelationInput,
  lex: RelationLexicon,
  mentions: readonly Mention[],
  target: string,
  span: Span,
): boolean {
  const m = mentionsWithin(mentions, span).find((x) => x.actor === target);
  if (!m) return false;
  const before = input.text.slice(span[0], m.start);
  const lastComma = Math.max(before.lastIndexOf(","), before.lastIndexOf(" that "));
  if (!opensClause(before.slice(lastComma + 1), input.words.roleWords)) return false;
  // (Within its sentence: "… afraid that Trump will win. The support he has …".)
  const rest = (
    input.text.slice(m.end, Math.min(span[1], m.end + 60)).split(/[.!?;]/)[0] ?? ""
  ).toLowerCase();
  const words = rest.match(/[a-z]+/g) ?? [];
  // (A kind word: "support", "thanks"; a hostile one says what the speaker thinks of them too: "Trump's
  // contempt for clean air".)
  return words
    .slice(0, 4)
    .some((w) => lex.triggers.has(w) && lex.tone.get(w) === 1 && !lex.evaluative.has(w));
}

/** Is the statement's cue a hostile act of its own ("condemned", "protested", "rejected")? */
function hostileCue(st: Statement, lex: RelationLexicon): boolean {
  const verb = (st.cue ?? "").toLowerCase().split(" ").pop() ?? "";
  // (Only over a thing it is done to, not a clause it reports: "warned that Iran can't be trusted",
  // "threatened to launch an offensive … unless Baghdad …".)
  return (
    /^\s*(?:the|a|an|this|these|those|his|her|its|their|any|all)\b/i.test(st.content) &&
    !/\bthat\b/i.test(st.content.slice(0, 120)) &&
    (lex.triggers.get(verb) ?? []).some((s) => s.pos === "verb" && s.type.polarity < 0)
  );
}

/** Only "that", an article, titles and role words before a name: it opens the clause as its subject. */
function opensClause(gap: string, roleWords: ReadonlySet<string>): boolean {
  const words = gap.trim().split(/\s+/);
  return words.every(
    (w) => w === "" || /^(?:that|the)$/i.test(w) || isTitle(w) || roleWords.has(w.toLowerCase()),
  );
}

function mentionsWithin(mentions: readonly Mention[], [a, b]: Span): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).end <= a) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < b; i++)
    out.push(mentions[i] as Mention);
  return out;
}

/** Tone words that are no judgement before these words ("kind of", "great deal", "great anguish"). */
const NOT_TONE_AFTER = new Map<string, RegExp>([
  ["kind", /^(?:of)$/],
  [
    "great",
    /^(?:deal|anguish|concern|pain|loss|suffering|risk|danger|difficulty|damage|fear|distress|harm)$/,
  ],
  ["greatest", /^(?:concern|concerns|risk|danger|threat|fear|challenge|challenges|difficulty)$/],
  [
    "genuine",
    /^(?:concern|concerns|threat|threats|risk|danger|fear|fears|question|questions|problem|worry|worries)$/,
  ],
]);

/** "had lost all trust", "a lack of respect": words that turn the tone word after them around. */
const LOSING = new Set([
  "lost",
  "lose",
  "loses",
  "losing",
  "lack",
  "lacks",
  "lacking",
  "lacked",
  "little",
  "less",
]);

/** Nouns for a person after a tone word ("a great friend", "a brave leader"). */
const PEOPLE_AFTER =
  /^(?:friend|friends|leader|leaders|man|woman|men|women|ally|allies|partner|partners|champion|statesman|servant|patriot|colleague|mentor|son|daughter|father|mother|brother|sister)$/;

/** Evaluative nouns for someone in relation to another: "its allies" are not "it". */
const RELATIONAL_NOUNS = new Set(
  "ally allies friend friends partner partners brother brothers enemy enemies agent agents puppet puppets lackey lackeys tool collaborator collaborators patriot patriots".split(
    " ",
  ),
);

/** Tone words that are titles before a name ("the Olympic sprint champion Usain Bolt"). */
const TITLE_NOUNS = new Set(["champion", "hero", "legend", "star", "icon"]);

/** Evaluative words that judge only the name right after them. */
const BEFORE_NAME_ONLY = new Set(["martyr"]);

/** The sum of the tone words outside mentions, a word after a negator counting the other way. */
function toneOf(f: Frame, lex: RelationLexicon, from = 0, to = Number.POSITIVE_INFINITY): number {
  let score = 0;
  for (let k = 0; k < f.tk.length; k++) {
    if (f.mentionOf[k] !== -1) continue;
    const at = f.tk.starts[k] as number;
    if (at < from || at >= to) continue;
    // "there was no one better than Jurgensen", "nobody finer than": praise above all others.
    if (
      f.tk.lower[k + 1] === "than" &&
      /^(?:better|finer|greater|smarter|tougher|stronger|braver)$/.test(f.tk.lower[k] ?? "") &&
      (f.tk.lower[k - 1] === "nobody" || (f.tk.lower[k - 1] === "one" && f.tk.lower[k - 2] === "no"))
    ) {
      score += 1;
      continue;
    }
    const t = lex.tone.get(f.tk.lower[k] ?? "");
    if (t === undefined) continue;
    // "the Olympic sprint champion Usain Bolt": a title before a name.
    if (TITLE_NOUNS.has(f.tk.lower[k] ?? "") && f.mentionOf[k + 1] !== -1) continue;
    // Nouns that look like judgements: "some kind of", "a public good", "great anguish".
    if (NOT_TONE_AFTER.get(f.tk.lower[k] ?? "")?.test(f.tk.lower[k + 1] ?? "")) continue;
    if (f.tk.lower[k] === "good" && /^(?:public|common|greater)$/.test(f.tk.lower[k - 1] ?? "")) continue;
    // "James Comey better hope that there are no tapes": a warning, not a hope.
    // ("We had better hope Iran keeps its word" warns no one.)
    if (f.tk.lower[k] === "hope" && f.tk.lower[k - 1] === "better") {
      const who = f.tk.lower[/^(?:had|'d|’d)$/.test(f.tk.lower[k - 2] ?? "") ? k - 3 : k - 2] ?? "";
      if (!/^(?:we|you|i)(?:['’]d)?$/.test(who)) score -= 1;
      continue;
    }
    let negated = false;
    let lost = false;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      if (lex.negators.has(f.tk.lower[j] ?? "") || /n['’]t$/.test(f.tk.lower[j] ?? "")) negated = true;
      // ("a little too honest" is no lack.)
      if (LOSING.has(f.tk.lower[j] ?? "") && !(f.tk.lower[j] === "little" && f.tk.lower[j - 1] === "a"))
        lost = true;
    }
    // "America had lost a great friend in Mandela": a person lost is mourned, not faulted.
    if (lost && (RELATIONAL_NOUNS.has(f.tk.lower[k] ?? "") || PEOPLE_AFTER.test(f.tk.lower[k + 1] ?? "")))
      continue;
    // "Monsanto lacked sufficient controls", "had lost all credibility": a good thing missing is a fault.
    if (lost && !negated && t > 0) {
      score -= 1;
      continue;
    }
    negated ||= lost;
    // A negated tone word says what is not, not its opposite ("would not thank Iran" is no criticism);
    // but a negated trust is distrust ("Iran can’t be trusted").
    if (!negated) score += t;
    else if (lex.negatedTone.has(f.tk.lower[k] ?? "")) score -= t;
  }
  return score;
}

export function scanStance(
  f: Frame,
  lex: RelationLexicon,
  statements: readonly Statement[],
  drafts: Draft[],
): void {
  const { tk } = f;
  // Only "must", "should" and evaluative words start a stance: the sentence's roles say which tokens
  // are one, without two lookups per token of what was said.
  const roles = f.roles;
  for (let k = 0; k < tk.length; k++) {
    const content = f.contentOf[k] ?? -1;
    if (content === -1 || f.mentionOf[k] !== -1) continue;
    if (roles !== undefined && roles[k]?.spokenTrigger !== true) continue;
    const l = tk.lower[k] ?? "";
    const speaker = (statements[content] as Statement).speaker as string;
    // "Hamas must mend this mistake", "US and British forces must ensure security": a demand on them.
    const bearer = k > 0 && GROUP_NOUNS.has(tk.lower[k - 1] ?? "") ? k - 2 : k - 1;
    if (
      (l === "must" || l === "should") &&
      bearer >= 0 &&
      actorAt(f, bearer) !== null &&
      !insideRelative(f, bearer)
    ) {
      const subject = phraseActorsEndingAt(f, bearer);
      const demand = lex.types.get("demand");
      if (subject && demand)
        drafts.push({
          sources: [speaker],
          targets: subject.actors,
          type: demand,
          from: subject.start,
          to: k + 1,
          at: k,
          statement: content,
          confidence: 0.55,
          mutual: false,
        });
      continue;
    }
    const entries = lex.evaluative.get(l);
    if (!entries) continue;
    // "Israel condemned the support for Hamas": what a hostile cue is about is judged, not voiced.
    if (hostileCue(statements[content] as Statement, lex)) continue;
    const entry = entries.find((e) => e.words.every((w, i) => tk.lower[k + i] === w));
    if (!entry) continue;
    const last = k + entry.words.length - 1;
    // "the martyr Qassem Soleimani": an honorific right before a name, nothing else ("turn him into a
    // martyr", "glorifies every terrorist as a martyr").
    if (BEFORE_NAME_ONLY.has(l) && actorAt(f, last + 1) === null) continue;
    // "the Olympic sprint champion Usain Bolt": a title, not a judgement.
    if (TITLE_NOUNS.has(l) && actorAt(f, last + 1) !== null) continue;
    const negated = verbGroup(f, k, lex) === "negated" && !/^(?:forget|forgive)$/.test(tk.lower[k - 1] ?? "");
    if (negated) continue;
    // "is not an enemy of Turkey", "is no friend of": a negation between the copula and the word.
    let denied = false;
    for (let j = k - 1; j >= 0 && k - j <= 4 && !denied; j--) {
      const w = tk.lower[j] ?? "";
      if (BE.has(w)) break;
      denied = lex.negators.has(w) || w.endsWith("n't");
    }
    if (denied) continue;
    // "America is a partner in this crime", "an ally in the aggression": a partner in a wrong shares it.
    let polarity = entry.polarity;
    if (polarity > 0 && tk.lower[last + 1] === "in") {
      for (let j = last + 2; j < tk.length && j - last <= 4; j++) {
        const w = tk.lower[j] ?? "";
        // "a partner in stopping terrorism", "an ally in confronting aggression": a wrong fought against.
        if (/^[a-z]{3,}ing$/.test(w)) break;
        if (lex.tone.get(w) === -1 || lex.evaluative.get(w)?.some((e) => e.polarity < 0)) {
          polarity = -1;
          break;
        }
      }
    }
    let target: { actors: string[]; at: number } | null = null;
    // Attributive: "the criminal [Syrian] regime", "our Hamas brothers".
    const next = phraseActorsFrom(f, last + 1, 2);
    if (next && !tk.lower.slice(last + 1, last + 3).some((w) => w === "of" || w === "for"))
      target = { actors: next.actors, at: next.end };
    // Predicative: "X is our enemy", "Anyone who expresses gratitude to Iran … is our enemy".
    if (!target) {
      let j = k - 1;
      while (
        j >= 0 &&
        (DETERMINERS.has(tk.lower[j] ?? "") ||
          POSSESSIVE_PRONOUNS.has(tk.lower[j] ?? "") ||
          /(?:ly|est|er)$/.test(tk.lower[j] ?? "")) &&
        k - j <= 3
      )
        j--;
      if (
        j >= 0 &&
        (BE.has(tk.lower[j] ?? "") ||
          /^(?:remains?|became|becomes|called|calls|labelled|labeled|branded)$/.test(tk.lower[j] ?? ""))
      ) {
        const about = clauseFirstActor(f, j);
        if (about) target = { actors: [about.actor], at: about.at };
        else if (actorAt(f, j + 1) !== null) target = { actors: [actorAt(f, j + 1) as string], at: j + 1 };
      }
    }
    // Nominal: "We will never forget this stab in the back", "this mistake": the nearest actor before.
    const after = tk.lower[last + 1] ?? "";
    const endsPhrase =
      after === "" ||
      !/^[\p{L}]/u.test(after) ||
      CLAUSE_WORDS.has(after) ||
      after === "and" ||
      NOUN_TARGET_PREPS.has(after);
    // "the Syrian regime and its allies", "Iran's enemies": an owner's allies are others, not the owner.
    const ownersOthers =
      RELATIONAL_NOUNS.has(l) &&
      (POSSESSIVE_PRONOUNS.has(tk.lower[k - 1] ?? "") || isPossessive(tk.surface[k - 1] ?? ""));
    if (
      !target &&
      endsPhrase &&
      !ownersOthers &&
      (DETERMINERS.has(tk.lower[k - 1] ?? "") || isPossessive(tk.surface[k - 1] ?? ""))
    ) {
      for (let j = k - 1; j >= 0; j--) {
        const a = actorAt(f, j);
        if (a !== null && a !== speaker) {
          target = { actors: [a], at: j };
          break;
        }
      }
      if (!target) {
        const a = f.earlier(tk.starts[k] as number, content);
        if (a) target = { actors: [a], at: k };
      }
    }
    if (!target) continue;
    const targets = target.actors.filter((a) => a !== speaker);
    if (targets.length === 0) continue;
    const type = lex.types.get(polarity > 0 ? "praise" : "criticize");
    if (!type) continue;
    drafts.push({
      sources: [speaker],
      targets,
      type,
      from: Math.min(target.at, k),
      to: Math.max(last, target.at),
      at: k,
      statement: content,
      confidence: 0.55,
      mutual: false,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Output

/** "Those who criticize our relationship with Iran should …": the name sits in a relative clause, not the subject. */
function insideRelative(f: Frame, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
    const l = f.tk.lower[j] ?? "";
    if (l === "who" || l === "which" || l === "whoever") return true;
    if (isClauseMark(f, j) || l === ",") return false;
  }
  return false;
}
