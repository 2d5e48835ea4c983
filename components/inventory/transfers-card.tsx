import { AddTransferForm, RemoveTransferButton, type TransferOwner } from "@/components/inventory/transfer-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionState } from "@/lib/forms";
import { MECHANISM_LABELS, type TransferMechanism } from "@/lib/inventory/labels";


type Action = (s: ActionState, f: FormData) => Promise<ActionState>;
type Transfer = { id: string; recipient: string; country: string; mechanism: TransferMechanism; safeguards: string };

/** The transfers to third countries of one record (an activity or a controller entry), with the add/remove forms for writers. */
export function TransfersCard({
  title,
  emptyText,
  owner,
  transfers,
  canWrite,
  addAction,
  removeAction,
}: {
  title: string;
  emptyText: string;
  owner: TransferOwner;
  transfers: Transfer[];
  canWrite: boolean;
  addAction: Action;
  removeAction: Action;
}) {
  return (
    <Card>
      <CardTitle>{title}</CardTitle>
      {transfers.length === 0 ? (
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{emptyText}</p>
      ) : (
        <Table className="mb-4">
          <caption className="sr-only">Transfers to third countries</caption>
          <thead>
            <tr>
              <Th>Recipient</Th>
              <Th>Country</Th>
              <Th>Mechanism</Th>
              <Th>Safeguards</Th>
              {canWrite ? <Th><span className="sr-only">Actions</span></Th> : null}
            </tr>
          </thead>
          <tbody>
            {transfers.map((t) => (
              <tr key={t.id}>
                <Td>{t.recipient}</Td>
                <Td className="font-mono">{t.country}</Td>
                <Td>{t.mechanism === "none" ? <Badge tone="bad">{MECHANISM_LABELS.none}</Badge> : MECHANISM_LABELS[t.mechanism]}</Td>
                <Td className="whitespace-pre-line">{t.safeguards || "—"}</Td>
                {canWrite ? (
                  <Td><RemoveTransferButton owner={owner} transferId={t.id} label={`${t.recipient} (${t.country})`} action={removeAction} /></Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canWrite ? (
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <AddTransferForm owner={owner} action={addAction} />
        </div>
      ) : null}
    </Card>
  );
}
