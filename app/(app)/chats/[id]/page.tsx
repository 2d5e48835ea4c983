import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CompactDetails } from "@/components/chats/compact-details";
import { ConversationBadges } from "@/components/chats/conversation-badges";
import { FindingsList } from "@/components/chats/findings-list";
import { RetentionSummary } from "@/components/chats/retention-summary";
import { Transcript } from "@/components/chats/transcript";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { LegalHoldPanel } from "@/components/retention/legal-hold-panel";
import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { getConversation, isPastRetention, TRANSCRIPT_PAGE_SIZE } from "@/db/queries/chats";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { IDENTIFIER_KIND_LABELS, IDENTIFIER_ORIGIN_LABELS } from "@/lib/chats/labels";
import { dismissFindingAction, maskFindingAction } from "@/app/(app)/findings/actions";
import { placeHoldAction, releaseHoldAction } from "@/app/(app)/retention/hold-actions";
import { formatDateTime } from "@/lib/time";
import { first, type SearchParams } from "@/lib/search-params";
import { isUuid } from "@/lib/uuid";

const holdActions = { place: placeHoldAction, release: releaseHoldAction };
const reviewActions = { mask: maskFindingAction, dismiss: dismissFindingAction };

export const metadata: Metadata = { title: "Conversation" };

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function ConversationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("chats:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const rawPage = (await searchParams).page;
  const [c, timeZone] = await Promise.all([getConversation(id, { messagePage: pageParam.parse(first(rawPage)) }), getTimeZone()]);
  if (!c) notFound();
  const now = new Date();
  const t = (d: Date | null) => formatDateTime(d, timeZone);
  const subjectHeld = Boolean(c.subject?.legalHoldAt);
  const flags = { ...c, heldDirectly: Boolean(c.legalHoldAt), heldViaSubject: subjectHeld };
  const hold = c.legalHoldAt && c.legalHoldReason ? { reason: c.legalHoldReason, byName: c.legalHoldByName, at: c.legalHoldAt } : null;
  const shownIds = new Set(c.messages.map((m) => m.id));
  const openCount = c.findings.filter((f) => f.status === "open").length;
  return (
    <>
      <PageHeader
        title={`Conversation ${c.externalId}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{c.source.name}</span>
            <span aria-hidden="true">·</span>
            <span>{c.messageCount} message{c.messageCount === 1 ? "" : "s"}</span>
            <ConversationBadges c={{ ...flags, pastRetention: isPastRetention(flags, now) }} />
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardTitle>Conversation</CardTitle>
            <DetailList
              items={[
                ["Source", c.source.name === c.source.key ? c.source.name : `${c.source.name} (${c.source.key})`],
                ["Started", t(c.startedAt)],
                ["Ended", c.endedAt ? t(c.endedAt) : "Not ended"],
                ["Last message", t(c.lastMessageAt)],
                ["Category", c.category ?? "None"],
                ["Messages", String(c.messageCount)],
                ["Received", t(c.receivedAt)],
              ]}
            />
          </Card>
          <Card>
            <CardTitle>Transcript</CardTitle>
            {c.messages.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">{c.messageTotal === 0 ? "No messages." : "No messages on this page."}</p>
            ) : (
              <Transcript messages={c.messages} findings={c.findings.filter((f) => shownIds.has(f.messageId))} timeZone={timeZone} />
            )}
            {c.messageTotal > TRANSCRIPT_PAGE_SIZE ? (
              <Pagination page={c.messagePage} pageSize={TRANSCRIPT_PAGE_SIZE} total={c.messageTotal} basePath={`/chats/${c.id}`} params={{}} />
            ) : null}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardTitle>Visitor</CardTitle>
            <CompactDetails
              items={[
                ["Name", c.visitorName ?? ""],
                ["Email", c.visitorEmail ?? ""],
                ["Phone", c.visitorPhone ?? ""],
                ["Visitor id", c.visitorExternalId ?? ""],
              ]}
            />
            {c.subject ? (
              <div className="mt-4 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
                <Link href={`/subjects/${c.subject.id}`} className="font-medium text-brand-700 underline dark:text-sky-300">
                  Person: {c.subject.displayName ?? "unnamed"}
                </Link>
                {c.identifiers.length > 0 ? (
                  <ul aria-label="The person's identifiers" className="mt-2 space-y-1">
                    {c.identifiers.map((i) => (
                      <li key={i.id}>
                        <span className="text-slate-600 dark:text-slate-400">{IDENTIFIER_KIND_LABELS[i.kind]}:</span> <span className="break-all">{i.value}</span>{" "}
                        <span className="text-xs text-slate-600 dark:text-slate-400">({IDENTIFIER_ORIGIN_LABELS[i.origin].toLowerCase()})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : (
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Not linked to a person: the visitor gave no email, phone or visitor id.</p>
            )}
          </Card>
          <Card>
            <CardTitle>
              Personal data found{openCount > 0 ? <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">{openCount} open</span> : null}
            </CardTitle>
            <FindingsList findings={c.findings} canReview={can(user.role, "findings:write")} timeZone={timeZone} actions={reviewActions} />
          </Card>
          <Card>
            <CardTitle>Retention</CardTitle>
            <RetentionSummary
              facts={{
                rule: c.rule,
                retentionDueAt: c.retentionDueAt,
                anonymisedAt: c.anonymisedAt,
                endedAt: c.endedAt,
                hold: hold ? { reason: hold.reason, onPerson: false } : subjectHeld && c.subject?.legalHoldReason ? { reason: c.subject.legalHoldReason, onPerson: true } : null,
              }}
              now={now}
              timeZone={timeZone}
              rulesHref={can(user.role, "retention:read") ? "/retention" : null}
            />
          </Card>
          <LegalHoldPanel target="conversation" id={c.id} hold={hold} canEdit={can(user.role, "holds:write")} timeZone={timeZone} actions={holdActions} />
        </div>
      </div>
    </>
  );
}
