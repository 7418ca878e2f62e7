// PDF to a document: the text of every page (unpdf, a packaging of Mozilla's pdf.js), pages separated
// by a blank line. A file that is not a PDF, is damaged or encrypted is a clear failure, not a crash.

import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { InputError } from "../../errors.js";
import type { ConvertedDocument } from "./converted.js";
import { isoDay } from "./html.js";

/** "D:20210604101500Z" (a PDF date) to "2021-06-04". */
function pdfDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(value);
  return m ? isoDay(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

export async function convertPdf(bytes: Uint8Array, where: string): Promise<ConvertedDocument> {
  try {
    // A copy: pdf.js detaches the buffer it is given, and the caller's bytes were hashed, not lent.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      const { text } = await extractText(pdf, { mergePages: false });
      const pages = (Array.isArray(text) ? text : [text]).map((p) => p.trim()).filter((p) => p !== "");
      const info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
      const title = typeof info.Title === "string" && info.Title.trim() !== "" ? info.Title.trim() : null;
      return { text: pages.join("\n\n"), title, date: pdfDay(info.CreationDate), language: null };
    } finally {
      await pdf.destroy();
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/\s+/g, " ").trim() : String(e);
    throw new InputError(
      "SG_INPUT_UNSUPPORTED",
      `${where}: is not a readable PDF (${detail}); check that the file is complete, or save its text instead`,
      { cause: e },
    );
  }
}
