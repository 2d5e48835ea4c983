import type { CSSProperties, ReactNode } from "react";
import type { LegendPayload } from "recharts";

/**
 * Parts every Recharts chart shares, so that no text is drawn in a series colour: Recharts' defaults
 * write legend and tooltip text in the series colour (amber and emerald read at 2.1–2.5:1 on white)
 * and axis ticks in #666 (3.1:1 on the dark theme's cards). The colour stays on the swatches and bars.
 */

/** The legend: the series colour on a swatch, the name in the body text colour; wraps on a phone. */
export function ChartLegend({ payload }: { payload?: ReadonlyArray<LegendPayload> }): ReactNode {
  if (!payload?.length) return null;
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {payload.map((item) => (
        <li key={String(item.dataKey ?? item.value)} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-3 shrink-0 rounded-sm" style={{ backgroundColor: item.color }} />
          {item.value}
        </li>
      ))}
    </ul>
  );
}

/** Axis ticks take the text colour of the chart's box (CHART_TEXT), in either theme. */
export const AXIS_TICK = { fontSize: 12, fill: "currentColor" } as const;

/** Class for the box around a chart: the colour its axis ticks inherit. */
export const CHART_TEXT = "text-slate-600 dark:text-slate-400";

/** The tooltip keeps its white card in both themes, so its text is dark in both. */
export const TOOLTIP_STYLE: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties } = {
  contentStyle: { backgroundColor: "#ffffff", borderColor: "#cbd5e1", color: "#0f172a" },
  labelStyle: { color: "#0f172a" },
  itemStyle: { color: "#0f172a" },
};

/**
 * Class for the sideways scroller around a fixed-size chart. `contain:inline-size` stops the chart's
 * width from widening the grid column it sits in (which made the overview wider than a phone); the
 * scroller itself gets `tabIndex={0}` and a label so a keyboard can scroll it.
 */
export const CHART_SCROLLER = "overflow-x-auto [contain:inline-size]";
