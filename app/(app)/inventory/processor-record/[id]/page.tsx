import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveButton } from "@/components/inventory/transfer-forms";
import { TransfersCard } from "@/components/inventory/transfers-card";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { HistoryList } from "@/components/ui/history-list";
import { describeActor, listEntityHistory } from "@/db/queries/audit";
import { getProcessorRecordEntryById } from "@/db/queries/processor-record";
import { getOrganisation } from "@/db/queries/organisation";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { addEntryTransferAction, removeEntryTransferAction, setEntryArchivedAction } from "../actions";
import { describeEntryEvent, ENTRY_ENTITY, ENTRY_STATUS_LABELS } from "@/lib/processor-record/schema";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Processing for a controller" };

const contact = (...parts: string[]) => parts.filter(Boolean).join(" · ");

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("inventory:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [entry, org, history, timeZone] = await Promise.all([getProcessorRecordEntryById(id), getOrganisation(), listEntityHistory(ENTRY_ENTITY, id), getTimeZone()]);
  if (!entry) notFound();
  const canWrite = can(user.role, "inventory:write");
  const e = entry;
  return (
    <>
      <PageHeader
        title={`Processing for ${e.controllerName}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>Art. 30(2) record entry</span>
            <Badge tone={e.status === "active" ? "good" : "neutral"}>{ENTRY_STATUS_LABELS[e.status]}</Badge>
            {e.archivedAt ? <Badge>Archived</Badge> : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <ButtonLink href={`/inventory/processor-record/${e.id}/edit`}>Edit</ButtonLink>
              <ArchiveButton activityId={e.id} archived={e.archivedAt !== null} action={setEntryArchivedAction} />
            </>
          ) : null
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardTitle>(a) Processor and controller</CardTitle>
            <DetailList
              items={[
                ["Processor (us)", org ? contact(org.controllerName, org.address, org.contactEmail, org.contactPhone) : "Not set: enter the organisation in Settings"],
                ["Our data protection officer", org ? contact(org.dpoName, org.dpoEmail, org.dpoPhone) : ""],
                ["Our representative", org?.representative ?? ""],
                ["Controller", e.controllerName],
                ["Controller contact", e.controllerContact],
                ["Controller's representative", e.controllerRepresentative],
                ["Controller's data protection officer", e.controllerDpo],
              ]}
            />
          </Card>
          <Card>
            <CardTitle>(b) Categories of processing</CardTitle>
            <DetailList
              items={[
                ["Categories of processing", e.categories],
                ["Agreement", e.agreementReference],
                ["Started on", e.startedOn ?? ""],
                ["Ended on", e.endedOn ?? ""],
              ]}
            />
          </Card>
          <TransfersCard
            title="(c) Transfers to third countries"
            emptyText="No transfers outside the EEA recorded for this controller."
            owner={{ field: "entryId", id: e.id }}
            transfers={e.transfers}
            canWrite={canWrite}
            addAction={addEntryTransferAction}
            removeAction={removeEntryTransferAction}
          />
          <Card>
            <CardTitle>(d) Security measures</CardTitle>
            {e.measures.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No security measures linked yet.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Security measures">
                {e.measures.map((m) => (
                  <li key={m.id}>
                    <Link href={`/measures/${m.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">{m.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card className="h-fit">
          <CardTitle>History</CardTitle>
          <HistoryList
            items={history.map((h) => ({ id: h.id, at: h.at, actor: describeActor(h.actorType, h.actorName), text: describeEntryEvent(h.action, h.summary) }))}
            timeZone={timeZone}
          />
        </Card>
      </div>
    </>
  );
}
