import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { SubjectFilters } from "@/components/subjects/subject-filters";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listSubjects } from "@/db/queries/subjects";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { parseSubjectListParams } from "@/lib/chats/list-params";
import { formatDateTime } from "@/lib/time";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Data subjects" };

export default async function SubjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("chats:read");
  const { query, urlValues } = parseSubjectListParams(await searchParams);
  const [{ rows, total }, timeZone] = await Promise.all([listSubjects(query), getTimeZone()]);
  const filtered = Boolean(urlValues.q || urlValues.hold);
  return (
    <>
      <PageHeader
        title="Data subjects"
        description="The people in the chat data. An email, phone number or visitor id links their conversations to one person, whether it was given in the visitor form or typed in a message."
      />
      <SubjectFilters values={urlValues} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Nobody matches this search" : "No data subjects yet"}>
          {filtered ? (
            <>
              Identifiers are matched exactly, after normalising (emails in lower case, phone numbers in international form).{" "}
              <Link href="/subjects" className="underline">Show everyone</Link>
            </>
          ) : (
            "People appear here as conversations with their email, phone or visitor id arrive."
          )}
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Data subjects, {total} in all</caption>
          <thead>
            <tr>
              <Th>Person</Th>
              {/* On a phone: person and legal hold (a person without a name shows their identifier); the rest from wider screens up. */}
              <Th className="hidden sm:table-cell">Identifier</Th>
              <Th className="hidden text-right sm:table-cell">Conversations</Th>
              <Th className="hidden md:table-cell">Last seen</Th>
              <Th>Legal hold</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} data-testid="subject-row">
                <Td>
                  <Link href={`/subjects/${s.id}`} className="font-medium text-brand-700 underline-offset-2 [overflow-wrap:anywhere] hover:underline dark:text-sky-300">
                    {s.displayName ?? s.primaryIdentifier ?? "Unnamed person"}
                  </Link>
                </Td>
                <Td className="hidden sm:table-cell">
                  <span className="break-all">{s.primaryIdentifier ?? "—"}</span>
                  {s.identifierCount > 1 ? <span className="block text-xs text-slate-600 dark:text-slate-400">and {s.identifierCount - 1} more</span> : null}
                </Td>
                <Td className="hidden text-right tabular-nums sm:table-cell">{s.conversations}</Td>
                <Td className="hidden whitespace-nowrap md:table-cell">{formatDateTime(s.lastSeenAt, timeZone)}</Td>
                <Td>{s.legalHoldAt ? <Badge tone="warn">On hold</Badge> : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageSize={query.pageSize} total={total} basePath="/subjects" params={urlValues} />
    </>
  );
}
