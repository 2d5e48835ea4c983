import Link from "next/link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyChainForm } from "@/components/audit/verify-chain-form";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { describeActor, getAuditHead, listAuditActors, listAuditEntityTypes, listAuditEntries } from "@/db/queries/audit";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/time";
import { verifyChainAction } from "./actions";
import { AUDIT_PAGE_SIZE, parseAuditSearch, toQueryString } from "./filters";
import type { SearchParams } from "@/lib/search-params";

export const metadata = { title: "Audit log · DPO Desk" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("audit:read");
  const timeZone = await getTimeZone();
  const search = parseAuditSearch(await searchParams, timeZone);
  const [list, actors, entityTypes, head] = await Promise.all([
    listAuditEntries({ ...search.filters, page: search.page, pageSize: AUDIT_PAGE_SIZE }),
    listAuditActors(),
    listAuditEntityTypes(),
    getAuditHead(),
  ]);
  const filtered = Object.values(search.params).some(Boolean);
  // Only the form's own fields: a bad page number is simply read as page 1.
  const { actor, entity, from, to } = search.errors;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change in DPO Desk: who made it, when, and what changed. Entries cannot be edited or removed, and each one is chained to the one before it by a hash, so a change made behind the application's back shows up when the chain is verified."
        actions={
          // A plain link, not next/link: the export is a file download, not a page to prefetch.
          <a href={`/audit/export${toQueryString(search.params)}`} className={buttonClass("secondary")} download>
            Download CSV
          </a>
        }
      />

      <Card className="mb-6">
        <CardTitle>Chain integrity</CardTitle>
        {head ? (
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            Latest entry <span className="font-medium">#{head.id}</span>, {formatDateTime(head.at, timeZone)}. Its hash seals every entry before it;
            record it elsewhere to prove later that nothing up to here has changed:
            <code data-testid="audit-head-hash" className="mt-1 block font-mono text-xs break-all text-slate-900 dark:text-slate-100">
              {head.hash}
            </code>
          </p>
        ) : (
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">The audit log has no entries yet.</p>
        )}
        <VerifyChainForm action={verifyChainAction} />
      </Card>

      <AuditFilters values={search.values} errors={{ actor, entity, from, to }} actors={actors} entityTypes={entityTypes} />

      {list.rows.length > 0 ? (
        <>
          <AuditTable rows={list.rows.map((row) => ({ ...row, actorLabel: describeActor(row.actorType, row.actorName) }))} timeZone={timeZone} />
          <Pagination page={search.page} pageSize={AUDIT_PAGE_SIZE} total={list.total} basePath="/audit" params={search.params} />
        </>
      ) : list.total > 0 ? (
        <EmptyState title="There is no such page.">
          <Link href={`/audit${toQueryString(search.params)}`} className="text-brand-600 underline">
            Go to the first page
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title={filtered ? "No entries match these filters." : "No entries yet."}>
          {filtered ? (
            <Link href="/audit" className="text-brand-600 underline">
              Clear the filters
            </Link>
          ) : null}
        </EmptyState>
      )}
    </>
  );
}
