// Decoding inputs: what counts as binary, what counts as invalid UTF-8 and where, and that good text
// (BOM aside) comes through unchanged.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InputError } from "../errors.js";
import { binaryReason, decodeText, decodeUtf8, firstInvalidUtf8Offset } from "./decodeText.js";

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InputError, "throws an InputError");
    return error.code;
  }
  return undefined;
}

describe("decodeText", () => {
  const good: [name: string, input: Buffer, text: string][] = [
    ["empty input is empty text", bytes(""), ""],
    ["a BOM is dropped", bytes([0xef, 0xbb, 0xbf], "He said “yes”."), "He said “yes”."],
    ["only the leading BOM is dropped", bytes([0xef, 0xbb, 0xbf], "a\ufeffb"), "a\ufeffb"],
    ["CRLF, tabs and form feeds are kept", bytes("a\r\n\tb\fc"), "a\r\n\tb\fc"],
    ["astral characters survive", bytes("🙂 𝔘 中文"), "🙂 𝔘 中文"],
    ["an ANSI escape is not binary", bytes("\x1b[1mbold\x1b[0m"), "\x1b[1mbold\x1b[0m"],
  ];
  for (const [name, input, text] of good) {
    test(name, () => assert.equal(decodeText(input, "t.txt"), text));
  }

  const bad: [name: string, input: Buffer, code: string][] = [
    ["a NUL byte means binary", bytes("text", [0], "more"), "SG_INPUT_BINARY"],
    ["a PNG header means binary", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "SG_INPUT_BINARY"],
    ["many control characters mean binary", bytes("ab", [1, 2, 3, 4, 5, 6, 7, 8], "cd"), "SG_INPUT_BINARY"],
    [
      "a UTF-16 BOM is named",
      bytes([0xff, 0xfe], Array.from(Buffer.from("hi", "utf16le"))),
      "SG_INPUT_INVALID_UTF8",
    ],
    ["0xC3 0x28 is invalid UTF-8", bytes("caf", [0xc3, 0x28], " ok"), "SG_INPUT_INVALID_UTF8"],
    ["Latin-1 é is invalid UTF-8", bytes("caf", [0xe9]), "SG_INPUT_INVALID_UTF8"],
  ];
  for (const [name, input, code] of bad) {
    test(name, () =>
      assert.equal(
        codeOf(() => decodeText(input, "t.txt")),
        code,
      ),
    );
  }

  test("the message names the input, the byte offset and the line", () => {
    const input = bytes("line one\nline two caf", [0xc3, 0x28], "\n");
    assert.throws(
      () => decodeText(input, "news/a.txt"),
      /news\/a\.txt: invalid UTF-8 at byte 21 \(line 2: bytes C3 28/,
    );
  });

  test("a JSONL line's offset is given within the file", () => {
    assert.throws(
      () => decodeUtf8(bytes("ab", [0xff]), "b.jsonl:3", 1000),
      /b\.jsonl:3: invalid UTF-8 at byte 1002 of the file/,
    );
  });
});

describe("firstInvalidUtf8Offset", () => {
  const table: [name: string, input: Buffer, offset: number][] = [
    ["valid text", bytes("plain “quoted” 🙂 中文"), -1],
    ["a lone continuation byte", bytes("ab", [0x80]), 2],
    ["an overlong NUL (C0 80)", bytes("a", [0xc0, 0x80]), 1],
    ["an overlong three-byte form (E0 80 80)", bytes([0xe0, 0x80, 0x80]), 0],
    ["a UTF-16 surrogate (ED A0 80)", bytes("x", [0xed, 0xa0, 0x80]), 1],
    ["above U+10FFFF (F4 90 80 80)", bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ["F5 never starts a sequence", bytes("abc", [0xf5, 0x80, 0x80, 0x80]), 3],
    ["a sequence cut off at the end", bytes("euro ", [0xe2, 0x82]), 5],
    ["a sequence interrupted by ASCII", bytes([0xe2, 0x28, 0xa1]), 0],
  ];
  for (const [name, input, offset] of table) {
    test(name, () => {
      assert.equal(firstInvalidUtf8Offset(input), offset);
      // It must agree with the native decoder it explains.
      const nativeValid = (() => {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(input);
          return true;
        } catch {
          return false;
        }
      })();
      assert.equal(nativeValid, offset === -1);
    });
  }
});

describe("binaryReason", () => {
  test("ordinary prose is text", () =>
    assert.equal(binaryReason(bytes("He said: “We will go.”\n".repeat(500))), null));
  test("a couple of stray control characters in prose are tolerated", () =>
    assert.equal(binaryReason(bytes("Page 1\x01 of the report\x02, which said many things.")), null));
  test("only the first 8 KB are looked at", () =>
    assert.equal(binaryReason(bytes("a".repeat(9000), [0])), null));
});
