// JSONL input: lines are split correctly whatever the chunk boundaries, over-long lines are dropped
// without being held, and each record is checked field by field.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InputError } from "../errors.js";
import { parseRecord, splitLines } from "./jsonl.js";

async function* chunked(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

type Got = [lineNo: number, offset: number, text: string];

async function lines(data: string | Buffer, chunkSize: number, max = 1 << 20): Promise<Got[]> {
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  const out: Got[] = [];
  for await (const l of splitLines(chunked(buf, chunkSize), max)) {
    out.push([l.lineNo, l.offset, l.kind === "line" ? l.bytes.toString("utf8") : `<too long: ${l.length}>`]);
  }
  return out;
}

describe("splitLines", () => {
  const table: [name: string, input: string, expected: Got[]][] = [
    ["empty input has no lines", "", []],
    [
      "a final newline adds no empty line",
      "a\nb\n",
      [
        [1, 0, "a"],
        [2, 2, "b"],
      ],
    ],
    [
      "a last line without newline is kept",
      "a\nbc",
      [
        [1, 0, "a"],
        [2, 2, "bc"],
      ],
    ],
    [
      "CRLF endings lose the CR",
      "a\r\nb\r\n",
      [
        [1, 0, "a"],
        [2, 3, "b"],
      ],
    ],
    [
      "blank lines are lines (the reader skips them)",
      "\n\nx",
      [
        [1, 0, ""],
        [2, 1, ""],
        [3, 2, "x"],
      ],
    ],
    [
      "multi-byte characters keep their bytes",
      "“é”\n🙂\n",
      [
        [1, 0, "“é”"],
        [2, 9, "🙂"],
      ],
    ],
  ];
  for (const [name, input, expected] of table) {
    test(name, async () => {
      // Every chunk size from 1 byte up: a line split anywhere must come out whole.
      for (let size = 1; size <= Math.max(1, Buffer.byteLength(input)); size++) {
        assert.deepEqual(await lines(input, size), expected, `chunk size ${size}`);
      }
    });
  }

  test("a line over the limit is reported with its length, the next line is still read", async () => {
    const input = `${"x".repeat(100)}\nok\n${"y".repeat(11)}`;
    for (const size of [1, 7, 64, 1000]) {
      assert.deepEqual(
        await lines(input, size, 10),
        [
          [1, 0, "<too long: 100>"],
          [2, 101, "ok"],
          [3, 104, "<too long: 11>"],
        ],
        `chunk size ${size}`,
      );
    }
  });

  test("string chunks are accepted", async () => {
    const got: string[] = [];
    for await (const l of splitLines(["a\nb", "c\n"], 100))
      if (l.kind === "line") got.push(l.bytes.toString());
    assert.deepEqual(got, ["a", "bc"]);
  });
});

describe("parseRecord", () => {
  test("a full record", () =>
    assert.deepEqual(
      parseRecord(
        '{"id":"x","text":"t","date":"2024-01-02","title":"T","source":"https://a.b/c","extra":1}',
        "f:1",
      ),
      {
        id: "x",
        text: "t",
        date: "2024-01-02",
        title: "T",
        source: "https://a.b/c",
      },
    ));
  test("only text is required; nulls count as absent", () =>
    assert.deepEqual(parseRecord('{"text":"","id":null,"date":null,"title":null}', "f:1"), { text: "" }));

  const bad: [line: string, code: string, message: RegExp][] = [
    ["hello", "SG_JSONL_NOT_JSON", /^f:7: not JSON \(/],
    ['{"text":"unterminated', "SG_JSONL_NOT_JSON", /not JSON/],
    ["[1,2]", "SG_JSONL_BAD_RECORD", /an array in JSON, not an object/],
    ['"just a string"', "SG_JSONL_BAD_RECORD", /a string in JSON, not an object/],
    ["null", "SG_JSONL_BAD_RECORD", /null in JSON, not an object/],
    ['{"id":"a"}', "SG_JSONL_BAD_RECORD", /no "text" field/],
    ['{"text":42}', "SG_JSONL_BAD_RECORD", /"text" is a number/],
    ['{"text":"t","id":7}', "SG_JSONL_BAD_RECORD", /"id" is a number.*"id": "7"/],
    ['{"text":"t","date":20240102}', "SG_JSONL_BAD_RECORD", /"date" is a number/],
    ['{"text":"t","date":"02/01/2024"}', "SG_JSONL_BAD_RECORD", /"date" is "02\/01\/2024", not a real date/],
    ['{"text":"t","date":"2023-02-29"}', "SG_JSONL_BAD_RECORD", /not a real date/],
    ['{"text":"t","title":["a"]}', "SG_JSONL_BAD_RECORD", /"title" is an array/],
  ];
  for (const [line, code, message] of bad) {
    test(`${line} is rejected with ${code}`, () => {
      assert.throws(
        () => parseRecord(line, "f:7"),
        (e: unknown) => e instanceof InputError && e.code === code && message.test(e.message),
      );
    });
  }

  test("the JSON.parse detail is shortened for huge lines", () => {
    assert.throws(
      () => parseRecord(`x${"a".repeat(100_000)}`, "f:1"),
      (e: unknown) => e instanceof InputError && e.message.length < 300,
    );
  });
});
