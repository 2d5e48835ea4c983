import type { Metadata } from "next";
import { BreachOverview } from "@/components/breaches/breach-overview";
import { ChatOverview } from "@/components/chats/chat-overview";
import { PageHeader } from "@/components/layout/page-header";
import { RecordOverview } from "@/components/inventory/record-overview";
import { RequestOverview } from "@/components/requests/request-overview";
import { TrainingOverview } from "@/components/training/training-overview";
import { breachesPerMonthByRisk, breachOverview } from "@/db/queries/breaches";
import { chatOverview, findingsPerMonthByType } from "@/db/queries/chats";
import { recordOverview } from "@/db/queries/inventory";
import { requestOverview } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { completionTrend, getDueSoonDays, loadTrainingMatrix, summarizeMatrix } from "@/db/queries/training";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/time";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePagePermission("overview:read");
  const timeZone = await getTimeZone();
  const now = new Date();
  const today = todayIn(timeZone, now);
  const dueSoonDays = await getDueSoonDays();
  // Chat data is the public's personal data: only roles that read it see its figures (managers do not).
  const showChats = can(user.role, "chats:read");
  // Training figures are scoped like the training page: a manager sees their team's.
  const showRecord = can(user.role, "inventory:read") && can(user.role, "processors:read");
  const showRequests = can(user.role, "requests:read");
  const [overview, perMonth, matrix, trend, chats, findingsPerMonth, record, requests] = await Promise.all([
    breachOverview(now, timeZone),
    breachesPerMonthByRisk(now, timeZone),
    loadTrainingMatrix({ scope: user, today, dueSoonDays }),
    completionTrend({ scope: user, today, dueSoonDays }),
    showChats ? chatOverview(now) : null,
    showChats ? findingsPerMonthByType(now, timeZone) : null,
    showRecord ? recordOverview(today) : null,
    showRequests ? requestOverview(now, timeZone) : null,
  ]);
  return (
    <>
      <PageHeader title="Overview" description={`Welcome, ${user.name}. Where the company stands on its GDPR duties for the live chat.`} />
      <div className="space-y-10">
        <BreachOverview overview={overview} perMonth={perMonth} renderedAt={now.toISOString()} />
        {requests ? <RequestOverview figures={requests} /> : null}
        {chats && findingsPerMonth ? <ChatOverview figures={chats} perMonth={findingsPerMonth} /> : null}
        {record ? <RecordOverview figures={record} timeZone={timeZone} /> : null}
        <TrainingOverview summary={summarizeMatrix(matrix, today)} trend={trend} teamOnly={user.role === "manager"} />
      </div>
    </>
  );
}
