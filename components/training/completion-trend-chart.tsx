"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_STYLE } from "@/components/ui/chart-parts";

function monthLabel(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
}

/** The completion rate at the end of each of the last 12 months. */
export function CompletionTrendChart({ data }: { data: Array<{ month: string; rate: number | null }> }) {
  return (
    <figure>
      <div className={`h-56 w-full ${CHART_TEXT}`} data-testid="training-trend-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
            <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS_TICK} />
            <YAxis domain={[0, 100]} tickFormatter={(v) => `${v}%`} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_STYLE} labelFormatter={(m) => monthLabel(String(m))} formatter={(v) => [`${String(v)}%`, "Completed"]} />
            <Line type="monotone" dataKey="rate" stroke="#0369a1" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        Completion rate at the end of each month: {data.map((d) => `${monthLabel(d.month)}: ${d.rate === null ? "no required training" : `${d.rate}%`}`).join("; ")}
      </figcaption>
    </figure>
  );
}
