"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_SCROLLER, CHART_TEXT, ChartLegend, TOOLTIP_STYLE } from "@/components/ui/chart-parts";

const PALETTE = ["#2563eb", "#10b981", "#f59e0b", "#db2777", "#7c3aed", "#0891b2", "#65a30d", "#dc2626"];

function dayLabel(day: string) {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

export interface VolumeSeries {
  id: string;
  name: string;
}

/** Messages received per day, stacked by source. A fixed size: the page lays it out, the chart never measures. */
export function SourceVolumeChart({ data, series }: { data: Array<{ day: string } & Record<string, number | string>>; series: VolumeSeries[] }) {
  const totals = series.map((s) => ({ ...s, total: data.reduce((n, d) => n + Number(d[s.id] ?? 0), 0) }));
  const all = totals.reduce((n, s) => n + s.total, 0);
  return (
    <figure>
      <div role="region" tabIndex={0} aria-label="Chart: messages received per day" className={`${CHART_SCROLLER} ${CHART_TEXT}`}>
      <div data-testid="source-volume-chart" className="w-[720px]">
        <BarChart width={720} height={240} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#cbd5e1" />
          <XAxis dataKey="day" tickFormatter={dayLabel} tick={{ ...AXIS_TICK, fontSize: 11 }} interval={4} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_STYLE} labelFormatter={(d) => dayLabel(String(d))} />
          <Legend content={ChartLegend} />
          {series.map((s, i) => (
            <Bar key={s.id} dataKey={s.id} name={s.name} stackId="volume" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      </div>
      <figcaption className="sr-only">
        {all} messages received over the last {data.length} days: {totals.map((s) => `${s.name} ${s.total}`).join(", ")}.
      </figcaption>
    </figure>
  );
}
