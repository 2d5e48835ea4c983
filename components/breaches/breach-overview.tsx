import Link from "next/link";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import type { breachOverview, MonthRiskCounts } from "@/db/queries/breaches";
import { BreachesByMonthChart } from "./breaches-by-month-chart";
import { BreachCountdown } from "./countdown";

type Overview = Awaited<ReturnType<typeof breachOverview>>;

/** The breach log's part of the overview: figures, the breaches whose clock runs, and the chart. */
export function BreachOverview({ overview, perMonth, renderedAt }: { overview: Overview; perMonth: MonthRiskCounts[]; renderedAt: string }) {
  return (
    <section aria-labelledby="overview-breaches" className="space-y-4">
      <h2 id="overview-breaches" className="text-lg font-semibold">
        Breaches
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Stat label="Open breaches" value={overview.open} />
        <Stat label="Inside the 72-hour window" value={overview.inWindow.length} tone={overview.inWindow.length ? "warn" : "neutral"} hint="Not yet notified" />
        <Stat label="Past 72 hours, not notified" value={overview.overdue} tone={overview.overdue ? "bad" : "good"} />
        <Stat label={`Late notifications in ${overview.year}`} value={overview.lateThisYear} tone={overview.lateThisYear ? "bad" : "good"} />
      </div>
      <div className="grid gap-4 xl:grid-cols-[1fr_24rem]">
        <Card>
          <CardTitle>Breaches per month, by risk</CardTitle>
          <BreachesByMonthChart data={perMonth} />
        </Card>
        <Card>
          <CardTitle>Clock running</CardTitle>
          {overview.inWindow.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No breach is waiting for notification inside its 72 hours.</p>
          ) : (
            <ul className="space-y-3">
              {overview.inWindow.map((b) => (
                <li key={b.id} className="text-sm">
                  <Link href={`/breaches/${b.id}`} className="font-medium text-brand-700 hover:underline dark:text-sky-300">
                    {b.title}
                  </Link>
                  <div className="mt-1">
                    <BreachCountdown awareAt={b.awareAt.toISOString()} authorityNotifiedAt={null} notifyDecision="pending" risk="unassessed" renderedAt={renderedAt} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </section>
  );
}
