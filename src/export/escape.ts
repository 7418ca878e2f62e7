// Escaping for the export formats. Every text in an export comes from documents (names, sentences) and
// is untrusted: XML gets its five entities and loses the control characters XML 1.0 forbids; CSV gets
// RFC 4180 quoting, and a text cell that a spreadsheet would run as a formula (= + - @) is defused.

/** Drops what XML 1.0 forbids: control characters but tab, newline and return, U+FFFE and U+FFFF; lone
 * surrogates become U+FFFD. */
function xmlChars(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a pair: a character outside the BMP
        continue;
      }
    }
    const lone = c >= 0xd800 && c <= 0xdfff;
    if (lone || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) {
      out += text.slice(from, i) + (lone ? "\ufffd" : "");
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

export function xml(value: string | number | boolean | null | undefined): string {
  return xmlChars(String(value ?? ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** One CSV cell: numbers as they are, text quoted when needed and defused when it starts a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
