import type { Metadata } from "next";
import Link from "next/link";
import { GapGroup } from "@/components/gaps/gap-group";
import { GapKindFilter } from "@/components/gaps/gap-kind-filter";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { listGaps } from "@/db/queries/gaps";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { parseGapParams } from "@/lib/gaps/list-params";
import { GAP_KIND_LABELS, GAP_KINDS } from "@/lib/gaps/types";
import { todayIn } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Gaps" };

export default async function GapsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("inventory:read");
  const [timeZone, raw] = await Promise.all([getTimeZone(), searchParams]);
  const { kind } = parseGapParams(raw);
  const { gaps, counts, total } = await listGaps({ today: todayIn(timeZone), kind });
  const high = counts.reduce((n, c) => n + c.high, 0);
  return (
    <>
      <PageHeader
        title="Gaps"
        description="What the record of processing, the processors and their agreements still lack, computed from the data each time this page opens. Each gap links to where it is fixed."
      />
      {total === 0 ? (
        <EmptyState title="The record has no gaps">
          Every current activity has a legal basis, retention and security measures, special categories have their Art. 9 condition, DPIAs are done, every
          processor that receives data has a signed, current agreement, and every transfer outside the EEA has its mechanism.
        </EmptyState>
      ) : (
        <>
          <p className="mb-4 text-sm" aria-live="polite">
            <span className="font-semibold tabular-nums">{total}</span> {total === 1 ? "gap" : "gaps"} in the record, <span className="font-semibold tabular-nums">{high}</span> of high severity.
          </p>
          <GapKindFilter counts={counts} total={total} current={kind} />
          {gaps.length === 0 ? (
            <EmptyState title="No gaps of this kind">
              {kind ? <p>{GAP_KIND_LABELS[kind]}: none right now.</p> : null}
              <Link href="/gaps" className="underline">Show every gap</Link>
            </EmptyState>
          ) : (
            <div className="space-y-6">
              {GAP_KINDS.map((k) => {
                const of = gaps.filter((g) => g.kind === k);
                return of.length ? <GapGroup key={k} kind={k} gaps={of} role={user.role} /> : null;
              })}
            </div>
          )}
        </>
      )}
    </>
  );
}
