import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { ingestBatch, chatOverview, findingsPerMonthByType } from "@/db/queries/chats";
import { getLegalHold, placeLegalHold, releaseLegalHold, countUncovered, createRetentionRule, deleteRetentionRule, listRetentionRules, updateRetentionRule } from "@/db/queries/retention";
import { auditLog, chatSources, conversations, processingActivities, retentionRules, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { placeHoldSchema } from "@/lib/retention/hold-schema";
import { ruleFormSchema, type RuleInput } from "@/lib/retention/rule-schema";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const DAY = 86_400_000;
const now = new Date();

function parse(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return ruleFormSchema.safeParse(Object.fromEntries(fd.entries()));
}
function valid(values: Record<string, string>): RuleInput {
  const r = parse(values);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}
const errorsOf = (values: Record<string, string>) => {
  const r = parse(values);
  assert.equal(r.success, false, JSON.stringify(values));
  return Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("retention rules: validation, writes and their audit entries", () => {
  let t: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };
  const db = () => t.handle.db;
  const auditFor = (id: string) => db().select().from(auditLog).where(eq(auditLog.entityId, id));

  before(async () => {
    t = await useTestDatabase();
    const [u] = await db().insert(users).values({ email: "dpo@rules.test", name: "Dana DPO", role: "dpo", passwordHash: "x" }).returning({ id: users.id });
    actor = { type: "user", id: u!.id };
  });
  after(() => t.cleanup());

  it("the form schema: defaults, coercion and clear errors", () => {
    assert.deepEqual(valid({ name: "  One year ", keepDays: "365", action: "delete", sourceId: "", category: "", specialCategory: "any", activityId: "" }), {
      name: "One year",
      sourceId: null,
      category: null,
      specialCategory: null,
      keepDays: 365,
      action: "delete",
      activityId: null,
    });
    assert.equal(valid({ name: "x", keepDays: "0", action: "anonymise", specialCategory: "with" }).specialCategory, true);
    assert.equal(valid({ name: "x", keepDays: "36500", action: "anonymise", specialCategory: "without" }).specialCategory, false);
    assert.equal(valid({ name: "x", keepDays: "30", action: "delete", category: " Returns " }).category, "Returns");
    assert.match(errorsOf({ name: "", keepDays: "30", action: "delete" }).name!, /Give the rule a name/);
    assert.match(errorsOf({ name: "x".repeat(101), keepDays: "30", action: "delete" }).name!, /at most 100/);
    assert.match(errorsOf({ name: "x", keepDays: "36501", action: "delete" }).keepDays!, /At most 36500 days/);
    assert.match(errorsOf({ name: "x", keepDays: "-1", action: "delete" }).keepDays!, /whole number, 0 or more/);
    assert.match(errorsOf({ name: "x", keepDays: "1.5", action: "delete" }).keepDays!, /whole number/);
    assert.match(errorsOf({ name: "x", keepDays: "", action: "delete" }).keepDays!, /number of days/);
    assert.match(errorsOf({ name: "x", keepDays: "30", action: "shred" }).action!, /delete or anonymise/);
    assert.match(errorsOf({ name: "x", keepDays: "30", action: "delete", sourceId: "website" }).sourceId!, /Choose a source/);
    assert.match(errorsOf({ name: "x", keepDays: "30", action: "delete", specialCategory: "maybe" }).specialCategory!, /special-category/);
    assert.equal(ruleFormSchema.safeParse({}).success, false);
  });

  it("the hold schema: a reason of 3–500 characters", () => {
    const id = "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b";
    assert.equal(placeHoldSchema.safeParse({ target: "conversation", id, reason: "  ab " }).success, false);
    assert.equal(placeHoldSchema.safeParse({ target: "conversation", id, reason: "x".repeat(501) }).success, false);
    assert.equal(placeHoldSchema.safeParse({ target: "person", id, reason: "Claim 17" }).success, false);
    assert.equal(placeHoldSchema.safeParse({ target: "subject", id: "nope", reason: "Claim 17" }).success, false);
    assert.deepEqual(placeHoldSchema.parse({ target: "subject", id, reason: " Claim 17 " }), { target: "subject", id, reason: "Claim 17" });
  });

  it("creates a rule with its audit entry and assigns conversations in the same transaction", async () => {
    await ingestBatch(
      { type: "system" },
      {
        source: "shop",
        conversations: [
          { externalId: "s1", startedAt: new Date(now.getTime() - 50 * DAY).toISOString(), endedAt: new Date(now.getTime() - 40 * DAY).toISOString(), visitor: {}, messages: [] },
          { externalId: "s2", startedAt: new Date(now.getTime() - 5 * DAY).toISOString(), category: "Returns", visitor: {}, messages: [] },
        ],
      },
      { sourceKind: "api" },
    );
    assert.equal(await countUncovered(), 2);
    const [activity] = await db().insert(processingActivities).values({ name: "Shop chat" }).returning({ id: processingActivities.id });
    const created = await createRetentionRule(actor, valid({ name: "Shop — 30 days", keepDays: "30", action: "delete", activityId: activity!.id }));
    assert.ok(created.ok);
    assert.equal(await countUncovered(), 0);
    const [entry] = await auditFor(created.id);
    assert.equal(entry!.action, "retention_rule.create");
    assert.equal(entry!.actorId, actor.id);
    assert.deepEqual(entry!.summary, { name: "Shop — 30 days", sourceId: null, category: null, specialCategory: null, keepDays: 30, action: "delete", activityId: activity!.id });
    const [row] = await listRetentionRules(now);
    assert.deepEqual([row!.name, row!.activityName, row!.covered, row!.pastDue, row!.heldPastDue], ["Shop — 30 days", "Shop chat", 2, 1, 0]);
  });

  it("refuses a name already taken, whatever its case, and writes nothing", async () => {
    const before = (await db().select().from(auditLog)).length;
    const dup = await createRetentionRule(actor, valid({ name: "SHOP — 30 DAYS", keepDays: "10", action: "delete" }));
    assert.deepEqual(dup, refuse("taken", 'A rule named "SHOP — 30 DAYS" already exists (names are compared without regard to case).', "name"));
    const other = await createRetentionRule(actor, valid({ name: "Returns", keepDays: "10", action: "anonymise", category: "returns" }));
    assert.ok(other.ok);
    const clash = await updateRetentionRule(actor, other.id, valid({ name: "shop — 30 days", keepDays: "10", action: "anonymise", category: "returns" }));
    assert.deepEqual(clash, refuse("taken", 'A rule named "shop — 30 days" already exists (names are compared without regard to case).', "name"));
    assert.equal((await db().select().from(auditLog)).length, before + 1, "only the successful create was audited");
  });

  it("refuses a source or activity that does not exist", async () => {
    const ghost = "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b";
    assert.deepEqual(
      await createRetentionRule(actor, valid({ name: "Ghost", keepDays: "1", action: "delete", sourceId: ghost })),
      refuse("invalid", "This source does not exist any more.", "sourceId"),
    );
    assert.deepEqual(
      await createRetentionRule(actor, valid({ name: "Ghost", keepDays: "1", action: "delete", activityId: ghost })),
      refuse("invalid", "This processing activity does not exist any more.", "activityId"),
    );
    assert.equal((await db().select().from(retentionRules).where(eq(retentionRules.name, "Ghost"))).length, 0);
  });

  it("audits an edit with each changed setting's old and new value, re-assigns, and skips a no-op", async () => {
    const [rule] = await db().select().from(retentionRules).where(eq(retentionRules.name, "Returns"));
    const [shop] = await db().select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.key, "shop"));
    const r = await updateRetentionRule(actor, rule!.id, valid({ name: "Returns", keepDays: "45", action: "delete", category: "returns", sourceId: shop!.id }));
    assert.ok(r.ok);
    const entries = (await auditFor(rule!.id)).filter((e) => e.action === "retention_rule.update");
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]!.summary.changed, ["action", "keepDays", "sourceId"]);
    assert.deepEqual(entries[0]!.summary.keepDays, { from: 10, to: 45 });
    assert.deepEqual(entries[0]!.summary.action, { from: "anonymise", to: "delete" });
    const [s2] = await db().select().from(conversations).where(eq(conversations.externalId, "s2"));
    assert.equal(s2!.retentionRuleId, rule!.id, "the more specific rule covers the returns chat");
    assert.equal(s2!.retentionDueAt!.getTime(), s2!.startedAt.getTime() + 45 * DAY, "no end and no message: counted from the start");
    // Saving the same values again changes nothing and writes no entry.
    await updateRetentionRule(actor, rule!.id, valid({ name: "Returns", keepDays: "45", action: "delete", category: "returns", sourceId: shop!.id }));
    assert.equal((await auditFor(rule!.id)).filter((e) => e.action === "retention_rule.update").length, 1);
    assert.deepEqual(
      await updateRetentionRule(actor, "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b", valid({ name: "Nope", keepDays: "1", action: "delete" })),
      refuse("not_found", "This rule does not exist any more."),
    );
  });

  it("deletes a rule with its audit entry; its conversations fall to the next rule", async () => {
    const [rule] = await db().select().from(retentionRules).where(eq(retentionRules.name, "Returns"));
    const [general] = await db().select().from(retentionRules).where(eq(retentionRules.name, "Shop — 30 days"));
    assert.deepEqual(await deleteRetentionRule(actor, rule!.id), { ok: true, id: rule!.id });
    const [s2] = await db().select().from(conversations).where(eq(conversations.externalId, "s2"));
    assert.equal(s2!.retentionRuleId, general!.id);
    const [entry] = (await auditFor(rule!.id)).filter((e) => e.action === "retention_rule.delete");
    assert.equal(entry!.summary.name, "Returns");
    assert.deepEqual(await deleteRetentionRule(actor, rule!.id), refuse("not_found", "This rule does not exist any more."));
    await deleteRetentionRule(actor, general!.id);
    assert.equal(await countUncovered(), 2, "no rule left: both conversations are in the gap");
  });

  it("legal holds: placed and released with their audit entries; the panel's data names who placed it", async () => {
    const [c] = await db().select().from(conversations).where(eq(conversations.externalId, "s1"));
    assert.equal(await getLegalHold("conversation", c!.id), null);
    assert.deepEqual(await placeLegalHold(actor, { target: "conversation", id: c!.id, reason: "Dispute over order 100913" }), { ok: true });
    const hold = await getLegalHold("conversation", c!.id);
    assert.equal(hold?.reason, "Dispute over order 100913");
    assert.equal(hold?.byName, "Dana DPO");
    assert.ok(hold?.at instanceof Date);
    assert.deepEqual(await releaseLegalHold(actor, { target: "conversation", id: c!.id }), { ok: true });
    assert.deepEqual(await releaseLegalHold(actor, { target: "conversation", id: c!.id }), refuse("conflict", "This conversation is not on legal hold."));
    assert.deepEqual(await placeLegalHold(actor, { target: "subject", id: "6f1b9a8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b", reason: "abc" }), refuse("not_found", "This person does not exist any more."));
    assert.deepEqual(await placeLegalHold(actor, { target: "conversation", id: c!.id, reason: "Second hold" }), { ok: true });
    assert.deepEqual(
      await placeLegalHold(actor, { target: "conversation", id: c!.id, reason: "Third hold" }),
      refuse("conflict", "This conversation is already on legal hold. Release the hold first to record a different reason."),
    );
    assert.deepEqual(await releaseLegalHold(actor, { target: "conversation", id: c!.id }), { ok: true });
    const entries = await db().select().from(auditLog).where(and(eq(auditLog.entityId, c!.id), eq(auditLog.entityType, "conversation")));
    assert.deepEqual(
      entries.map((e) => [e.action, e.summary.reason]),
      [
        ["legal_hold.place", "Dispute over order 100913"],
        ["legal_hold.release", "Dispute over order 100913"],
        ["legal_hold.place", "Second hold"],
        ["legal_hold.release", "Second hold"],
      ],
    );
  });

  it("the overview figures, aggregated in SQL", async () => {
    const o = await chatOverview(now);
    assert.equal(o.conversations, 2);
    assert.equal(o.uncovered, 2);
    assert.equal(o.pastRetention, 0, "no rule, nothing past retention");
    const months = await findingsPerMonthByType(now, "Europe/Stockholm");
    assert.equal(months.length, 12);
    assert.ok(months.every((m) => typeof m.email === "number" && typeof m.special_category === "number"));
  });

  it("the demo seed adds its rules once, assigns every conversation, and a second run changes nothing", async () => {
    await seedDemoData(now);
    const rules = await listRetentionRules(now);
    const names = rules.map((r) => r.name);
    for (const n of ["Website chats — 12 months", "Chats with health data — 90 days", "Payment questions — 60 days"]) assert.ok(names.includes(n), n);
    const website = rules.find((r) => r.name === "Website chats — 12 months")!;
    assert.ok(website.covered > 0 && website.pastDue > 0, "fourteen months of chat: some of it is past a year");
    assert.ok(rules.find((r) => r.name === "Payment questions — 60 days")!.covered > 0, "the category rule wins its ties by its shorter period");
    const auditCount = (await db().select().from(auditLog)).length;
    assert.equal(await seedDemoData(now), 0);
    assert.equal((await db().select().from(auditLog)).length, auditCount);
    assert.equal((await listRetentionRules(now)).length, rules.length);
    const o = await chatOverview(now);
    assert.ok(o.conversations > 2 && o.messages > 0 && o.openFindings > 0);
    const months = await findingsPerMonthByType(now, "Europe/Stockholm");
    assert.ok(months.reduce((n, m) => n + m.email + m.card + m.special_category, 0) > 0);
  });
});
