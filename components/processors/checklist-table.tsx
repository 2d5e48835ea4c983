import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { ANSWER_LABELS, CHECKLIST_ITEMS, CHECKLIST_LABELS, ITEMS_ADDED_LATER, type Checklist } from "@/lib/processors/review";

const TONES = { present: "good", missing: "bad", not_applicable: "neutral", risk_accepted: "warn" } as const;

/**
 * A review's checklist as it was answered, read-only. In a decided review, a blank on an item added to the
 * checklist later means it was not asked then: shown as such, not as a failure of that review.
 */
export function ChecklistTable({ checklist, caption, decided = false }: { checklist: Checklist; caption: string; decided?: boolean }) {
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
              <Td>
                {e.answer ? (
                  <Badge tone={TONES[e.answer]}>{ANSWER_LABELS[e.answer]}</Badge>
                ) : decided && ITEMS_ADDED_LATER.includes(item) ? (
                  <Badge>Not yet answered: added to the checklist after this review</Badge>
                ) : (
                  <Badge>Not answered</Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap">{e.clauseReference || "—"}</Td>
              <Td className="whitespace-pre-line">{e.note || "—"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
