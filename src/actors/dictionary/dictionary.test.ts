import assert from "node:assert/strict";
import { test } from "node:test";
import { withTitledNames } from "./dictionary.js";

test("a titled short alias goes before the longer names it starts ('Sheikh Tamim' + 'Tamim bin Hamad')", () => {
  assert.deepEqual(withTitledNames(["Tamim bin Hamad Al Thani", "Tamim bin Hamad", "Sheikh Tamim"]), [
    "Tamim bin Hamad Al Thani",
    "Tamim bin Hamad",
    "Sheikh Tamim",
    "Sheikh Tamim bin Hamad Al Thani",
    "Sheikh Tamim bin Hamad",
  ]);
  const names = ["Hassan Nasrallah", "Nasrallah"];
  assert.equal(withTitledNames(names), names);
});
