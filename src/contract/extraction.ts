// The shape of one document's extraction result, exactly as ../shared/CONTRACT.md defines it
// (schema "stancegraph.extraction/1"). Everything that reads stancegraph's output relies on it:
// change it only together with SCHEMA.

export const SCHEMA = "stancegraph.extraction/1" as const;

/** A `[start, end)` range of UTF-16 code units into `document.text`. */
export type Span = [start: number, end: number];

export type ActorType = "person" | "organization" | "state" | "group" | "media" | "place" | "unknown";

export type StatementKind = "direct" | "indirect" | "mixed";

/** "YYYY-MM-DD", or "--MM-DD" when the year is unknown. */
export type PartialDate = string;

export interface DocumentInfo {
  id: string;
  source: string | null;
  title: string | null;
  date: string | null;
  text: string;
}

export interface Affiliation {
  actor: string;
  role: string | null;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  known: boolean;
  affiliations: Affiliation[];
  mentions: Span[];
  /**
   * An addition to schema 1 (readers that do not know it ignore it): roles the text states for this
   * person without naming whose they are ("columnist Fadi al-Hourani", "Umm Mohammed, a teacher in
   * Shujaiya"); absent when none. A role with an organisation is an affiliation instead.
   */
  roles?: string[];
}

export interface Statement {
  id: string;
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  content: string;
  contentSpans: Span[];
  kind: StatementKind;
  date: PartialDate | null;
  notes: string[];
  confidence: number;
}

export interface Relation {
  id: string;
  source: string;
  target: string;
  type: string;
  polarity: 1 | 0 | -1;
  date: PartialDate | null;
  statement: string | null;
  evidence: Span;
  confidence: number;
  /**
   * An addition to schema 1 (readers that do not know it ignore it): the time the relation's clause
   * names when it is coarser than a day ("in 2011", "last week"), or the day itself; absent when none.
   */
  period?: { from: string; to: string; text: string };
}

export interface ExtractionResult {
  schema: typeof SCHEMA;
  document: DocumentInfo;
  actors: Actor[];
  statements: Statement[];
  relations: Relation[];
}

/** What a caller hands to the engine for one document. */
export interface DocumentInput {
  /** Given id; when absent the engine uses "sha256:<hex of text>". */
  id?: string | null;
  text: string;
  source?: string | null;
  title?: string | null;
  /** Publication date, "YYYY-MM-DD". */
  date?: string | null;
}
