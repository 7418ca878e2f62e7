// `stancegraph serve` as a user starts it: it says where it listens, answers, and stops cleanly on
// SIGTERM; a wrong option is a usage error.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { MAIN, run } from "../testing/runCli.js";

for (const workers of ["1", "2"])
  test(`serve --workers ${workers} prints its address, answers the API, and exits 0 on SIGTERM`, async () => {
    const dir = await mkdtemp(join(tmpdir(), "sg-serve-cli-"));
    try {
      const child = spawn(
        process.execPath,
        [MAIN, "serve", "--db", "s.db", "--port", "0", "--workers", workers],
        {
          cwd: dir,
        },
      );
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (b: Buffer) => {
          out += b.toString("utf8");
          const m = /at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited (${code}) before listening: ${out}`)));
      });
      assert.doesNotMatch(out, /Bearer/, "no token on loopback");
      for (let i = 0; i < 4; i++) {
        const stats = (await (await fetch(`${url}/api/stats`)).json()) as { documents: number };
        assert.equal(stats.documents, 0);
      }
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      assert.equal(await exited, 0);
      await assert.rejects(fetch(`${url}/api/stats`), "no worker is left listening");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

test("serve: a port that is no port, or a size that is no size, is a usage error (exit 2)", async () => {
  const dir = await mkdtemp(join(tmpdir(), "sg-serve-cli-"));
  try {
    for (const args of [
      ["--port", "http"],
      ["--port", "70000"],
      ["--max-body", "lots"],
      ["--workers", "0"],
      ["--token", ""],
      ["--allow-path", "no/such/folder"],
    ]) {
      const r = await run(["serve", "--db", "s.db", ...args], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^stancegraph: --(port|max-body|workers|token|allow-path) /);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("regression (workers restarted forever): a port in use is a usage error, with one worker or two", async () => {
  const dir = await mkdtemp(join(tmpdir(), "sg-serve-cli-"));
  const taken = createServer().listen(0, "127.0.0.1");
  await once(taken, "listening");
  try {
    const port = String((taken.address() as AddressInfo).port);
    for (const workers of ["1", "2"]) {
      const r = await run(["serve", "--db", "s.db", "--port", port, "--workers", workers], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /cannot listen on 127\.0\.0\.1 port \d+ \(another program uses it\)/);
      assert.doesNotMatch(r.stderr, /starting another|at .*\.js/, "no restart loop, no stack trace");
    }
  } finally {
    taken.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test("serve --host 0.0.0.0 without --public-host warns that any Host is answered; with it, no warning", async () => {
  const dir = await mkdtemp(join(tmpdir(), "sg-serve-cli-"));
  const start = async (extra: string[]) => {
    const child = spawn(
      process.execPath,
      [MAIN, "serve", "--db", "s.db", "--port", "0", "--host", "0.0.0.0", ...extra],
      {
        cwd: dir,
      },
    );
    let out = "";
    let err = "";
    child.stderr.on("data", (b: Buffer) => {
      err += b.toString("utf8");
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString("utf8");
        // Beyond loopback the last line of the announcement is the token's (it may come in its own chunk).
        if (/writes need: Authorization: Bearer \S+\n/.test(out)) resolve();
      });
      child.on("exit", (code) => reject(new Error(`serve exited (${code}): ${out}${err}`)));
    });
    // "close", not "exit": by then everything the process wrote to stderr has been read.
    const closed = once(child, "close");
    child.kill("SIGTERM");
    await closed;
    return { out, err };
  };
  try {
    const open = await start([]);
    assert.match(
      open.err,
      /answering to any Host name.*DNS rebinding; name the server with --public-host NAME/,
    );
    const named = await start(["--public-host", "analysis.example"]);
    assert.doesNotMatch(named.err, /warning/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
