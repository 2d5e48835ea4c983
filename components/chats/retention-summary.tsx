import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RETENTION_ACTION_LABELS } from "@/lib/chats/labels";
import { formatDate, formatDateTime } from "@/lib/time";

export interface RetentionFacts {
  rule: { name: string; action: "delete" | "anonymise"; keepDays: number } | null;
  retentionDueAt: Date | null;
  anonymisedAt: Date | null;
  endedAt: Date | null;
  /** The hold that stops deletion: on the conversation itself, or on the person. */
  hold: { reason: string; onPerson: boolean } | null;
}

/**
 * Which retention rule applies and what happens when: the sentence a DPO needs to answer "when does this go?".
 * No covering rule is a gap in the retention policy, said as such.
 */
export function RetentionSummary({ facts, now, timeZone, rulesHref }: { facts: RetentionFacts; now: Date; timeZone: string; rulesHref: string | null }) {
  const { rule, retentionDueAt, anonymisedAt, hold } = facts;
  const due = retentionDueAt ? formatDate(retentionDueAt, timeZone) : null;
  const counted = facts.endedAt ? "after the conversation ended" : "after its last message";
  return (
    <div className="space-y-2 text-sm" data-testid="retention-summary">
      {anonymisedAt ? (
        <p>
          <Badge>Anonymised</Badge> on {formatDateTime(anonymisedAt, timeZone)}: identifiers removed and personal data in the text masked; kept for statistics.
        </p>
      ) : null}
      {rule ? (
        <p>
          Rule <span className="font-medium">{rule.name}</span>: {RETENTION_ACTION_LABELS[rule.action]} {rule.keepDays} day{rule.keepDays === 1 ? "" : "s"} {counted}.
        </p>
      ) : !anonymisedAt ? (
        <p>
          <Badge tone="warn">Gap</Badge> No rule covers this conversation, so nothing deletes it.{" "}
          {rulesHref ? (
            <Link href={rulesHref} className="underline">
              Review the retention rules
            </Link>
          ) : null}
        </p>
      ) : null}
      {hold ? (
        <p>
          <Badge tone="warn">Held</Badge> {hold.onPerson ? "Through the person's legal hold" : "Legal hold"}: <span className="whitespace-pre-wrap break-words">{hold.reason}</span>. The retention job leaves it alone while the hold stands
          {due ? ` (due ${due} otherwise)` : ""}.
        </p>
      ) : rule && retentionDueAt && !anonymisedAt ? (
        retentionDueAt < now ? (
          <p>
            <Badge tone="bad">Past retention</Badge> Due on {due}: the next retention run {RETENTION_ACTION_LABELS[rule.action] === "deleted" ? "deletes" : "anonymises"} it.
          </p>
        ) : (
          <p>
            Will be {RETENTION_ACTION_LABELS[rule.action]} on <span className="font-medium">{due}</span>.
          </p>
        )
      ) : null}
    </div>
  );
}
