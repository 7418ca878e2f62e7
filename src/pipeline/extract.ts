// The engine's entry point: compiles the lexicons once, builds the stage pipeline, then turns each
// document into an ExtractionResult (CONTRACT.md). Pure: no I/O beyond loading bundled data at creation.

import { createHash } from "node:crypto";
import type { ActorDictionary, DictionaryActor } from "../actors/dictionary/dictionary.js";
import { loadActorDictionary } from "../actors/dictionary/loadDictionary.js";
import { type ActorMatch, actorNamed, matchActors } from "../actors/dictionary/matchActors.js";
import { linkDictionaryActors } from "../actors/linkActors.js";
import { type RoleHint, resolveSpeakers } from "../actors/speakerActors.js";
import {
  type AttributionResources,
  attributeStatements,
  attributionResources,
  type StatementDraft,
} from "../attribution/attribute.js";
import { loadCueLexicon } from "../attribution/cueLexicon.js";
import { loadSpeakerWords } from "../attribution/speakerWords.js";
import { buildUnits } from "../attribution/units.js";
import {
  type Actor,
  type ActorType,
  type DocumentInput,
  type ExtractionResult,
  type Relation,
  SCHEMA,
  type Span,
  type Statement,
} from "../contract/extraction.js";
import { resolveStatementDate } from "../dates/statementDate.js";
import { findNoteMarkers, type NoteMarker, notesWithin } from "../document/notes.js";
import { segmentParagraphs } from "../document/paragraphs.js";
import { loadSentenceRules, segmentSentences } from "../document/sentences.js";
import { findQuotes, type Quote } from "../quotes/quotes.js";
import { findRelations } from "../relations/findRelations.js";
import { mergeRelationActors } from "../relations/names.js";
import { loadRelationLexicon } from "../relations/relationLexicon.js";
import { buildPipeline, type Pipeline, type Stage } from "./pipeline.js";

export interface ExtractorOptions {
  /** Default publication date for documents that carry none ("YYYY-MM-DD"). */
  date?: string | null;
  /** User actor dictionaries layered on the bundled one, in order (--actors, the config file). */
  actorFiles?: readonly string[];
  /** A dictionary built elsewhere (tests); replaces bundled and actorFiles. */
  dictionary?: ActorDictionary;
}

export interface Extractor {
  extract(input: DocumentInput): ExtractionResult;
}

/** The layers a document accumulates as it goes through the stages. */
export interface Layers {
  text: string;
  date: string | null;
  paragraphs: Span[];
  sentences: Span[];
  notes: NoteMarker[];
  quotes: Quote[];
  units: Span[];
  drafts: StatementDraft[];
  /** Dictionary aliases found in the text. */
  actorMatches: ActorMatch[];
  /** Actors from the speaker phrases, before the dictionary joins them. */
  speakerActors: Actor[];
  /** Statements whose speakers are speakerActors' ids. */
  speakerStatements: Statement[];
  /** Roles stated without an organisation, for the dictionary to place. */
  roleHints: RoleHint[];
  actors: Actor[];
  statements: Statement[];
  relations: Relation[];
  /** Actors that only relations name, and new mentions of earlier actors (findRelations). */
  relationActors: Actor[];
}

/**
 * "Trump said.", "said Smith.", "he told reporters on Monday.": a cue among the last words. "He said there
 * was no date yet." has its own content and is no attribution of the quotation before it.
 */
/**
 * Does a short sentence read as an attribution? A cue among its last words ("Trump said.", "he told
 * reporters."), or early with only its setting after it ("Trump said to a crowd of about 500.").
 */
function endsWithCue(sentence: string, res: AttributionResources): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  for (let k = Math.max(0, words.length - 4); k < words.length; k++)
    if (res.cues.forms.has(words[k] ?? "")) return true;
  for (let k = 1; k < Math.min(3, words.length - 1); k++) {
    const w = words[k] ?? "";
    if (!SAYING.has(w)) continue;
    if (SETTING_AFTER_CUE.has(words[k + 1] ?? "")) return true;
    // "Trump said, looking far from displeased.": the cue, then an aside of its speaker.
    const at = sentence.toLowerCase().indexOf(`${w}, `);
    if (at !== -1 && /^[\p{L}]+ing\b/u.test(sentence.slice(at + w.length + 2))) return true;
  }
  return false;
}
const SAYING = new Set([
  "said",
  "says",
  "added",
  "asked",
  "wrote",
  "told",
  "shouted",
  "replied",
  "explained",
]);
const SETTING_AFTER_CUE = new Set(["to", "with", "in", "on", "at", "during", "into"]);

export function documentId(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

export function buildStages(dictionary: ActorDictionary): Stage<Layers>[] {
  const sentenceRules = loadSentenceRules();
  const res: AttributionResources = attributionResources(loadCueLexicon(), loadSpeakerWords());
  const relationLexicon = loadRelationLexicon();
  // One function per dictionary: the relations stage caches its lookups by it.
  const dictionaryName = (name: string): Actor | null => {
    const ms = matchActors(name, dictionary);
    const m = ms.length === 1 ? ms[0] : undefined;
    if (m?.start !== 0 || m.end !== name.length) return null;
    const d = m.actor;
    return {
      id: d.id,
      name: d.name,
      type: d.type,
      aliases: [],
      known: true,
      affiliations: [],
      mentions: [],
    };
  };
  // Speakers' names recur across documents ("Trump", "Clinton"): each is matched against the dictionary
  // once. Bounded, so that a stream of new names cannot grow it forever.
  const named = new Map<string, DictionaryActor | null>();
  const byName = (name: string): DictionaryActor | null => {
    let actor = named.get(name);
    if (actor === undefined) {
      actor = actorNamed(name, dictionary);
      if (named.size >= 50_000) named.clear();
      named.set(name, actor);
    }
    return actor;
  };
  return [
    {
      name: "paragraphs",
      version: 1,
      requires: ["text"],
      produces: ["paragraphs"],
      run: (l) => ({ paragraphs: segmentParagraphs(l.text as string) }),
    },
    {
      name: "sentences",
      version: 1,
      requires: ["text", "paragraphs"],
      produces: ["sentences"],
      run: (l) => ({ sentences: segmentSentences(l.text as string, l.paragraphs as Span[], sentenceRules) }),
    },
    {
      name: "notes",
      version: 1,
      requires: ["text"],
      produces: ["notes"],
      run: (l) => ({ notes: findNoteMarkers(l.text as string) }),
    },
    {
      name: "quotes",
      version: 1,
      requires: ["text", "paragraphs"],
      produces: ["quotes"],
      run: (l) => ({ quotes: findQuotes(l.text as string, l.paragraphs as Span[]) }),
    },
    {
      name: "units",
      version: 1,
      requires: ["text", "sentences", "quotes", "paragraphs"],
      produces: ["units"],
      run: (l) => ({
        units: buildUnits(
          l.text as string,
          l.sentences as Span[],
          l.quotes as Quote[],
          l.paragraphs as Span[],
          (s) => endsWithCue(s, res),
        ),
      }),
    },
    {
      name: "attribution",
      version: 1,
      requires: ["text", "units", "paragraphs", "quotes"],
      produces: ["drafts"],
      run: (l) => ({
        drafts: attributeStatements(
          {
            text: l.text as string,
            units: l.units as Span[],
            paragraphs: l.paragraphs as Span[],
            quotes: l.quotes as Quote[],
          },
          res,
        ),
      }),
    },
    {
      name: "actorMatches",
      version: 1,
      requires: ["text"],
      produces: ["actorMatches"],
      run: (l) => ({
        actorMatches: matchActors(l.text as string, dictionary),
      }),
    },
    {
      name: "statements",
      version: 1,
      requires: ["text", "date", "drafts", "notes"],
      produces: ["speakerActors", "speakerStatements", "roleHints"],
      run: (l) =>
        finishStatements(
          l.text as string,
          l.date ?? null,
          l.drafts as StatementDraft[],
          l.notes as NoteMarker[],
          res,
          (name) => byName(name)?.type ?? null,
        ),
    },
    {
      name: "actors",
      version: 1,
      requires: ["text", "date", "speakerActors", "speakerStatements", "roleHints", "actorMatches"],
      produces: ["actors", "statements"],
      run: (l) =>
        linkDictionaryActors({
          text: l.text as string,
          date: l.date ?? null,
          actors: l.speakerActors as Actor[],
          statements: l.speakerStatements as Statement[],
          roleHints: l.roleHints as RoleHint[],
          words: res.words,
          matches: l.actorMatches as ActorMatch[],
          lookup: (id) => dictionary.actors.get(id),
          byName,
        }),
    },
    {
      name: "relations",
      version: 1,
      requires: ["text", "date", "sentences", "actors", "statements"],
      produces: ["relations", "relationActors"],
      run: (l) => {
        const found = findRelations(
          {
            text: l.text as string,
            date: l.date ?? null,
            sentences: l.sentences as Span[],
            actors: l.actors as Actor[],
            statements: l.statements as Statement[],
            words: res.words,
            dictionaryName,
          },
          relationLexicon,
        );
        return { relations: found.relations, relationActors: found.actors };
      },
    },
  ];
}

function finishStatements(
  text: string,
  date: string | null,
  drafts: StatementDraft[],
  notes: NoteMarker[],
  res: AttributionResources,
  knownType: (name: string) => ActorType | null,
): Pick<Layers, "speakerActors" | "speakerStatements" | "roleHints"> {
  // Drafts in text order; the sort is stable, so drafts that start together keep their order.
  const startOf = drafts.map((d) =>
    Math.min(
      d.speakerSpan?.[0] ?? Number.MAX_SAFE_INTEGER,
      d.cueSpan?.[0] ?? Number.MAX_SAFE_INTEGER,
      d.contentSpans[0]?.[0] ?? Number.MAX_SAFE_INTEGER,
    ),
  );
  const sorted = drafts
    .map((_, i) => i)
    .sort((a, b) => (startOf[a] as number) - (startOf[b] as number))
    .map((i) => drafts[i] as StatementDraft);
  const { actors, speakerOf, roleHints } = resolveSpeakers(text, sorted, res.words, knownType);
  const statements: Statement[] = sorted.map((d, i) => {
    const contentSpans = d.contentSpans.filter(([a, b]) => b > a);
    const lastContent = contentSpans[contentSpans.length - 1] ?? d.unit;
    return {
      id: `s${i + 1}`,
      speaker: speakerOf[i] ?? null,
      speakerText: d.speakerSpan ? text.slice(d.speakerSpan[0], d.speakerSpan[1]) : null,
      speakerSpan: d.speakerSpan,
      cue: d.cueSpan ? text.slice(d.cueSpan[0], d.cueSpan[1]) : null,
      cueSpan: d.cueSpan,
      content: contentSpans.map(([a, b]) => text.slice(a, b)).join(" … "),
      contentSpans,
      kind: d.kind,
      date: statementDate(text, d, date),
      notes: notesWithin(notes, d.unit[0], Math.max(d.unit[1], lastContent[1])),
      confidence: d.confidence,
    };
  });
  return { speakerActors: actors, speakerStatements: statements, roleHints };
}

/**
 * When a statement was made: a date right after the cue ("said on May 28") first, then the words around
 * speaker and cue ("On Wednesday, he said"). A date inside a relative clause before the cue ("Qassim, who
 * met Haniya on May 2, said on May 28") dates something else.
 */
function statementDate(text: string, d: StatementDraft, docDate: string | null): string | null {
  const anchor = d.cueSpan ?? d.speakerSpan ?? d.unit;
  // Up to 40 characters after the cue, to the end of a word ("on May 28" is not "on May 2"), the content
  // blanked out ("said Hamas had left Damascus on May 2, 2012" dates the leaving, not the saying).
  let end = Math.min(d.unit[1], anchor[1] + 40);
  while (end < d.unit[1] && /[\p{L}\p{N}]/u.test(text[end] ?? "")) end++;
  let after = text.slice(anchor[0], end);
  for (const [a, b] of d.contentSpans) {
    if (b <= anchor[1] || a >= end) continue;
    const x = Math.max(a, anchor[1]) - anchor[0];
    const y = Math.min(b, end) - anchor[0];
    after = `${after.slice(0, x)}${" ".repeat(y - x)}${after.slice(y)}`;
  }
  const forward = resolveStatementDate(after, docDate);
  if (forward) return forward;
  // Not from inside the content: "… held for a second day on Sunday, officials said" dates the truce.
  let contentBefore = -1;
  for (const [, b] of d.contentSpans) if (b <= anchor[0] && b > contentBefore) contentBefore = b;
  const from = Math.max(d.unit[0], contentBefore, Math.min(anchor[0], d.speakerSpan?.[0] ?? anchor[0]) - 40);
  let before = text.slice(from, anchor[0]);
  // Nor from a relative clause on the speaker: "Amir-Abdollahian — who arrived in Baghdad on September 12
  // — told reporters" dates the arrival ("Qassim, speaking on Thursday, said" does date the saying).
  const sp = d.speakerSpan;
  if (sp && sp[1] > from && sp[1] <= anchor[0]) {
    const head = Math.max(from, d.speakerHead?.[1] ?? sp[0]);
    const relative = /[\s,—–-](?:who|which|whose)\s/.exec(text.slice(head, sp[1]));
    if (relative) {
      const x = head + relative.index - from;
      before = `${before.slice(0, x)}${" ".repeat(sp[1] - from - x)}${before.slice(sp[1] - from)}`;
    }
  }
  return resolveStatementDate(before, docDate);
}

/** One compiled pipeline per dictionary: building the stages loads and compiles every lexicon. */
const pipelines = new WeakMap<ActorDictionary, Pipeline<Layers>>();

/** @throws DataError when a bundled or user data file (lexicon, actor dictionary) does not validate. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const dictionary = options.dictionary ?? loadActorDictionary(options.actorFiles ?? []);
  let pipeline = pipelines.get(dictionary);
  if (!pipeline) {
    pipeline = buildPipeline<Layers>(["text", "date"], buildStages(dictionary));
    pipelines.set(dictionary, pipeline);
  }
  return {
    extract(input) {
      const date = input.date ?? options.date ?? null;
      const layers = pipeline.run({ text: input.text, date });
      return {
        schema: SCHEMA,
        document: {
          id: input.id ?? documentId(input.text),
          source: input.source ?? null,
          title: input.title ?? null,
          date,
          text: input.text,
        },
        actors: mergeRelationActors(layers.actors ?? [], layers.relationActors ?? []),
        statements: layers.statements ?? [],
        relations: layers.relations ?? [],
      };
    },
  };
}
