import type { RetentionActionKind, SpecialCategoryChoice } from "./rule-schema";

export const ACTION_LABELS: Record<RetentionActionKind, string> = { delete: "Delete", anonymise: "Anonymise" };

export const ACTION_DESCRIPTIONS: Record<RetentionActionKind, string> = {
  delete: "the conversation, its messages and the findings in them are deleted",
  anonymise: "visitor identifiers are removed and personal data in the text is masked; the conversation stays for statistics",
};

export const SPECIAL_CATEGORY_LABELS: Record<SpecialCategoryChoice, string> = {
  any: "With or without special-category data",
  with: "Only conversations with special-category data",
  without: "Only conversations without special-category data",
};

export const RUN_STATUS_LABELS = { running: "Running", completed: "Completed", failed: "Failed", interrupted: "Interrupted" } as const;
export const RUN_TRIGGER_LABELS = { schedule: "Schedule", manual: "Run now" } as const;

/** "365 days (1 year)": the period as people say it, with the exact days kept in front. */
export function describeKeepDays(days: number): string {
  const unit = days === 1 ? "day" : "days";
  if (days === 0) return "0 days (due as soon as the conversation ends)";
  if (days >= 365 && days % 365 === 0) return `${days} ${unit} (${days / 365} year${days === 365 ? "" : "s"})`;
  if (days >= 30 && days % 30 === 0 && days < 365) return `${days} ${unit} (about ${days / 30} month${days === 30 ? "" : "s"})`;
  return `${days} ${unit}`;
}

/**
 * An activity's Art. 30(1)(f) time limit as the chat retention rules linked to it enforce it, e.g.
 * "Website chats — 12 months: deleted 365 days (1 year) after the conversation ends". Sorted, so exports hash the same.
 */
export function describeLinkedRules(rules: ReadonlyArray<{ name: string; keepDays: number; action: RetentionActionKind }>): string {
  return [...rules]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((r) => `${r.name}: ${r.action === "delete" ? "deleted" : "anonymised"} ${describeKeepDays(r.keepDays)} after the conversation ends`)
    .join("; ");
}
