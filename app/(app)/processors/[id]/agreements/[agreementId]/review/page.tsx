import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { fileHref } from "@/components/processors/agreement-card";
import { ChecklistTable } from "@/components/processors/checklist-table";
import { AgreementStatusBadge } from "@/components/processors/processor-badges";
import { ReviewForm } from "@/components/processors/review-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { FormMessage } from "@/components/ui/field";
import { getAgreementReviews } from "@/db/queries/processors";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { DECISION_LABELS } from "@/lib/processors/review";
import { effectiveStatus } from "@/lib/processors/status";
import { formatDateTime, todayIn } from "@/lib/time";
import { saveReviewAction } from "../../../../review-actions";
import type { SearchParams } from "@/lib/search-params";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Legal review" };

const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

/** Legal's Art. 28(3) review of one agreement: the open checklist to work on, and every past review as it was decided. */
const DONE = {
  approve: "Approved: the agreement is now signed.",
  send_back: "Sent back: the agreement is a draft again, with your summary.",
} as const;

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; agreementId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePagePermission("processors:read");
  const { id, agreementId } = await params;
  if (!isUuid(id) || !isUuid(agreementId)) notFound();
  const [data, timeZone] = await Promise.all([getAgreementReviews(id, agreementId), getTimeZone()]);
  if (!data) notFound();
  const { agreement, open, past } = data;
  const done = (await searchParams).done;
  const doneMessage = done === "approve" || done === "send_back" ? DONE[done] : null;
  const today = todayIn(timeZone);
  const canReview = can(user.role, "reviews:write");
  const t = (d: Date | null) => formatDateTime(d, timeZone);
  const fileLink = (r: { fileId: string | null; fileVersion: number | null; fileName: string | null }) =>
    r.fileId ? <a href={fileHref(id, agreementId, r.fileId)} className={linkClass}>v{r.fileVersion} · {r.fileName}</a> : "";
  return (
    <>
      <PageHeader
        title={`Legal review: ${agreement.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/processors/${id}#agreement-${agreementId}`} className={linkClass}>{agreement.processorName}</Link>
            <AgreementStatusBadge status={effectiveStatus(agreement, today)} />
          </span>
        }
      />
      <div className="space-y-6">
        {doneMessage && !open ? <FormMessage state={{ ok: true, message: doneMessage }} /> : null}
        {open ? (
          <Card aria-labelledby="open-review-title">
            <CardTitle>
              <span id="open-review-title">Open review</span>
            </CardTitle>
            <div className="mb-4">
              <DetailList
                items={[
                  ["Requested", `${t(open.startedAt)}${open.requestedByName ? ` by ${open.requestedByName}` : ""}`],
                  ["Document under review", fileLink(open)],
                  ["SHA-256", open.fileSha256 ? <code key="h" className="break-all text-xs">{open.fileSha256}</code> : ""],
                  ["Progress", `${open.progress.answered} of ${open.progress.total} items answered${open.progress.missing ? `, ${open.progress.missing} missing` : ""}${open.progress.accepted ? `, ${open.progress.accepted} missing with the risk accepted` : ""}`],
                ]}
              />
            </div>
            {canReview ? (
              <ReviewForm ids={{ processorId: id, agreementId, reviewId: open.id }} checklist={open.checklist} signedOn={agreement.signedOn} today={today} canAcceptRisk={can(user.role, "risks:accept")} action={saveReviewAction} />
            ) : (
              <ChecklistTable checklist={open.checklist} caption="The open review's checklist" />
            )}
          </Card>
        ) : (
          <Card>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No review is open. An agreement goes to legal review from <Link href={`/processors/${id}#agreement-${agreementId}`} className="text-brand-700 underline dark:text-sky-300">the processor&rsquo;s page</Link>, once its document is uploaded.
            </p>
          </Card>
        )}
        {past.length > 0 ? (
          <section aria-labelledby="past-reviews-title" className="space-y-4">
            <h2 id="past-reviews-title" className="text-lg font-semibold">Past reviews</h2>
            {past.map((r) => (
              <Card key={r.id} aria-label={`Review decided ${t(r.decidedAt)}`}>
                <div className="mb-3 flex flex-wrap items-center gap-2">
                  {r.decision ? <Badge tone={r.decision === "approved" ? "good" : "warn"}>{DECISION_LABELS[r.decision]}</Badge> : null}
                  <span className="text-sm">{t(r.decidedAt)}{r.reviewerName ? ` by ${r.reviewerName}` : ""}</span>
                </div>
                <div className="mb-4">
                  <DetailList items={[["Document reviewed", fileLink(r)], ["Summary", r.summary]]} />
                </div>
                <ChecklistTable checklist={r.checklist} caption={`Checklist of the review decided ${t(r.decidedAt)}`} decided />
              </Card>
            ))}
          </section>
        ) : null}
      </div>
    </>
  );
}
