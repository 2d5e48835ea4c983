import type { Metadata } from "next";
import Link from "next/link";
import { DpiaBadge, SpecialBadge } from "@/components/inventory/activity-badges";
import { ActivityFilters } from "@/components/inventory/activity-filters";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listActivities } from "@/db/queries/inventory";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { LEGAL_BASIS_LABELS } from "@/lib/inventory/labels";
import { parseActivityListParams } from "@/lib/inventory/list-params";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Record of processing" };

export default async function InventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("inventory:read");
  const { query, urlValues } = parseActivityListParams(await searchParams);
  const { rows, total } = await listActivities(query);
  const filtered = Object.entries(urlValues).some(([k, v]) => k !== "sort" && Boolean(v));
  const canWrite = can(user.role, "inventory:write");
  return (
    <>
      <PageHeader
        title="Record of processing"
        description="Every processing activity with the Art. 30(1) details: purposes, people and data, recipients, transfers, retention and security."
        actions={
          <>
            <ButtonLink href="/inventory/categories" variant="secondary">Categories</ButtonLink>
            <ButtonLink href="/inventory/versions" variant="secondary">Export</ButtonLink>
            <ButtonLink href="/inventory/processor-record" variant="secondary">As a processor (Art. 30(2))</ButtonLink>
            {canWrite ? <ButtonLink href="/inventory/new">Add an activity</ButtonLink> : null}
          </>
        }
      />
      <ActivityFilters values={urlValues} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No activities match these filters" : "No processing activities recorded"}>
          {filtered ? <Link href="/inventory" className="underline">Clear the filters</Link> : "Activities you add appear here."}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Processing activities, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: the name and the DPIA status; the rest from wider screens up. */}
              <Th>Name</Th>
              <Th className="hidden md:table-cell">Purposes</Th>
              <Th className="hidden sm:table-cell">Legal basis</Th>
              <Th className="hidden lg:table-cell">Data categories</Th>
              <Th>DPIA</Th>
              <Th className="hidden lg:table-cell">Owner</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Link href={`/inventory/${a.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {a.name}
                  </Link>
                  {a.archivedAt ? <Badge className="ml-2">Archived</Badge> : null}
                </Td>
                <Td className="hidden max-w-md text-slate-700 md:table-cell dark:text-slate-300">{a.purposes.length >= 140 ? `${a.purposes}…` : a.purposes}</Td>
                <Td className="hidden whitespace-nowrap sm:table-cell">{a.legalBasis ? LEGAL_BASIS_LABELS[a.legalBasis] : <Badge tone="warn">Not set</Badge>}</Td>
                <Td className="hidden whitespace-nowrap lg:table-cell">
                  <span className="tabular-nums">{a.categoryCount}</span> {a.hasSpecial ? <SpecialBadge /> : null}
                </Td>
                <Td><DpiaBadge status={a.dpiaStatus} /></Td>
                <Td className="hidden lg:table-cell">{a.ownerName ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/inventory" params={urlValues} />
    </>
  );
}
