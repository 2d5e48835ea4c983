"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_STYLE } from "@/components/ui/chart-parts";

export interface RateBar {
  label: string;
  /** Percent, 0-100; null when nobody must take it. */
  rate: number | null;
  valid: number;
  required: number;
  customerFacing: boolean;
}

const pct = (v: number | null) => (v === null ? "—" : `${v}%`);

/** Completion rate per course or team; customer-facing bars come first and in a colour of their own. */
export function CompletionRateChart({ data, testId, what }: { data: RateBar[]; testId: string; what: string }) {
  const height = Math.max(120, data.length * 40 + 40);
  return (
    <figure>
      <div className={`w-full ${CHART_TEXT}`} style={{ height }} data-testid={testId}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#cbd5e1" />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v) => `${v}%`} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="label" width={170} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_STYLE} formatter={(v) => [pct(typeof v === "number" ? v : null), "Completed"]} />
            <Bar dataKey="rate" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.label} fill={d.customerFacing ? "#0369a1" : "#64748b"} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Blue: customer-facing staff. <span className="sr-only">Completion rate by {what}: {data.map((d) => `${d.label}: ${pct(d.rate)} (${d.valid} of ${d.required})`).join("; ")}</span>
      </figcaption>
    </figure>
  );
}
