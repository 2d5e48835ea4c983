import { ReviewButtons, type ReviewActions } from "@/components/findings/review-buttons";
import { Badge } from "@/components/ui/badge";
import { FINDING_STATUS_LABELS, FINDING_STATUS_TONES, formatConfidence, subtypeLabel } from "@/lib/chats/labels";
import type { FindingStatus } from "@/lib/chats/list-params";
import { PII_TYPE_LABELS, type PiiType } from "@/lib/pii";
import { formatDateTime } from "@/lib/time";

export interface ListedFinding {
  id: number;
  messageId: number;
  type: PiiType;
  subtype: string | null;
  confidence: number;
  status: FindingStatus;
  match: string | null;
  sentAt: Date;
  reviewedAt: Date | null;
  reviewerName: string | null;
}

/** The personal data found in a conversation, each with what was matched and, for the DPO, mask and dismiss. */
/** `actions` reach each open finding's review buttons; they are only used when `canReview`. */
export function FindingsList({ findings, canReview, timeZone, actions }: { findings: ListedFinding[]; canReview: boolean; timeZone: string; actions: ReviewActions }) {
  if (findings.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">The detector found no personal data in this conversation.</p>;
  return (
    <ul aria-label="Findings" className="divide-y divide-slate-200 dark:divide-slate-800">
      {findings.map((f) => {
        const sub = subtypeLabel(f.subtype);
        return (
          <li key={f.id} className="space-y-1 py-3 text-sm" data-testid="finding-item" data-finding-id={f.id} data-status={f.status}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">
                {PII_TYPE_LABELS[f.type]}
                {sub ? <span className="font-normal text-slate-600 dark:text-slate-400"> · {sub}</span> : null}
              </span>
              <Badge tone={FINDING_STATUS_TONES[f.status]}>{FINDING_STATUS_LABELS[f.status]}</Badge>
            </div>
            <p className={f.status === "masked" ? "font-mono break-words" : "break-words"}>
              {f.match === null ? <span className="text-slate-600 dark:text-slate-400">The stored text no longer holds this span.</span> : f.match}
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              <a href={`#message-${f.messageId}`} className="underline">
                Message of {formatDateTime(f.sentAt, timeZone)}
              </a>{" "}
              · confidence {formatConfidence(f.confidence)}
              {f.status !== "open" ? ` · ${FINDING_STATUS_LABELS[f.status].toLowerCase()} by ${f.reviewerName ?? "—"}, ${formatDateTime(f.reviewedAt, timeZone)}` : ""}
            </p>
            {canReview && f.status === "open" ? <ReviewButtons findingId={f.id} what={`${PII_TYPE_LABELS[f.type]} finding ${f.id}`} actions={actions} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
