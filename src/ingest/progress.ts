// How an ingest shows it is alive: on a terminal, a progress bar (cli-progress) with the rate and time
// left, redrawn in place; otherwise (a log file, CI) a plain line every few seconds. Skipped sources are
// named at once in a log, and after the bar on a terminal, where a line would break the bar.

import cliProgress from "cli-progress";
import type { IngestProgress, IngestSummary } from "./ingest.js";

const MB = 1e6;

/** A line for logs: "ingest: 120 documents, 3.2 / 20.0 MB (16%), 1.9 MB/s, about 9 s left". */
export function progressLine(done: number, total: number, summary: Readonly<IngestSummary>): string {
  const rate = summary.seconds > 0 ? done / MB / summary.seconds : 0;
  const parts = [`ingest: ${summary.added} new, ${summary.alreadyStored} already stored`];
  if (total > 0) {
    parts.push(
      `${(done / MB).toFixed(1)} / ${(total / MB).toFixed(1)} MB (${Math.min(100, Math.round((100 * done) / total))}%)`,
    );
  } else parts.push(`${(done / MB).toFixed(1)} MB`);
  parts.push(`${rate.toFixed(1)} MB/s`);
  if (total > done && rate > 0) parts.push(`about ${Math.ceil((total - done) / MB / rate)} s left`);
  return parts.join(", ");
}

export interface ProgressOptions {
  /** Where to draw: process.stderr normally. */
  stream: NodeJS.WriteStream;
  /** Seconds between log lines when not on a terminal. */
  every?: number;
  /** Say nothing but skipped sources (--quiet). */
  quiet?: boolean;
}

export function createProgress(options: ProgressOptions): IngestProgress {
  const { stream } = options;
  const tty = stream.isTTY === true && !options.quiet;
  const every = (options.every ?? 5) * 1000;
  let done = 0;
  let total = 0;
  let lastLine = 0;
  const held: { message: string }[] = [];
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          stream,
          format:
            "ingest [{bar}] {percentage}% | {mb} / {totalMb} MB | {docs} new | {rate} MB/s | ETA {eta_formatted}",
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const payload = (s: Readonly<IngestSummary>) => ({
    mb: (done / MB).toFixed(1),
    totalMb: (total / MB).toFixed(1),
    docs: s.added,
    rate: s.seconds > 0 ? (done / MB / s.seconds).toFixed(1) : "0.0",
  });
  return {
    start(totalBytes) {
      total = totalBytes;
      lastLine = performance.now();
      bar?.start(Math.max(1, total), 0, {
        mb: "0.0",
        totalMb: (total / MB).toFixed(1),
        docs: 0,
        rate: "0.0",
      });
    },
    advance(bytes, summary) {
      done += bytes;
      if (done > total) total = done;
      if (bar) {
        bar.setTotal(Math.max(1, total));
        bar.update(done, payload(summary));
      } else if (!options.quiet && performance.now() - lastLine >= every) {
        lastLine = performance.now();
        stream.write(`${progressLine(done, total, summary)}\n`);
      }
    },
    skipped(item) {
      // With its stable code, as extract writes it: scripts can tell a PDF that is none from a 404.
      const message = `${item.message} [${item.code}]`;
      if (bar) held.push({ message });
      else stream.write(`stancegraph: ${message}\n`);
    },
    note(message) {
      if (bar) held.push({ message });
      else stream.write(`stancegraph: ${message}\n`);
    },
    stop() {
      bar?.stop();
      for (const item of held) stream.write(`stancegraph: ${item.message}\n`);
    },
  };
}
