import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/breaches/print-button";
import { ButtonLink } from "@/components/ui/button";
import { DetailList } from "@/components/ui/detail-list";
import { getRecordVersion } from "@/db/queries/inventory";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { controllerRows, RECORD_COLUMNS, recordRows, stampText } from "@/lib/inventory/export";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Record of processing (print)" };

/** One stamped version as a document to print or save as PDF, with the same fields as the CSV and XLSX. */
export default async function RecordPrintPage({ params }: { params: Promise<{ version: string }> }) {
  await requirePagePermission("inventory:read");
  const { version } = await params;
  if (!/^[1-9]\d{0,8}$/.test(version)) notFound();
  const [found, timeZone] = await Promise.all([getRecordVersion(Number(version)), getTimeZone()]);
  if (!found) notFound();
  const rows = recordRows(found.snapshot);
  // The stamp rows are shown in the header, so the controller part lists only the organisation.
  const controller = controllerRows(found.snapshot, found).slice(0, 6);
  return (
    <article className="mx-auto max-w-3xl space-y-6 bg-white p-8 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none dark:bg-slate-900 dark:text-slate-100">
      <div className="no-print flex justify-between gap-2">
        <ButtonLink href="/inventory/versions" variant="secondary">Back to the exports</ButtonLink>
        <PrintButton />
      </div>
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">Record of processing activities · Art. 30(1) GDPR</p>
        <h1 className="mt-1 text-2xl font-semibold">{found.snapshot.organisation?.controllerName || "Record of processing"}</h1>
        <p className="mt-1 break-all font-mono text-xs">{stampText(found)}</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Stamped {formatDateTime(found.createdAt, timeZone)}{found.createdByName ? ` by ${found.createdByName}` : ""} · {rows.length} activities
        </p>
      </header>
      <section className="break-inside-avoid border-t border-slate-300 pt-4 dark:border-slate-700">
        <h2 className="mb-3 text-base font-semibold">(a) Controller and data protection officer</h2>
        <DetailList items={controller} />
      </section>
      {rows.map((row) => (
        <section key={row[0]} className="break-inside-avoid border-t border-slate-300 pt-4 dark:border-slate-700">
          <h2 className="mb-3 text-base font-semibold">{row[0]}</h2>
          <DetailList items={RECORD_COLUMNS.slice(1).map((label, i) => [label, row[i + 1]] as [string, string])} />
        </section>
      ))}
    </article>
  );
}
