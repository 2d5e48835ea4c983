import type { RequestEventRow } from "@/db/queries/requests";
import { formatDateTime } from "@/lib/time";

const TITLES: Record<RequestEventRow["type"], string> = {
  created: "Request recorded",
  status_changed: "Status changed",
  note: "Note",
  assigned: "Assignment",
  clock_paused: "Clock paused",
  clock_resumed: "Clock resumed",
  extended: "Time limit extended",
  email_sent: "E-mail",
  verification_code_sent: "Identity code sent",
  verification_code_failed: "Wrong identity code",
  identity_verified: "Identity verified",
  due_date_recomputed: "Due date recomputed",
};

const CLOCK_EVENTS = new Set<RequestEventRow["type"]>(["clock_paused", "clock_resumed", "extended", "due_date_recomputed"]);

function who(e: RequestEventRow): string {
  if (e.byName) return e.byName;
  return { requester: "The requester", api: "API", system: "DPO Desk", user: "A former user" }[e.origin] ?? e.origin;
}

/** The request's timeline, oldest first. Texts may quote the requester: rendered as text, never as HTML. */
export function RequestTimeline({ events, timeZone, label = "Timeline" }: { events: RequestEventRow[]; timeZone: string; label?: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing recorded yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5 dark:border-slate-700" aria-label={label}>
      {events.map((e) => (
        <li key={e.id} className="relative" data-event={e.type}>
          <span className={`absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full ${CLOCK_EVENTS.has(e.type) ? "bg-amber-500" : "bg-brand-500"}`} aria-hidden />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, timeZone)}</time> · {who(e)}
          </p>
          <p className="text-sm font-medium">{TITLES[e.type]}</p>
          {e.text ? <p className="whitespace-pre-line break-words text-sm text-slate-700 dark:text-slate-300">{e.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The clock's own history: when it started, paused, resumed, was extended or moved. */
export function isClockEvent(e: RequestEventRow): boolean {
  return e.type === "created" || CLOCK_EVENTS.has(e.type);
}
