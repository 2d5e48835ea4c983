import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { isUuid } from "@/lib/uuid";

const samples = [
  "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b",
  "6F1B9A8E-2C1D-4E5F-8A9B-0C1D2E3F4A5B",
  "00000000-0000-0000-0000-000000000000",
  "00000000-0000-4000-8000-000000000000",
  "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5",
  "6f1b9a8e2c1d4e5f8a9b0c1d2e3f4a5b",
  "{6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b}",
  "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b ",
  "zf1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b",
  "1; drop table x",
  "",
];

describe("isUuid", () => {
  it("accepts what gen_random_uuid() makes, in either case", () => {
    assert.equal(isUuid(crypto.randomUUID()), true);
    assert.equal(isUuid("6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b"), true);
    assert.equal(isUuid("6F1B9A8E-2C1D-4E5F-8A9B-0C1D2E3F4A5B"), true);
  });

  it("refuses anything a URL may carry that is not one", () => {
    for (const v of ["", "new", "1; drop table x", "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5", "6f1b9a8e2c1d4e5f8a9b0c1d2e3f4a5b", " 6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b", "{6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b}"]) {
      assert.equal(isUuid(v), false, v);
    }
    assert.equal(isUuid(undefined), false);
    assert.equal(isUuid(42), false);
    assert.equal(isUuid(["6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b"]), false);
  });

  it("answers exactly as the forms' z.uuid() does: one way to tell an id", () => {
    for (const v of samples) assert.equal(isUuid(v), z.uuid().safeParse(v).success, v);
  });
});
