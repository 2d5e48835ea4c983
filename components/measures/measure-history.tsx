import { describeMeasureEvent } from "@/lib/measures/history";
import { formatDateTime } from "@/lib/time";

type Event = { id: number | string; at: Date; action: string; summary: Record<string, unknown>; actorName: string | null; actorType: string };

/** The measure's entries in the audit trail, oldest first. */
export function MeasureHistory({ events, timeZone }: { events: Event[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No recorded changes.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5 dark:border-slate-700" aria-label="History">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-500" aria-hidden />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, timeZone)}</time>
            {` · ${e.actorName ?? (e.actorType === "system" ? "System" : "API")}`}
          </p>
          <p className="text-sm font-medium">{describeMeasureEvent(e.action, e.summary)}</p>
        </li>
      ))}
    </ol>
  );
}
