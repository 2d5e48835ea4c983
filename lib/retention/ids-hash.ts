import { createHash } from "node:crypto";

/**
 * The receipt's hash of the ids a rule removed in one run: chained batch by batch,
 * sha256(previous hash + the batch's ids sorted and joined by ","), hex, starting from "".
 * Anyone holding the ids of each batch (the audit trail names each batch's hash) can recompute it;
 * nobody can recover the ids from it.
 */
export function chainIdsHash(previous: string, ids: readonly string[]): string {
  const sorted = [...ids].sort();
  return createHash("sha256").update(previous).update(sorted.join(",")).digest("hex");
}

/** The receipt hash over several batches, in the order they were processed. */
export function idsHashOfBatches(batches: ReadonlyArray<readonly string[]>): string {
  return batches.reduce<string>((hash, ids) => chainIdsHash(hash, ids), "");
}
