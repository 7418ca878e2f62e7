// Orders of mentions by position, sorted as numbers in a Float64Array instead of by a comparator
// callback: the actor stage sorts every document's mentions several times, and a native numeric sort
// costs a fraction of Array.prototype.sort with a closure. Each key packs the position and a tie-break
// into one exactly representable integer (below 2^53); inputs too large for that take the plain sort.

/** 2^21: the tie-break's room (items, or end offsets). */
const LOW = 2_097_152;
/** Positions up to 2^31 keep position × LOW + tie-break below 2^53. */
const MAX_POSITION = 2_147_483_648;

/**
 * The indices of `starts` in a stable order by start: equal starts keep their order, as
 * `[...items].sort((x, y) => x.start - y.start)` would leave them.
 */
export function stableOrderByStart(starts: readonly number[]): number[] {
  const n = starts.length;
  if (n >= LOW || !starts.every((s) => Number.isInteger(s) && s >= 0 && s < MAX_POSITION))
    return starts.map((_, k) => k).sort((x, y) => (starts[x] as number) - (starts[y] as number));
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (starts[k] as number) * LOW + k;
  keys.sort();
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const key = keys[k] as number;
    order[k] = key - Math.floor(key / LOW) * LOW;
  }
  return order;
}

/**
 * Spans sorted by start, then by end descending (the longer first), as
 * `spans.sort((x, y) => x[0] - y[0] || y[1] - x[1])` sorts them; returned as new [start, end] pairs.
 */
export function spansByStartLongestFirst(spans: readonly (readonly [number, number])[]): [number, number][] {
  const n = spans.length;
  if (
    !spans.every(
      ([s, e]) =>
        Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= 0 && e < LOW && s < MAX_POSITION,
    )
  )
    return [...spans].sort((x, y) => x[0] - y[0] || y[1] - x[1]).map(([s, e]) => [s, e]);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const [s, e] = spans[k] as readonly [number, number];
    keys[k] = s * LOW + (LOW - 1 - e);
  }
  keys.sort();
  const out = new Array<[number, number]>(n);
  for (let k = 0; k < n; k++) {
    const key = keys[k] as number;
    const s = Math.floor(key / LOW);
    out[k] = [s, LOW - 1 - (key - s * LOW)];
  }
  return out;
}

/** The index of the first item whose position (`at`) is at or after `offset`, items sorted by position. */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid] as T) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
