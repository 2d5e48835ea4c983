import Link from "next/link";
import { EmptyState } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { TrainingMatrixRow } from "@/db/queries/training";
import type { ActionState } from "@/lib/forms";
import { formatDateTime } from "@/lib/time";
import { ReminderButton } from "./reminder-button";

/** Who is overdue on which course, with the last reminder and, for those who may, a reminder button. */
export function OverdueList({
  rows,
  lastReminded,
  timeZone,
  remind,
}: {
  rows: TrainingMatrixRow[];
  lastReminded: Map<string, Date | null>;
  timeZone: string;
  remind: ((state: ActionState, formData: FormData) => Promise<ActionState>) | null;
}) {
  if (rows.length === 0) return <EmptyState title="Nobody is overdue">Everyone in scope has their required training done or still has time.</EmptyState>;
  return (
    <div className="space-y-3">
      {remind ? <ReminderButton action={remind} label={`Send reminders to all ${rows.length} overdue`} /> : null}
      <Table>
        <caption className="sr-only">Overdue training, {rows.length} in all</caption>
        <thead>
          <tr>
            <Th>Person</Th>
            <Th>Team</Th>
            <Th>Course</Th>
            <Th>Due on</Th>
            <Th>Days overdue</Th>
            <Th>Last reminder</Th>
            {remind ? <Th><span className="sr-only">Actions</span></Th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const last = lastReminded.get(`${r.staffId}:${r.courseId}`);
            return (
              <tr key={`${r.staffId}:${r.courseId}`}>
                <Td>
                  <Link href={`/staff/${r.staffId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    {r.name}
                  </Link>
                  {r.customerFacing ? <Badge className="ml-2" tone="info">Customer-facing</Badge> : null}
                </Td>
                <Td>{r.team || "—"}</Td>
                <Td>{r.courseTitle}</Td>
                <Td className="whitespace-nowrap">{r.status.dueOn}</Td>
                <Td className="tabular-nums">{r.status.daysLeft === null ? "—" : -r.status.daysLeft}</Td>
                <Td className="whitespace-nowrap">{last ? formatDateTime(last, timeZone) : "Never"}</Td>
                {remind ? (
                  <Td>
                    <ReminderButton action={remind} pair={{ staffId: r.staffId, courseId: r.courseId }} label="Remind" ariaLabel={`Remind ${r.name} about ${r.courseTitle}`} variant="secondary" />
                  </Td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
