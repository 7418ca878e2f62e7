// The ordered worker pool and its read-ahead: results in submission order whatever the workers' speed,
// one failing task never takes others with it, a dead worker is replaced, and a worker that cannot start
// fails every task with its reason.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mapOrdered, type Started } from "./mapOrdered.js";
import { createOrderedPool, type OrderedPool, type TaskOutcome } from "./orderedPool.js";
import type { FixtureData, FixtureTask } from "./poolFixtureWorker.js";

const WORKER = new URL("./poolFixtureWorker.js", import.meta.url);
const decoder = new TextDecoder();

function fixturePool(
  options: { size?: number; data?: FixtureData; batchItems?: number } = {},
): OrderedPool<FixtureTask> {
  return createOrderedPool<FixtureTask>({
    worker: WORKER,
    workerData: options.data ?? {},
    size: options.size ?? 2,
    batchItems: options.batchItems ?? 8,
    // Small heaps, so the out-of-memory case fails fast.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  });
}

function text(outcome: TaskOutcome): string {
  assert.ok(outcome.ok, `expected a result, got ${outcome.ok ? "" : outcome.error}`);
  return decoder.decode(outcome.output);
}

/** Resolves the promises in the order they settle, to check that the pool settles them in order. */
function settleOrder(promises: Promise<unknown>[]): Promise<number[]> {
  const order: number[] = [];
  return Promise.all(promises.map((p, i) => p.then(() => order.push(i)))).then(() => order);
}

describe("createOrderedPool", () => {
  test("results come back in submission order, slow tasks first or not", async () => {
    const pool = fixturePool({ batchItems: 1 });
    try {
      const tasks: FixtureTask[] = Array.from({ length: 40 }, (_, i) =>
        i % 5 === 0 ? { op: "sleep", ms: 30, value: `s${i}` } : { op: "echo", value: `e${i}` },
      );
      const promises = tasks.map((t) => pool.submit(t));
      const order = await settleOrder(promises);
      assert.deepEqual(order, [...tasks.keys()]);
      const outputs = (await Promise.all(promises)).map(text);
      assert.deepEqual(
        outputs,
        tasks.map((t, i) => (t.op === "sleep" ? `s${i}` : `e${i}`)),
      );
    } finally {
      await pool.close();
    }
  });

  test("UTF-8 outputs are cut apart exactly within a batch", async () => {
    const pool = fixturePool({ size: 1, batchItems: 64 });
    try {
      const values = ["", "é", "👍 “quoted”", "", "plain\n", "\u0000", "z".repeat(10_000)];
      const outcomes = await Promise.all(values.map((value) => pool.submit({ op: "echo", value })));
      assert.deepEqual(outcomes.map(text), values);
    } finally {
      await pool.close();
    }
  });

  test("a task that throws fails alone; the rest of its batch is fine", async () => {
    const pool = fixturePool({ size: 1, batchItems: 64 });
    try {
      const outcomes = await Promise.all([
        pool.submit({ op: "echo", value: "a" }),
        pool.submit({ op: "throw", message: "boom" }),
        pool.submit({ op: "echo", value: "c" }),
      ]);
      assert.equal(text(outcomes[0] as TaskOutcome), "a");
      assert.deepEqual(outcomes[1], { ok: false, error: "boom", crashed: false });
      assert.equal(text(outcomes[2] as TaskOutcome), "c");
    } finally {
      await pool.close();
    }
  });

  test("a worker that dies is replaced; only the task that killed it fails", async () => {
    const pool = fixturePool({ size: 1, batchItems: 64 });
    try {
      const before = Array.from({ length: 10 }, (_, i) => pool.submit({ op: "echo", value: `b${i}` }));
      const killer = pool.submit({ op: "exit" });
      const after = Array.from({ length: 10 }, (_, i) => pool.submit({ op: "echo", value: `a${i}` }));
      assert.deepEqual(
        (await Promise.all(before)).map(text),
        Array.from({ length: 10 }, (_, i) => `b${i}`),
      );
      const dead = await killer;
      assert.equal(dead.ok, false);
      assert.ok(!dead.ok && dead.crashed && /code 3/.test(dead.error), JSON.stringify(dead));
      assert.deepEqual(
        (await Promise.all(after)).map(text),
        Array.from({ length: 10 }, (_, i) => `a${i}`),
      );
      // And the replacement goes on working.
      assert.equal(text(await pool.submit({ op: "echo", value: "later" })), "later");
    } finally {
      await pool.close();
    }
  });

  test("a worker out of memory is reported for that task, and the pool carries on", {
    timeout: 60_000,
  }, async () => {
    const pool = fixturePool({ size: 2, batchItems: 4 });
    try {
      const promises = [
        pool.submit({ op: "echo", value: "x" }),
        pool.submit({ op: "oom" }),
        pool.submit({ op: "echo", value: "y" }),
      ];
      const [x, oom, y] = await Promise.all(promises);
      assert.equal(text(x as TaskOutcome), "x");
      assert.ok(
        oom !== undefined && !oom.ok && oom.crashed && /memory/i.test(oom.error),
        JSON.stringify(oom),
      );
      assert.equal(text(y as TaskOutcome), "y");
    } finally {
      await pool.close();
    }
  });

  test("a worker that cannot start rejects every task with its reason and code", async () => {
    const pool = fixturePool({ data: { failSetup: "SG_DATA_INVALID" } });
    try {
      await assert.rejects(pool.submit({ op: "echo", value: "a" }), {
        name: "StancegraphError",
        code: "SG_DATA_INVALID",
        message: "the fixture was told to fail",
      });
      await assert.rejects(pool.submit({ op: "echo", value: "b" }), { code: "SG_DATA_INVALID" });
    } finally {
      await pool.close();
    }
  });

  test("close() settles what is pending and refuses new tasks", async () => {
    const pool = fixturePool({ size: 1, batchItems: 1 });
    const slow = pool.submit({ op: "sleep", ms: 5_000, value: "never" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pool.close();
    const outcome = await slow;
    assert.equal(outcome.ok, false);
    await assert.rejects(pool.submit({ op: "echo", value: "late" }), /closed/);
  });
});

describe("mapOrdered", () => {
  async function* numbers(n: number, seen: number[]): AsyncGenerator<number> {
    for (let i = 0; i < n; i++) {
      seen.push(i);
      yield i;
    }
  }

  test("yields in source order when results settle out of order", async () => {
    const seen: number[] = [];
    const start = (i: number): Started<number> => ({
      weight: 1,
      result: new Promise((resolve) => setTimeout(() => resolve(i * 10), (7 - (i % 7)) * 3)),
    });
    const out: number[] = [];
    for await (const r of mapOrdered(numbers(30, seen), start, { items: 8, weight: 100 })) out.push(r);
    assert.deepEqual(
      out,
      Array.from({ length: 30 }, (_, i) => i * 10),
    );
  });

  test("reads no further ahead than the window", async () => {
    const seen: number[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const start = (i: number): Started<number> => ({ weight: 10, result: gate.then(() => i) });
    const it = mapOrdered(numbers(100, seen), start, { items: 5, weight: 1_000 });
    const first = it.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(seen.length, 5, "five items in flight, by count");
    release();
    assert.deepEqual(await first, { value: 0, done: false });
    await it.return(undefined);

    const byWeight: number[] = [];
    const heavy = mapOrdered(numbers(100, byWeight), start, { items: 100, weight: 25 });
    const next = heavy.next();
    await next;
    assert.ok(byWeight.length <= 4, `by weight: read ${byWeight.length}`);
    await heavy.return(undefined);
  });

  test("a consumer that stops early closes the source; abandoned failures stay quiet", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    const start = (i: number): Started<number> => ({
      weight: 1,
      result: i === 0 ? Promise.resolve(0) : Promise.reject(new Error(`abandoned ${i}`)),
    });
    for await (const r of mapOrdered(source(), start, { items: 4, weight: 100 })) {
      assert.equal(r, 0);
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(closed, "the source was closed");
  });

  test("a failed result is thrown to the consumer in its turn", async () => {
    const start = (i: number): Started<number> => ({
      weight: 1,
      result: i === 2 ? Promise.reject(new Error("two")) : Promise.resolve(i),
    });
    const out: number[] = [];
    await assert.rejects(async () => {
      for await (const r of mapOrdered(numbers(5, []), start, { items: 3, weight: 100 })) out.push(r);
    }, /two/);
    assert.deepEqual(out, [0, 1]);
  });
});
