// Worker thread of the extract pool (extractPool.ts): one extractor per thread, built once, and each
// document's result serialized here rather than in the main thread, which only writes bytes out.

import type { DocumentInput } from "../contract/extraction.js";
import { createExtractTask, type ExtractSettings } from "./extractTask.js";
import { serveTasks } from "./serveTasks.js";

serveTasks<DocumentInput>((data) => createExtractTask(data as ExtractSettings));
