// Writes results to a stream as they are produced, waiting for 'drain' when the reader is slower than
// the engine, so a long batch never piles its output up in memory. A reader that goes away (`| head`,
// EPIPE) is not an error: the sink marks itself closed and the caller stops early.

import type { Writable } from "node:stream";

export interface OutputSink {
  /** Resolves once the stream can take more; a no-op after the reader has gone. Text is written as UTF-8. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** True once the stream failed or closed: nothing more will be read, stop working. */
  readonly closed: boolean;
  /** The error that closed the stream, unless it was the reader going away (EPIPE). */
  readonly error: Error | null;
}

export function createSink(stream: Writable | NodeJS.WriteStream): OutputSink {
  let closed = false;
  let failure: Error | null = null;
  // A persistent listener: without one, EPIPE on stdout would be an uncaught exception.
  const onError = (error: NodeJS.ErrnoException): void => {
    closed = true;
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") failure = error;
  };
  stream.on("error", onError);
  stream.once("close", () => {
    closed = true;
  });

  return {
    get closed() {
      return closed;
    },
    get error() {
      return failure;
    },
    async write(chunk: string | Uint8Array): Promise<void> {
      if (closed) return;
      let ok: boolean;
      try {
        ok = stream.write(chunk);
      } catch (error) {
        // A stream over a file descriptor (stdout redirected to a file) can throw from write itself.
        onError(error as NodeJS.ErrnoException);
        return;
      }
      if (ok) return;
      await new Promise<void>((resolve) => {
        // Whichever comes first: room again, or the stream is gone (then 'drain' never fires).
        const done = (): void => {
          stream.off("drain", done);
          stream.off("close", done);
          stream.off("error", done);
          resolve();
        };
        stream.on("drain", done);
        stream.on("close", done);
        stream.on("error", done);
      });
    },
  };
}
