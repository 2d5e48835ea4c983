import { Badge } from "@/components/ui/badge";

export interface ConversationFlags {
  hasSpecialCategory: boolean;
  pastRetention: boolean;
  heldDirectly: boolean;
  heldViaSubject: boolean;
  anonymisedAt: Date | null;
  retentionRuleId: string | null;
}

/** What a DPO must notice about a conversation at a glance; each badge says it in words, not only colour. */
export function ConversationBadges({ c }: { c: ConversationFlags }) {
  return (
    <span className="flex flex-wrap gap-1">
      {c.hasSpecialCategory ? <Badge tone="bad">Special category</Badge> : null}
      {c.pastRetention ? <Badge tone="bad">Past retention</Badge> : null}
      {c.heldDirectly || c.heldViaSubject ? <Badge tone="warn">{c.heldDirectly ? "Legal hold" : "Legal hold (person)"}</Badge> : null}
      {c.anonymisedAt ? <Badge tone="neutral">Anonymised</Badge> : null}
      {!c.retentionRuleId && !c.anonymisedAt ? <Badge tone="warn">No rule (gap)</Badge> : null}
    </span>
  );
}
