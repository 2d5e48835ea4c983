import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diffLines, diffStats, foldUnchanged, splitLines, type DiffLine } from "@/lib/notice/diff";

const compact = (lines: DiffLine[]) => lines.map((l) => `${l.type === "same" ? " " : l.type === "added" ? "+" : "-"}${l.text}`);

// Applying the diff must give back both texts: the removed and same lines are the old one, added and same the new one.
function assertReconstructs(before: string, after: string) {
  const lines = diffLines(before, after);
  assert.deepEqual(lines.filter((l) => l.type !== "added").map((l) => l.text), splitLines(before));
  assert.deepEqual(lines.filter((l) => l.type !== "removed").map((l) => l.text), splitLines(after));
}

describe("line diff", () => {
  it("finds nothing changed in equal texts", () => {
    const lines = diffLines("a\nb\nc\n", "a\nb\nc\n");
    assert.deepEqual(compact(lines), [" a", " b", " c"]);
    assert.deepEqual(diffStats(lines), { added: 0, removed: 0 });
  });

  it("marks a changed line as removed, then added, in place", () => {
    assert.deepEqual(compact(diffLines("a\nb\nc", "a\nB\nc")), [" a", "-b", "+B", " c"]);
  });

  it("marks insertions and deletions with the shortest edit (LCS)", () => {
    assert.deepEqual(compact(diffLines("a\nb\nc\nd", "a\nc\nd\ne")), [" a", "-b", " c", " d", "+e"]);
    assert.deepEqual(compact(diffLines("x\na\nb", "a\nb\ny")), ["-x", " a", " b", "+y"]);
  });

  it("numbers lines in the old and the new text", () => {
    const lines = diffLines("a\nb\nc", "a\nx\nb\nc");
    assert.deepEqual(lines[1], { type: "added", text: "x", newNumber: 2 });
    assert.deepEqual(lines[3], { type: "same", text: "c", oldNumber: 3, newNumber: 4 });
  });

  it("handles empty texts on either side", () => {
    assert.deepEqual(compact(diffLines("", "a\nb")), ["+a", "+b"]);
    assert.deepEqual(compact(diffLines("a\nb", "")), ["-a", "-b"]);
    assert.deepEqual(diffLines("", ""), []);
  });

  it("keeps repeated lines apart and reconstructs both texts", () => {
    const pairs: Array<[string, string]> = [
      ["", "", ],
      ["a\na\nb\na", "a\nb\na\na"],
      ["1. Who we are\n\nText\n\n2. Rights\n\nText", "1. Who we are\n\nNew text\n\n2. Rights\n\nText\n\n3. Complaint"],
      ["a\nb\nc\nd\ne\nf", "f\ne\nd\nc\nb\na"],
      ["same\r\nline", "same\nline\n"],
    ];
    for (const [a, b] of pairs) assertReconstructs(a, b);
    assert.deepEqual(diffStats(diffLines("same\r\nline", "same\nline\n")), { added: 0, removed: 0 });
  });

  it("folds long unchanged stretches, keeping context around changes", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
    const after = before.replace("line 10", "line ten");
    const rows = foldUnchanged(diffLines(before, after), 2);
    assert.deepEqual(rows[0], { type: "skipped", count: 7 });
    assert.deepEqual(
      rows.slice(1, 7).map((r) => (r.type === "skipped" ? `…${r.count}` : r.text)),
      ["line 8", "line 9", "line 10", "line ten", "line 11", "line 12"],
    );
    assert.deepEqual(rows[7], { type: "skipped", count: 8 });
    assert.equal(rows.length, 8);
  });
});
