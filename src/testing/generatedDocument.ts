// A stored document around a hand-made extraction (actors and relations drawn by a test's generator), so
// that store tests can count what they wrote without running the engine.

import { type Actor, type ExtractionResult, type Relation, SCHEMA } from "../contract/extraction.js";
import type { NewDocument } from "../store/store.js";

export function generatedDocument(
  d: number,
  text: string,
  date: string | null,
  actors: Actor[],
  relations: Relation[],
): NewDocument {
  const extraction: ExtractionResult = {
    schema: SCHEMA,
    document: { id: `doc-${d}`, source: null, title: null, date, text },
    actors,
    statements: [],
    relations,
  };
  return {
    rawHash: `raw-${d}`,
    textHash: `text-${d}`,
    source: `gen/${d}`,
    format: "text",
    title: null,
    date,
    language: "eng",
    text,
    status: "extracted",
    statusDetail: null,
    extraction,
  };
}
