import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { EntryFilters } from "@/components/processor-record/entry-filters";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listProcessorRecordEntries } from "@/db/queries/processor-record";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ENTRY_STATUS_LABELS, parseEntryListParams } from "@/lib/processor-record/schema";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Processing for other controllers" };

export default async function ProcessorRecordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("inventory:read");
  const { query, urlValues } = parseEntryListParams(await searchParams);
  const { rows, total } = await listProcessorRecordEntries(query);
  const filtered = Object.entries(urlValues).some(([k, v]) => k !== "sort" && Boolean(v));
  return (
    <>
      <PageHeader
        title="Processing for other controllers"
        description="The processor's record (Art. 30(2)): what the organisation does as a processor, for each controller it acts for, with transfers and security measures."
        actions={
          <>
            <ButtonLink href="/inventory" variant="secondary">Record of processing</ButtonLink>
            <a href="/inventory/processor-record/export" className={buttonClass("secondary")} download>Export CSV</a>
            {can(user.role, "inventory:write") ? <ButtonLink href="/inventory/processor-record/new">Add an entry</ButtonLink> : null}
          </>
        }
      />
      <EntryFilters values={urlValues} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No entries match these filters" : "No processing for other controllers recorded"}>
          {filtered ? (
            <Link href="/inventory/processor-record" className="underline">Clear the filters</Link>
          ) : (
            "When the organisation processes personal data on behalf of another controller, record it here."
          )}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Processing for other controllers, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: the controller and the status; the rest from wider screens up. */}
              <Th>Controller</Th>
              <Th className="hidden md:table-cell">Categories of processing</Th>
              <Th className="hidden sm:table-cell">Transfers</Th>
              <Th className="hidden sm:table-cell">Measures</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <Td>
                  <Link href={`/inventory/processor-record/${e.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {e.controllerName}
                  </Link>
                </Td>
                <Td className="hidden max-w-md text-slate-700 md:table-cell dark:text-slate-300">{e.categories}</Td>
                <Td className="hidden tabular-nums sm:table-cell">{e.transferCount}</Td>
                <Td className="hidden tabular-nums sm:table-cell">{e.measureCount === 0 ? <Badge tone="warn">None</Badge> : e.measureCount}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={e.status === "active" ? "good" : "neutral"}>{ENTRY_STATUS_LABELS[e.status]}</Badge>
                    {e.archivedAt ? <Badge>Archived</Badge> : null}
                  </span>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/inventory/processor-record" params={urlValues} />
    </>
  );
}
