import { formatDateTime } from "@/lib/time";
import type { TimelineEvent } from "@/lib/breaches/timeline";

const DOT = { fact: "bg-slate-400", change: "bg-brand-500", notification: "bg-emerald-600" } as const;

export function BreachTimeline({ events, timeZone }: { events: TimelineEvent[]; timeZone: string }) {
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5 dark:border-slate-700" aria-label="Timeline">
      {events.map((e, i) => (
        <li key={i} className="relative">
          <span className={`absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full ${DOT[e.kind]}`} aria-hidden />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, timeZone)}</time>
            {e.actor ? ` · ${e.actor}` : null}
          </p>
          <p className="text-sm font-medium">{e.title}</p>
          {e.detail ? <p className="whitespace-pre-line text-sm text-slate-700 dark:text-slate-300">{e.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}
