"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_TEXT, ChartLegend, TOOLTIP_STYLE } from "@/components/ui/chart-parts";
import type { MonthAnswered } from "@/db/queries/requests";

function monthLabel(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
}

/** Requests answered per month, in time or late against the date that counted. */
export function AnsweredChart({ data }: { data: MonthAnswered[] }) {
  return (
    <figure>
      <div className={`h-64 w-full ${CHART_TEXT}`} data-testid="requests-answered-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
            <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS_TICK} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_STYLE} labelFormatter={(m) => monthLabel(String(m))} />
            <Legend content={ChartLegend} />
            <Bar dataKey="inTime" name="In time" stackId="a" fill="#10b981" isAnimationActive={false} />
            <Bar dataKey="late" name="Late" stackId="a" fill="#dc2626" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        Requests answered over the last 12 months: {data.map((d) => `${monthLabel(d.month)}: ${d.inTime} in time, ${d.late} late`).join("; ")}
      </figcaption>
    </figure>
  );
}
