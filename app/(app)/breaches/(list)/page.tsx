import type { Metadata } from "next";
import Link from "next/link";
import { BreachCountdown } from "@/components/breaches/countdown";
import { BreachFilters } from "@/components/breaches/breach-filters";
import { RiskBadge, StatusBadge } from "@/components/breaches/breach-badges";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listBreaches } from "@/db/queries/breaches";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { parseBreachListParams } from "@/lib/breaches/list-params";
import { formatDateTime } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Breaches" };

export default async function BreachesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("breaches:read");
  const timeZone = await getTimeZone();
  const { query, urlValues } = parseBreachListParams(await searchParams, timeZone);
  const { rows, total } = await listBreaches(query);
  const renderedAt = new Date().toISOString();
  const filtered = Object.values(urlValues).some(Boolean);
  return (
    <>
      <PageHeader
        title="Breaches"
        description="Every personal data breach, notified or not (Art. 33(5)), with the 72-hour clock to notify the supervisory authority."
        actions={can(user.role, "breaches:write") ? <ButtonLink href="/breaches/new">Record a breach</ButtonLink> : null}
      />
      <BreachFilters values={urlValues} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No breaches match these filters" : "No breaches recorded"}>
          {filtered ? <Link href="/breaches" className="underline">Clear the filters</Link> : "Breaches you record appear here."}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Breaches, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: title, status and the 72-hour clock; the rest from wider screens up. */}
              <Th className="hidden sm:table-cell">Reference</Th>
              <Th>Title</Th>
              <Th className="hidden lg:table-cell">Aware since</Th>
              <Th className="hidden md:table-cell">Risk</Th>
              <Th>Status</Th>
              <Th>72-hour clock</Th>
              <Th className="hidden lg:table-cell">Owner</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id}>
                <Td className="hidden whitespace-nowrap font-mono text-xs sm:table-cell">{b.reference}</Td>
                <Td>
                  <Link href={`/breaches/${b.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {b.title}
                  </Link>
                </Td>
                <Td className="hidden whitespace-nowrap lg:table-cell">{formatDateTime(b.awareAt, timeZone)}</Td>
                <Td className="hidden md:table-cell"><RiskBadge risk={b.risk} /></Td>
                <Td><StatusBadge status={b.status} /></Td>
                {/* The clock's badge may wrap on a phone, where its longest words would not fit beside the status. */}
                <Td className="max-sm:[&_span]:whitespace-normal">
                  <BreachCountdown
                    awareAt={b.awareAt.toISOString()}
                    authorityNotifiedAt={b.authorityNotifiedAt?.toISOString() ?? null}
                    notifyDecision={b.notifyDecision}
                    risk={b.risk}
                    renderedAt={renderedAt}
                  />
                </Td>
                <Td className="hidden lg:table-cell">{b.ownerName ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/breaches" params={urlValues} />
    </>
  );
}
