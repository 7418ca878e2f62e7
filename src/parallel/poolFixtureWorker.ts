// A worker for orderedPool.test.ts: each task says what to do (echo, throw, sleep, die, run out of memory),
// so the tests can check ordering and failure handling without depending on the engine.

import { serveTasks } from "./serveTasks.js";

export type FixtureTask =
  | { op: "echo"; value: string }
  | { op: "sleep"; ms: number; value: string }
  | { op: "throw"; message: string }
  | { op: "exit" }
  | { op: "oom" };

export interface FixtureData {
  /** Make setup throw an error carrying this code. */
  failSetup?: string;
}

serveTasks<FixtureTask>((data) => {
  const { failSetup } = (data ?? {}) as FixtureData;
  if (failSetup !== undefined) {
    throw Object.assign(new Error("the fixture was told to fail"), { code: failSetup });
  }
  return async (task) => {
    switch (task.op) {
      case "echo":
        return task.value;
      case "sleep":
        await new Promise((resolve) => setTimeout(resolve, task.ms));
        return task.value;
      case "throw":
        throw new Error(task.message);
      case "exit":
        process.exit(3); // in a worker, this ends the thread only
        break;
      case "oom": {
        const hoard: number[][] = [];
        for (;;) hoard.push(new Array(1e6).fill(1.5));
      }
    }
    return "unreachable";
  };
});
