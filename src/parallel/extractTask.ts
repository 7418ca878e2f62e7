// One document in, its serialized result out: the unit of work of `stancegraph extract`, the same code
// whether it runs in the main thread (--jobs 1) or in a worker (extractWorker.ts), so both paths print
// the same bytes.

import type { DocumentInput } from "../contract/extraction.js";
import { formatPretty } from "../output/pretty.js";
import { createExtractor } from "../pipeline/extract.js";

export type OutputFormat = "jsonl" | "pretty";

/** What a worker needs to know to set itself up; plain data, since it is structured-cloned. */
export interface ExtractSettings {
  /** --date: the publication date of documents that carry none. */
  date: string | null;
  /** --actors and the config file's dictionaries, absolute paths, in order. */
  actorFiles: string[];
  format: OutputFormat;
  /** ANSI colour in the pretty report (the main thread knows whether stdout is a terminal). */
  color: boolean;
}

/**
 * Builds the extractor once and returns the function that runs it on one document: a JSONL line, or a
 * pretty report (without the blank line between reports, which depends on what was written before).
 * @throws DataError when a bundled data file does not validate.
 */
export function createExtractTask(settings: ExtractSettings): (input: DocumentInput) => string {
  const extractor = createExtractor({ date: settings.date, actorFiles: settings.actorFiles });
  const { format, color } = settings;
  return (input) => {
    const result = extractor.extract(input);
    return format === "jsonl" ? `${JSON.stringify(result)}\n` : formatPretty(result, { color });
  };
}
