import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeader } from "@/components/layout/page-header";
import { HistoryList } from "@/components/ui/history-list";
import { describeActor } from "@/db/queries/audit";
import { describeMeasureEvent } from "@/lib/measures/history";
import { MeasureStatusBadge, ReviewCell } from "@/components/measures/measure-badges";
import { ReviewButton } from "@/components/measures/review-button";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getMeasureById, listMeasureActivities, listMeasureAuditEvents } from "@/db/queries/measures";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { KIND_LABELS } from "@/lib/measures/labels";
import { nextReviewBy } from "@/lib/measures/review";
import { todayIn } from "@/lib/time";
import { markReviewedAction } from "../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Security measure" };

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("measures:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [measure, activities, events, timeZone] = await Promise.all([getMeasureById(id), listMeasureActivities(id), listMeasureAuditEvents(id), getTimeZone()]);
  if (!measure) notFound();
  const today = todayIn(timeZone);
  const canWrite = can(user.role, "measures:write");
  return (
    <>
      <PageHeader
        title={measure.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{KIND_LABELS[measure.kind]} measure</span>
            <MeasureStatusBadge status={measure.status} />
          </span>
        }
        actions={canWrite ? <ButtonLink href={`/measures/${measure.id}/edit`}>Edit</ButtonLink> : null}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card>
            <CardTitle>The measure</CardTitle>
            <DetailList
              items={[
                ["Description", measure.description],
                ["Owner", measure.ownerName ?? ""],
                ["Last reviewed", <ReviewCell key="review" lastReviewedOn={measure.lastReviewedOn} today={today} />],
                ["Next review by", nextReviewBy(measure.lastReviewedOn) ?? "As soon as possible: never reviewed"],
              ]}
            />
            {canWrite ? (
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
                <ReviewButton measureId={measure.id} action={markReviewedAction} />
              </div>
            ) : null}
          </Card>
          <Card>
            <CardTitle>Processing activities it protects</CardTitle>
            {activities.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None yet. Link measures from an activity&apos;s form in the record of processing.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Protected activities">
                {activities.map((a) => (
                  <li key={a.id}>
                    <Link href={`/inventory/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                      {a.name}
                    </Link>
                    {a.archivedAt ? <span className="text-slate-600 dark:text-slate-400"> (archived)</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card className="h-fit">
          <CardTitle>History</CardTitle>
          <HistoryList
            items={events.map((e) => ({ id: e.id, at: e.at, actor: describeActor(e.actorType, e.actorName), text: describeMeasureEvent(e.action, e.summary) }))}
            timeZone={timeZone}
          />
        </Card>
      </div>
    </>
  );
}
