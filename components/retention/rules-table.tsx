import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { RetentionRuleRow } from "@/db/queries/retention";
import { ACTION_LABELS, describeKeepDays, SPECIAL_CATEGORY_LABELS } from "@/lib/retention/labels";
import { specialCategoryChoice } from "@/lib/retention/rule-schema";
import { specificity } from "@/lib/retention/specificity";
import type { ActionState } from "@/lib/forms";
import { DeleteRuleForm } from "./delete-rule-form";

function Criteria({ rule }: { rule: RetentionRuleRow }) {
  const parts = [
    rule.sourceId ? `Source: ${rule.sourceName ?? "?"}` : null,
    rule.category !== null ? `Category: ${rule.category}` : null,
    rule.specialCategory !== null ? SPECIAL_CATEGORY_LABELS[specialCategoryChoice(rule.specialCategory)] : null,
  ].filter(Boolean);
  return parts.length ? (
    <ul className="space-y-0.5">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  ) : (
    <span>Every conversation</span>
  );
}

/** The rules with what each covers now. */
/** `deleteAction` reaches each rule's delete form; it is only used when `canEdit`. */
export function RulesTable({ rules, canEdit, deleteAction }: { rules: RetentionRuleRow[]; canEdit: boolean; deleteAction: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <Table aria-label="Retention rules">
      <thead>
        <tr>
          <Th>Rule</Th>
          <Th>Covers</Th>
          <Th>Keep for</Th>
          <Th>Then</Th>
          <Th>Record of processing</Th>
          <Th className="text-right">Conversations</Th>
          <Th className="text-right">Past due</Th>
          {canEdit ? <Th>
            <span className="sr-only">Actions</span>
          </Th> : null}
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id} data-testid="retention-rule-row">
            <Td className="font-medium">
              {rule.name}
              <div className="text-xs font-normal text-slate-600 dark:text-slate-400">Specificity {specificity(rule)} of 3</div>
            </Td>
            <Td>
              <Criteria rule={rule} />
            </Td>
            <Td>{describeKeepDays(rule.keepDays)}</Td>
            <Td>
              <Badge tone={rule.action === "delete" ? "bad" : "info"}>{ACTION_LABELS[rule.action]}</Badge>
            </Td>
            <Td>
              {rule.activityId ? (
                <Link href={`/inventory/${rule.activityId}`} className="text-brand-700 hover:underline dark:text-sky-300">
                  {rule.activityName}
                </Link>
              ) : (
                <span className="text-slate-600 dark:text-slate-400">Not linked</span>
              )}
            </Td>
            <Td className="text-right tabular-nums">{rule.covered}</Td>
            <Td className="text-right tabular-nums">
              <span className={rule.pastDue - rule.heldPastDue > 0 ? "font-semibold text-amber-800 dark:text-amber-300" : undefined}>{rule.pastDue}</span>
              {rule.heldPastDue > 0 ? <div className="text-xs text-slate-600 dark:text-slate-400">{rule.heldPastDue} on legal hold</div> : null}
            </Td>
            {canEdit ? (
              <Td className="space-y-1 whitespace-nowrap">
                <Link href={`/retention?edit=${rule.id}#rule-form`} className="block text-brand-700 underline dark:text-sky-300" aria-label={`Edit rule ${rule.name}`}>
                  Edit
                </Link>
                <DeleteRuleForm id={rule.id} name={rule.name} covered={rule.covered} action={deleteAction} />
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
