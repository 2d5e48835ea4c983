import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { first, firstValues } from "@/lib/search-params";

describe("search params", () => {
  it("takes the first value of a parameter given twice, and leaves a single one as it is", () => {
    assert.equal(first(["a", "b"]), "a");
    assert.equal(first("a"), "a");
    assert.equal(first(""), "");
    assert.equal(first(undefined), undefined);
    assert.equal(first([]), undefined, "an empty list has no first value");
  });

  it("passes other values through for zod preprocessors", () => {
    assert.equal(first(42), 42);
    assert.equal(first(null), null);
  });

  it("reduces a whole query to first values, keeping absent ones absent", () => {
    assert.deepEqual(firstValues({ status: ["open", "closed"], q: "acme", page: undefined }), { status: "open", q: "acme", page: undefined });
    assert.deepEqual(firstValues({}), {});
  });
});
