import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { ReceiptsTable } from "@/components/retention/receipts-table";
import { CardTitle } from "@/components/ui/card";
import { listRetentionRuns } from "@/db/queries/retention";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { first, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Retention receipts" };

const PAGE_SIZE = 20;

export default async function RetentionReceiptsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("retention:read");
  const raw = (await searchParams).page;
  const requested = Number(first(raw));
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  const [{ rows, total }, timeZone] = await Promise.all([listRetentionRuns({ page, pageSize: PAGE_SIZE }), getTimeZone()]);
  return (
    <section aria-labelledby="receipts-heading" className="space-y-3">
      <CardTitle
        action={
          <div className="flex gap-3 text-sm">
            <Link href="/retention" className="text-brand-700 underline dark:text-sky-300">
              Back to rules
            </Link>
            <a href="/retention/receipts/export" className="text-brand-700 underline dark:text-sky-300">
              Export CSV
            </a>
          </div>
        }
      >
        <span id="receipts-heading" className="text-lg">
          Retention receipts
        </span>
      </CardTitle>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        One receipt per run of the retention job: when, what started it, and per rule how many conversations and messages were deleted or
        anonymised, with a SHA-256 hash chained over the ids of each batch (the ids themselves are gone).
      </p>
      {rows.length === 0 ? (
        <EmptyState title={page > 1 ? "No receipts on this page" : "No run yet"}>
          {page > 1 ? <Link href="/retention/receipts" className="underline">First page</Link> : "Receipts appear here after the first run."}
        </EmptyState>
      ) : (
        <ReceiptsTable runs={rows} timeZone={timeZone} />
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/retention/receipts" params={{}} />
    </section>
  );
}
