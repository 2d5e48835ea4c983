import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionState } from "@/lib/forms";
import { formatDate } from "@/lib/time";
import { CountryText, MechanismText } from "./processor-badges";
import { RemoveSubProcessorButton, SubProcessorForm, type SubProcessorRow } from "./sub-processor-forms";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** Art. 28(2)/(4): the processor's own processors. Editable in place for those who may write; a table otherwise. */
export function SubProcessorsSection({
  processorId,
  rows,
  today,
  canWrite,
  saveAction,
  removeAction,
}: {
  processorId: string;
  rows: SubProcessorRow[];
  today: string;
  canWrite: boolean;
  saveAction: Action;
  removeAction: Action;
}) {
  return (
    <Card aria-labelledby="sub-processors-title">
      <CardTitle>
        <span id="sub-processors-title">Sub-processors</span>
      </CardTitle>
      {canWrite ? (
        <div>
          {rows.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No sub-processors recorded.</p> : null}
          {rows.map((r) => (
            <div key={r.id} className="flex flex-wrap items-start gap-2">
              <div className="min-w-0 flex-1">
                <SubProcessorForm processorId={processorId} row={r} today={today} action={saveAction} />
              </div>
              <div className="pt-8">
                <RemoveSubProcessorButton processorId={processorId} row={r} action={removeAction} />
              </div>
            </div>
          ))}
          <div className="mt-2 border-t border-slate-200 pt-2 dark:border-slate-800">
            <SubProcessorForm processorId={processorId} today={today} action={saveAction} />
          </div>
        </div>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No sub-processors recorded.</p>
      ) : (
        <Table>
          <caption className="sr-only">Sub-processors</caption>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Service</Th>
              <Th>Country</Th>
              <Th>Transfer</Th>
              <Th>Added on</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.name}</Td>
                <Td>{r.service || "—"}</Td>
                <Td><CountryText country={r.country} /></Td>
                <Td><MechanismText country={r.country} mechanism={r.transferMechanism} /></Td>
                <Td className="whitespace-nowrap">{formatDate(new Date(`${r.addedOn}T12:00:00Z`), "UTC")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
