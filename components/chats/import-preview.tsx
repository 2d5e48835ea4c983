import { Table, Td, Th } from "@/components/ui/table";
import type { ImportIssue, ImportPlan } from "@/lib/chats/csv-import";

export function ImportSummary({ summary, format }: { summary: ImportPlan["summary"]; format: ImportPlan["format"] }) {
  const items: Array<[string, string | number]> = [
    ["Format", format.toUpperCase()],
    ["Conversations", summary.conversations],
    ["Messages", summary.messages],
    [format === "csv" ? "Rows with errors" : "Conversations with errors", summary.rowsWithErrors],
    ["Sources", summary.sources.join(", ") || "—"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Summary of the file">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="mt-1 font-semibold tabular-nums" data-testid={`import-summary-${label.toLowerCase().replaceAll(" ", "-")}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every problem with where it is: the CSV line (header = line 1) or the JSON item, the column or field, and what is wrong. */
export function ImportIssues({ issues, more }: { issues: ImportIssue[]; more: number }) {
  return (
    <div className="space-y-2">
      <Table>
        <caption className="sr-only">Problems in the file</caption>
        <thead>
          <tr>
            <Th>Where</Th>
            <Th>Column or field</Th>
            <Th>Problem</Th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i} data-testid="import-issue" data-line={issue.line ?? ""}>
              <Td className="whitespace-nowrap font-mono text-xs">{issue.location}</Td>
              <Td className="font-mono text-xs">{issue.field || "—"}</Td>
              <Td className="text-red-700 dark:text-red-400">{issue.message}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {more > 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">and {more} more problems not listed.</p> : null}
    </div>
  );
}
