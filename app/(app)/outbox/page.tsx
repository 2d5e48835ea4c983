import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { SendQueuedForm } from "@/components/outbox/send-queued-form";
import { Card } from "@/components/ui/card";
import { listOutbox } from "@/db/queries/outbox";
import { getTimeZone } from "@/db/queries/time-zone";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/guards";
import { mailConfigured } from "@/lib/mail/send";
import { sendQueuedAction } from "./actions";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Outbox" };

const PAGE_SIZE = 50;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("outbox:read");
  const raw = (await searchParams).page;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(typeof raw === "string" ? raw : "1", 10) || 1));
  const [timeZone, { rows, total, counts }] = await Promise.all([getTimeZone(), listOutbox({ page, pageSize: PAGE_SIZE })]);
  const smtp = mailConfigured();
  return (
    <>
      <PageHeader title="Outbox" description="Every e-mail DPO Desk sends, such as training reminders: what was sent, to whom, and what is still waiting." />
      <Card className="mb-6 space-y-3 text-sm">
        <p>
          {counts.queued} queued, {counts.sent} sent, {counts.failed} failed.{" "}
          {smtp
            ? "A mail server is configured: reminders are sent when they are created."
            : "No mail server is configured (SMTP_URL is not set), so nothing is sent: messages stay queued here, where you can read them."}
        </p>
        {smtp && can(user.role, "outbox:send") ? <SendQueuedForm action={sendQueuedAction} waiting={counts.queued + counts.failed} /> : null}
      </Card>
      {rows.length === 0 ? <EmptyState title="The outbox is empty">Reminders you send appear here.</EmptyState> : <OutboxTable rows={rows} timeZone={timeZone} />}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/outbox" params={{}} />
    </>
  );
}
