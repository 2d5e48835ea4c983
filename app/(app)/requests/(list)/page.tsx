import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { DaysLeft } from "@/components/requests/days-left";
import { RequestFilters } from "@/components/requests/request-filters";
import { RequestStatusBadge } from "@/components/requests/request-badges";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { countPendingSuggestions, listAssigneeOptions, listRequests } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { localDate } from "@/lib/requests/clock";
import { CHANNEL_LABELS, TYPE_SHORT } from "@/lib/requests/labels";
import { parseRequestListParams } from "@/lib/requests/list-params";
import { formatDate, todayIn } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Requests" };

export default async function RequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("requests:read");
  const { query, urlValues } = parseRequestListParams(await searchParams);
  const timeZone = await getTimeZone();
  const today = todayIn(timeZone);
  const [{ rows, total }, assignees, pending] = await Promise.all([listRequests({ ...query, today }), listAssigneeOptions(), countPendingSuggestions()]);
  const renderedAt = new Date().toISOString();
  const filtered = Object.values(urlValues).some(Boolean);
  const canWrite = can(user.role, "requests:write");
  return (
    <>
      <PageHeader
        title="Requests"
        description="Requests from data subjects (Art. 15–22), each answered within one month of receipt: the due date moves past weekends and public holidays, and can be extended once by two further months."
        actions={
          <>
            <ButtonLink href="/requests/suggestions" variant="secondary">
              Suggested from chat{pending ? ` (${pending})` : ""}
            </ButtonLink>
            {canWrite ? <ButtonLink href="/requests/new">Record a request</ButtonLink> : null}
          </>
        }
      />
      <RequestFilters values={urlValues} assignees={assignees} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No requests match these filters" : "No requests yet"}>
          {filtered ? <Link href="/requests" className="underline">Clear the filters</Link> : "Requests from the public form, the API, the chat or recorded by hand appear here."}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Requests, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: reference, status and due date; the rest from wider screens up. */}
              <Th>Reference</Th>
              <Th className="hidden sm:table-cell">Type</Th>
              <Th className="hidden md:table-cell">Requester</Th>
              <Th className="hidden lg:table-cell">Received</Th>
              <Th>Status</Th>
              <Th>Due</Th>
              <Th className="hidden sm:table-cell">Days left</Th>
              <Th className="hidden lg:table-cell">Assignee</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="request-row">
                <Td className="whitespace-nowrap">
                  <Link href={`/requests/${r.id}`} className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {r.reference}
                  </Link>
                </Td>
                <Td className="hidden sm:table-cell">{TYPE_SHORT[r.type]}</Td>
                <Td className="hidden md:table-cell">{r.subjectName ?? "—"}</Td>
                <Td className="hidden whitespace-nowrap lg:table-cell">
                  {formatDate(r.receivedAt, timeZone)}
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{CHANNEL_LABELS[r.channel]}</span>
                </Td>
                <Td><RequestStatusBadge status={r.status} /></Td>
                <Td className="whitespace-nowrap">
                  {r.effectiveDueDate}
                  {r.extendedDueDate ? <span className="block text-xs text-slate-600 dark:text-slate-400">extended</span> : null}
                </Td>
                <Td className="hidden sm:table-cell">
                  <DaysLeft
                    effectiveDueDate={r.effectiveDueDate}
                    timeZone={timeZone}
                    renderedAt={renderedAt}
                    closedOn={r.closedAt ? localDate(r.closedAt, timeZone) : null}
                    paused={Boolean(r.clockPausedAt)}
                  />
                </Td>
                <Td className="hidden lg:table-cell">{r.assigneeName ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/requests" params={urlValues} />
    </>
  );
}
