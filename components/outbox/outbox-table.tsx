import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/lib/tone";
import { Table, Td, Th } from "@/components/ui/table";
import type { OutboxRow } from "@/db/queries/outbox";
import { formatDateTime } from "@/lib/time";

const STATUS: Record<OutboxRow["status"], { label: string; tone: Tone }> = {
  queued: { label: "Queued", tone: "warn" },
  sent: { label: "Sent", tone: "good" },
  failed: { label: "Failed", tone: "bad" },
};

/** The messages, newest first. Bodies are rendered as plain text (React escapes them), never as HTML. */
export function OutboxTable({ rows, timeZone }: { rows: OutboxRow[]; timeZone: string }) {
  return (
    <Table>
      <caption className="sr-only">Outbox messages</caption>
      <thead>
        <tr>
          <Th>Created</Th>
          <Th>To</Th>
          <Th>Message</Th>
          <Th>Status</Th>
          <Th>Attempts</Th>
          <Th>Sent</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} data-testid="outbox-row">
            <Td className="whitespace-nowrap">{formatDateTime(m.createdAt, timeZone)}</Td>
            <Td className="break-all">{m.toAddress}</Td>
            <Td>
              <details>
                <summary className="cursor-pointer font-medium">{m.subject}</summary>
                <pre className="mt-2 whitespace-pre-wrap font-sans text-sm text-slate-700 dark:text-slate-300">{m.body}</pre>
              </details>
            </Td>
            <Td>
              <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
              {m.lastError ? <p className="mt-1 text-xs text-red-700 dark:text-red-400">{m.lastError}</p> : null}
            </Td>
            <Td className="tabular-nums">{m.attempts}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(m.sentAt, timeZone)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
