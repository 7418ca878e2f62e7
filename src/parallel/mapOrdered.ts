// Ordered read-ahead: pulls items from a source, starts work on each (e.g. submits it to a worker pool),
// and yields the results in source order. It reads ahead only as far as a window allows, counted in
// items and in weight, so memory is bounded by the window, not by the length of the input; and because
// it is pulled by the consumer, a consumer waiting on a slow output (stdout 'drain') stops the reading.

export interface Window {
  /** At most this many items started and not yet consumed. */
  items: number;
  /** At most about this much weight (one item may go over: it is never refused). */
  weight: number;
}

export interface Started<O> {
  weight: number;
  result: O | Promise<O>;
}

interface Pending<O> {
  weight: number;
  result: O | Promise<O>;
  /** Settles (never rejects) when `result` has. */
  settled: Promise<typeof HEAD>;
}

const HEAD: unique symbol = Symbol("head");

/**
 * Yields `start(item).result` for each item of `source`, in source order. A rejected result is thrown
 * to the consumer when its turn comes. Breaking out of the loop stops reading the source.
 */
export async function* mapOrdered<S, O>(
  source: AsyncIterable<S>,
  start: (item: S) => Started<O>,
  window: Window,
): AsyncGenerator<O> {
  const iterator = source[Symbol.asyncIterator]();
  const fifo: (Pending<O> | undefined)[] = [];
  let head = 0;
  let weight = 0;
  let pull: Promise<IteratorResult<S>> | null = null;
  let exhausted = false;

  const add = (item: S): void => {
    const { weight: w, result } = start(item);
    // A settled-marker that cannot reject: if the consumer stops early, an abandoned rejected result
    // must not become an unhandled rejection.
    const settled =
      result instanceof Promise
        ? result.then(
            (): typeof HEAD => HEAD,
            (): typeof HEAD => HEAD,
          )
        : Promise.resolve<typeof HEAD>(HEAD);
    fifo.push({ weight: w, result, settled });
    weight += w;
  };

  try {
    for (;;) {
      const count = fifo.length - head;
      if (!exhausted && pull === null && count < window.items && (count === 0 || weight < window.weight)) {
        pull = iterator.next();
      }
      const first = fifo[head];
      if (first === undefined) {
        if (pull === null) return;
        const next = await pull;
        pull = null;
        if (next.done) exhausted = true;
        else add(next.value);
        continue;
      }
      if (pull !== null) {
        // Both the input and the oldest result may move: take whichever comes first, so results keep
        // streaming out while the input trickles in (a pipe), and reading goes on while work runs.
        const winner = await Promise.race([pull, first.settled]);
        if (winner !== HEAD) {
          pull = null;
          const next = winner as IteratorResult<S>;
          if (next.done) exhausted = true;
          else add(next.value);
          continue;
        }
      }
      fifo[head] = undefined;
      head++;
      weight -= first.weight;
      if (head > 1024 && head * 2 > fifo.length) {
        fifo.splice(0, head);
        head = 0;
      }
      yield await first.result;
    }
  } finally {
    if (!exhausted) {
      // With a read still pending, return() would queue behind it (on a quiet pipe, forever): let the
      // source close itself once that read is over instead of waiting here.
      const closing = iterator.return?.();
      if (pull === null) await closing;
      else closing?.catch(() => {});
    }
  }
}
