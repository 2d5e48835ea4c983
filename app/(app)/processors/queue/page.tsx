import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { NoticeCountdown } from "@/components/processors/notice-countdown";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { listLegalQueue } from "@/db/queries/processors";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { objectionDeadlineAt } from "@/lib/processors/countdown";
import { EXPIRING_WINDOW_DAYS } from "@/lib/processors/status";
import { formatDate, formatDateTime, todayIn } from "@/lib/time";

export const metadata: Metadata = { title: "Legal queue" };

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const day = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), "UTC");

function daysLeft(n: number) {
  if (n < 0) return <Badge tone="bad">{-n === 1 ? "1 day overdue" : `${-n} days overdue`}</Badge>;
  if (n === 0) return <Badge tone="bad">Today</Badge>;
  return <Badge tone={n <= 14 ? "warn" : "info"}>{n === 1 ? "1 day left" : `${n} days left`}</Badge>;
}

/** Legal's work: agreements waiting for review, agreements ending or due for review soon, notices awaiting a decision. */
export default async function LegalQueuePage() {
  const user = await requirePagePermission("processors:read");
  const timeZone = await getTimeZone();
  const today = todayIn(timeZone);
  const { waiting, expiring, notices } = await listLegalQueue(today);
  const canReview = can(user.role, "reviews:write");
  const renderedAt = new Date().toISOString();
  return (
    <>
      <PageHeader title="Legal queue" description={`Agreements waiting for legal review, agreements ending or due for review within ${EXPIRING_WINDOW_DAYS} days, and sub-processor changes awaiting a decision.`} />
      <div className="space-y-6">
        <Card aria-labelledby="waiting-title">
          <CardTitle>
            <span id="waiting-title">Waiting for review ({waiting.length})</span>
          </CardTitle>
          {waiting.length === 0 ? (
            <EmptyState title="No agreement is waiting for review" />
          ) : (
            <Table>
              <caption className="sr-only">Agreements waiting for review</caption>
              <thead>
                <tr>
                  <Th>Agreement</Th>
                  <Th>Processor</Th>
                  <Th>Requested</Th>
                  <Th>Checklist</Th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((w) => (
                  <tr key={w.agreementId}>
                    <Td>
                      <Link href={`/processors/${w.processorId}/agreements/${w.agreementId}/review`} className={linkClass} aria-label={`${canReview ? "Review" : "See the review of"} ${w.title} (${w.processorName})`}>{w.title}</Link>
                    </Td>
                    <Td>{w.processorName}</Td>
                    <Td className="whitespace-nowrap">{formatDateTime(w.startedAt, timeZone)}{w.requestedByName ? ` · ${w.requestedByName}` : ""}</Td>
                    <Td className="whitespace-nowrap">
                      {w.answered} of {w.total} answered {w.missing > 0 ? <Badge tone="bad">{w.missing} missing</Badge> : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card aria-labelledby="expiring-title">
          <CardTitle>
            <span id="expiring-title">Ending or due for review within {EXPIRING_WINDOW_DAYS} days ({expiring.length})</span>
          </CardTitle>
          {expiring.length === 0 ? (
            <EmptyState title="No signed agreement ends or is due for review soon" />
          ) : (
            <Table>
              <caption className="sr-only">Agreements ending or due for review soon</caption>
              <thead>
                <tr>
                  <Th>Agreement</Th>
                  <Th>Processor</Th>
                  <Th>What</Th>
                  <Th>Date</Th>
                  <Th>Days left</Th>
                </tr>
              </thead>
              <tbody>
                {expiring.map((e) => (
                  <tr key={e.agreementId}>
                    <Td>
                      <Link href={`/processors/${e.processorId}#agreement-${e.agreementId}`} className={linkClass}>{e.title}</Link>
                    </Td>
                    <Td>{e.processorName}</Td>
                    <Td>{e.deadline.kind === "ends" ? "Ends" : "Review due"}</Td>
                    <Td className="whitespace-nowrap">{day(e.deadline.date)}</Td>
                    <Td>{daysLeft(e.deadline.daysLeft)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card aria-labelledby="notices-title">
          <CardTitle>
            <span id="notices-title">Sub-processor notices awaiting a decision ({notices.length})</span>
          </CardTitle>
          {notices.length === 0 ? (
            <EmptyState title="No notice is awaiting a decision" />
          ) : (
            <Table>
              <caption className="sr-only">Sub-processor notices awaiting a decision</caption>
              <thead>
                <tr>
                  <Th>Processor</Th>
                  <Th>Change announced</Th>
                  <Th>Received</Th>
                  <Th>Object by</Th>
                  <Th>Time left</Th>
                </tr>
              </thead>
              <tbody>
                {notices.map((n) => (
                  <tr key={n.id}>
                    <Td>
                      <Link href={`/processors/${n.processorId}#notices-title`} className={linkClass}>{n.processorName}</Link>
                    </Td>
                    <Td className="max-w-md whitespace-pre-line">{n.description}</Td>
                    <Td className="whitespace-nowrap">{day(n.receivedOn)}</Td>
                    <Td className="whitespace-nowrap">{day(n.objectionDeadline)}</Td>
                    <Td>
                      <NoticeCountdown deadlineAt={objectionDeadlineAt(n.objectionDeadline, timeZone).toISOString()} decision="pending" renderedAt={renderedAt} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
