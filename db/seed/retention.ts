import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../index";
import { assignRetention } from "@/db/queries/retention";
import { chatSources, processingActivities, retentionRules } from "../schema";

const ACTIVITY = "Website live chat support";

/**
 * Northwind's retention rules: a year for the website chat, shorter where customers typed health data
 * or payment details. The two shorter rules are as specific as the website rule, so their shorter
 * periods win for the conversations they cover. Inserted when missing (by name), then every
 * conversation is matched to its rule; a second run inserts nothing and changes nothing.
 */
export async function seedRetention(tx: Tx): Promise<number> {
  const [website] = await tx.select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.key, "website"));
  const [activity] = await tx.select({ id: processingActivities.id }).from(processingActivities).where(eq(processingActivities.name, ACTIVITY));
  const rules: Array<typeof retentionRules.$inferInsert> = [
    { name: "Website chats — 12 months", sourceId: website?.id ?? null, keepDays: 365, action: "delete", activityId: activity?.id ?? null },
    { name: "Chats with health data — 90 days", specialCategory: true, keepDays: 90, action: "anonymise", activityId: activity?.id ?? null },
    { name: "Payment questions — 60 days", category: "payment", keepDays: 60, action: "anonymise", activityId: activity?.id ?? null },
  ];
  // Without the website source (chats not seeded) the first rule would cover every source: leave it out.
  const wanted = rules.filter((r) => r.name !== rules[0]!.name || website);
  const existing = await tx.select({ name: retentionRules.name }).from(retentionRules).where(inArray(retentionRules.name, wanted.map((r) => r.name)));
  const missing = wanted.filter((r) => !existing.some((e) => e.name === r.name));
  if (missing.length === 0) return 0;
  const inserted = await tx.insert(retentionRules).values(missing).onConflictDoNothing().returning({ id: retentionRules.id });
  await assignRetention(tx);
  return inserted.length;
}
