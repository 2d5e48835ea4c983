import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { ANSWER_LABELS, CHECKLIST_ITEMS, CHECKLIST_LABELS, type Checklist } from "@/lib/processors/review";

const TONES = { present: "good", missing: "bad", not_applicable: "neutral" } as const;

/** A review's checklist as it was answered, read-only. */
export function ChecklistTable({ checklist, caption }: { checklist: Checklist; caption: string }) {
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>Art. 28(3) item</Th>
          <Th>Answer</Th>
          <Th>Clause</Th>
          <Th>Note</Th>
        </tr>
      </thead>
      <tbody>
        {CHECKLIST_ITEMS.map((item) => {
          const e = checklist[item];
          return (
            <tr key={item}>
              <Td>{CHECKLIST_LABELS[item]}</Td>
              <Td>{e.answer ? <Badge tone={TONES[e.answer]}>{ANSWER_LABELS[e.answer]}</Badge> : <Badge>Not answered</Badge>}</Td>
              <Td className="whitespace-nowrap">{e.clauseReference || "—"}</Td>
              <Td className="whitespace-pre-line">{e.note || "—"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
