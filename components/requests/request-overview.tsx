import Link from "next/link";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import type { RequestOverviewFigures } from "@/db/queries/requests";
import { REQUEST_TYPES, TYPE_SHORT } from "@/lib/requests/labels";
import { AnsweredChart } from "./answered-chart";

/** The requests' part of the overview: what is open, what is due, and how well requests were answered. */
export function RequestOverview({ figures }: { figures: RequestOverviewFigures }) {
  const share = figures.answeredInTimeShare;
  return (
    <section aria-labelledby="overview-requests" className="space-y-4">
      <h2 id="overview-requests" className="text-lg font-semibold">
        Requests from data subjects
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Stat label="Open requests" value={<Link href="/requests?status=open" className="hover:underline">{figures.open}</Link>} />
        <Stat label="Due in the next 7 days" value={figures.dueThisWeek} tone={figures.dueThisWeek ? "warn" : "neutral"} />
        <Stat label="Overdue" value={<Link href="/requests?overdue=1" className="hover:underline">{figures.overdue}</Link>} tone={figures.overdue ? "bad" : "good"} />
        <Stat
          label="Median days to answer"
          value={figures.medianDaysToAnswer === null ? "—" : Math.round(figures.medianDaysToAnswer)}
          hint={share === null ? "No request answered in the last 12 months" : `${Math.round(share * 100)} % answered in time, last 12 months`}
          tone={share !== null && share < 1 ? "warn" : "neutral"}
        />
      </div>
      <div className="grid gap-4 xl:grid-cols-[1fr_24rem]">
        <Card>
          <CardTitle>Answered per month, in time or late</CardTitle>
          <AnsweredChart data={figures.answeredPerMonth} />
        </Card>
        <Card>
          <CardTitle>Open, by type</CardTitle>
          <ul className="space-y-1 text-sm">
            {REQUEST_TYPES.map((t) => (
              <li key={t} className="flex justify-between">
                <Link href={`/requests?status=open&type=${t}`} className="text-brand-700 hover:underline dark:text-sky-300">{TYPE_SHORT[t]}</Link>
                <span className="tabular-nums">{figures.openByType[t]}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </section>
  );
}
