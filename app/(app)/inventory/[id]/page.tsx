import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DetailList } from "@/components/ui/detail-list";
import { HistoryList } from "@/components/ui/history-list";
import { describeActor, listEntityHistory } from "@/db/queries/audit";
import { getTimeZone } from "@/db/queries/time-zone";
import { describeActivityEvent } from "@/lib/inventory/history";
import { DpiaBadge, SpecialBadge } from "@/components/inventory/activity-badges";
import { ArchiveButton } from "@/components/inventory/transfer-forms";
import { TransfersCard } from "@/components/inventory/transfers-card";
import { PageHeader } from "@/components/layout/page-header";
import { ActivityProcessors } from "@/components/processors/activity-processors";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getActivityById } from "@/db/queries/inventory";
import { getOrganisation } from "@/db/queries/organisation";
import { listProcessorsForActivity } from "@/db/queries/processors";
import { listRulesForActivity } from "@/db/queries/retention";
import { describeLinkedRules } from "@/lib/retention/labels";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ART9_LABELS, LEGAL_BASIS_LABELS } from "@/lib/inventory/labels";
import { todayIn } from "@/lib/time";
import { addTransferAction, removeTransferAction, setArchivedAction } from "../actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Processing activity" };

const contact = (...parts: string[]) => parts.filter(Boolean).join(" · ");

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("inventory:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const timeZoneRead = getTimeZone();
  const [activity, org, history, timeZone, chatRules, processors] = await Promise.all([
    getActivityById(id),
    getOrganisation(),
    listEntityHistory("processing_activity", id),
    timeZoneRead,
    listRulesForActivity(id),
    // An agreement's status depends on today's date where the organisation is.
    timeZoneRead.then((tz) => listProcessorsForActivity(id, todayIn(tz))),
  ]);
  if (!activity) notFound();
  const canWrite = can(user.role, "inventory:write");
  const a = activity;
  return (
    <>
      <PageHeader
        title={a.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <DpiaBadge status={a.dpiaStatus} />
            {a.archivedAt ? <Badge>Archived</Badge> : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <ButtonLink href={`/inventory/${a.id}/edit`}>Edit</ButtonLink>
              <ArchiveButton activityId={a.id} archived={a.archivedAt !== null} action={setArchivedAction} />
            </>
          ) : null
        }
      />
      <div className="space-y-6">
        <Card>
          <CardTitle>(a) Controller and DPO</CardTitle>
          {org ? (
            <DetailList
              items={[
                ["Controller", contact(org.controllerName, org.address, org.contactEmail, org.contactPhone)],
                ["Representative", org.representative],
                ["Data protection officer", contact(org.dpoName, org.dpoEmail, org.dpoPhone)],
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">The organisation&rsquo;s details are not set yet: enter them in Settings.</p>
          )}
        </Card>
        <Card>
          <CardTitle>Purposes and lawfulness</CardTitle>
          <DetailList
            items={[
              ["(b) Purposes", a.purposes],
              ["Legal basis", a.legalBasis ? LEGAL_BASIS_LABELS[a.legalBasis] : "Not set"],
              ...(a.legalBasis === "legitimate_interests" ? [["Legitimate interest", a.legitimateInterest] as [string, string]] : []),
              ["Art. 9 condition", a.art9Condition ? ART9_LABELS[a.art9Condition] : ""],
              ["Owner", a.ownerName ?? ""],
            ]}
          />
        </Card>
        <Card>
          <CardTitle>(c) People and data</CardTitle>
          <DetailList
            items={[
              ["Categories of people", a.subjectCategories.map((c) => c.name).join(", ")],
              [
                "Categories of personal data",
                a.dataCategories.length ? (
                  <ul className="space-y-1">
                    {a.dataCategories.map((c) => (
                      <li key={c.id}>{c.name} {c.special ? <SpecialBadge /> : null}</li>
                    ))}
                  </ul>
                ) : (
                  ""
                ),
              ],
              ["Source of the data", a.source],
              ["Systems used", a.systems],
            ]}
          />
        </Card>
        <Card>
          <CardTitle>(d) Recipients, (f) retention, (g) security</CardTitle>
          <DetailList
            items={[
              ["Categories of recipients", a.recipients],
              [
                "Retention",
                a.coversChat
                  ? `${chatRules.length ? `Set by the chat retention rules: ${describeLinkedRules(chatRules)}.` : "Set by the chat retention rules. No rule is linked to this activity yet (Settings → Retention)."}${a.retention ? `\n${a.retention}` : ""}`
                  : a.retention,
              ],
              ["Security measures", a.measures.map((m) => m.name).join("\n")],
            ]}
          />
        </Card>
        <ActivityProcessors rows={processors} />
        <TransfersCard
          title="(e) Transfers to third countries"
          emptyText="No transfers outside the EEA recorded."
          owner={{ field: "activityId", id: a.id }}
          transfers={a.transfers}
          canWrite={canWrite}
          addAction={addTransferAction}
          removeAction={removeTransferAction}
        />
        <Card>
          <CardTitle>History</CardTitle>
          <HistoryList
            items={history.map((e) => ({ id: e.id, at: e.at, actor: describeActor(e.actorType, e.actorName), text: describeActivityEvent(e.action, e.summary) }))}
            timeZone={timeZone}
          />
        </Card>
      </div>
    </>
  );
}
