// The worker-thread side of orderedPool.ts: sets up a task handler once, then answers each batch with one
// message holding every result. A task that throws is reported for that task only and the batch goes
// on; the outputs travel UTF-8 encoded in one transferred buffer, so the main thread neither copies nor
// encodes them before writing.

import { parentPort, workerData } from "node:worker_threads";
import type { BatchMessage, ItemResult, WorkerMessage } from "./orderedPool.js";

/** Runs one task and returns its serialized result. */
export type TaskHandler<T> = (task: T) => string | Promise<string>;

/**
 * Call once from a worker module: `setup` gets the pool's workerData and returns the handler (an
 * exception in setup is sent to the pool, which rejects every task with it).
 */
export function serveTasks<T>(setup: (data: unknown) => TaskHandler<T> | Promise<TaskHandler<T>>): void {
  const port = parentPort;
  if (port === null) throw new Error("serveTasks() runs in a worker thread, not the main thread");
  const post = (message: WorkerMessage, transfer?: ArrayBuffer[]): void =>
    port.postMessage(message, transfer);

  const handler = (async () => setup(workerData))();
  let failed = false;
  // Batches are run one after the other, in the order they came: the pool relies on it.
  let chain: Promise<void> = handler.then(
    () => post({ type: "ready" }),
    (error: unknown) => {
      failed = true;
      const e = error instanceof Error ? error : new Error(String(error));
      const code = (e as { code?: unknown }).code;
      post({
        type: "fatal",
        error: { name: e.name, message: e.message, ...(typeof code === "string" ? { code } : {}) },
      });
      port.close(); // nothing else keeps this thread alive: it ends
    },
  );
  port.on("message", (message: BatchMessage<T>) => {
    chain = chain.then(async () => {
      if (!failed) await runBatch(await handler, message);
    });
  });

  async function runBatch(run: TaskHandler<T>, message: BatchMessage<T>): Promise<void> {
    const results: ItemResult[] = [];
    const outputs: string[] = [];
    let total = 0;
    for (const task of message.tasks) {
      try {
        const output = await run(task);
        const bytes = Buffer.byteLength(output, "utf8");
        outputs.push(output);
        results.push({ ok: true, bytes });
        total += bytes;
      } catch (error) {
        results.push({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
    // allocUnsafeSlow: a buffer of its own (not a slice of Node's shared pool), so it can be transferred.
    const buffer = Buffer.allocUnsafeSlow(total);
    let offset = 0;
    for (const output of outputs) offset += buffer.write(output, offset, "utf8");
    post({ type: "done", id: message.id, results, output: buffer }, [buffer.buffer as ArrayBuffer]);
  }
}
