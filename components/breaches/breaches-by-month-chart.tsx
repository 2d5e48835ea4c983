"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_TEXT, ChartLegend, TOOLTIP_STYLE } from "@/components/ui/chart-parts";
import { RISK_SHORT, type BreachRisk } from "@/lib/breaches/labels";

const COLORS: Record<BreachRisk, string> = { unassessed: "#94a3b8", unlikely: "#10b981", risk: "#f59e0b", high: "#dc2626" };
const ORDER: BreachRisk[] = ["unlikely", "risk", "high", "unassessed"];

function monthLabel(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
}

/** Breaches per month of awareness, stacked by risk. */
export function BreachesByMonthChart({ data }: { data: Array<{ month: string } & Record<BreachRisk, number>> }) {
  const total = data.reduce((sum, d) => sum + ORDER.reduce((s, r) => s + d[r], 0), 0);
  return (
    <figure>
      <div className={`h-64 w-full ${CHART_TEXT}`} data-testid="breaches-by-month-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
            <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS_TICK} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_STYLE} labelFormatter={(m) => monthLabel(String(m))} />
            <Legend content={ChartLegend} />
            {ORDER.map((risk) => (
              <Bar key={risk} dataKey={risk} name={RISK_SHORT[risk]} stackId="risk" fill={COLORS[risk]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        {total} breaches over the last 12 months:{" "}
        {data.map((d) => `${monthLabel(d.month)}: ${ORDER.map((r) => `${d[r]} ${RISK_SHORT[r].toLowerCase()}`).join(", ")}`).join("; ")}
      </figcaption>
    </figure>
  );
}
