import { Table, Td, Th } from "@/components/ui/table";
import type { PreviewRow } from "@/db/queries/retention";
import { ACTION_LABELS, describeKeepDays } from "@/lib/retention/labels";

/** The dry run: what a run now would delete or anonymise, per rule, and what legal holds keep. */
export function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing is past its retention date: a run now would change nothing.</p>;
  const total = rows.reduce((n, r) => ({ conversations: n.conversations + r.conversations, messages: n.messages + r.messages, held: n.held + r.held }), { conversations: 0, messages: 0, held: 0 });
  return (
    <Table aria-label="What a run now would do">
      <thead>
        <tr>
          <Th>Rule</Th>
          <Th>Action</Th>
          <Th className="text-right">Conversations</Th>
          <Th className="text-right">Messages</Th>
          <Th className="text-right">Kept by a legal hold</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="font-medium">
              {r.name}
              <div className="text-xs font-normal text-slate-600 dark:text-slate-400">{describeKeepDays(r.keepDays)}</div>
            </Td>
            <Td>{ACTION_LABELS[r.action]}</Td>
            <Td className="text-right tabular-nums">{r.conversations}</Td>
            <Td className="text-right tabular-nums">{r.messages}</Td>
            <Td className="text-right tabular-nums">{r.held}</Td>
          </tr>
        ))}
        <tr className="font-semibold">
          <Td>Total</Td>
          <Td />
          <Td className="text-right tabular-nums">{total.conversations}</Td>
          <Td className="text-right tabular-nums">{total.messages}</Td>
          <Td className="text-right tabular-nums">{total.held}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
