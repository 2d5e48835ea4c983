import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { listRecordVersions } from "@/db/queries/inventory";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Record exports" };

// Stamps the current record (a new version only when it changed) and hands it out.
const EXPORT_PATH = "/inventory/export";
const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

/** The stamped versions of the record; downloading the current record creates a version only when it changed. */
export default async function RecordVersionsPage() {
  await requirePagePermission("inventory:read");
  const [versions, timeZone] = await Promise.all([listRecordVersions(), getTimeZone()]);
  return (
    <>
      <PageHeader
        title="Record exports"
        description="Download the record of processing in the column order of the supervisory authorities' templates. Each export is stamped with a version and a SHA-256 hash of its content; an unchanged record keeps its version."
        actions={
          <>
            {/* Plain anchors: the router would fetch a route handler twice before falling back to a download. */}
            <a href={`${EXPORT_PATH}?format=csv`} className={buttonClass("secondary")} download>Download CSV</a>
            <a href={`${EXPORT_PATH}?format=xlsx`} className={buttonClass("secondary")} download>Download XLSX</a>
            <a href={`${EXPORT_PATH}?format=print`} className={buttonClass("primary")}>Print / PDF</a>
          </>
        }
      />
      {versions.length === 0 ? (
        <EmptyState title="No versions yet">The first download stamps version 1.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Versions of the record of processing, newest first</caption>
          <thead>
            <tr>
              <Th>Version</Th>
              <Th>Created</Th>
              <Th>By</Th>
              <Th>SHA-256</Th>
              <Th>Download</Th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <Td className="tabular-nums">Version {v.version}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(v.createdAt, timeZone)}</Td>
                <Td>{v.createdByName ?? "—"}</Td>
                <Td>
                  <abbr title={v.contentHash} className="font-mono text-xs no-underline">{v.contentHash.slice(0, 12)}…</abbr>
                </Td>
                <Td className="space-x-3 whitespace-nowrap">
                  {/* Plain anchors: these are file downloads, not pages to prefetch. */}
                  <a href={`/inventory/versions/${v.version}?format=csv`} className={linkClass} download aria-label={`Version ${v.version} as CSV`}>CSV</a>
                  <a href={`/inventory/versions/${v.version}?format=xlsx`} className={linkClass} download aria-label={`Version ${v.version} as XLSX`}>XLSX</a>
                  <Link href={`/inventory/versions/${v.version}/print`} className={linkClass} aria-label={`Version ${v.version} to print or save as PDF`}>Print / PDF</Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
