import type { Metadata } from "next";
import Link from "next/link";
import { BulkMaskForm } from "@/components/findings/bulk-mask-form";
import { FindingTabs } from "@/components/findings/finding-tabs";
import { FindingsTable } from "@/components/findings/findings-table";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { countFindingsByType, listFindings } from "@/db/queries/chats";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { FINDING_STATUS_LABELS, PII_TYPE_PLURALS } from "@/lib/chats/labels";
import { parseFindingListParams } from "@/lib/chats/list-params";
import { PII_MASK_PLACEHOLDERS, PII_TYPE_LABELS } from "@/lib/pii";
import { bulkMaskAction, dismissFindingAction, maskFindingAction } from "./actions";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("chats:read");
  const { query, urlValues } = parseFindingListParams(await searchParams);
  const [{ rows, total }, counts, timeZone] = await Promise.all([listFindings(query), countFindingsByType(query.status), getTimeZone()]);
  const canReview = can(user.role, "findings:write");
  const typeLabel = query.type ? PII_TYPE_LABELS[query.type].toLowerCase() : null;
  return (
    <>
      <PageHeader
        title="Findings"
        description="Personal data the detector found in chat messages. Mask what should not be kept in the chat log (the text is replaced by a placeholder, irreversibly), or dismiss what is not personal data."
      />
      <FindingTabs status={query.status} type={query.type} counts={counts} />
      {canReview && query.status === "open" && query.type ? (
        <BulkMaskForm type={query.type} plural={PII_TYPE_PLURALS[query.type]} placeholder={PII_MASK_PLACEHOLDERS[query.type]} count={counts[query.type]} action={bulkMaskAction} />
      ) : null}
      {canReview && query.status === "open" && !query.type && total > 0 ? (
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">Choose a type to mask all its open findings at once.</p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState
          title={
            query.status === "open"
              ? `No open ${typeLabel ? `${typeLabel} ` : ""}findings to review`
              : `No ${FINDING_STATUS_LABELS[query.status].toLowerCase()} ${typeLabel ? `${typeLabel} ` : ""}findings`
          }
        >
          {query.type ? <Link href={query.status === "open" ? "/findings" : `/findings?status=${query.status}`} className="underline">Show every type</Link> : "Findings appear here as conversations arrive."}
        </EmptyState>
      ) : (
        <FindingsTable rows={rows} canReview={canReview} timeZone={timeZone} total={total} actions={{ mask: maskFindingAction, dismiss: dismissFindingAction }} />
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/findings" params={urlValues} />
    </>
  );
}
