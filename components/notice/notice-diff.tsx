import { useId } from "react";
import type { DiffRow } from "@/lib/notice/diff";

const STYLE = {
  added: "bg-emerald-50 text-emerald-950 dark:bg-emerald-950/60 dark:text-emerald-100",
  removed: "bg-red-50 text-red-950 dark:bg-red-950/60 dark:text-red-100",
  same: "",
};

/**
 * A line diff as a table. Each change is marked three ways, so colour is never the only signal:
 * a visible +/− sign, a word for screen readers ("Added"/"Removed"), and <ins>/<del> around the text.
 */
export function NoticeDiff({ rows, caption }: { rows: DiffRow[]; caption: string }) {
  const captionId = useId();
  // A focusable, named scroller (as in components/ui/table.tsx): long lines can make the table wider than the screen.
  return (
    <div role="region" tabIndex={0} aria-labelledby={captionId} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full border-collapse font-mono text-xs" data-testid="notice-diff">
        <caption id={captionId} className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-slate-50 text-left dark:bg-slate-800/60">
            <th scope="col" className="w-12 px-2 py-1 text-right font-semibold">Old</th>
            <th scope="col" className="w-12 px-2 py-1 text-right font-semibold">New</th>
            <th scope="col" className="w-24 px-2 py-1 font-semibold">Change</th>
            <th scope="col" className="px-2 py-1 font-semibold">Text</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            if (row.type === "skipped") {
              return (
                <tr key={i} className="text-slate-600 dark:text-slate-400">
                  <td colSpan={4} className="px-2 py-1 italic">
                    {row.count} unchanged {row.count === 1 ? "line" : "lines"}
                  </td>
                </tr>
              );
            }
            const text = row.text === "" ? "\u00a0" : row.text;
            return (
              <tr key={i} className={STYLE[row.type]} data-change={row.type}>
                {/* Slate-600/400: slate-500 read at 4.4:1 on the red rows and under 3.8:1 in the dark theme. */}
                <td className="px-2 py-0.5 text-right tabular-nums text-slate-600 dark:text-slate-400">{row.type === "added" ? "" : row.oldNumber}</td>
                <td className="px-2 py-0.5 text-right tabular-nums text-slate-600 dark:text-slate-400">{row.type === "removed" ? "" : row.newNumber}</td>
                <td className="whitespace-nowrap px-2 py-0.5 font-semibold">
                  {row.type === "added" ? "+ Added" : row.type === "removed" ? "− Removed" : <span className="sr-only">Unchanged</span>}
                </td>
                <td className="whitespace-pre-wrap px-2 py-0.5 font-sans text-sm">
                  {row.type === "added" ? <ins className="no-underline">{text}</ins> : row.type === "removed" ? <del>{text}</del> : text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
