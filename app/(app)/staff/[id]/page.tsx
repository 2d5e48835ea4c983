import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CompletionForm } from "@/components/staff/completion-form";
import { CompletionHistory } from "@/components/staff/completion-history";
import { TrainingStateBadge } from "@/components/staff/state-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { listCompletionsForPerson, listCourseOptions, personCourseStatuses, getStaffById } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/time";
import { isActiveStaff } from "@/lib/training/status";
import { recordCompletionAction, withdrawCompletionAction } from "./actions";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("training:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const today = todayIn(await getTimeZone());
  // Scoped: a manager asking for someone outside their team gets the same 404 as for no one at all.
  const person = await getStaffById(user, id);
  if (!person) notFound();
  const [statuses, history, courses] = await Promise.all([personCourseStatuses(person, today), listCompletionsForPerson(person.id), listCourseOptions()]);
  const canRecord = can(user.role, "completions:write");
  const active = isActiveStaff(person, today);
  const details: Array<[string, string]> = [
    ["Work email", person.reducedAt ? "Removed (record reduced)" : person.workEmail],
    ["Team", person.team || "—"],
    ["Job title", person.jobTitle || "—"],
    ["Manager", person.managerName ?? "—"],
    ["Customer-facing", person.customerFacing ? "Yes" : "No"],
    ["Start date", person.startDate],
    ["Leave date", person.leaveDate ?? "—"],
  ];
  return (
    <>
      <PageHeader
        title={person.name}
        description={active ? undefined : "Has left: kept for the training history, not counted in the figures."}
        actions={can(user.role, "staff:write") && !person.reducedAt ? <ButtonLink href={`/staff/${person.id}/edit`} variant="secondary">Edit</ButtonLink> : null}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>Details</CardTitle>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {details.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium text-slate-600 dark:text-slate-400">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardTitle>Required courses</CardTitle>
          {statuses.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{active ? "No course is required of this person." : "Leavers have no required courses."}</p>
          ) : (
            <Table>
              <caption className="sr-only">Required courses and their status</caption>
              <thead>
                <tr>
                  <Th>Course</Th>
                  <Th>Status</Th>
                  <Th>Due</Th>
                  <Th>Last completed</Th>
                </tr>
              </thead>
              <tbody>
                {statuses.map((s) => (
                  <tr key={s.courseId}>
                    <Td>{s.title}</Td>
                    <Td><TrainingStateBadge state={s.status.state} /></Td>
                    <Td className="whitespace-nowrap">{s.status.dueOn ?? "Never expires"}</Td>
                    <Td className="whitespace-nowrap">{s.status.lastCompletedOn ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
      {canRecord ? (
        <Card className="mt-6">
          <CardTitle>Record a completion</CardTitle>
          <CompletionForm action={recordCompletionAction} staffId={person.id} courses={courses} today={today} />
        </Card>
      ) : null}
      <Card className="mt-6">
        <CardTitle>
          Completion history {history.some((h) => h.withdrawnAt) ? <Badge className="ml-2">includes withdrawn</Badge> : null}
        </CardTitle>
        <CompletionHistory staffId={person.id} rows={history} withdrawAction={canRecord ? withdrawCompletionAction : null} />
      </Card>
    </>
  );
}
