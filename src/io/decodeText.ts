// Turns the bytes of one input into text, or says precisely why they are not UTF-8 text.
// Strict on purpose: a lossy decode would put U+FFFD into document.text, and every offset the
// engine reports indexes that text, so a silently "repaired" input would be unrecoverable later.

import { InputError } from "../errors.js";

/** How much of the start of an input the binary sniff looks at. */
export const SNIFF_BYTES = 8192;

/**
 * Control bytes that never occur in ordinary text. Tab, LF, VT, FF, CR and ESC are left out:
 * they turn up in real documents (form feeds from pdftotext, ANSI colours in logs).
 */
function isSuspiciousControl(byte: number): boolean {
  return (
    (byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b) ||
    byte === 0x7f
  );
}

/**
 * Why the start of `bytes` looks binary, or null when it looks like text. Checks a NUL byte, then
 * the share of control bytes: more than 1 in 10 is far beyond any real text (random bytes give ~12%).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return `NUL byte at offset ${i}`;
    if (isSuspiciousControl(b)) controls++;
  }
  if (controls >= 4 && controls * 10 > n) {
    return `${controls} control characters in the first ${n} bytes`;
  }
  return null;
}

/** A UTF-16 or UTF-32 byte-order mark, which explains a "binary" or "invalid UTF-8" input better. */
export function wideEncodingBom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? "UTF-32LE" : "UTF-16LE";
  if (a === 0xfe && b === 0xff) return "UTF-16BE";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32BE";
  return null;
}

/**
 * Byte offset of the first malformed UTF-8 sequence, or -1 when `bytes` is valid. Only called after
 * the fast native decoder has already failed, so its speed does not matter; it follows the same
 * rules (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset, for messages (counts LF bytes before it). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hexAround(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 4), (b) =>
    b.toString(16).padStart(2, "0").toUpperCase(),
  ).join(" ");
}

// One decoder for the process: `fatal` makes malformed input throw instead of becoming U+FFFD, and the
// default ignoreBOM=false drops a leading UTF-8 BOM, which is exactly the contract's rule.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** PDF, DOCX (a ZIP container) and other formats a user may pass by mistake, from their magic bytes. */
export function knownDocumentFormat(start: Uint8Array): string | null {
  const head = String.fromCharCode(...start.subarray(0, 8));
  if (head.startsWith("%PDF-")) return "PDF";
  if (head.startsWith("PK\u0003\u0004")) return "ZIP (DOCX, XLSX or ODT)";
  if (head.startsWith("{\\rtf")) return "RTF";
  return null;
}

/**
 * Rejects an input whose first bytes show it is not UTF-8 text: a UTF-16/32 byte-order mark, NUL bytes,
 * or many control characters. Run once per input, on its first bytes.
 * @throws InputError SG_INPUT_INVALID_UTF8 (wide encodings) or SG_INPUT_BINARY.
 */
export function assertLooksLikeText(start: Uint8Array, where: string): void {
  const wide = wideEncodingBom(start);
  if (wide !== null) {
    throw new InputError(
      "SG_INPUT_INVALID_UTF8",
      `${where}: is ${wide} (it starts with a ${wide} byte-order mark), not UTF-8; convert it first, e.g. iconv -f ${wide.slice(0, -2)} -t UTF-8`,
    );
  }
  const format = knownDocumentFormat(start);
  if (format !== null) {
    throw new InputError(
      "SG_INPUT_BINARY",
      `${where}: is a ${format} file, not plain text; extract its text first (reading ${format} directly comes with the ingest command)`,
    );
  }
  const reason = binaryReason(start);
  if (reason !== null) {
    throw new InputError(
      "SG_INPUT_BINARY",
      `${where}: looks like a binary file (${reason}), not UTF-8 text; extract the text from it first`,
    );
  }
}

/**
 * Decodes bytes as UTF-8, dropping a leading BOM. No binary sniff: call assertLooksLikeText first.
 * @param where how to name the input in messages, e.g. "notes.txt" or "batch.jsonl:17".
 * @param baseOffset where `bytes` starts within its file; set for a JSONL line so the message gives the
 *   file offset (the line number is already in `where`).
 * @throws InputError SG_INPUT_INVALID_UTF8.
 */
export function decodeUtf8(bytes: Uint8Array, where: string, baseOffset?: number): string {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8Offset(bytes);
    let detail = "invalid UTF-8";
    if (at >= 0 && baseOffset !== undefined) {
      detail += ` at byte ${baseOffset + at} of the file (bytes ${hexAround(bytes, at)})`;
    } else if (at >= 0) {
      detail += ` at byte ${at} (line ${lineOfOffset(bytes, at)}: bytes ${hexAround(bytes, at)})`;
    }
    throw new InputError(
      "SG_INPUT_INVALID_UTF8",
      `${where}: ${detail}; re-save it as UTF-8 or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8`,
      { cause },
    );
  }
}

/**
 * Decodes one whole input (a text file) as UTF-8 text, dropping a BOM.
 * @throws InputError SG_INPUT_BINARY or SG_INPUT_INVALID_UTF8.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  assertLooksLikeText(bytes, where);
  return decodeUtf8(bytes, where);
}
