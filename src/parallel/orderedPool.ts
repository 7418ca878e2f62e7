// A pool of worker threads that runs tasks (documents) in batches and hands back each task's serialized
// result, as bytes, strictly in the order the tasks were submitted. The worker side is serveTasks.ts; what
// a task is and how it is serialized belongs to the worker module (extractWorker.ts for `extract`).
//
// Why batches: posting one message per small document costs about as much as extracting it, so tasks
// are grouped (up to `batchItems` tasks or `batchWeight` weight) and each batch comes back as one
// transferred buffer. Why two batches per worker: a worker that has finished one batch starts the next
// at once instead of waiting for the main thread, which is busy reading input and writing output.
//
// Failures: a task that throws is a failed outcome for that task only. A worker that dies (out of memory,
// a native crash) loses the batches it held: the pool starts a replacement and sends them again, the one
// it was running split into one task per batch, so only the task that kills a worker alone is reported. A worker that cannot
// even start (a bundled data file that does not validate, a missing module) makes every submit reject:
// nothing could be processed anyway.

import { type ResourceLimits, Worker } from "node:worker_threads";
import { type ErrorCode, StancegraphError } from "../errors.js";
import type { Window } from "./mapOrdered.js";

export interface OrderedPoolOptions<T> {
  /** The worker module; it must call serveTasks(). */
  worker: URL;
  /** Handed to the worker's setup function (structured clone). */
  workerData?: unknown;
  /** Number of worker threads, at least 1. */
  size: number;
  /** Cost of a task for batching and the window, e.g. a document's length; 1 by default. */
  weigh?: (task: T) => number;
  /** A batch is sent once it holds this many tasks (default 64)... */
  batchItems?: number;
  /** ...or this much weight (default 256 Ki). */
  batchWeight?: number;
  /** Heap limits per worker; by default the same as the main thread's. */
  resourceLimits?: ResourceLimits;
}

export type TaskOutcome =
  /** `output` is what the worker's handler returned, UTF-8 encoded. */
  | { ok: true; output: Uint8Array }
  /** `crashed`: the worker died on this task (`error` says how); otherwise the handler threw `error`. */
  | { ok: false; error: string; crashed: boolean };

export interface OrderedPool<T> {
  readonly size: number;
  /**
   * How much submitted but not yet consumed work keeps every worker busy; mapOrdered reads ahead this
   * far and no further, which bounds memory whatever the number of tasks.
   */
  readonly window: Window;
  /**
   * Queues a task. The promises settle in submission order, each with the task's outcome; they reject
   * only when the workers cannot start (with the error their setup threw) or after close().
   */
  submit(task: T): Promise<TaskOutcome>;
  /** Stops the workers. Tasks still pending settle as failed; call it once all wanted results are in. */
  close(): Promise<void>;
}

/** Raised when a worker thread cannot start and its setup error is not a StancegraphError. */
export class WorkerStartError extends Error {
  override name = "WorkerStartError";
}

// The messages between the pool and serveTasks.ts.
export interface BatchMessage<T> {
  type: "batch";
  id: number;
  tasks: T[];
}
export type ItemResult = { ok: true; bytes: number } | { ok: false; error: string };
export type WorkerMessage =
  | { type: "ready" }
  /** `output` holds the outputs of the ok items back to back, `bytes` long each. */
  | { type: "done"; id: number; results: ItemResult[]; output: Uint8Array }
  | { type: "fatal"; error: { name: string; message: string; code?: string } };

/** How many batches a worker holds at once: one running, one waiting in its port. */
const DEPTH = 2;

interface Entry<T> {
  task: T | undefined;
  weight: number;
  outcome: TaskOutcome | undefined;
  resolve: (outcome: TaskOutcome) => void;
  reject: (error: Error) => void;
}

interface Batch<T> {
  id: number;
  entries: Entry<T>[];
  weight: number;
}

interface Slot<T> {
  worker: Worker;
  ready: boolean;
  /** Batches sent and not yet answered, in the order the worker runs them. */
  held: Batch<T>[];
  /** The 'error' event that precedes a crash exit, for the message. */
  lastError: Error | null;
}

export function createOrderedPool<T>(options: OrderedPoolOptions<T>): OrderedPool<T> {
  const size = Math.max(1, Math.floor(options.size));
  const weigh = options.weigh ?? (() => 1);
  const batchItems = options.batchItems ?? 64;
  const batchWeight = options.batchWeight ?? 256 * 1024;

  // Submitted and not yet resolved, oldest first; resolved strictly from the head, so in order.
  const waiting: (Entry<T> | undefined)[] = [];
  let head = 0;
  // Sealed batches not yet sent (retries go first), and the batch being filled.
  const queue: Batch<T>[] = [];
  let filling: Batch<T> = { id: 0, entries: [], weight: 0 };
  let nextBatchId = 1;
  let flushScheduled: NodeJS.Immediate | null = null;
  let fatal: Error | null = null;
  let closed = false;
  const slots: Slot<T>[] = [];

  function spawn(): Slot<T> {
    const worker = new Worker(options.worker, {
      workerData: options.workerData,
      ...(options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits }),
    });
    const slot: Slot<T> = { worker, ready: false, held: [], lastError: null };
    worker.on("message", (message: WorkerMessage) => onMessage(slot, message));
    // Without an 'error' listener an uncaught exception in the worker would be rethrown here.
    worker.on("error", (error: Error) => {
      slot.lastError = error;
    });
    worker.on("exit", (code) => onExit(slot, code));
    return slot;
  }

  function onMessage(slot: Slot<T>, message: WorkerMessage): void {
    if (message.type === "ready") {
      slot.ready = true;
      return;
    }
    if (message.type === "fatal") {
      const { name, message: text, code } = message.error;
      // A stancegraph error (a data file that does not validate) keeps its code, for the CLI's message.
      fail(
        code?.startsWith("SG_") === true
          ? new StancegraphError(code as ErrorCode, text)
          : new WorkerStartError(`a worker thread could not start (${name}: ${text})`),
      );
      return;
    }
    const batch = slot.held.shift();
    if (batch === undefined || batch.id !== message.id) return; // cannot happen: a worker answers in order
    let offset = 0;
    batch.entries.forEach((entry, i) => {
      const result = message.results[i];
      if (result === undefined) {
        entry.outcome = { ok: false, error: "no result came back from the worker", crashed: false };
      } else if (result.ok) {
        entry.outcome = { ok: true, output: message.output.subarray(offset, offset + result.bytes) };
        offset += result.bytes;
      } else {
        entry.outcome = { ok: false, error: result.error, crashed: false };
      }
      entry.task = undefined;
    });
    release();
    dispatch(true);
  }

  function onExit(slot: Slot<T>, code: number): void {
    const index = slots.indexOf(slot);
    if (closed || fatal !== null || index < 0) return;
    const why = slot.lastError?.message ?? `it exited with code ${code}`;
    if (!slot.ready) {
      // It died before its setup finished: a replacement would die the same way.
      fail(new WorkerStartError(`a worker thread could not start (${why})`));
      return;
    }
    slots[index] = spawn();
    // A worker runs its batches in order, so it died on the first one it held; the others never started
    // and go out again as they are. The first is split, each task alone, so that a task that kills a
    // worker takes no others with it; a task that killed one when alone is not tried again.
    const [running, ...unstarted] = slot.held;
    const retries: Batch<T>[] = [];
    if (running !== undefined && running.entries.length === 1) {
      for (const entry of running.entries) {
        entry.outcome = { ok: false, error: why, crashed: true };
        entry.task = undefined;
      }
    } else if (running !== undefined) {
      for (const entry of running.entries) {
        retries.push({ id: nextBatchId++, entries: [entry], weight: entry.weight });
      }
    }
    queue.unshift(...retries, ...unstarted);
    release();
    dispatch(true);
  }

  /** Resolves the finished entries at the head of the line, so results come out in submission order. */
  function release(): void {
    for (;;) {
      const entry = waiting[head];
      if (entry === undefined || entry.outcome === undefined) break;
      waiting[head] = undefined;
      head++;
      entry.resolve(entry.outcome);
    }
    if (head > 1024 && head * 2 > waiting.length) {
      waiting.splice(0, head);
      head = 0;
    }
  }

  /** Sends queued batches to workers with room; `sealPartial` also sends the batch still being filled. */
  function dispatch(sealPartial: boolean): void {
    if (closed || fatal !== null) return;
    for (;;) {
      let slot: Slot<T> | undefined;
      for (const s of slots)
        if (s.held.length < DEPTH && (slot === undefined || s.held.length < slot.held.length)) slot = s;
      if (slot === undefined) return;
      let batch = queue.shift();
      if (batch === undefined) {
        if (!sealPartial || filling.entries.length === 0) return;
        batch = seal();
      }
      slot.held.push(batch);
      const message: BatchMessage<T> = {
        type: "batch",
        id: batch.id,
        tasks: batch.entries.map((e) => e.task as T),
      };
      slot.worker.postMessage(message);
    }
  }

  function seal(): Batch<T> {
    const batch = filling;
    batch.id = nextBatchId++;
    filling = { id: 0, entries: [], weight: 0 };
    return batch;
  }

  function fail(error: Error): void {
    if (fatal !== null) return;
    fatal = error;
    for (let i = head; i < waiting.length; i++) waiting[i]?.reject(error);
    waiting.length = 0;
    head = 0;
    void terminateAll();
  }

  async function terminateAll(): Promise<void> {
    if (flushScheduled !== null) clearImmediate(flushScheduled);
    flushScheduled = null;
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    size,
    window: { items: size * (DEPTH + 1) * batchItems, weight: size * (DEPTH + 1) * batchWeight },
    submit(task: T): Promise<TaskOutcome> {
      if (fatal !== null) return Promise.reject(fatal);
      if (closed) return Promise.reject(new Error("the worker pool is closed"));
      return new Promise<TaskOutcome>((resolve, reject) => {
        const weight = weigh(task);
        const entry: Entry<T> = { task, weight, outcome: undefined, resolve, reject };
        waiting.push(entry);
        filling.entries.push(entry);
        filling.weight += weight;
        if (filling.entries.length >= batchItems || filling.weight >= batchWeight) {
          queue.push(seal());
          dispatch(false);
        }
        // Whatever is still being filled goes out once this burst of submits is over, so that a slow
        // trickle of input (a pipe) is not held back waiting for a full batch.
        flushScheduled ??= setImmediate(() => {
          flushScheduled = null;
          dispatch(true);
        });
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (let i = head; i < waiting.length; i++) {
        waiting[i]?.resolve({ ok: false, error: "the worker pool was closed first", crashed: false });
      }
      waiting.length = 0;
      head = 0;
      await terminateAll();
    },
  };
}
