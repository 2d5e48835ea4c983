import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionState } from "@/lib/forms";
import { WithdrawForm } from "./withdraw-form";

interface HistoryRow {
  id: string;
  courseTitle: string;
  completedOn: string;
  score: number | null;
  source: "manual" | "import";
  recordedByName: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  certificateName: string | null;
}

/** Every completion, withdrawn ones included (struck through, with the reason): nothing disappears. */
export function CompletionHistory({ staffId, rows, withdrawAction }: { staffId: string; rows: HistoryRow[]; withdrawAction: ((s: ActionState, f: FormData) => Promise<ActionState>) | null }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No completion recorded yet.</p>;
  return (
    <Table>
      <caption className="sr-only">Completion history</caption>
      <thead>
        <tr>
          <Th>Course</Th>
          <Th>Completed on</Th>
          <Th>Score</Th>
          <Th>Source</Th>
          <Th>Certificate</Th>
          <Th>State</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="completion-row">
            <Td className={r.withdrawnAt ? "line-through" : undefined}>{r.courseTitle}</Td>
            <Td className="whitespace-nowrap">{r.completedOn}</Td>
            <Td>{r.score ?? "—"}</Td>
            <Td>{r.source === "import" ? "Imported" : `Recorded${r.recordedByName ? ` by ${r.recordedByName}` : ""}`}</Td>
            <Td>
              {r.certificateName ? (
                <a href={`/staff/${staffId}/certificates/${r.id}`} className="text-brand-700 underline dark:text-sky-300" download>
                  Download
                </a>
              ) : (
                "—"
              )}
            </Td>
            <Td>
              {r.withdrawnAt ? (
                <div>
                  <Badge tone="warn">Withdrawn</Badge>
                  <p className="mt-1 text-xs">Reason: {r.withdrawnReason}</p>
                </div>
              ) : withdrawAction ? (
                <WithdrawForm action={withdrawAction} staffId={staffId} completionId={r.id} courseTitle={r.courseTitle} />
              ) : (
                <Badge tone="good">Valid</Badge>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
