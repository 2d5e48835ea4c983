import Link from "next/link";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import type { summarizeMatrix, TrendPoint } from "@/db/queries/training";
import { CompletionTrendChart } from "./completion-trend-chart";

type Summary = ReturnType<typeof summarizeMatrix>;

const shown = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);

/** The training part of the overview: rates, overdue, expiring soon, and the 12-month trend. */
export function TrainingOverview({ summary, trend, teamOnly }: { summary: Summary; trend: TrendPoint[]; teamOnly: boolean }) {
  return (
    <section aria-labelledby="overview-training" className="space-y-4">
      <h2 id="overview-training" className="text-lg font-semibold">
        Training{teamOnly ? " (your team)" : ""}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Stat label="Training completion rate" value={shown(summary.rate)} hint={`${summary.people} people`} />
        <Stat label="Customer-facing staff trained" value={shown(summary.customerFacingRate)} tone={summary.customerFacingRate !== null && summary.customerFacingRate < 1 ? "warn" : "good"} />
        <Stat label="Overdue trainings" value={summary.overdue} tone={summary.overdue ? "bad" : "good"} />
        <Stat label="Expiring in the next 30 days" value={summary.expiringSoon} tone={summary.expiringSoon ? "warn" : "neutral"} />
      </div>
      <Card>
        <CardTitle action={<Link href="/training" className="text-sm text-brand-700 underline dark:text-sky-300">Training details</Link>}>
          Completion rate, last 12 months
        </CardTitle>
        <CompletionTrendChart data={trend} />
      </Card>
    </section>
  );
}
