// Reading Accept-Encoding for kept answers: gzip only when the client takes it.

import assert from "node:assert/strict";
import { test } from "node:test";
import { acceptsGzipEncoding } from "./responseCache.js";

const CASES: [string, boolean][] = [
  ["gzip, deflate, br", true],
  ["br;q=1.0, gzip;q=0.8", true],
  ["*", true],
  ["gzip;q=0", false],
  ["identity", false],
  ["", false],
  ["GZIP", true],
  ["deflate, gzip ; q=0.0", false],
];

for (const [header, expected] of CASES)
  test(`Accept-Encoding ${JSON.stringify(header)} → ${expected ? "gzip" : "plain"}`, () =>
    assert.equal(acceptsGzipEncoding(header), expected));
