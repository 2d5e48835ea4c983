import type { Metadata } from "next";
import Link from "next/link";
import { ConversationBadges } from "@/components/chats/conversation-badges";
import { ConversationFilters } from "@/components/chats/conversation-filters";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listCategoryOptions, listConversations, listSourceOptions } from "@/db/queries/chats";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { parseConversationListParams } from "@/lib/chats/list-params";
import { formatDate, formatDateTime } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Conversations" };

export default async function ConversationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("chats:read");
  const timeZone = await getTimeZone();
  const { query, urlValues } = parseConversationListParams(await searchParams, timeZone);
  const [{ rows, total }, sources, categories] = await Promise.all([listConversations(query), listSourceOptions(), listCategoryOptions()]);
  const filtered = Object.entries(urlValues).some(([k, v]) => v && k !== "sort" && k !== "dir");
  return (
    <>
      <PageHeader
        title="Conversations"
        description="Every conversation the live chat sent in: who is in it, what personal data it holds, and when its retention rule deletes or anonymises it."
        actions={
          <>
            <ButtonLink href="/chats/sources" variant="secondary">Sources</ButtonLink>
            {can(user.role, "chats:import") ? <ButtonLink href="/chats/import">Import</ButtonLink> : null}
          </>
        }
      />
      <ConversationFilters values={urlValues} sources={sources} categories={categories} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No conversations match these filters" : "No conversations yet"}>
          {filtered ? (
            <Link href="/chats" className="underline">Clear the filters</Link>
          ) : (
            "Conversations appear here when the chat platform sends them to the API, through a Chatwoot webhook, or from an import."
          )}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Conversations, {total} in all</caption>
          <thead>
            <tr>
              {/* On a phone: the conversation, its retention date and open findings; the rest from wider screens up. */}
              <Th>Started</Th>
              <Th className="hidden sm:table-cell">Visitor</Th>
              <Th className="hidden lg:table-cell">Source and category</Th>
              <Th className="hidden text-right md:table-cell">Messages</Th>
              <Th>Retention due</Th>
              <Th>Open findings</Th>
              <Th className="hidden md:table-cell">Flags</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} data-testid="conversation-row">
                <Td className="whitespace-nowrap max-sm:whitespace-normal">
                  <Link href={`/chats/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {formatDateTime(c.startedAt, timeZone)}
                  </Link>
                  <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{c.externalId}</span>
                </Td>
                <Td className="hidden sm:table-cell">
                  {c.anonymisedAt ? (
                    <span className="text-slate-500 dark:text-slate-400">Anonymised</span>
                  ) : (
                    <>
                      <span className="block">{c.visitorName ?? c.subjectName ?? "Unnamed visitor"}</span>
                      {c.visitorEmail ? <span className="block text-xs text-slate-600 dark:text-slate-400">{c.visitorEmail}</span> : null}
                    </>
                  )}
                </Td>
                <Td className="hidden lg:table-cell">
                  <span className="block">{c.sourceName}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{c.category ?? "No category"}</span>
                </Td>
                <Td className="hidden text-right tabular-nums md:table-cell">
                  {c.messageCount}
                  {c.lastMessageAt ? (
                    <span className="block whitespace-nowrap text-xs text-slate-600 dark:text-slate-400">last {formatDateTime(c.lastMessageAt, timeZone)}</span>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap">{c.retentionDueAt ? formatDate(c.retentionDueAt, timeZone) : "—"}</Td>
                <Td className="tabular-nums">{c.openFindings > 0 ? <Badge tone="warn">{c.openFindings}</Badge> : "0"}</Td>
                <Td className="hidden md:table-cell">
                  <ConversationBadges c={c} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/chats" params={urlValues} />
    </>
  );
}
