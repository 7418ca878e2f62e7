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

// Regression (new-user test): datelines in the forms reports write them were dropped without a word.
const datelines: [value: string, date: string | null][] = [
  ["2024-05-28", "2024-05-28"],
  ["2024-05-28T10:00:00Z", "2024-05-28"],
  ["2024-05-28 10:00+03:00", "2024-05-28"],
  ["2024/05/28", "2024-05-28"],
  ["28 May 2024", "2024-05-28"],
  ["May 28, 2024", "2024-05-28"],
  ["Tuesday, 28 May 2024", "2024-05-28"],
  ["Sept. 3, 2021", "2021-09-03"],
  ["3rd Sept 2021", "2021-09-03"],
  ["2024-02-30", null],
  ["31 April 2024", null],
  // Day-first in some places, month-first in others: no guess.
  ["05/06/2024", null],
  ["next week", null],
];
for (const [value, date] of datelines)
  test(`dateline "${value}" → ${date}`, () => {
    const m = readTextMetadata(`Title of note\nDate: ${value}\n\nHamas said.`);
    assert.equal(m.date, date);
    assert.equal(m.unreadDate, date === null ? value : null);
  });
