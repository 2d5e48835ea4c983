import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditListRow } from "@/db/queries/audit";
import { canonicalJson } from "@/lib/audit/hash";
import { formatDateTime } from "@/lib/time";

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.length ? value.map((v) => (v !== null && typeof v === "object" ? canonicalJson(v) : formatValue(v))).join(", ") : "none";
  if (typeof value === "object") return canonicalJson(value);
  return String(value);
}

/** A summary as "key: value" lines. React escapes them: summaries hold text people typed. */
export function summaryLines(summary: Record<string, unknown>): Array<[string, string]> {
  return Object.keys(summary)
    .sort()
    .map((key) => [key, formatValue(summary[key])]);
}

/** `actorLabel` is the actor as the page names it (describeActor), the same words as in the CSV export. */
export function AuditTable({ rows, timeZone }: { rows: Array<AuditListRow & { actorLabel: string }>; timeZone: string }) {
  return (
    <Table>
      <caption className="sr-only">Audit entries, newest first</caption>
      <thead>
        <tr>
          <Th className="w-16">#</Th>
          <Th>Time</Th>
          <Th>Actor</Th>
          <Th>Action</Th>
          <Th>Entity</Th>
          <Th>Summary</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const lines = summaryLines(row.summary);
          return (
            <tr key={row.id}>
              <Td className="tabular-nums text-slate-600 dark:text-slate-400">{row.id}</Td>
              <Td className="whitespace-nowrap">
                <time dateTime={row.at.toISOString()} title={row.at.toISOString()}>
                  {formatDateTime(row.at, timeZone)}
                </time>
              </Td>
              <Td>
                {row.actorType === "user" ? (
                  row.actorLabel
                ) : (
                  <Badge tone={row.actorType === "api" ? "info" : "neutral"}>{row.actorLabel}</Badge>
                )}
              </Td>
              <Td className="font-mono text-xs">{row.action}</Td>
              <Td>
                <span className="block">{row.entityType}</span>
                <span className="block font-mono text-xs break-all text-slate-600 dark:text-slate-400">{row.entityId}</span>
              </Td>
              <Td>
                {lines.length ? (
                  <ul className="space-y-0.5 text-xs">
                    {lines.map(([key, text]) => (
                      <li key={key} className="break-words">
                        <span className="font-medium">{key}:</span> {text}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-500 dark:text-slate-400">—</span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
