"use client";

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_SCROLLER, CHART_TEXT, TOOLTIP_STYLE } from "@/components/ui/chart-parts";
import { AGREEMENT_STATUS_LABELS } from "@/lib/processors/labels";
import type { AgreementStatus } from "@/lib/processors/labels";

const COLORS: Record<AgreementStatus, string> = {
  signed: "#10b981",
  in_legal_review: "#0284c7",
  draft: "#f59e0b",
  missing: "#dc2626",
  expired: "#b91c1c",
  terminated: "#64748b",
};

/** Current processors by the status of their best agreement. A fixed size and no animation. */
export function ProcessorsByStatusChart({ data }: { data: Array<{ status: AgreementStatus; count: number }> }) {
  const rows = data.map((d) => ({ ...d, label: AGREEMENT_STATUS_LABELS[d.status] }));
  return (
    <figure>
      <div role="region" tabIndex={0} aria-label="Chart: processors by agreement status" className={`${CHART_SCROLLER} ${CHART_TEXT}`} data-testid="processors-by-status-chart">
        <BarChart width={520} height={220} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
          <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Bar dataKey="count" name="Processors" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.status} fill={COLORS[r.status]} />
            ))}
          </Bar>
        </BarChart>
      </div>
      <figcaption className="sr-only">Processors by agreement status: {rows.map((r) => `${r.label} ${r.count}`).join(", ")}</figcaption>
    </figure>
  );
}
