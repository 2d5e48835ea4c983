import { formatDateTime } from "@/lib/time";

export interface HistoryItem {
  id: number | string;
  at: Date;
  actor: string;
  text: string;
}

/** A record's history from the audit trail, oldest first. */
export function HistoryList({ items, timeZone }: { items: HistoryItem[]; timeZone: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No recorded changes.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5 dark:border-slate-700" aria-label="History">
      {items.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-500" aria-hidden />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, timeZone)}</time> · {e.actor}
          </p>
          <p className="text-sm font-medium">{e.text}</p>
        </li>
      ))}
    </ol>
  );
}
