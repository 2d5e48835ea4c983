// A line-based diff between two renderings of the notice: the longest common subsequence of lines,
// so what stayed is shown once and only the lines added or removed are marked.

export type DiffLine =
  | { type: "same"; text: string; oldNumber: number; newNumber: number }
  | { type: "removed"; text: string; oldNumber: number }
  | { type: "added"; text: string; newNumber: number };

export type DiffRow = DiffLine | { type: "skipped"; count: number };

export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // A final newline ends the last line; it does not start an empty one.
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// About 100 MB of table at most; beyond that the changed middle is shown as replaced in one piece.
const MAX_CELLS = 25_000_000;

function coarseDiff(a: string[], b: string[], start: number, endA: number, endB: number): DiffLine[] {
  return [
    ...a.slice(0, start).map((text, k): DiffLine => ({ type: "same", text, oldNumber: k + 1, newNumber: k + 1 })),
    ...a.slice(start, endA).map((text, k): DiffLine => ({ type: "removed", text, oldNumber: start + k + 1 })),
    ...b.slice(start, endB).map((text, k): DiffLine => ({ type: "added", text, newNumber: start + k + 1 })),
    ...a.slice(endA).map((text, k): DiffLine => ({ type: "same", text, oldNumber: endA + k + 1, newNumber: endB + k + 1 })),
  ];
}

/** Every line of both texts in order: unchanged, removed from `before`, or added in `after`. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  // The common head and tail need no table: notices mostly change in a few places.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) return coarseDiff(a, b, start, endA, endB);
  // lcs[i][j]: length of the LCS of a[start+i..endA) and b[start+j..endB), in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[start + i] === b[start + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }

  const out: DiffLine[] = [];
  for (let k = 0; k < start; k++) out.push({ type: "same", text: a[k]!, oldNumber: k + 1, newNumber: k + 1 });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      out.push({ type: "same", text: a[start + i]!, oldNumber: start + i + 1, newNumber: start + j + 1 });
      i++;
      j++;
    } else if (j === m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      // On a tie the removal goes first, so a changed line reads old, then new.
      out.push({ type: "removed", text: a[start + i]!, oldNumber: start + i + 1 });
      i++;
    } else {
      out.push({ type: "added", text: b[start + j]!, newNumber: start + j + 1 });
      j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) out.push({ type: "same", text: a[endA + k]!, oldNumber: endA + k + 1, newNumber: endB + k + 1 });
  return out;
}

/** Long unchanged stretches folded to a count, keeping `context` lines around each change. */
export function foldUnchanged(lines: DiffLine[], context = 2): DiffRow[] {
  const keep = lines.map((l) => l.type !== "same");
  const near = lines.map((_, idx) => {
    for (let d = -context; d <= context; d++) if (keep[idx + d]) return true;
    return false;
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  lines.forEach((line, idx) => {
    if (near[idx]) {
      if (skipped) rows.push({ type: "skipped", count: skipped });
      skipped = 0;
      rows.push(line);
    } else skipped++;
  });
  if (skipped) rows.push({ type: "skipped", count: skipped });
  return rows;
}

export function diffStats(lines: DiffLine[]): { added: number; removed: number } {
  return { added: lines.filter((l) => l.type === "added").length, removed: lines.filter((l) => l.type === "removed").length };
}
