import Link from "next/link";
import { formatDateTime } from "@/lib/time";

type Published = { version: number; publishedAt: Date; publishedByName: string | null } | null;

const box = {
  warn: "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100",
  good: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100",
  none: "border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
};

/** Whether the public page shows what the record says now. The state is in the heading's words, not only its colour. */
export function NoticeStatus({ published, outOfDate, timeZone }: { published: Published; outOfDate: boolean; timeZone: string }) {
  if (!published) {
    return (
      <section aria-labelledby="notice-status" className={`rounded-lg border p-4 ${box.none}`} data-testid="notice-status" data-state="unpublished">
        <h2 id="notice-status" className="font-semibold">Not published yet</h2>
        <p className="mt-1 text-sm">The public page at /privacy tells visitors that no notice is published. Check the preview below, then publish it.</p>
      </section>
    );
  }
  const when = `Version ${published.version} was published ${formatDateTime(published.publishedAt, timeZone)}${published.publishedByName ? ` by ${published.publishedByName}` : ""}.`;
  if (outOfDate) {
    return (
      <section aria-labelledby="notice-status" className={`rounded-lg border-2 p-4 ${box.warn}`} data-testid="notice-status" data-state="out-of-date">
        <h2 id="notice-status" className="font-semibold">⚠ Out of date</h2>
        <p className="mt-1 text-sm">
          The record, the organisation settings or the introduction changed since then: the notice they give now differs from the one on the public page. {when}
        </p>
        <p className="mt-2 text-sm">
          <Link href={`/notice/diff?from=${published.version}&to=current`} className="font-medium underline">
            See what changed since version {published.version}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="notice-status" className={`rounded-lg border p-4 ${box.good}`} data-testid="notice-status" data-state="up-to-date">
      <h2 id="notice-status" className="font-semibold">Up to date</h2>
      <p className="mt-1 text-sm">{when} It matches what the record says now.</p>
    </section>
  );
}
