import type { Metadata } from "next";
import { BreachOverview } from "@/components/breaches/breach-overview";
import { PageHeader } from "@/components/layout/page-header";
import { TrainingOverview } from "@/components/training/training-overview";
import { breachesPerMonthByRisk, breachOverview } from "@/db/queries/breach-stats";
import { getTimeZone } from "@/db/queries/time-zone";
import { completionTrend, getDueSoonDays, loadTrainingMatrix, summarizeMatrix } from "@/db/queries/training-status";
import { requirePagePermission } from "@/lib/auth/guards";
import { todayIn } from "@/lib/training/dates";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePagePermission("overview:read");
  const timeZone = await getTimeZone();
  const now = new Date();
  const today = todayIn(timeZone, now);
  const dueSoonDays = await getDueSoonDays();
  // Training figures are scoped like the training page: a manager sees their team's.
  const [overview, perMonth, matrix, trend] = await Promise.all([
    breachOverview(now, timeZone),
    breachesPerMonthByRisk(now, timeZone),
    loadTrainingMatrix({ scope: user, today, dueSoonDays }),
    completionTrend({ scope: user, today, dueSoonDays }),
  ]);
  return (
    <>
      <PageHeader title="Overview" description={`Welcome, ${user.name}. Where the company stands on its GDPR duties for the live chat.`} />
      <div className="space-y-10">
        <BreachOverview overview={overview} perMonth={perMonth} renderedAt={now.toISOString()} />
        <TrainingOverview summary={summarizeMatrix(matrix, today)} trend={trend} teamOnly={user.role === "manager"} />
      </div>
    </>
  );
}
