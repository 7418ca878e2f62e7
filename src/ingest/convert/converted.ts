// What every format converter returns: the document's text (what the engine reads and every span
// points into) and the metadata the source declared.

export interface ConvertedDocument {
  text: string;
  title: string | null;
  /** Publication date, "YYYY-MM-DD", when the source states one. */
  date: string | null;
  /** A language the source declares (`<html lang>`), a hint only; null when none. */
  language: string | null;
  /** A dateline's value that reads as no date ("Date: 30/05/2024"), as written (textMetadata.ts). */
  unreadDate?: string | null;
}
