import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { AccessSection } from "@/components/requests/access-section";
import { ClockExplanation } from "@/components/requests/clock-explanation";
import { DaysLeft } from "@/components/requests/days-left";
import { ErasureSection } from "@/components/requests/erasure-section";
import { LetterForm } from "@/components/requests/letter-form";
import { RequestStatusBadge } from "@/components/requests/request-badges";
import { RequestIdentityPanel } from "@/components/requests/request-identity-panel";
import { isClockEvent, RequestTimeline } from "@/components/requests/request-timeline";
import { NoteForm, RequestWorkPanel } from "@/components/requests/request-work-panel";
import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import {
  accessHoldings,
  filledLetters,
  getErasureCertificate,
  getRequestById,
  listAccessPackages,
  listAssigneeOptions,
  listRequestEvents,
  loadClockContext,
  previewErasure,
  verificationTargets,
} from "@/db/queries/requests";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { dueDate, extensionNotice, formatDay, localDate } from "@/lib/requests/clock";
import { CHANNEL_LABELS, isClosedStatus, REJECTION_LABELS, TYPE_LABELS } from "@/lib/requests/labels";
import { rightToComplain, type TemplateKind } from "@/lib/requests/templates";
import { formatDateTime, todayIn } from "@/lib/time";
import * as actions from "../actions";
import { eraseAction, processorNotifiedAction } from "../erasure-actions";
import { buildPackageAction, linkSubjectAction, releasePackageAction } from "./package/actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Request" };

// The template a DPO most likely wants next, given where the request stands.
// Art. 12(3): the extension holds only if the person was told within the first month; say where that stands.
function extensionToldText(toldAt: Date | null, firstMonthEnds: string, timeZone: string): string {
  const state = extensionNotice({ toldAt, firstMonthEnds, now: new Date(), timeZone });
  const when = formatDateTime(toldAt, timeZone);
  switch (state) {
    case "told_in_time":
      return when;
    case "told_late":
      return `${when}: after the first month, which Art. 12(3) does not allow`;
    case "awaiting":
      return `Not yet: the notice must reach the person by ${formatDay(firstMonthEnds, true)}`;
    case "not_told_in_time":
      return "Not told within the first month: Art. 12(3) does not allow the extension";
  }
}

function nextLetter(status: string): TemplateKind {
  if (status === "received") return "acknowledgement";
  if (status === "verifying_identity") return "identity_request";
  if (status === "rejected") return "rejection";
  return "response";
}

const erasureActions = { erase: eraseAction, processorNotified: processorNotifiedAction };

/**
 * The erasure preview plans the whole erasure, which searches every message for the person's details:
 * the slowest read on the page, so it streams in after the rest instead of holding the page back.
 */
async function ErasurePreviewSection({ requestId, status, canWrite, timeZone }: { requestId: string; status: string; canWrite: boolean; timeZone: string }) {
  const preview = await previewErasure(requestId);
  return <ErasureSection requestId={requestId} status={status} canWrite={canWrite} timeZone={timeZone} certificate={null} preview={preview} actions={erasureActions} />;
}

function ErasureSkeleton() {
  return (
    <Card aria-busy="true">
      <CardTitle>Erasure (Art. 17)</CardTitle>
      <p className="text-sm text-slate-600 dark:text-slate-400">Working out what the erasure would remove…</p>
    </Card>
  );
}

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("requests:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [request, events, ctx, assignees] = await Promise.all([getRequestById(id), listRequestEvents(id), loadClockContext(), listAssigneeOptions()]);
  if (!request) notFound();
  const tz = ctx.timeZone;
  const canWrite = can(user.role, "requests:write");
  const closed = isClosedStatus(request.status);
  const hasPackage = request.type === "access" || request.type === "portability";
  const [targets, letters, held, packages, certificate] = await Promise.all([
    canWrite && !closed ? verificationTargets(request) : Promise.resolve([]),
    canWrite ? filledLetters(request, tz) : Promise.resolve(null),
    hasPackage ? accessHoldings(request) : Promise.resolve(null),
    hasPackage ? listAccessPackages(request.id) : Promise.resolve([]),
    request.type === "erasure" ? getErasureCertificate(request.id) : Promise.resolve(null),
  ]);
  const today = todayIn(tz);
  const firstMonthEnds = dueDate(request.receivedAt, tz, ctx.holidays, { pausedDays: request.pausedDays }).date;
  const t = (d: Date | null) => formatDateTime(d, tz);
  return (
    <>
      <PageHeader
        title={`${request.reference} · ${TYPE_LABELS[request.type]}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RequestStatusBadge status={request.status} />
            <DaysLeft
              effectiveDueDate={request.effectiveDueDate}
              timeZone={tz}
              renderedAt={new Date().toISOString()}
              closedOn={request.closedAt ? localDate(request.closedAt, tz) : null}
              paused={Boolean(request.clockPausedAt)}
            />
            <span>Due {formatDay(request.effectiveDueDate, true)}</span>
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card>
            <CardTitle>The request</CardTitle>
            <DetailList
              items={[
                ["Type", TYPE_LABELS[request.type]],
                ["Arrived by", CHANNEL_LABELS[request.channel]],
                ["First sent", t(request.submittedAt)],
                ["Received (clock starts)", t(request.receivedAt)],
                ["Name", request.subjectName ?? ""],
                ["E-mail", request.subjectEmail ? `${request.subjectEmail}${request.emailConfirmedAt ? " (confirmed by code)" : ""}` : ""],
                ["Phone", request.subjectPhone ?? ""],
                ["What was asked", request.details],
                [
                  "In the chat data",
                  request.dataSubjectId ? <Link key="s" className="underline" href={`/subjects/${request.dataSubjectId}`}>The person linked to this request</Link> : "Not linked to anyone in the chat data",
                ],
                ["Conversation", request.conversationId ? <Link key="c" className="underline" href={`/chats/${request.conversationId}`}>The conversation it was asked in</Link> : ""],
                ["Assignee", request.assigneeName ?? ""],
              ]}
            />
          </Card>

          <Card>
            <CardTitle>The clock</CardTitle>
            <div className="space-y-4">
              <ClockExplanation label="Due date: one month from receipt" steps={request.clockSteps.due} />
              {request.clockSteps.extended ? <ClockExplanation label="Extended: two further months" steps={request.clockSteps.extended} /> : null}
              <DetailList
                items={[
                  ["Answer due by", formatDay(request.effectiveDueDate, true)],
                  ...(request.extendedDueDate
                    ? ([
                        ["Extension reasons", request.extensionReason ?? ""],
                        ["Person told", extensionToldText(request.extensionToldAt, firstMonthEnds, tz)],
                      ] as Array<[string, string]>)
                    : []),
                  ["Paused for identity check", request.clockPausedAt ? `Since ${t(request.clockPausedAt)}` : request.pausedDays ? `${request.pausedDays} days in all` : "No"],
                  ["Pause setting", ctx.pauseWhileVerifying ? "The clock pauses while identity is checked" : "The clock keeps running while identity is checked"],
                ]}
              />
              <div>
                <h3 className="mb-2 text-sm font-semibold">Clock history</h3>
                <RequestTimeline events={events.filter(isClockEvent)} timeZone={tz} label="Clock history" />
              </div>
            </div>
          </Card>

          <Card>
            <CardTitle>Identity</CardTitle>
            <RequestIdentityPanel
              request={{ ...request, closed }}
              targets={targets}
              actions={{ verify: actions.verifyAction, sendCode: actions.sendCodeAction, checkCode: actions.checkCodeAction }}
              canWrite={canWrite}
              timeZone={tz}
            />
          </Card>

          <AccessSection
            request={request}
            held={held}
            packages={packages}
            canWrite={canWrite}
            timeZone={tz}
            actions={{ link: linkSubjectAction, build: buildPackageAction, release: releasePackageAction }}
          />

          {request.status === "rejected" ? (
            <Card>
              <CardTitle>Refusal (Art. 12(4))</CardTitle>
              <DetailList
                items={[
                  ["Ground", request.rejectionGround ? REJECTION_LABELS[request.rejectionGround] : ""],
                  ["Reasons", request.rejectionReasons ?? ""],
                  ["Right to complain", rightToComplain(ctx.country)],
                ]}
              />
            </Card>
          ) : null}

          {request.type !== "erasure" ? null : certificate ? (
            <ErasureSection requestId={request.id} status={request.status} canWrite={canWrite} timeZone={tz} certificate={certificate} preview={null} actions={erasureActions} />
          ) : (
            <Suspense fallback={<ErasureSkeleton />}>
              <ErasurePreviewSection requestId={request.id} status={request.status} canWrite={canWrite} timeZone={tz} />
            </Suspense>
          )}

          <Card>
            <CardTitle>Letters</CardTitle>
            {canWrite && letters ? (
              <LetterForm action={actions.letterAction} requestId={request.id} letters={letters} canSend={Boolean(request.subjectEmail)} initialKind={nextLetter(request.status)} />
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">Only the DPO writes to the person.</p>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          {canWrite && !closed ? (
            <Card>
              <CardTitle>Work on it</CardTitle>
              <RequestWorkPanel
                request={request}
                actions={{ status: actions.statusAction, assign: actions.assignAction, extend: actions.extendAction, extensionTold: actions.extensionToldAction, reject: actions.rejectAction, complete: actions.completeAction }}
                assignees={assignees}
                firstMonthEnds={firstMonthEnds}
                today={today}
              />
            </Card>
          ) : null}
          <Card>
            <CardTitle>Timeline</CardTitle>
            <RequestTimeline events={events} timeZone={tz} />
            {canWrite ? (
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
                <NoteForm action={actions.noteAction} requestId={request.id} />
              </div>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
