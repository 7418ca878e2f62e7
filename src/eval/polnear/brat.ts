// Reads PolNeAR's brat standoff annotations (.ann) and turns them into gold attributions whose spans are
// UTF-16 offsets into the article text, the unit every stancegraph span uses (CONTRACT.md).
//
// The lines we use:
//   T<n>\t<Type> <start> <end>[;<start> <end>...]\t<text>     a text-bound annotation, offsets in code points
//   E<n>\tAttribution:T4 Content:T3 Cue:T2 Source:T1          an attribution; roles optional, may repeat (Content2)
// Notes (#), and anything else brat writes, are ignored. A T's text may run over several lines when the annotated
// text holds line breaks: those continuation lines belong to the T before them.

import type { Span } from "../../contract/extraction.js";
import type { AttributionSpans } from "./score.js";

export interface BratTextBound {
  id: string;
  type: string;
  /** [start, end) in Unicode code points, in the order brat lists them. */
  fragments: Array<[number, number]>;
  /** The annotated text as brat stored it (fragments joined by a space); null when the line has none. */
  text: string | null;
  /** 1-based line number in the .ann file. */
  line: number;
}

export interface BratEventArgument {
  /** The role without brat's repeat suffix: "Content2" is "Content". */
  role: string;
  ref: string;
}

export interface BratEvent {
  id: string;
  args: BratEventArgument[];
  line: number;
}

export interface BratAnnotation {
  textBounds: Map<string, BratTextBound>;
  events: BratEvent[];
  /** 1-based numbers of lines that could not be read; they are skipped. */
  malformed: number[];
}

// A line that starts a brat record: an id (letter + digits, or "#"/"*" for notes and equivalences) and a tab.
const RECORD_START = /^[A-Z#*]\d*\t/;
const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$/;
const EVENT = /^(E\d+)\t(.*)$/;
const EVENT_ARGUMENT = /^([A-Za-z][A-Za-z-]*?)\d*:([TE]\d+)$/;

/** Parses a .ann file. Never throws: lines that cannot be read are listed in `malformed` and skipped. */
export function parseBrat(source: string): BratAnnotation {
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  const malformed: number[] = [];
  let previous: BratTextBound | null = null;
  const lines = source.split(/\r?\n/);
  // A trailing newline leaves one empty last element that is not a line.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (!RECORD_START.test(line)) {
      if (previous !== null && previous.text !== null) previous.text += `\n${line}`;
      else if (line.trim() !== "") malformed.push(lineNo);
      return;
    }
    previous = null;
    if (line.startsWith("T")) {
      const m = TEXT_BOUND.exec(line);
      const fragments: Array<[number, number]> = [];
      for (const pair of m?.[3]?.split(";") ?? []) {
        const [start, end] = pair.split(" ").map(Number);
        if (start !== undefined && end !== undefined && start <= end) fragments.push([start, end]);
      }
      if (!m?.[1] || !m[2] || fragments.length === 0 || fragments.length !== m[3]?.split(";").length) {
        malformed.push(lineNo);
        return;
      }
      const tb: BratTextBound = { id: m[1], type: m[2], fragments, text: m[4] ?? null, line: lineNo };
      textBounds.set(tb.id, tb);
      previous = tb;
      return;
    }
    if (line.startsWith("E")) {
      const m = EVENT.exec(line);
      const args: BratEventArgument[] = [];
      for (const part of m?.[2]?.trim().split(/\s+/) ?? []) {
        const a = EVENT_ARGUMENT.exec(part);
        if (a?.[1] && a[2]) args.push({ role: a[1], ref: a[2] });
      }
      if (!m?.[1] || args.length === 0) {
        malformed.push(lineNo);
        return;
      }
      events.push({ id: m[1], args, line: lineNo });
    }
    // Other records (notes "#", relations "R", attributes "A", ...) carry nothing we score.
  });
  return { textBounds, events, malformed };
}

/**
 * A table from code point offsets to UTF-16 offsets for `text`: entry k is the UTF-16 index of the k-th code
 * point, and the last entry is text.length. PolNeAR counts code points (Python strings); JavaScript strings
 * count UTF-16 units, which differ after every astral character (emoji, some symbols).
 */
export function codePointOffsets(text: string): Uint32Array {
  let count = 0;
  for (const _ of text) count++;
  const table = new Uint32Array(count + 1);
  let k = 0;
  let unit = 0;
  for (const ch of text) {
    table[k++] = unit;
    unit += ch.length;
  }
  table[k] = unit;
  return table;
}

export interface GoldAttribution extends AttributionSpans {
  /** The brat event id, e.g. "E3". */
  id: string;
}

export interface GoldResult {
  attributions: GoldAttribution[];
  /** Why some annotations were left out (offsets past the end of the text, references to missing T's). */
  problems: string[];
}

const ROLE_OF: Record<string, keyof AttributionSpans> = { Source: "source", Cue: "cue", Content: "content" };

/**
 * The gold attributions of one article: one per brat event, with the Source, Cue and Content fragments it
 * points to, in UTF-16 offsets. A discontinuous T gives one span per fragment. Events with no Source, Cue or
 * Content argument (annotation leftovers such as a bare "Attribution-no-source:T83") are dropped.
 * Text-bound annotations that no event points to are not attributions and are ignored too.
 */
export function goldAttributions(ann: BratAnnotation, text: string): GoldResult {
  const table = codePointOffsets(text);
  const problems: string[] = [];
  const attributions: GoldAttribution[] = [];
  for (const event of ann.events) {
    const gold: GoldAttribution = { id: event.id, source: [], cue: [], content: [] };
    let roles = 0;
    for (const arg of event.args) {
      const role = ROLE_OF[arg.role];
      if (role === undefined) continue; // the "Attribution" anchor duplicates the cue
      const tb = ann.textBounds.get(arg.ref);
      if (tb === undefined) {
        problems.push(`${event.id} (line ${event.line}): ${arg.role} refers to missing ${arg.ref}`);
        continue;
      }
      const spans = fragmentsToUtf16(table, tb.fragments);
      if (spans === null) {
        problems.push(`${tb.id} (line ${tb.line}): offsets past the end of the text`);
        continue;
      }
      gold[role].push(...spans);
      roles += spans.length;
    }
    if (roles > 0) attributions.push(gold);
  }
  return { attributions, problems };
}

/** A text-bound annotation's fragments in UTF-16 offsets, or null when one is past the end of the text. */
export function fragmentsToUtf16(
  table: Uint32Array,
  fragments: ReadonlyArray<[number, number]>,
): Span[] | null {
  const out: Span[] = [];
  for (const [start, end] of fragments) {
    const s = table[start];
    const e = table[end];
    if (s === undefined || e === undefined) return null; // past the end of the text
    out.push([s, e]);
  }
  return out;
}
