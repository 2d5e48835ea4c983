"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_SCROLLER, CHART_TEXT, ChartLegend, TOOLTIP_STYLE } from "@/components/ui/chart-parts";
import { PII_TYPE_LABELS } from "@/lib/pii/labels";
import type { PiiType } from "@/lib/pii/types";

const ORDER: PiiType[] = ["email", "phone", "card", "iban", "national_id", "ip", "special_category"];
const COLORS: Record<PiiType, string> = {
  email: "#0284c7",
  phone: "#10b981",
  card: "#dc2626",
  iban: "#f59e0b",
  national_id: "#7c3aed",
  ip: "#64748b",
  special_category: "#db2777",
};

function monthLabel(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
}

/** Personal data found per month, stacked by type. A fixed size and no animation, so it renders the same every time. */
export function FindingsByMonthChart({ data }: { data: Array<{ month: string } & Record<PiiType, number>> }) {
  const total = data.reduce((sum, d) => sum + ORDER.reduce((s, t) => s + d[t], 0), 0);
  return (
    <figure>
      <div role="region" tabIndex={0} aria-label="Chart: personal data found per month" className={`${CHART_SCROLLER} ${CHART_TEXT}`} data-testid="findings-by-month-chart">
        <BarChart width={720} height={260} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
          <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS_TICK} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_STYLE} labelFormatter={(m) => monthLabel(String(m))} />
          <Legend content={ChartLegend} />
          {ORDER.map((type) => (
            <Bar key={type} dataKey={type} name={PII_TYPE_LABELS[type]} stackId="type" fill={COLORS[type]} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      <figcaption className="sr-only">
        {total} findings over the last 12 months:{" "}
        {data.map((d) => `${monthLabel(d.month)}: ${ORDER.filter((t) => d[t] > 0).map((t) => `${d[t]} ${PII_TYPE_LABELS[t].toLowerCase()}`).join(", ") || "none"}`).join("; ")}
      </figcaption>
    </figure>
  );
}
