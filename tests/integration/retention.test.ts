import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { RETENTION_LOCK_KEY, runRetention } from "@/db/jobs/retention";
import { ingestBatch } from "@/db/queries/chats";
import { placeLegalHold, releaseLegalHold, assignRetention, createRetentionRule, getRunReceipt, previewRetention } from "@/db/queries/retention";
import {
  auditLog,
  chatSources,
  conversations,
  dataSubjects,
  findings,
  messages,
  retentionRules,
  retentionRunRules,
  retentionRuns,
  subjectIdentifiers,
  users,
} from "@/db/schema";
import type { ChatBatch } from "@/lib/chats/batch-schema";
import { refuse } from "@/lib/outcome";
import { idsHashOfBatches } from "@/lib/retention/ids-hash";
import type { RuleInput } from "@/lib/retention/rule-schema";
import { pickRule } from "@/lib/retention/specificity";
import { useTestDatabase } from "../helpers/db";

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString();
const system = { type: "system" } as const;

type Conv = ChatBatch["conversations"][number];
let seq = 0;
function conv(endedDaysAgo: number, extra: Partial<Conv> = {}, texts: string[] = ["Hello, I have a question about my order."]): Conv {
  const id = `c-${++seq}`;
  return {
    externalId: id,
    startedAt: daysAgo(endedDaysAgo + 0.01),
    endedAt: daysAgo(endedDaysAgo),
    visitor: {},
    messages: texts.map((text, i) => ({ externalId: `${id}-m${i}`, sentAt: daysAgo(endedDaysAgo + 0.005), author: i % 2 ? "agent" : "visitor", text })),
    ...extra,
  } as Conv;
}

const rule = (input: Partial<RuleInput> & Pick<RuleInput, "name" | "keepDays" | "action">): RuleInput => ({
  sourceId: null,
  category: null,
  specialCategory: null,
  activityId: null,
  ...input,
});

describe("retention: rule assignment and the retention job", () => {
  let t: Awaited<ReturnType<typeof useTestDatabase>>;
  let userId: string;
  const db = () => t.handle.db;

  async function ingest(source: string, convs: Conv[]) {
    await ingestBatch(system, { source, conversations: convs }, { sourceKind: "api" });
    const [src] = await db().select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.key, source));
    const rows = await db()
      .select({ id: conversations.id, externalId: conversations.externalId })
      .from(conversations)
      .where(and(eq(conversations.sourceId, src!.id), inArray(conversations.externalId, convs.map((c) => c.externalId))));
    return { sourceId: src!.id, ids: convs.map((c) => rows.find((r) => r.externalId === c.externalId)!.id) };
  }
  const exists = async (id: string) => (await db().select({ id: conversations.id }).from(conversations).where(eq(conversations.id, id))).length === 1;
  const messageCount = async (id: string) => (await db().select({ id: messages.id }).from(messages).where(eq(messages.conversationId, id))).length;

  before(async () => {
    t = await useTestDatabase();
    const [u] = await db().insert(users).values({ email: "dpo@retention.test", name: "Dana DPO", role: "dpo", passwordHash: "x" }).returning({ id: users.id });
    userId = u!.id;
  });
  after(() => t.cleanup());
  // Each case starts from no rules and no conversations.
  beforeEach(async () => {
    await db().delete(conversations);
    await db().delete(dataSubjects);
    await db().delete(retentionRules);
    await db().delete(retentionRuns);
  });

  it("assignRetention picks the same rule as pickRule for every conversation, and the due date from the end", async () => {
    const sources = await db()
      .insert(chatSources)
      .values(["alpha", "beta", "gamma"].map((key) => ({ key, name: key, kind: "api" as const })))
      .onConflictDoNothing()
      .returning({ id: chatSources.id });
    const sourceIds = sources.length === 3 ? sources.map((s) => s.id) : (await db().select({ id: chatSources.id }).from(chatSources).where(inArray(chatSources.key, ["alpha", "beta", "gamma"]))).map((s) => s.id);
    const categories = [null, "Sales", "sales", "Returns", "HÄLSA"];
    // A deterministic spread of rules over every combination of criteria, with ties on specificity and period.
    let n = 0;
    const ruleRows = [];
    for (const sourceId of [null, sourceIds[0]!, sourceIds[1]!]) {
      for (const category of [null, "sales", "Returns", "hälsa"]) {
        for (const specialCategory of [null, true, false]) {
          n++;
          // No catch-all rule (n = 1, 3), so some conversations fall in the gap.
          if (n === 1 || n === 3 || n % 4 === 0) continue;
          ruleRows.push({ name: `R${String(n).padStart(2, "0")}${n % 2 ? "a" : "B"}`, sourceId, category, specialCategory, keepDays: (n * 37) % 5 === 0 ? 30 : (n * 37) % 400, action: "delete" as const });
        }
      }
    }
    await db().insert(retentionRules).values(ruleRows);
    const convRows = [];
    for (let i = 0; i < 90; i++) {
      convRows.push({
        sourceId: sourceIds[i % 3]!,
        externalId: `gen-${i}`,
        startedAt: new Date(now.getTime() - (i + 10) * DAY),
        endedAt: i % 4 === 0 ? null : new Date(now.getTime() - i * DAY),
        lastMessageAt: i % 8 === 0 ? null : new Date(now.getTime() - (i + 5) * DAY),
        category: categories[i % categories.length]!,
        hasSpecialCategory: i % 7 < 3,
      });
    }
    await db().insert(conversations).values(convRows);
    await assignRetention(db());
    const rules = await db().select().from(retentionRules);
    const assigned = await db().select().from(conversations);
    let gaps = 0;
    for (const c of assigned) {
      const expected = pickRule(rules, c);
      assert.equal(c.retentionRuleId, expected?.id ?? null, `conversation ${c.externalId}`);
      if (!expected) {
        gaps++;
        assert.equal(c.retentionDueAt, null);
        continue;
      }
      const base = (c.endedAt ?? c.lastMessageAt ?? c.startedAt).getTime();
      assert.equal(c.retentionDueAt!.getTime(), base + expected.keepDays * DAY, `due date of ${c.externalId}`);
    }
    assert.ok(gaps > 0 && gaps < assigned.length, "the spread covers both covered conversations and gaps");

    // Only the named conversations are updated when ids are given (ingest's way).
    await db().update(conversations).set({ retentionRuleId: null, retentionDueAt: null });
    await assignRetention(db(), [assigned[1]!.id]);
    const after = await db().select({ id: conversations.id, rule: conversations.retentionRuleId }).from(conversations);
    assert.equal(after.filter((c) => c.rule !== null).length, pickRule(rules, assigned[1]!) ? 1 : 0);
    await assert.rejects(assignRetention(db(), ["not-a-uuid"]), /not a uuid/);
    await db().delete(conversations);
    await db().delete(chatSources).where(inArray(chatSources.id, sourceIds));
  });

  it("the most specific rule wins on ingest and when rules change", async () => {
    const { sourceId, ids } = await ingest("website", [conv(10), conv(10, { category: "Returns" })]);
    const general = await createRetentionRule(system, rule({ name: "Everything", keepDays: 30, action: "delete" }));
    const web = await createRetentionRule(system, rule({ name: "Website", keepDays: 365, action: "delete", sourceId }));
    assert.ok(general.ok && web.ok);
    const ruleOf = async (id: string) => (await db().select({ r: conversations.retentionRuleId }).from(conversations).where(eq(conversations.id, id)))[0]!.r;
    assert.equal(await ruleOf(ids[0]!), web.id, "a source rule beats the catch-all, though its period is longer");
    const returns = await createRetentionRule(system, rule({ name: "Web returns", keepDays: 5, action: "anonymise", sourceId, category: "returns" }));
    assert.ok(returns.ok);
    assert.equal(await ruleOf(ids[1]!), returns.id);
    assert.equal(await ruleOf(ids[0]!), web.id);
  });

  it("deletes due conversations with their messages and findings, and leaves the rest", async () => {
    const { ids } = await ingest("website", [
      conv(400, {}, ["My email is old.visitor@example.com", "Thanks"]),
      conv(400),
      conv(10),
    ]);
    await createRetentionRule(system, rule({ name: "Website chats — 12 months", keepDays: 365, action: "delete" }));
    assert.ok((await db().select().from(findings).where(eq(findings.conversationId, ids[0]!))).length > 0, "the email was found");
    const result = await runRetention({ actor: system, trigger: "schedule", now });
    assert.equal(result.status, "completed");
    assert.equal(await exists(ids[0]!), false);
    assert.equal(await exists(ids[1]!), false);
    assert.equal(await exists(ids[2]!), true, "not due yet");
    assert.equal((await db().select().from(messages).where(inArray(messages.conversationId, ids.slice(0, 2)))).length, 0);
    assert.equal((await db().select().from(findings).where(eq(findings.conversationId, ids[0]!))).length, 0);
    // The person known only from the deleted conversation is gone too, identifiers and all.
    assert.equal((await db().select().from(subjectIdentifiers).where(eq(subjectIdentifiers.value, "old.visitor@example.com"))).length, 0);
    assert.ok(result.status === "completed" && result.rules[0]!.conversations === 2 && result.rules[0]!.messages === 3);
  });

  it("anonymises: masks the personal data in the text, clears identifiers, keeps messages for statistics", async () => {
    const { ids } = await ingest("website", [
      conv(
        40,
        { visitor: { name: "Anna Svensson", email: "anna.svensson@example.com", phone: "+46 70 123 45 67", externalId: "v-anna" }, category: "support" },
        ["Hi, write to anna.svensson@example.com or call +46 70 123 45 67. I have diabetes.", "We will call you back.", "Thanks!"],
      ),
    ]);
    await createRetentionRule(system, rule({ name: "Anonymise after 30 days", keepDays: 30, action: "anonymise" }));
    const [before] = await db().select().from(conversations).where(eq(conversations.id, ids[0]!));
    assert.ok(before!.subjectId, "the visitor was linked to a person");
    const subjectId = before!.subjectId!;
    const result = await runRetention({ actor: { type: "user", id: userId }, trigger: "manual", now });
    assert.equal(result.status, "completed");

    const [c] = await db().select().from(conversations).where(eq(conversations.id, ids[0]!));
    assert.ok(c!.anonymisedAt);
    assert.equal(c!.visitorEmail, null);
    assert.equal(c!.visitorPhone, null);
    assert.equal(c!.visitorName, null);
    assert.equal(c!.visitorExternalId, null);
    assert.equal(c!.subjectId, null);
    const msgs = await db().select().from(messages).where(eq(messages.conversationId, ids[0]!)).orderBy(asc(messages.id));
    assert.equal(msgs.length, 3, "messages are kept");
    assert.ok(!msgs[0]!.text.includes("anna.svensson@example.com"));
    assert.ok(!msgs[0]!.text.includes("123 45 67"));
    assert.ok(msgs[0]!.text.includes("[email]"), msgs[0]!.text);
    assert.ok(msgs[0]!.text.includes("[phone number]"), msgs[0]!.text);
    assert.ok(msgs.every((m) => m.author !== "visitor" || m.authorName === null));
    const fs = await db().select().from(findings).where(eq(findings.conversationId, ids[0]!));
    assert.ok(fs.length >= 2);
    assert.ok(fs.every((f) => f.status === "masked"), "every finding is masked");
    // Each masked finding now spans its placeholder in the new text.
    for (const f of fs) assert.match(msgs.find((m) => m.id === f.messageId)!.text.slice(f.start, f.end), /^\[.+\]$/);
    assert.equal((await db().select().from(dataSubjects).where(eq(dataSubjects.id, subjectId))).length, 0, "the person had nothing else");
    assert.equal((await db().select().from(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, subjectId))).length, 0);

    // Anonymised once: a second run finds nothing to do for this rule.
    const again = await runRetention({ actor: system, trigger: "manual", now });
    assert.ok(again.status === "completed" && again.rules.length === 0);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, "retention.anonymise"));
    assert.equal(audit.length, 1);
    assert.ok(!JSON.stringify(audit[0]!.summary).includes("anna"), "the audit entry holds counts, not the data");
  });

  it("a person keeps their other conversations; identifiers only the removed one showed go", async () => {
    const { ids } = await ingest("website", [
      conv(400, { visitor: { email: "bo@example.com", externalId: "v-bo" } }),
      conv(5, { visitor: { externalId: "v-bo" } }),
    ]);
    await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    const [kept] = await db().select({ subjectId: conversations.subjectId }).from(conversations).where(eq(conversations.id, ids[1]!));
    assert.ok(kept!.subjectId);
    await runRetention({ actor: system, trigger: "schedule", now });
    assert.equal(await exists(ids[0]!), false);
    const left = await db().select().from(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, kept!.subjectId!));
    assert.deepEqual(left.map((i) => i.kind), ["visitor_id"]);
    assert.equal(left[0]!.firstSeenConversationId, null, "it no longer points at the deleted conversation");
  });

  it("a legal hold on the conversation or on its person stops deletion until released", async () => {
    const { ids } = await ingest("website", [conv(400, { visitor: { email: "held.person@example.com" } }), conv(400), conv(400)]);
    await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    const actor = { type: "user" as const, id: userId };
    assert.deepEqual(await placeLegalHold(actor, { target: "conversation", id: ids[1]!, reason: "Claim 2026-17" }), { ok: true });
    const [held] = await db().select({ subjectId: conversations.subjectId }).from(conversations).where(eq(conversations.id, ids[0]!));
    assert.deepEqual(await placeLegalHold(actor, { target: "subject", id: held!.subjectId!, reason: "Access request pending" }), { ok: true });
    assert.deepEqual(await placeLegalHold(actor, { target: "subject", id: held!.subjectId!, reason: "Again" }), refuse("conflict", "This person is already on legal hold. Release the hold first to record a different reason."));

    const preview = await previewRetention(now);
    assert.equal(preview[0]!.conversations, 1);
    assert.equal(preview[0]!.held, 2);
    await runRetention({ actor: system, trigger: "schedule", now });
    assert.equal(await exists(ids[0]!), true, "held through the person");
    assert.equal(await exists(ids[1]!), true, "held directly");
    assert.equal(await exists(ids[2]!), false);

    assert.deepEqual(await releaseLegalHold(actor, { target: "conversation", id: ids[1]! }), { ok: true });
    await runRetention({ actor: system, trigger: "schedule", now });
    assert.equal(await exists(ids[1]!), false);
    assert.equal(await exists(ids[0]!), true);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, held!.subjectId!));
    assert.deepEqual(audit.map((a) => [a.action, a.entityType, a.summary.reason]), [["legal_hold.place", "data_subject", "Access request pending"]]);
  });

  it("a dry run reports per rule and writes nothing", async () => {
    await ingest("website", [conv(400, {}, ["a", "b", "c"]), conv(400), conv(100, { category: "sales" }), conv(1)]);
    await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    await createRetentionRule(system, rule({ name: "Sales 90 days", keepDays: 90, action: "anonymise", category: "sales" }));
    const audit = (await db().select({ id: auditLog.id }).from(auditLog)).length;
    const total = (await db().select({ id: conversations.id }).from(conversations)).length;
    const dry = await runRetention({ actor: system, trigger: "manual", dryRun: true, now });
    assert.equal(dry.status, "dry_run");
    assert.deepEqual(
      dry.status === "dry_run" && dry.rules.map((r) => [r.name, r.action, r.conversations, r.messages, r.held]),
      [
        ["One year", "delete", 2, 4, 0],
        ["Sales 90 days", "anonymise", 1, 1, 0],
      ],
    );
    assert.equal((await db().select({ id: auditLog.id }).from(auditLog)).length, audit);
    assert.equal((await db().select({ id: conversations.id }).from(conversations)).length, total);
    assert.equal((await db().select().from(retentionRuns)).length, 0);
    // The real run then does exactly what the preview said.
    const real = await runRetention({ actor: system, trigger: "manual", now });
    assert.deepEqual(
      real.status === "completed" && real.rules.map((r) => [r.ruleName, r.conversations, r.messages]).sort(),
      [
        ["One year", 2, 4],
        ["Sales 90 days", 1, 1],
      ],
    );
  });

  it("leaves a receipt: who, when, per rule counts and the chained hash of the ids", async () => {
    const { ids } = await ingest("website", [conv(400), conv(400), conv(400), conv(400), conv(400, {}, ["x", "y"])]);
    const created = await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    assert.ok(created.ok);
    const result = await runRetention({ actor: { type: "user", id: userId }, trigger: "manual", now, batchSize: 2 });
    assert.equal(result.status, "completed");
    const receipt = await getRunReceipt(result.status === "completed" ? result.runId : "");
    assert.ok(receipt);
    assert.equal(receipt.status, "completed");
    assert.equal(receipt.trigger, "manual");
    assert.equal(receipt.startedBy, userId);
    assert.ok(receipt.finishedAt && receipt.finishedAt >= receipt.startedAt);
    assert.equal(receipt.rules.length, 1);
    const line = receipt.rules[0]!;
    assert.deepEqual([line.ruleId, line.ruleName, line.action, line.keepDays, line.conversations, line.messages], [created.id, "One year", "delete", 365, 5, 6]);
    // Batches of two, in id order: the hash is reproducible from the ids alone.
    const sorted = [...ids].sort();
    assert.equal(line.idsHash, idsHashOfBatches([sorted.slice(0, 2), sorted.slice(2, 4), sorted.slice(4)]));
    const batches = await db().select().from(auditLog).where(and(eq(auditLog.action, "retention.delete"), eq(auditLog.entityId, receipt.id))).orderBy(asc(auditLog.id));
    assert.deepEqual(batches.map((b) => b.summary.conversations), [2, 2, 1]);
    assert.equal(batches.at(-1)!.summary.idsHashAfterBatch, line.idsHash);
    assert.ok((await db().select().from(auditLog).where(and(eq(auditLog.action, "retention.run_finish"), eq(auditLog.entityId, receipt.id)))).length === 1);
  });

  it("a run stopped half-way leaves whole conversations only, and the next run finishes the work", async () => {
    const convs = Array.from({ length: 6 }, () => conv(400, {}, ["one", "two", "three"]));
    const { ids } = await ingest("website", convs);
    await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    let batch = 0;
    const failed = await runRetention({
      actor: system,
      trigger: "schedule",
      now,
      batchSize: 2,
      beforeCommit: () => {
        batch++;
        if (batch === 2) throw new Error("simulated crash in the second batch");
      },
    });
    assert.equal(failed.status, "failed");
    const sorted = [...ids].sort();
    for (const id of sorted.slice(0, 2)) assert.equal(await exists(id), false, "the first batch committed");
    for (const id of sorted.slice(2)) {
      assert.equal(await exists(id), true, "the failed batch rolled back whole");
      assert.equal(await messageCount(id), 3, "no conversation lost part of its messages");
    }
    const receipt = await getRunReceipt(failed.status === "failed" ? failed.runId : "");
    assert.equal(receipt!.status, "failed");
    assert.match(receipt!.error!, /next run finishes the rest/);
    assert.deepEqual(receipt!.rules.map((r) => [r.conversations, r.messages]), [[2, 6]]);

    // A run whose process died leaves its row "running"; the next run marks it interrupted.
    const [crashed] = await db().insert(retentionRuns).values({ trigger: "schedule" }).returning({ id: retentionRuns.id });
    const next = await runRetention({ actor: system, trigger: "schedule", now, batchSize: 2 });
    assert.equal(next.status, "completed");
    assert.ok(next.status === "completed" && next.interrupted.includes(crashed!.id));
    assert.equal((await db().select({ s: retentionRuns.status }).from(retentionRuns).where(eq(retentionRuns.id, crashed!.id)))[0]!.s, "interrupted");
    for (const id of ids) assert.equal(await exists(id), false);
    assert.ok(next.status === "completed" && next.rules[0]!.conversations === 4);
  });

  it("two runs at once: only one processes", async () => {
    const { ids } = await ingest("website", Array.from({ length: 5 }, () => conv(400)));
    await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    const [a, b] = await Promise.all([
      runRetention({ actor: system, trigger: "schedule", now, batchSize: 1 }),
      runRetention({ actor: system, trigger: "manual", now, batchSize: 1 }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), ["busy", "completed"]);
    for (const id of ids) assert.equal(await exists(id), false);
    const lines = await db().select().from(retentionRunRules);
    assert.equal(lines.reduce((n, l) => n + l.conversations, 0), 5, "each conversation counted once");
    assert.equal((await db().select().from(retentionRuns)).length, 1);
  });

  it("on PostgreSQL, another instance holding the lock makes this one stand aside", { skip: process.env.TEST_DB !== "postgres" }, async () => {
    const { ids } = await ingest("website", [conv(400)]);
    await createRetentionRule(system, rule({ name: "One year", keepDays: 365, action: "delete" }));
    const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await other`select pg_advisory_lock(${RETENTION_LOCK_KEY})`;
      // The other instance's run row, as it would be while it works.
      await db().insert(retentionRuns).values({ trigger: "schedule" });
      assert.deepEqual(await runRetention({ actor: system, trigger: "manual", now }), { status: "busy" });
      assert.equal(await exists(ids[0]!), true);
      const [running] = await db().select({ n: sql<number>`count(*)::int` }).from(retentionRuns).where(eq(retentionRuns.status, "running"));
      assert.equal(running!.n, 1, "a live instance's run is not marked interrupted");
      await other`select pg_advisory_unlock(${RETENTION_LOCK_KEY})`;
    } finally {
      await other.end();
    }
    const result = await runRetention({ actor: system, trigger: "manual", now });
    assert.equal(result.status, "completed");
    assert.equal(await exists(ids[0]!), false);
  });
});
