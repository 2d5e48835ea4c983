import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { DiffPicker } from "@/components/notice/diff-picker";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listNoticeVersionNumbers, listNoticeVersions } from "@/db/queries/notice";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/time";
import { first, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Privacy notice versions" };

const PAGE_SIZE = 25;
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function NoticeVersionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission("inventory:read");
  const raw = (await searchParams).page;
  const page = pageSchema.parse(first(raw));
  const [{ rows, total }, numbers, timeZone] = await Promise.all([listNoticeVersions({ page, pageSize: PAGE_SIZE }), listNoticeVersionNumbers(), getTimeZone()]);
  return (
    <>
      <PageHeader
        title="Privacy notice versions"
        description="Every published version, kept exactly as it was published. Each is readable on the public site at /privacy/versions/<number>."
        actions={<ButtonLink href="/notice" variant="secondary">Back to the notice</ButtonLink>}
      />
      {total === 0 ? (
        <EmptyState title="Nothing published yet">
          <Link href="/notice" className="underline">Preview and publish the notice</Link>
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <DiffPicker versions={numbers} from={numbers[1] ?? numbers[0]!} to={numbers.length > 1 ? numbers[0]! : "current"} />
          <Table>
            <caption className="sr-only">Published versions of the privacy notice, {total} in all</caption>
            <thead>
              <tr>
                <Th>Version</Th>
                <Th>Published</Th>
                <Th>By</Th>
                <Th>Content SHA-256</Th>
                <Th>Generated from the record</Th>
                <Th>Changes</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={v.version}>
                  <Td>
                    <Link href={`/notice/versions/${v.version}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                      Version {v.version}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDateTime(v.publishedAt, timeZone)}</Td>
                  <Td>{v.publishedByName ?? "—"}</Td>
                  <Td className="font-mono text-xs" title={v.contentHash}>{v.contentHash.slice(0, 16)}…</Td>
                  <Td className="text-xs">
                    {v.recordVersion ? (
                      <Link href={`/inventory/versions/${v.recordVersion}/print`} className="underline">Record export version {v.recordVersion}</Link>
                    ) : (
                      <span title={v.sourceHash}>Record SHA-256 <span className="font-mono">{v.sourceHash.slice(0, 12)}…</span> (not exported)</span>
                    )}
                  </Td>
                  <Td>
                    {v.version > 1 ? (
                      <Link href={`/notice/diff?from=${v.version - 1}&to=${v.version}`} className="underline">Compare with version {v.version - 1}</Link>
                    ) : (
                      "First version"
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/notice/versions" params={{}} />
        </div>
      )}
    </>
  );
}
