import { art9ConditionGap, dpiaGap, legalBasisGap, retentionGap, securityMeasuresGap } from "./activity-rules";
import { acceptedRiskGaps, agreementCoverGap, agreementExpiryGaps } from "./processor-rules";
import { activityTransferGaps, processorTransferGaps } from "./transfer-rules";
import { GAP_KINDS, GAP_KIND_LABELS, type Gap, type GapInputs, type GapKind } from "./types";

const KIND_ORDER = new Map(GAP_KINDS.map((k, i) => [k, i]));
const SEVERITY_ORDER = { high: 0, medium: 1 } as const;

/** Every gap in the record, most pressing kind first, high severity first within a kind, then by name. */
export function computeGaps(inputs: GapInputs, today: string): Gap[] {
  const gaps: Gap[] = [];
  for (const a of inputs.activities) {
    if (a.archived) continue;
    for (const rule of [legalBasisGap, art9ConditionGap, dpiaGap, retentionGap, securityMeasuresGap]) {
      const gap = rule(a);
      if (gap) gaps.push(gap);
    }
    gaps.push(...activityTransferGaps(a));
  }
  for (const p of inputs.processors) {
    if (p.archived) continue;
    const cover = agreementCoverGap(p, today);
    if (cover) gaps.push(cover);
    gaps.push(...acceptedRiskGaps(p, today), ...processorTransferGaps(p), ...agreementExpiryGaps(p, today));
  }
  return gaps.sort(
    (x, y) =>
      KIND_ORDER.get(x.kind)! - KIND_ORDER.get(y.kind)! ||
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      x.subject.name.localeCompare(y.subject.name, "en", { sensitivity: "base" }) ||
      x.key.localeCompare(y.key),
  );
}

export interface GapKindCount {
  kind: GapKind;
  label: string;
  count: number;
  high: number;
}

/** Counts per kind, every kind listed (zero included) in the fixed order, for the overview and the filter. */
export function countByKind(gaps: readonly Gap[]): GapKindCount[] {
  return GAP_KINDS.map((kind) => {
    const of = gaps.filter((g) => g.kind === kind);
    return { kind, label: GAP_KIND_LABELS[kind], count: of.length, high: of.filter((g) => g.severity === "high").length };
  });
}
