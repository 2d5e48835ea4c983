import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CompletionRateChart, type RateBar } from "@/components/training/completion-rate-chart";
import { CoursesTable } from "@/components/training/courses-table";
import { OverdueList } from "@/components/training/overdue-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { listCourses, lastReminders, loadTrainingMatrix, overdueRows, ratesByCourse, ratesByTeam, summarizeMatrix, type RateGroup } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/time";
import { sendRemindersAction } from "../actions";

export const metadata: Metadata = { title: "Training" };

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const bars = (groups: RateGroup[]): RateBar[] => groups.map((g) => ({ ...g, rate: percent(g.rate) }));
const shown = (rate: number | null) => (rate === null ? "—" : `${percent(rate)}%`);

export default async function TrainingPage() {
  const user = await requirePagePermission("training:read");
  const timeZone = await getTimeZone();
  const today = todayIn(timeZone);
  // The scope is applied in the queries: a manager's figures and list are their team's only.
  const [matrix, courseList, reminded] = await Promise.all([loadTrainingMatrix({ scope: user, today }), listCourses(), lastReminders(user)]);
  const summary = summarizeMatrix(matrix, today);
  const overdue = overdueRows(matrix);
  const isManager = user.role === "manager";
  const canWriteCourses = can(user.role, "courses:write");
  return (
    <>
      <PageHeader
        title="Training"
        description={
          isManager
            ? "Your team's required training: who is done, who is overdue, and reminders for them."
            : "Who must be trained, who is, and who is overdue (Art. 39(1)(b)). Customer-facing staff come first."
        }
        actions={
          <>
            <ButtonLink href="/training/export" variant="secondary" prefetch={false}>
              Download CSV
            </ButtonLink>
            {can(user.role, "completions:write") ? (
              <ButtonLink href="/training/import" variant="secondary">
                Import completions
              </ButtonLink>
            ) : null}
            {canWriteCourses ? (
              <ButtonLink href="/training/settings" variant="secondary">
                Settings
              </ButtonLink>
            ) : null}
            {canWriteCourses ? <ButtonLink href="/training/courses/new">Add a course</ButtonLink> : null}
          </>
        }
      />
      <div className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <Stat label="Completion rate" value={shown(summary.rate)} hint={`${summary.people} people, ${summary.required} required courses`} />
          <Stat label="Customer-facing staff" value={shown(summary.customerFacingRate)} tone={summary.customerFacingRate !== null && summary.customerFacingRate < 1 ? "warn" : "good"} />
          <Stat label="Overdue" value={summary.overdue} tone={summary.overdue ? "bad" : "good"} />
          <Stat label="Expiring in 30 days" value={summary.expiringSoon} tone={summary.expiringSoon ? "warn" : "neutral"} />
        </div>
        <div className="grid gap-4 xl:grid-cols-2">
          <Card>
            <CardTitle>Completion rate by course</CardTitle>
            <CompletionRateChart data={bars(ratesByCourse(matrix))} testId="training-by-course-chart" what="course" />
          </Card>
          <Card>
            <CardTitle>Completion rate by team</CardTitle>
            <CompletionRateChart data={bars(ratesByTeam(matrix))} testId="training-by-team-chart" what="team" />
          </Card>
        </div>
        <section aria-labelledby="overdue-heading" className="space-y-3">
          <h2 id="overdue-heading" className="text-lg font-semibold">
            Overdue
          </h2>
          <OverdueList rows={overdue} lastReminded={reminded} timeZone={timeZone} remind={can(user.role, "reminders:send") ? sendRemindersAction : null} />
        </section>
        <section aria-labelledby="courses-heading" className="space-y-3">
          <h2 id="courses-heading" className="text-lg font-semibold">
            Courses
          </h2>
          <CoursesTable courses={courseList} canEdit={canWriteCourses} />
        </section>
      </div>
    </>
  );
}
