// Which addresses serve may fetch: a table of public and non-public ones, IPv4, IPv6 and mapped forms.

import assert from "node:assert/strict";
import { test } from "node:test";
import { isPublicAddress } from "./publicAddresses.js";

const CASES: [string, boolean][] = [
  ["93.184.216.34", true],
  ["8.8.8.8", true],
  ["2606:4700:4700::1111", true],
  ["127.0.0.1", false],
  ["127.1.2.3", false],
  ["10.1.2.3", false],
  ["172.31.255.255", false],
  ["172.32.0.1", true],
  ["192.168.1.1", false],
  ["169.254.169.254", false],
  ["100.64.0.1", false],
  ["0.0.0.0", false],
  ["224.0.0.1", false],
  ["255.255.255.255", false],
  ["::1", false],
  ["::", false],
  ["fe80::1", false],
  ["fd00::1", false],
  ["ff02::1", false],
  ["::ffff:127.0.0.1", false],
  ["::ffff:8.8.8.8", true],
  ["not an address", false],
];

for (const [address, expected] of CASES)
  test(`${address} is ${expected ? "" : "not "}public`, () =>
    assert.equal(isPublicAddress(address), expected));
