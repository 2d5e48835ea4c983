import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { RequestForm } from "@/components/requests/request-form";
import { listAssigneeOptions } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { toLocalInputValue } from "@/lib/time";
import { createRequestAction } from "../actions";

export const metadata: Metadata = { title: "Record a request" };

export default async function NewRequestPage() {
  const user = await requirePagePermission("requests:write");
  const [timeZone, assignees] = await Promise.all([getTimeZone(), listAssigneeOptions()]);
  const defaults = { type: "access", channel: "email", receivedAt: toLocalInputValue(new Date(), timeZone), assigneeId: user.id, acknowledge: "on" };
  return (
    <>
      <PageHeader title="Record a request" description="For a request that came by e-mail, phone, letter or in the chat. Requests from the public form and the API enter the queue by themselves." />
      <RequestForm action={createRequestAction} defaults={defaults} assignees={assignees} timeZone={timeZone} />
    </>
  );
}
