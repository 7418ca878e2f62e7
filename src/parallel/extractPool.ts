// The worker pool of `stancegraph extract --jobs N`: documents in, serialized results (JSONL lines or
// pretty reports, as bytes) out, in submission order. Batches are cut by text length, so a few long
// articles travel alone and many short ones share a message.

import type { DocumentInput } from "../contract/extraction.js";
import type { ExtractSettings } from "./extractTask.js";
import { createOrderedPool, type OrderedPool } from "./orderedPool.js";

export function createExtractPool(settings: ExtractSettings, size: number): OrderedPool<DocumentInput> {
  return createOrderedPool<DocumentInput>({
    worker: new URL("./extractWorker.js", import.meta.url),
    workerData: settings,
    size,
    weigh: (input) => input.text.length,
  });
}
