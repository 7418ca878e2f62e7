// The numeric sorts of spanOrder.ts against Array.prototype.sort with the comparators they replace, on
// spans with many ties (same start, same span twice) and on positions too large to pack.

import assert from "node:assert/strict";
import { test } from "node:test";
import { spansByStartLongestFirst, stableOrderByStart } from "./spanOrder.js";

function randomSpans(count: number, seed: number, scale: number): [number, number][] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
  const out: [number, number][] = [];
  for (let k = 0; k < count; k++) {
    const s = Math.floor(next() * scale);
    out.push([s, s + Math.floor(next() * 6)]);
  }
  return out;
}

test("stableOrderByStart keeps equal starts in their order", () => {
  for (const scale of [5, 50, 5_000, 3_000_000_000]) {
    const spans = randomSpans(300, scale, scale);
    const expected = spans
      .map((_, k) => k)
      .sort((a, b) => (spans[a] as [number, number])[0] - (spans[b] as [number, number])[0]);
    assert.deepEqual(stableOrderByStart(spans.map((s) => s[0])), expected);
  }
  assert.deepEqual(stableOrderByStart([]), []);
});

test("spansByStartLongestFirst sorts as the comparator does", () => {
  for (const scale of [5, 50, 5_000, 3_000_000]) {
    const spans = randomSpans(300, scale + 1, scale);
    const expected = [...spans].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    assert.deepEqual(spansByStartLongestFirst(spans), expected);
  }
  assert.deepEqual(spansByStartLongestFirst([]), []);
});
