// DOCX to a document: the paragraphs of a Word file (mammoth), a blank line between them. A truncated or
// damaged file is a clear failure, not a crash.

import mammoth from "mammoth";
import { InputError } from "../../errors.js";
import { readTextMetadata } from "../../io/textMetadata.js";
import type { ConvertedDocument } from "./converted.js";

export async function convertDocx(bytes: Uint8Array, where: string): Promise<ConvertedDocument> {
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/\s+/g, " ").trim() : String(e);
    throw new InputError(
      "SG_INPUT_UNSUPPORTED",
      `${where}: is not a readable DOCX file (${detail}); check that it is complete, or save it again from Word`,
      { cause: e },
    );
  }
  // mammoth ends each paragraph with a blank line; runs of them are one break.
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const meta = readTextMetadata(text);
  return { text, title: meta.title, date: meta.date, language: null };
}
