// The output sink: it waits for a slow reader instead of buffering, and stops quietly when the reader
// goes away.

import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createSink } from "./writeOutput.js";

test("write waits for drain when the stream is full", async () => {
  const received: string[] = [];
  let pendingCallbacks: (() => void)[] = [];
  const slow = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString());
      pendingCallbacks.push(() => callback());
    },
  });
  const sink = createSink(slow);
  let resolved = false;
  const done = sink.write("more than four bytes").then(() => {
    resolved = true;
  });
  await new Promise((r) => setImmediate(r));
  assert.equal(resolved, false, "still waiting while the reader has not taken the chunk");
  for (const cb of pendingCallbacks) cb();
  pendingCallbacks = [];
  await done;
  assert.equal(resolved, true);
  assert.deepEqual(received, ["more than four bytes"]);
});

test("a destroyed stream closes the sink and releases a waiting write", async () => {
  const stuck = new Writable({ highWaterMark: 1, write() {} });
  const sink = createSink(stuck);
  const waiting = sink.write("abc");
  const epipe = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
  stuck.destroy(epipe);
  await waiting;
  assert.equal(sink.closed, true);
  assert.equal(sink.error, null, "EPIPE is the reader leaving, not a failure");
  await sink.write("ignored");
});

test("other write errors are kept for the final report", async () => {
  const broken = new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error("no space left on device"), { code: "ENOSPC" }));
    },
  });
  const sink = createSink(broken);
  await sink.write("x");
  await new Promise((r) => setImmediate(r));
  assert.equal(sink.closed, true);
  assert.match(sink.error?.message ?? "", /no space/);
});

test("a write that throws (a full disk behind a file descriptor) closes the sink instead of crashing", async () => {
  const throwing = new Writable({ write() {} });
  throwing.write = () => {
    throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
  };
  const sink = createSink(throwing);
  await sink.write("x");
  assert.equal(sink.closed, true);
  assert.match(sink.error?.message ?? "", /no space/);
});
