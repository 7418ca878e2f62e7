// Escaping for the export formats. Every text in an export comes from documents (names, sentences) and
// is untrusted: XML gets its five entities and loses the control characters XML 1.0 forbids; CSV gets
// RFC 4180 quoting, and a text cell that a spreadsheet would run as a formula (= + - @) is defused.

// XML 1.0 allows tab, newline, carriage return and U+0020 up; U+FFFE/U+FFFF and lone surrogates never.
// (Built from a string: these control characters are what it must find.)
const XML_FORBIDDEN = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);

export function xml(value: string | number | boolean | null | undefined): string {
  return String(value ?? "")
    .replace(XML_FORBIDDEN, "")
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
