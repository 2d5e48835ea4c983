import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { Table, Td, Th } from "@/components/ui/table";
import type { AgreementWithFiles } from "@/db/queries/processors";
import type { ActionState } from "@/lib/forms";
import { formatBytes } from "@/lib/processors/files";
import { DECISION_LABELS } from "@/lib/processors/review";
import { effectiveStatus, nextDeadline, sendToReviewProblem } from "@/lib/processors/status";
import { formatDate, formatDateTime } from "@/lib/time";
import { ActionButton } from "./action-button";
import { AgreementFileForm } from "./agreement-file-form";
import { AgreementStatusBadge } from "./processor-badges";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

const day = (d: string | null) => (d ? formatDate(new Date(`${d}T12:00:00Z`), "UTC") : "");
const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

export function fileHref(processorId: string, agreementId: string, fileId: string) {
  return `/processors/${processorId}/agreements/${agreementId}/files/${fileId}`;
}

/** One agreement on its processor's page: dates, file versions with their hashes, and the legal review history. */
export function AgreementCard({
  agreement: a,
  processorId,
  today,
  timeZone,
  canWrite,
  canReview,
  uploadAction,
  sendAction,
}: {
  agreement: AgreementWithFiles;
  processorId: string;
  today: string;
  timeZone: string;
  canWrite: boolean;
  canReview: boolean;
  uploadAction: Action;
  sendAction: Action;
}) {
  const status = effectiveStatus(a, today);
  const deadline = nextDeadline(a, today);
  const reviewHref = `/processors/${processorId}/agreements/${a.id}/review`;
  const canSend = canWrite && sendToReviewProblem(a.status, a.files.length) === null;
  return (
    <Card id={`agreement-${a.id}`} aria-labelledby={`agreement-${a.id}-title`} className="space-y-4 bg-slate-50/60 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`agreement-${a.id}-title`} className="font-semibold">{a.title}</h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <AgreementStatusBadge status={status} />
            {status === "expired" && a.status === "signed" ? <span className="text-xs text-slate-600 dark:text-slate-400">ended {day(a.endsOn)}</span> : null}
            {deadline && deadline.daysLeft <= 60 ? (
              <Badge tone={deadline.daysLeft < 0 ? "bad" : "warn"}>
                {deadline.kind === "ends" ? "Ends" : "Review due"} {deadline.daysLeft < 0 ? `${-deadline.daysLeft} days ago` : deadline.daysLeft === 0 ? "today" : `in ${deadline.daysLeft} days`}
              </Badge>
            ) : null}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          {a.status === "in_legal_review" ? <ButtonLink href={reviewHref} variant={canReview ? "primary" : "secondary"}>{canReview ? "Review" : "See the review"}</ButtonLink> : null}
          {a.status !== "in_legal_review" && a.reviews.length > 0 ? <ButtonLink href={reviewHref} variant="secondary">Reviews</ButtonLink> : null}
          {canWrite ? <ButtonLink href={`/processors/${processorId}/agreements/${a.id}/edit`} variant="secondary" aria-label={`Edit ${a.title}`}>Edit</ButtonLink> : null}
          {canSend ? <ActionButton action={sendAction} fields={{ processorId, agreementId: a.id }} label="Send to legal review" pendingLabel="Sending…" /> : null}
        </div>
      </div>
      <DetailList
        items={[
          ["Signed on", day(a.signedOn)],
          ["Runs", a.startsOn || a.endsOn ? `${day(a.startsOn) || "—"} to ${day(a.endsOn) || "until terminated"}` : ""],
          ["Review by", day(a.reviewBy)],
          ["Notes", a.notes],
        ]}
      />
      <div>
        <h4 className="mb-2 text-sm font-semibold">Document versions</h4>
        {a.files.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No document uploaded yet.</p>
        ) : (
          <Table>
            <caption className="sr-only">Versions of {a.title}</caption>
            <thead>
              <tr>
                <Th>Version</Th>
                <Th>File</Th>
                <Th>Size</Th>
                <Th>SHA-256</Th>
                <Th>Uploaded</Th>
              </tr>
            </thead>
            <tbody>
              {a.files.map((f) => (
                <tr key={f.id}>
                  <Td className="tabular-nums">v{f.version}</Td>
                  <Td>
                    <a href={fileHref(processorId, a.id, f.id)} className={linkClass} aria-label={`Download version ${f.version} of ${a.title}`}>{f.fileName}</a>
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">{formatBytes(f.size)}</Td>
                  <Td><code className="break-all text-xs" title={f.sha256}>{f.sha256}</code></Td>
                  <Td className="whitespace-nowrap">{formatDateTime(f.uploadedAt, timeZone)}{f.uploadedByName ? ` · ${f.uploadedByName}` : ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {canWrite ? (
          <div className="mt-3">
            <AgreementFileForm processorId={processorId} agreementId={a.id} title={a.title} action={uploadAction} />
          </div>
        ) : null}
      </div>
      <div>
        <h4 className="mb-2 text-sm font-semibold">Legal reviews</h4>
        {a.reviews.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Not reviewed yet.</p>
        ) : (
          <ul className="space-y-2 text-sm" aria-label={`Reviews of ${a.title}`}>
            {a.reviews.map((r) => (
              <li key={r.id}>
                <Link href={reviewHref} className="text-brand-700 underline dark:text-sky-300">
                  {r.decision ? DECISION_LABELS[r.decision] : "Open"}
                </Link>{" "}
                {r.decidedAt ? `on ${formatDateTime(r.decidedAt, timeZone)}` : `since ${formatDateTime(r.startedAt, timeZone)}`}
                {r.reviewerName ? ` by ${r.reviewerName}` : ""}
                {r.fileVersion ? ` · document v${r.fileVersion}` : ""}
                {r.summary ? <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">{r.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
