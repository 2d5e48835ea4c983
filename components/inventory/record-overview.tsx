import Link from "next/link";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import type { RecordOverviewFigures } from "@/db/queries/inventory";
import { formatDate } from "@/lib/time";
import { ProcessorsByStatusChart } from "../processors/processors-by-status-chart";

const link = "text-brand-700 underline dark:text-sky-300";

/** The record of processing, the processors and the privacy notice: what is documented and what is missing. */
export function RecordOverview({ figures, timeZone }: { figures: RecordOverviewFigures; timeZone: string }) {
  const gapTotal = figures.gaps.reduce((n, g) => n + g.count, 0);
  const gapHigh = figures.gaps.reduce((n, g) => n + g.high, 0);
  const { notice } = figures;
  return (
    <section aria-labelledby="overview-record" className="space-y-4">
      <h2 id="overview-record" className="text-lg font-semibold">
        Record, processors and notice
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Stat
          label="Processing activities"
          value={figures.activities}
          hint={
            <Link href="/inventory" className={link}>
              Record of processing
            </Link>
          }
        />
        <Stat
          label="Gaps in the record"
          value={gapTotal}
          tone={gapHigh > 0 ? "bad" : gapTotal > 0 ? "warn" : "good"}
          hint={
            <>
              {gapHigh} serious ·{" "}
              <Link href="/gaps" className={link}>
                Gaps
              </Link>
            </>
          }
        />
        <Stat
          label="Agreements expiring within 60 days"
          value={figures.expiringSoon}
          tone={figures.expiringSoon > 0 ? "warn" : "good"}
          hint={
            <>
              {figures.waitingForReview} waiting for legal review ·{" "}
              <Link href="/processors/queue" className={link}>
                Legal queue
              </Link>
            </>
          }
        />
        <Stat
          label="Privacy notice"
          value={!notice.published ? "Not published" : notice.outOfDate ? "Out of date" : "Up to date"}
          tone={!notice.published || notice.outOfDate ? "bad" : "good"}
          hint={
            <>
              {notice.published ? `Version ${notice.published.version}, published ${formatDate(notice.published.publishedAt, timeZone)}` : "Nothing published yet"}
              {notice.outOfDate ? ": the record changed since" : ""} ·{" "}
              <Link href="/notice" className={link}>
                Notice
              </Link>
            </>
          }
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>Processors by agreement status</CardTitle>
          <ProcessorsByStatusChart data={figures.processorsByStatus} />
        </Card>
        <Card>
          <CardTitle>Gaps by kind</CardTitle>
          <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {figures.gaps.map((g) => (
              <li key={g.kind} className="flex items-center justify-between py-2">
                {g.count > 0 ? (
                  <Link href={`/gaps?kind=${g.kind}`} className={link}>
                    {g.label}
                  </Link>
                ) : (
                  <span className="text-slate-600 dark:text-slate-400">{g.label}</span>
                )}
                <span className={g.high > 0 ? "font-semibold text-red-700 dark:text-red-400" : ""}>{g.count}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </section>
  );
}
