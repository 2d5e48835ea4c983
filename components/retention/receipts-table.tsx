import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/lib/tone";
import { Table, Td, Th } from "@/components/ui/table";
import type { RetentionRunRow } from "@/db/queries/retention";
import { ACTION_LABELS, RUN_STATUS_LABELS, RUN_TRIGGER_LABELS } from "@/lib/retention/labels";
import { formatDateTime } from "@/lib/time";

const STATUS_TONES: Record<RetentionRunRow["status"], Tone> = { running: "info", completed: "good", failed: "bad", interrupted: "warn" };

/** The receipts: one row per run, with what each rule took and the hash of the ids. */
export function ReceiptsTable({ runs, timeZone }: { runs: RetentionRunRow[]; timeZone: string }) {
  return (
    <Table aria-label="Retention receipts">
      <thead>
        <tr>
          <Th>Started</Th>
          <Th>Trigger</Th>
          <Th>By</Th>
          <Th>Status</Th>
          <Th>Per rule</Th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} data-testid="retention-receipt">
            <Td className="whitespace-nowrap">
              {formatDateTime(run.startedAt, timeZone)}
              <div className="text-xs text-slate-600 dark:text-slate-400">
                {run.finishedAt ? `finished ${formatDateTime(run.finishedAt, timeZone)}` : "not finished"}
              </div>
            </Td>
            <Td>{RUN_TRIGGER_LABELS[run.trigger as keyof typeof RUN_TRIGGER_LABELS] ?? run.trigger}</Td>
            <Td>{run.trigger === "schedule" ? "Schedule (system)" : (run.startedByName ?? "A removed user")}</Td>
            <Td>
              <Badge tone={STATUS_TONES[run.status]}>{RUN_STATUS_LABELS[run.status]}</Badge>
              {run.error ? <p className="mt-1 max-w-xs text-xs text-slate-600 dark:text-slate-400">{run.error}</p> : null}
            </Td>
            <Td>
              {run.rules.length === 0 ? (
                <span className="text-slate-600 dark:text-slate-400">Nothing was due</span>
              ) : (
                <ul className="space-y-1">
                  {run.rules.map((r) => (
                    <li key={`${r.ruleId}-${r.ruleName}`}>
                      <span className="font-medium">{r.ruleName}</span>: {ACTION_LABELS[r.action].toLowerCase()}d {r.conversations} conversation{r.conversations === 1 ? "" : "s"},{" "}
                      {r.messages} message{r.messages === 1 ? "" : "s"}
                      <div className="font-mono text-xs break-all text-slate-600 dark:text-slate-400" title="SHA-256 chained over the ids of each batch">
                        ids {r.idsHash}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
