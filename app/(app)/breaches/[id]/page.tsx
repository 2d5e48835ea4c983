import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RiskBadge, StatusBadge } from "@/components/breaches/breach-badges";
import { BreachTimeline } from "@/components/breaches/breach-timeline";
import { BreachCountdown } from "@/components/breaches/countdown";
import { DetailList } from "@/components/ui/detail-list";
import { FollowUpForm } from "@/components/breaches/follow-up-form";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getBreachById, listBreachAuditEvents, listBreachFollowUps } from "@/db/queries/breaches";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { notificationDeadline } from "@/lib/breaches/clock";
import { DECISION_LABELS, EXCEPTION_LABELS, natureList, RISK_LABELS, SUBJECT_COMM_LABELS } from "@/lib/breaches/labels";
import { breachTimeline } from "@/lib/breaches/timeline";
import { formatDateTime } from "@/lib/time";
import { addFollowUpAction } from "../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Breach" };

export default async function BreachPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("breaches:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [breach, followUps, auditEvents, timeZone] = await Promise.all([
    getBreachById(id),
    listBreachFollowUps(id),
    listBreachAuditEvents(id),
    getTimeZone(),
  ]);
  if (!breach) notFound();
  const now = new Date();
  const t = (d: Date | null) => formatDateTime(d, timeZone);
  const n = (v: number | null) => (v === null ? "Unknown" : v.toLocaleString("en-GB"));
  const canWrite = can(user.role, "breaches:write");
  return (
    <>
      <PageHeader
        title={breach.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{breach.reference}</span>
            <StatusBadge status={breach.status} />
            <RiskBadge risk={breach.risk} />
            <BreachCountdown
              awareAt={breach.awareAt.toISOString()}
              authorityNotifiedAt={breach.authorityNotifiedAt?.toISOString() ?? null}
              notifyDecision={breach.notifyDecision}
              risk={breach.risk}
              renderedAt={now.toISOString()}
            />
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/breaches/${breach.id}/report`} variant="secondary">Authority report</ButtonLink>
            {canWrite ? <ButtonLink href={`/breaches/${breach.id}/edit`}>Edit</ButtonLink> : null}
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card>
            <CardTitle>What happened</CardTitle>
            <DetailList
              items={[
                ["Became aware", t(breach.awareAt)],
                ["Notification limit (72 h)", t(notificationDeadline(breach.awareAt))],
                ["Happened", breach.occurredFrom || breach.occurredTo ? `${t(breach.occurredFrom)} – ${t(breach.occurredTo)}` : "Unknown"],
                ["How it was discovered", breach.discovery],
                ["Description", breach.description],
                ["Nature", natureList(breach).join(", ")],
                ["Owner", breach.ownerName ?? ""],
              ]}
            />
          </Card>
          <Card>
            <CardTitle>Scope, consequences and measures</CardTitle>
            <DetailList
              items={[
                ["People concerned", breach.subjectCategories],
                ["Approximate number of people", n(breach.subjectsApprox)],
                ["Records concerned", breach.recordCategories],
                ["Approximate number of records", n(breach.recordsApprox)],
                ["Special categories", breach.specialCategories ? breach.specialCategoriesDetail || "Yes" : "No"],
                ["Likely consequences", breach.likelyConsequences],
                ["Measures taken", breach.measuresTaken],
                ["Measures proposed", breach.measuresProposed],
              ]}
            />
          </Card>
          <Card>
            <CardTitle>Risk and notification</CardTitle>
            <DetailList
              items={[
                ["Risk to people", RISK_LABELS[breach.risk]],
                ["Reasoning", breach.riskReasoning],
                ["Decision", DECISION_LABELS[breach.notifyDecision]],
                ...(breach.notifyDecision === "not_required" ? [["Why not notified", breach.notNotifiedJustification] as [string, string]] : []),
                ["Authority", breach.authorityName],
                ["Notified at", t(breach.authorityNotifiedAt)],
                ["Authority's reference", breach.authorityReference],
                ...(breach.delayReason ? [["Reasons for the delay", breach.delayReason] as [string, string]] : []),
                ["Communication to people", SUBJECT_COMM_LABELS[breach.subjectCommStatus]],
                ...(breach.subjectCommStatus === "communicated"
                  ? ([
                      ["Told at", t(breach.subjectCommAt)],
                      ["How", breach.subjectCommChannel],
                      ["People told", n(breach.subjectCommCount)],
                    ] as Array<[string, string]>)
                  : []),
                ...(breach.subjectCommStatus === "exception" && breach.subjectCommException
                  ? ([
                      ["Exception", EXCEPTION_LABELS[breach.subjectCommException]],
                      ["Public communication", breach.subjectCommExceptionDetail],
                    ] as Array<[string, string]>)
                  : []),
              ]}
            />
          </Card>
          <Card>
            <CardTitle>Follow-up notifications</CardTitle>
            {followUps.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None yet. Information not available at first can be sent in phases (Art. 33(4)).</p>
            ) : (
              <ul className="mb-4 space-y-3">
                {followUps.map((f) => (
                  <li key={f.id} className="text-sm">
                    <p className="font-medium">{t(f.sentAt)}{f.reference ? ` · ${f.reference}` : ""}</p>
                    <p className="whitespace-pre-line">{f.content}</p>
                  </li>
                ))}
              </ul>
            )}
            {canWrite ? (
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
                <FollowUpForm breachId={breach.id} action={addFollowUpAction} />
              </div>
            ) : null}
          </Card>
        </div>
        <Card className="h-fit">
          <CardTitle>Timeline</CardTitle>
          <BreachTimeline events={breachTimeline({ breach, followUps, auditEvents, now })} timeZone={timeZone} />
        </Card>
      </div>
    </>
  );
}
