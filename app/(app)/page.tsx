import type { Metadata } from "next";
import { BreachOverview } from "@/components/breaches/breach-overview";
import { PageHeader } from "@/components/layout/page-header";
import { breachesPerMonthByRisk, breachOverview } from "@/db/queries/breach-stats";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePagePermission("overview:read");
  const timeZone = await getTimeZone();
  const now = new Date();
  const [overview, perMonth] = await Promise.all([breachOverview(now, timeZone), breachesPerMonthByRisk(now, timeZone)]);
  return (
    <>
      <PageHeader title="Overview" description={`Welcome, ${user.name}. Where the company stands on its GDPR duties for the live chat.`} />
      <BreachOverview overview={overview} perMonth={perMonth} renderedAt={now.toISOString()} />
    </>
  );
}
