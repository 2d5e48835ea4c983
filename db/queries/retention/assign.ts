import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { conversations, dataSubjects, retentionRules } from "@/db/schema";
import { isUuid } from "@/lib/uuid";

/**
 * Sets each conversation's retention rule and the moment it falls due: the most specific covering rule,
 * ties to the shorter period then the name (as lib/retention/specificity.ts), counted from when the
 * conversation ended, else its last message, else its start. No covering rule leaves both null: a gap.
 * With `conversationIds` it updates only those (ingest); without, every conversation (a rule changed).
 */
export async function assignRetention(db: DbOrTx, conversationIds?: readonly string[]) {
  if (conversationIds && conversationIds.length === 0) return;
  const only = conversationIds
    ? sql`where c2.id = any(${sql.raw(`'{${conversationIds.map(assertUuid).join(",")}}'`)}::uuid[])`
    : sql``;
  await db.execute(sql`
    update conversations c
       set retention_rule_id = picked.rule_id,
           retention_due_at = case when picked.rule_id is null then null
             else coalesce(c.ended_at, c.last_message_at, c.started_at) + make_interval(days => picked.keep_days) end
      from (
        select c2.id as conversation_id, r.id as rule_id, r.keep_days
          from conversations c2
          left join lateral (
            select r.id, r.keep_days
              from retention_rules r
             where (r.source_id is null or r.source_id = c2.source_id)
               and (r.category is null or lower(r.category) = lower(coalesce(c2.category, '')))
               and (r.special_category is null or r.special_category = c2.has_special_category)
             order by ((r.source_id is not null)::int + (r.category is not null)::int + (r.special_category is not null)::int) desc,
                      r.keep_days asc, r.name collate "C" asc
             limit 1
          ) r on true
         ${only}
      ) picked
     where c.id = picked.conversation_id
       and (c.retention_rule_id is distinct from picked.rule_id
            or c.retention_due_at is distinct from case when picked.rule_id is null then null
                 else coalesce(c.ended_at, c.last_message_at, c.started_at) + make_interval(days => picked.keep_days) end)
  `);
}

// The ids are inlined as an array literal (one parameter, any length); only well-formed uuids get that far.
function assertUuid(id: string): string {
  if (!isUuid(id)) throw new Error("assignRetention: not a uuid");
  return id;
}

/**
 * Conversations whose retention has run out and that the job still has work on: due, and for an
 * anonymising rule not yet anonymised. Needs `retention_rules` joined (the action lives there).
 */
export function pastDue(now: Date) {
  return and(
    lte(conversations.retentionDueAt, now),
    or(eq(retentionRules.action, "delete"), isNull(conversations.anonymisedAt)),
  )!;
}

/** Held directly, or through the person the conversation belongs to. */
export const onHold = sql<boolean>`(${conversations.legalHoldAt} is not null or exists (
  select 1 from ${dataSubjects} where ${dataSubjects.id} = ${conversations.subjectId} and ${dataSubjects.legalHoldAt} is not null))`;
