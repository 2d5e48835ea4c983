import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { SuggestionButtons } from "@/components/requests/suggestion-buttons";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { listSuggestions, type SuggestionRow } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { TYPE_LABELS } from "@/lib/requests/labels";
import { formatDateTime } from "@/lib/time";
import { acceptSuggestionAction, dismissSuggestionAction } from "./actions";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Requests suggested from chat" };

const PAGE_SIZE = 20;
const STATUSES = ["pending", "accepted", "dismissed"] as const;
const TAB_LABELS = { pending: "To review", accepted: "Accepted", dismissed: "Dismissed" } as const;
const params = z.object({ status: z.enum(STATUSES).catch("pending"), page: z.coerce.number().int().min(1).max(100_000).catch(1) });

// Some context around the phrase, never the whole transcript: enough to judge, little to expose.
const CONTEXT = 120;

/** The visitor's message around the phrase, the phrase marked; text only (chat text is untrusted). */
function Excerpt({ row }: { row: SuggestionRow }) {
  const from = Math.max(0, row.start - CONTEXT);
  const to = Math.min(row.messageText.length, row.end + CONTEXT);
  return (
    <p className="whitespace-pre-line break-words text-sm">
      {from > 0 ? "…" : ""}
      {row.messageText.slice(from, row.start)}
      <mark className="rounded bg-amber-100 px-0.5 dark:bg-amber-900 dark:text-amber-100">{row.messageText.slice(row.start, row.end)}</mark>
      {row.messageText.slice(row.end, to)}
      {to < row.messageText.length ? "…" : ""}
    </p>
  );
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("requests:read");
  const raw = await searchParams;
  const p = params.parse({ status: raw.status, page: raw.page });
  const [timeZone, { rows, total }] = await Promise.all([getTimeZone(), listSuggestions({ status: p.status, page: p.page, pageSize: PAGE_SIZE })]);
  const canWrite = can(user.role, "requests:write");
  const canReadChats = can(user.role, "chats:read");
  return (
    <>
      <PageHeader
        title="Requests suggested from chat"
        description="Visitor messages that ask for a right (“delete my data”, “vilka uppgifter har ni om mig”…). Accepting one records a request from the chat, received when the message was sent, linked to the conversation and its person."
      />
      <nav aria-label="Suggestion status" className="mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-800">
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={s === "pending" ? "/requests/suggestions" : `/requests/suggestions?status=${s}`}
            aria-current={p.status === s ? "page" : undefined}
            className={cn("-mb-px border-b-2 px-3 py-2 text-sm font-medium", p.status === s ? "border-brand-600 text-brand-700 dark:text-sky-300" : "border-transparent text-slate-600 dark:text-slate-400")}
          >
            {TAB_LABELS[s]}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={p.status === "pending" ? "Nothing to review" : `No ${TAB_LABELS[p.status].toLowerCase()} suggestions`}>
          Messages are checked as conversations arrive.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id}>
              <Card className="space-y-2" data-testid="suggestion">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium">{TYPE_LABELS[r.type]}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    Sent {formatDateTime(r.sentAt, timeZone)} by {r.visitorName ?? "an unnamed visitor"} ·{" "}
                    <Link className="underline" href={`/chats/${r.conversationId}`}>conversation</Link>
                  </p>
                </div>
                {canReadChats ? <Excerpt row={r} /> : null}
                {r.status === "pending" && canWrite ? <SuggestionButtons id={r.id} accept={acceptSuggestionAction} dismiss={dismissSuggestionAction} /> : null}
                {r.status !== "pending" ? (
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {TAB_LABELS[r.status]} {r.decidedAt ? formatDateTime(r.decidedAt, timeZone) : ""}
                    {r.decidedByName ? ` by ${r.decidedByName}` : ""}
                    {r.requestId ? <> · <Link className="underline" href={`/requests/${r.requestId}`}>the request</Link></> : null}
                  </p>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={p.page} pageSize={PAGE_SIZE} total={total} basePath="/requests/suggestions" params={{ status: p.status === "pending" ? undefined : p.status }} />
    </>
  );
}
