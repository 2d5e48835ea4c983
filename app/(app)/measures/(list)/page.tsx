import type { Metadata } from "next";
import { listOwnerOptions } from "@/db/queries/users";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { MeasureFilters } from "@/components/measures/measure-filters";
import { MeasureStatusBadge, ReviewCell } from "@/components/measures/measure-badges";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listMeasures } from "@/db/queries/measures";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { KIND_LABELS } from "@/lib/measures/labels";
import { parseMeasureListParams } from "@/lib/measures/list-params";
import { todayIn } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Security measures" };

export default async function MeasuresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("measures:read");
  const { query, urlValues } = parseMeasureListParams(await searchParams);
  const today = todayIn(await getTimeZone());
  const [{ rows, total }, owners] = await Promise.all([listMeasures({ ...query, today }), listOwnerOptions()]);
  const filtered = Object.entries(urlValues).some(([k, v]) => k !== "sort" && Boolean(v));
  return (
    <>
      <PageHeader
        title="Security measures"
        description="The technical and organisational measures that protect personal data (Art. 32), each with an owner and a yearly review."
        actions={can(user.role, "measures:write") ? <ButtonLink href="/measures/new">Add a measure</ButtonLink> : null}
      />
      <MeasureFilters values={urlValues} owners={owners} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No measures match these filters" : "No measures recorded"}>
          {filtered ? <Link href="/measures" className="underline">Clear the filters</Link> : "Measures you add appear here."}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Security measures, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: name, status and review state (badges may wrap there); the rest from wider screens up. */}
              <Th>Name</Th>
              <Th className="hidden md:table-cell">Kind</Th>
              <Th>Status</Th>
              <Th className="hidden lg:table-cell">Owner</Th>
              <Th>Last reviewed</Th>
              <Th className="hidden text-right md:table-cell">Activities</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id}>
                <Td>
                  <Link href={`/measures/${m.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {m.name}
                  </Link>
                </Td>
                <Td className="hidden md:table-cell">{KIND_LABELS[m.kind]}</Td>
                <Td className="max-sm:[&_span]:whitespace-normal"><MeasureStatusBadge status={m.status} /></Td>
                <Td className="hidden lg:table-cell">{m.ownerName ?? "—"}</Td>
                <Td className="max-sm:[&_span]:whitespace-normal"><ReviewCell lastReviewedOn={m.lastReviewedOn} today={today} /></Td>
                <Td className="hidden text-right tabular-nums md:table-cell">{m.activityCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/measures" params={urlValues} />
    </>
  );
}
