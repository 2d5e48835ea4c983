import { maskText, PII_MASK_PLACEHOLDERS, shiftOffset, type MaskSpan, type PiiType } from "@/lib/pii";

export interface FindingSpan {
  id: number;
  type: PiiType;
  start: number;
  end: number;
  status: "open" | "masked" | "dismissed";
}

export interface FindingChange {
  id: number;
  start: number;
  end: number;
  /** True for the findings this masking covered: they become "masked" (the targets and whatever overlapped them). */
  masked: boolean;
}

export interface MaskPlan {
  text: string;
  changes: FindingChange[];
  /** Targets that were masked. */
  maskedTargets: number[];
  /** Other findings (not masked before) masked because they overlapped a target's span. */
  maskedOverlaps: number[];
  /** Targets whose stored span no longer fits the text (left alone, reported). */
  skipped: number[];
}

const fits = (f: FindingSpan, length: number) =>
  Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= length;

/**
 * Plans masking `targetIds` in one message: each target's span, widened to take in every finding that
 * overlaps it (their text is going, so they are masked too), is replaced by the target type's
 * placeholder; every other finding's offsets are moved with maskText's shifts so they still point at
 * the same characters. A masked finding ends up spanning its placeholder, which the transcript shows.
 */
export function planMask(text: string, findings: readonly FindingSpan[], targetIds: ReadonlySet<number>): MaskPlan {
  const valid = findings.filter((f) => fits(f, text.length));
  const skipped = findings.filter((f) => targetIds.has(f.id) && !fits(f, text.length)).map((f) => f.id);
  const targets = valid.filter((f) => targetIds.has(f.id)).sort((a, b) => a.start - b.start || a.end - b.end);

  // Clusters of overlapping spans, seeded by the targets and grown until nothing else overlaps.
  const clusters: Array<{ start: number; end: number; type: PiiType; members: Set<number> }> = [];
  for (const target of targets) {
    const last = clusters.at(-1);
    if (last && target.start < last.end) {
      last.end = Math.max(last.end, target.end);
      last.members.add(target.id);
    } else {
      clusters.push({ start: target.start, end: target.end, type: target.type, members: new Set([target.id]) });
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const cluster of clusters) {
      for (const f of valid) {
        if (cluster.members.has(f.id) || f.start >= cluster.end || f.end <= cluster.start) continue;
        cluster.members.add(f.id);
        cluster.start = Math.min(cluster.start, f.start);
        cluster.end = Math.max(cluster.end, f.end);
        grew = true;
      }
    }
    // Widening can make two clusters meet: join them, keeping the earlier one's placeholder.
    clusters.sort((a, b) => a.start - b.start);
    for (let i = 1; i < clusters.length; i++) {
      const prev = clusters[i - 1]!;
      const cur = clusters[i]!;
      if (cur.start < prev.end) {
        prev.end = Math.max(prev.end, cur.end);
        for (const id of cur.members) prev.members.add(id);
        clusters.splice(i--, 1);
        grew = true;
      }
    }
  }

  const spans: MaskSpan[] = clusters.map((c) => ({ start: c.start, end: c.end, placeholder: PII_MASK_PLACEHOLDERS[c.type] }));
  const { text: masked, shifts } = maskText(text, spans);

  const clusterOf = new Map<number, (typeof clusters)[number]>();
  for (const c of clusters) for (const id of c.members) clusterOf.set(id, c);

  const changes: FindingChange[] = [];
  for (const f of valid) {
    const cluster = clusterOf.get(f.id);
    if (cluster) {
      const start = shiftOffset(cluster.start, shifts);
      // One already masked keeps its review; only its span moves onto the new placeholder.
      changes.push({ id: f.id, start, end: start + PII_MASK_PLACEHOLDERS[cluster.type].length, masked: f.status !== "masked" });
      continue;
    }
    const start = shiftOffset(f.start, shifts);
    const end = shiftOffset(f.end, shifts);
    if (start !== f.start || end !== f.end) changes.push({ id: f.id, start, end, masked: false });
  }
  return {
    text: masked,
    changes,
    maskedTargets: targets.map((t) => t.id),
    maskedOverlaps: changes.filter((c) => c.masked && !targetIds.has(c.id)).map((c) => c.id),
    skipped,
  };
}
