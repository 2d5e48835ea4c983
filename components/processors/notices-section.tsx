import { Card, CardTitle } from "@/components/ui/card";
import type { ActionState } from "@/lib/forms";
import { objectionDeadlineAt } from "@/lib/processors/countdown";
import type { NoticeDecision } from "@/lib/processors/labels";
import { formatDate, formatDateTime } from "@/lib/time";
import { NoticeCountdown } from "./notice-countdown";
import { NoticeDecisionForm, NoticeForm } from "./notice-forms";
import { NoticeDecisionBadge } from "./processor-badges";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

export interface NoticeRow {
  id: string;
  receivedOn: string;
  description: string;
  objectionDeadline: string;
  decision: NoticeDecision;
  decidedAt: Date | null;
  decisionNote: string;
  decidedByName: string | null;
}

const day = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), "UTC");

/** Art. 28(2): changes of sub-processor the processor announced, with the time left to object and legal's answer. */
export function NoticesSection({
  processorId,
  notices,
  today,
  timeZone,
  canWrite,
  canDecide,
  createAction,
  decideAction,
}: {
  processorId: string;
  notices: NoticeRow[];
  today: string;
  timeZone: string;
  canWrite: boolean;
  canDecide: boolean;
  createAction: Action;
  decideAction: Action;
}) {
  const renderedAt = new Date().toISOString();
  return (
    <Card aria-labelledby="notices-title">
      <CardTitle>
        <span id="notices-title">Sub-processor change notices</span>
      </CardTitle>
      {notices.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No notices received.</p>
      ) : (
        <ul className="space-y-4" aria-label="Notices">
          {notices.map((n) => (
            <li key={n.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">Received {day(n.receivedOn)}</span>
                <span>· object by {day(n.objectionDeadline)}</span>
                <NoticeDecisionBadge decision={n.decision} />
                {n.decision === "pending" ? (
                  <NoticeCountdown deadlineAt={objectionDeadlineAt(n.objectionDeadline, timeZone).toISOString()} decision={n.decision} renderedAt={renderedAt} />
                ) : null}
              </p>
              <p className="mt-1 whitespace-pre-line">{n.description}</p>
              {n.decision !== "pending" ? (
                <p className="mt-1 text-slate-700 dark:text-slate-300">
                  Decided {formatDateTime(n.decidedAt, timeZone)}{n.decidedByName ? ` by ${n.decidedByName}` : ""}{n.decisionNote ? `: ${n.decisionNote}` : ""}
                </p>
              ) : canDecide ? (
                <div className="mt-3">
                  <NoticeDecisionForm processorId={processorId} noticeId={n.id} action={decideAction} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <NoticeForm processorId={processorId} today={today} action={createAction} />
        </div>
      ) : null}
    </Card>
  );
}
