// Footnote and reference markers such as "[7]" or ".[14]": found once per document so that statements
// can list the notes that follow them. Editorial insertions ("[even]", "[Islamic]") are not markers.

import type { Span } from "../contract/extraction.js";

export interface NoteMarker {
  span: Span;
  /** The marker's label, e.g. "7". */
  label: string;
}

// Roman numerals must be well formed, so that "[civil]" or "[mix]" stay editorial words.
const MARKER = /\[(\d{1,3}|(?=[ivxlc])(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\]/g;

export function findNoteMarkers(text: string): NoteMarker[] {
  const out: NoteMarker[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    out.push({ span: [m.index, m.index + m[0].length], label: m[1] ?? "" });
  }
  return out;
}

/** Labels of the markers inside `[start, end)`, or right after `end` (".[14]" after a sentence). */
export function notesWithin(markers: readonly NoteMarker[], start: number, end: number): string[] {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((markers[mid] as NoteMarker).span[0] < start) lo = mid + 1;
    else hi = mid;
  }
  const labels: string[] = [];
  for (let k = lo; k < markers.length; k++) {
    const m = markers[k] as NoteMarker;
    if (m.span[0] > end + 2) break;
    labels.push(m.label);
  }
  return labels;
}
