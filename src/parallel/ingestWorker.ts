// Worker thread of the ingest pool (ingest/ingest.ts): one engine per thread, built once; each source is
// converted, its language told and its text extracted here, and the result sent back as JSON.

import { createPrepareTask, type PrepareSettings, type RawSource } from "../ingest/prepare.js";
import { serveTasks } from "./serveTasks.js";

serveTasks<RawSource>((data) => {
  const prepare = createPrepareTask(data as PrepareSettings);
  return async (raw) => JSON.stringify(await prepare(raw));
});
