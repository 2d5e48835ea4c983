import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { AgreementStatusBadge, CountryText, MechanismText, RiskBadge } from "@/components/processors/processor-badges";
import { ProcessorFilters } from "@/components/processors/processor-filters";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listProcessors } from "@/db/queries/processors";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { parseProcessorListParams } from "@/lib/processors/list-params";
import { todayIn } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Processors" };

export default async function ProcessorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("processors:read");
  const today = todayIn(await getTimeZone());
  const { query, urlValues } = parseProcessorListParams(await searchParams, today);
  const { rows, total } = await listProcessors(query);
  const filtered = Object.entries(urlValues).some(([k, v]) => k !== "sort" && Boolean(v));
  return (
    <>
      <PageHeader
        title="Processors"
        description="Everyone who processes personal data on the organisation's behalf (Art. 28): what they receive, where, under which agreement and transfer mechanism."
        actions={
          <>
            <ButtonLink href="/processors/queue" variant="secondary">Legal queue</ButtonLink>
            {can(user.role, "processors:write") ? <ButtonLink href="/processors/new">Add a processor</ButtonLink> : null}
          </>
        }
      />
      <ProcessorFilters values={urlValues} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No processors match these filters" : "No processors recorded"}>
          {filtered ? <Link href="/processors" className="underline">Clear the filters</Link> : "Processors you add appear here."}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Processors, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: the name and the agreement's status; the rest from wider screens up. */}
              <Th>Name</Th>
              <Th className="hidden md:table-cell">Service</Th>
              <Th className="hidden lg:table-cell">Country</Th>
              <Th className="hidden lg:table-cell">Transfer</Th>
              <Th>Agreement</Th>
              <Th className="hidden sm:table-cell">Risk</Th>
              <Th className="hidden md:table-cell">Activities</Th>
              <Th className="hidden lg:table-cell">Sub-processors</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/processors/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">{p.name}</Link>
                  {p.archivedAt ? <Badge className="ml-2">Archived</Badge> : null}
                  {p.pendingNotices > 0 ? <Badge tone="warn" className="ml-2">{p.pendingNotices === 1 ? "Notice pending" : `${p.pendingNotices} notices pending`}</Badge> : null}
                </Td>
                <Td className="hidden max-w-sm text-slate-700 md:table-cell dark:text-slate-300">{p.service.length >= 140 ? `${p.service}…` : p.service}</Td>
                <Td className="hidden lg:table-cell"><CountryText country={p.country} /></Td>
                <Td className="hidden min-w-40 lg:table-cell"><MechanismText country={p.country} mechanism={p.transferMechanism} /></Td>
                <Td><AgreementStatusBadge status={p.agreementStatus} /></Td>
                <Td className="hidden sm:table-cell"><RiskBadge risk={p.riskRating} /></Td>
                <Td className="hidden tabular-nums md:table-cell">{p.activityCount}</Td>
                <Td className="hidden tabular-nums lg:table-cell">{p.subProcessorCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/processors" params={urlValues} />
    </>
  );
}
