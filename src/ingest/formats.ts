// Which reader a source needs: from its file extension or Content-Type, and, when those say nothing
// useful, from its first bytes.

export type SourceFormat = "text" | "markdown" | "html" | "jsonl" | "pdf" | "docx" | "feed";

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
  pdf: "pdf",
  docx: "docx",
  rss: "feed",
  atom: "feed",
};

/** Extensions ingest takes when it walks a folder; anything else there is passed over silently. */
export const INGESTED_EXTENSIONS = new Set([...Object.keys(BY_EXTENSION), "xml"]);

export function formatFromExtension(path: string): SourceFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? (BY_EXTENSION[(m[1] as string).toLowerCase()] ?? null) : null;
}

export function formatFromContentType(contentType: string | null): SourceFormat | null {
  if (!contentType) return null;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/markdown") return "markdown";
  if (type === "text/plain") return "text";
  if (type === "application/pdf") return "pdf";
  if (type === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") return "docx";
  if (/^application\/(?:rss|atom)\+xml$/.test(type)) return "feed";
  return null;
}

/** The format the bytes show, for sources whose name or type says nothing (or says "xml"). */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) return "docx";
  const start = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "").trimStart();
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(start)) return "feed";
  if (/^<(?:rss|feed)\b/i.test(start)) return "feed";
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(start)) return "html";
  return "text";
}

/** The format of a source: the name or type when it is specific, else the bytes. */
export function detectFormat(
  nameOrNull: string | null,
  contentType: string | null,
  bytes: Uint8Array,
): SourceFormat {
  const byType = formatFromContentType(contentType);
  if (byType && byType !== "text") return byType;
  const byName = nameOrNull ? formatFromExtension(nameOrNull) : null;
  if (byName) return byName;
  // "text/plain" is what many servers say of anything: the bytes decide.
  return sniffFormat(bytes);
}
