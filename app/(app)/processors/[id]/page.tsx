import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ActionButton } from "@/components/processors/action-button";
import { AgreementCard } from "@/components/processors/agreement-card";
import { NoticesSection } from "@/components/processors/notices-section";
import { AgreementStatusBadge, CountryText, MechanismText, RiskBadge } from "@/components/processors/processor-badges";
import { SubProcessorsSection } from "@/components/processors/sub-processors-section";
import { SpecialBadge } from "@/components/inventory/activity-badges";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { FormMessage } from "@/components/ui/field";
import { HistoryList } from "@/components/ui/history-list";
import { listAgreementsForProcessor, getProcessorById, PROCESSOR_ENTITY, listNoticesForProcessor } from "@/db/queries/processors";
import { describeActor, listEntityHistory } from "@/db/queries/audit";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { describeProcessorEvent } from "@/lib/processors/history";
import { processorAgreementStatus, effectiveStatus } from "@/lib/processors/status";
import { formatDate, todayIn } from "@/lib/time";
import { removeSubProcessorAction, saveSubProcessorAction, setProcessorArchivedAction } from "../actions";
import { sendToReviewAction, uploadAgreementFileAction } from "../agreement-actions";
import { createNoticeAction, decideNoticeAction } from "../review-actions";
import type { SearchParams } from "@/lib/search-params";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Processor" };

const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

// Confirmations of writes whose form disappears with the change (the action redirects here with ?done=).
const DONE: Record<string, string> = {
  review_requested: "Sent to legal review: it is now in legal's queue.",
  objected: "Objection recorded.",
  no_objection: "Recorded: no objection.",
};

export default async function ProcessorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePagePermission("processors:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [processor, agreements, notices, history, timeZone] = await Promise.all([
    getProcessorById(id),
    listAgreementsForProcessor(id),
    listNoticesForProcessor(id),
    listEntityHistory(PROCESSOR_ENTITY, id),
    getTimeZone(),
  ]);
  if (!processor) notFound();
  const today = todayIn(timeZone);
  const done = (await searchParams).done;
  const doneMessage = typeof done === "string" && Object.hasOwn(DONE, done) ? DONE[done]! : null;
  const canWrite = can(user.role, "processors:write");
  const canReview = can(user.role, "reviews:write");
  const p = processor;
  const status = processorAgreementStatus(agreements.map((a) => effectiveStatus(a, today)));
  return (
    <>
      <PageHeader
        title={p.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <AgreementStatusBadge status={status} />
            <RiskBadge risk={p.riskRating} />
            {p.archivedAt ? <Badge>Archived</Badge> : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <ButtonLink href={`/processors/${p.id}/edit`}>Edit</ButtonLink>
              <ActionButton action={setProcessorArchivedAction} fields={{ id: p.id, archived: p.archivedAt ? "false" : "true" }} label={p.archivedAt ? "Restore" : "Archive"} />
            </>
          ) : null
        }
      />
      <div className="space-y-6">
        {doneMessage ? <FormMessage state={{ ok: true, message: doneMessage }} /> : null}
        <Card>
          <CardTitle>Service, contact and transfer</CardTitle>
          <DetailList
            items={[
              ["Service provided", p.service],
              ["Contact", [p.contactName, p.contactEmail].filter(Boolean).join(" · ")],
              ["Country", <CountryText key="c" country={p.country} />],
              ["Transfer mechanism", <MechanismText key="m" country={p.country} mechanism={p.transferMechanism} />],
              ...(p.transferMechanism === "scc" ? [["Transfer impact assessment", p.tiaDate ? formatDate(new Date(`${p.tiaDate}T12:00:00Z`), "UTC") : ""] as [string, string]] : []),
              ...(p.transferMechanism === "derogation" ? [["Derogation (Art. 49)", p.derogation] as [string, string]] : []),
              ["Risk", <RiskBadge key="r" risk={p.riskRating} />],
              ["Risk reasoning", p.riskReasoning],
              ["Notes", p.notes],
            ]}
          />
        </Card>
        <Card>
          <CardTitle>Data it receives</CardTitle>
          <DetailList
            items={[
              [
                "Processing activities",
                p.activities.length ? (
                  <ul className="space-y-1">
                    {p.activities.map((a) => (
                      <li key={a.id}>
                        <Link href={`/inventory/${a.id}`} className={linkClass}>{a.name}</Link>
                        {a.archivedAt ? <Badge className="ml-2">Archived</Badge> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  ""
                ),
              ],
              [
                "Categories of personal data",
                p.dataCategories.length ? (
                  <ul className="space-y-1">
                    {p.dataCategories.map((c) => (
                      <li key={c.id}>{c.name} {c.special ? <SpecialBadge /> : null}</li>
                    ))}
                  </ul>
                ) : (
                  ""
                ),
              ],
            ]}
          />
        </Card>
        <SubProcessorsSection processorId={p.id} rows={p.subProcessors} today={today} canWrite={canWrite} saveAction={saveSubProcessorAction} removeAction={removeSubProcessorAction} />
        <Card aria-labelledby="agreements-title">
          <CardTitle action={canWrite ? <ButtonLink href={`/processors/${p.id}/agreements/new`} variant="secondary">Add an agreement</ButtonLink> : null}>
            <span id="agreements-title">Agreements (Art. 28(3))</span>
          </CardTitle>
          {agreements.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No agreement recorded: processing without one breaks Art. 28(3).</p>
          ) : (
            <div className="space-y-4">
              {agreements.map((a) => (
                <AgreementCard key={a.id} agreement={a} processorId={p.id} today={today} timeZone={timeZone} canWrite={canWrite} canReview={canReview} uploadAction={uploadAgreementFileAction} sendAction={sendToReviewAction} />
              ))}
            </div>
          )}
        </Card>
        <NoticesSection
          processorId={p.id}
          notices={notices}
          today={today}
          timeZone={timeZone}
          canWrite={canWrite}
          canDecide={canReview}
          createAction={createNoticeAction}
          decideAction={decideNoticeAction}
        />
        <Card>
          <CardTitle>History</CardTitle>
          <HistoryList
            items={history.map((e) => ({ id: e.id, at: e.at, actor: describeActor(e.actorType, e.actorName), text: describeProcessorEvent(e.action, e.summary) }))}
            timeZone={timeZone}
          />
        </Card>
      </div>
    </>
  );
}
