import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { chainIdsHash, idsHashOfBatches } from "@/lib/retention/ids-hash";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const A = "0b7c1f2e-0000-4000-8000-000000000001";
const B = "5d2a9c4e-0000-4000-8000-000000000002";
const C = "f00dbabe-0000-4000-8000-000000000003";

describe("receipt ids hash", () => {
  it("is sha256 of the previous hash and the batch's sorted ids joined by commas", () => {
    assert.equal(chainIdsHash("", [B, A]), sha(`${A},${B}`));
    assert.equal(chainIdsHash("prev", [C]), sha(`prev${C}`));
  });

  it("does not depend on the order of ids within a batch", () => {
    assert.equal(chainIdsHash("", [A, B, C]), chainIdsHash("", [C, A, B]));
  });

  it("chains batches in order, so the batch boundaries and their order count", () => {
    const h = idsHashOfBatches([[A, B], [C]]);
    assert.equal(h, sha(sha(`${A},${B}`) + C));
    assert.notEqual(h, idsHashOfBatches([[C], [A, B]]));
    assert.notEqual(h, idsHashOfBatches([[A, B, C]]));
  });

  it("starts from the empty string", () => {
    assert.equal(idsHashOfBatches([]), "");
    assert.match(chainIdsHash("", []), /^[0-9a-f]{64}$/);
  });
});
