// How far V8 lets the heap grow past what is live before a full collection. By default the old
// generation may grow to several times the live data: a batch run of the engine keeps about 70 MB live
// (the actor dictionary, the lexicons, the caches) and let the heap reach some 200 MB of mostly garbage
// before collecting it, 350-420 MB of RSS on the 20 MB bench. With growth capped at 75% of what is live,
// the same run peaks at 250-270 MB for a few more full collections (8 instead of 4-5 on the bench, about
// the same total pause: they are short and mostly concurrent). 50% saved little more memory but tripled
// the pauses. The flag is process-wide, so worker threads started afterwards get it too.

import { setFlagsFromString } from "node:v8";

/** Old-generation growth allowed after a full collection, in percent of what survived it. */
export const HEAP_GROWING_PERCENT = 75;

/**
 * Caps heap growth for this process, unless the user gave the V8 flag themselves (`node
 * --heap-growing-percent=N …`; Node does not accept it in NODE_OPTIONS).
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  const given = process.execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (!given) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
