// Title and dateline of plain-text documents.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readTextMetadata } from "./textMetadata.js";

const cases: [name: string, text: string, title: string | null, date: string | null][] = [
  [
    "a title line and a dateline",
    "Hamas and Iran After the War\nDate: 2021-06-04\n\nText.",
    "Hamas and Iran After the War",
    "2021-06-04",
  ],
  [
    "a title line followed by a blank line",
    "Hamas and Iran After the War\n\nHamas leaders said …",
    "Hamas and Iran After the War",
    null,
  ],
  ["a dateline further down the head", "Title\n\nPublished: 2023-05-14\n\nBody.", "Title", "2023-05-14"],
  ["an impossible date is ignored", "Title\n\nDate: 2023-02-30\n\nBody.", "Title", null],
  ["a first sentence that runs on is no title", "Haniya said that the movement,\nwhich …", null, null],
  ["an empty text", "", null, null],
  [
    "a dateline on the first line is no title (regression: report sources titled 'Date: …')",
    "Date: 2022-10-20\n\nHamas praised Syria.",
    null,
    "2022-10-20",
  ],
];

for (const [name, text, title, date] of cases) {
  test(name, () => {
    const m = readTextMetadata(text);
    assert.equal(m.title, title);
    assert.equal(m.date, date);
  });
}
