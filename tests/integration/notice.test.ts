import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { buildCurrentNotice, getLatestNotice, getNoticeSettings, getNoticeStatus, getNoticeVersion, listNoticeHistory, listNoticeVersions, listPublicNoticeVersions, publishNotice, updateNoticeIntroduction } from "@/db/queries/notice";
import { buildRecordSnapshot, snapshotHash, stampRecordVersion } from "@/db/queries/inventory";
import { auditLog, privacyNoticeVersions, processingActivities, processorActivities, processors, retentionRules, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { introductionFormSchema } from "@/lib/notice/form-schema";
import { noticeHash } from "@/lib/notice/render";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const CHAT = "Website live chat support";

describe("privacy notice", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };
  const publishEntries = () => db.handle.db.select().from(auditLog).where(eq(auditLog.action, "notice.publish"));
  const setPurposes = (name: string, purposes: string) => db.handle.db.update(processingActivities).set({ purposes }).where(eq(processingActivities.name, name));

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actor = { type: "user", id: dpo!.id };
  });
  after(() => db.cleanup());

  it("the seed publishes version 1 from the finished demo record, with an introduction, and is idempotent", async () => {
    const { rows, total } = await listNoticeVersions();
    assert.equal(total, 1);
    assert.equal(rows[0]!.version, 1);
    assert.match((await getNoticeSettings()).introduction, /Northwind Outdoor/);
    // Seeded last, so the published notice is what the demo record says.
    const status = await getNoticeStatus();
    assert.equal(status.published?.version, 1);
    assert.equal(status.outOfDate, false);
    assert.equal((await publishEntries()).length, 1);
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    assert.equal((await listNoticeVersions()).total, 1);
    assert.equal((await publishEntries()).length, 1);
  });

  it("generates from the record as the record export reads it: same source hash, chat activities only", async () => {
    const current = await buildCurrentNotice();
    assert.equal(current.sourceHash, snapshotHash(await buildRecordSnapshot()));
    assert.equal(current.contentHash, noticeHash(current.notice));
    assert.match(current.text, new RegExp(`\\n2\\.1\\. ${CHAT}|\\n2\\.\\d\\. ${CHAT}`));
    assert.doesNotMatch(current.text, /Staff training records/);
    assert.match(current.text, /Integritetsskyddsmyndigheten, IMY/);
  });

  it("republishing unchanged content creates no version and no audit entry", async () => {
    const result = await publishNotice(actor);
    assert.deepEqual(result.ok && [result.published, result.version], [false, 1]);
    assert.equal((await listNoticeVersions()).total, 1);
    assert.equal((await publishEntries()).length, 1);
  });

  it("a change to a chat activity makes the notice out of date; publishing creates version 2, audited, and keeps version 1 as it was", async () => {
    const before = await getNoticeVersion(1);
    await setPurposes(CHAT, "Answer visitors' questions in the chat, now also on weekends.");
    const status = await getNoticeStatus();
    assert.equal(status.outOfDate, true);
    assert.equal(status.published?.version, 1);

    const preview = await buildCurrentNotice();
    const result = await publishNotice(actor, preview.contentHash);
    assert.deepEqual(result.ok && [result.published, result.version], [true, 2]);
    assert.equal((await getNoticeStatus()).outOfDate, false);

    const v2 = await getNoticeVersion(2);
    assert.match(v2!.text, /now also on weekends/);
    assert.equal(v2!.contentHash, preview.contentHash);
    assert.equal(v2!.sourceHash, preview.sourceHash);
    assert.equal(v2!.publishedByName !== null, true);
    const v1 = await getNoticeVersion(1);
    assert.equal(v1!.text, before!.text);
    assert.doesNotMatch(v1!.text, /weekends/);
    assert.equal((await getLatestNotice())!.version, 2);
    assert.deepEqual((await listPublicNoticeVersions()).map((v) => v.version), [2, 1]);

    const entries = await publishEntries();
    assert.equal(entries.length, 2);
    const entry = entries.find((e) => e.entityId === "2")!;
    assert.equal(entry.actorId, actor.id);
    assert.equal(entry.entityType, "privacy_notice");
    assert.deepEqual(entry.summary, { version: 2, contentHash: preview.contentHash, sourceHash: preview.sourceHash });
  });

  it("refuses to publish a preview that no longer matches the record, and writes nothing", async () => {
    const stale = (await buildCurrentNotice()).contentHash;
    await setPurposes(CHAT, "Answer visitors' questions in the chat, every day.");
    const result = await publishNotice(actor, stale);
    assert.deepEqual(result, refuse("conflict", "The record changed since this preview was shown, so nothing was published. Check the updated preview, then publish again."));
    assert.equal((await listNoticeVersions()).total, 2);
    assert.equal((await publishEntries()).length, 2);
    assert.equal((await getNoticeStatus()).outOfDate, true);
    const published = await publishNotice(actor);
    assert.ok(published.ok && published.published);
  });

  it("a change to an activity that does not cover chat leaves the notice up to date", async () => {
    assert.equal((await getNoticeStatus()).outOfDate, false);
    await setPurposes("Order handling", "Take, deliver and invoice orders, handle returns and exchanges.");
    assert.equal((await getNoticeStatus()).outOfDate, false);
  });

  it("archiving a chat activity takes it out of the notice", async () => {
    const [row] = await db.handle.db.select({ id: processingActivities.id }).from(processingActivities).where(eq(processingActivities.name, "Chat analytics and quality review"));
    await db.handle.db.update(processingActivities).set({ archivedAt: new Date() }).where(eq(processingActivities.id, row!.id));
    assert.equal((await getNoticeStatus()).outOfDate, true);
    assert.doesNotMatch((await buildCurrentNotice()).text, /Chat analytics and quality review/);
    await db.handle.db.update(processingActivities).set({ archivedAt: null }).where(eq(processingActivities.id, row!.id));
    assert.equal((await getNoticeStatus()).outOfDate, false);
  });

  it("takes the retention of a chat activity from the chat retention rules linked to it", async () => {
    const [chat] = await db.handle.db.select({ id: processingActivities.id }).from(processingActivities).where(eq(processingActivities.name, CHAT));
    await db.handle.db.insert(retentionRules).values({ name: "Notice test: returns chats", category: "returns", keepDays: 45, action: "anonymise", activityId: chat!.id });
    const text = (await buildCurrentNotice()).text;
    assert.match(text, new RegExp(`${CHAT}: .*Chat conversations about returns are anonymised \\(everything that identifies you is removed\\) 45 days after the conversation ends\\.`));
    assert.equal((await getNoticeStatus()).outOfDate, true);
    await db.handle.db.delete(retentionRules).where(eq(retentionRules.name, "Notice test: returns chats"));
    assert.equal((await getNoticeStatus()).outOfDate, false);
  });

  it("names the processors linked to a chat activity, leaves archived ones out, and treats one outside the EEA as a transfer", async () => {
    const [chat] = await db.handle.db.select({ id: processingActivities.id }).from(processingActivities).where(eq(processingActivities.name, CHAT));
    const [proc] = await db.handle.db
      .insert(processors)
      .values({ name: "Notice Test Translation Inc", service: "Machine translation", country: "CA", transferMechanism: "adequacy" })
      .returning({ id: processors.id });
    await db.handle.db.insert(processorActivities).values({ processorId: proc!.id, activityId: chat!.id });
    const text = (await buildCurrentNotice()).text;
    assert.match(text, /• Notice Test Translation Inc \(Machine translation\), Canada/);
    assert.match(text, /• Notice Test Translation Inc in Canada: the European Commission has decided that Canada protects personal data adequately/);
    await db.handle.db.update(processors).set({ archivedAt: new Date() }).where(eq(processors.id, proc!.id));
    assert.doesNotMatch((await buildCurrentNotice()).text, /Notice Test Translation/);
  });

  it("audits introduction edits by field name only; an unchanged text writes nothing; the edit makes the notice out of date", async () => {
    const text = "Welcome to our chat.\n\nHere is how we use your data.";
    assert.equal((await updateNoticeIntroduction(actor, text)).changed, true);
    assert.equal((await updateNoticeIntroduction(actor, text)).changed, false);
    const entries = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "notice.introduction"), eq(auditLog.actorId, actor.id)));
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]!.summary, { changed: ["introduction"] });
    const settings = await getNoticeSettings();
    assert.equal(settings.introduction, text);
    assert.ok(settings.updatedByName);
    assert.equal((await getNoticeStatus()).outOfDate, true);
    assert.equal((await buildCurrentNotice()).notice.introduction, text);
    const history = await listNoticeHistory();
    assert.deepEqual(history.slice(-1).map((h) => h.action), ["notice.introduction"]);
  });

  it("the introduction form normalises the text and refuses one that is too long", () => {
    assert.deepEqual(introductionFormSchema.safeParse({ introduction: "  Hi  \r\n\r\n\r\nthere " }).data, { introduction: "Hi\n\nthere" });
    assert.deepEqual(introductionFormSchema.safeParse({}).data, { introduction: "" });
    assert.equal(introductionFormSchema.safeParse({ introduction: "x".repeat(4001) }).success, false);
    assert.equal(introductionFormSchema.safeParse({ introduction: ["a", "b"] }).success, false);
  });

  it("two publishes at once create one version", async () => {
    const results = await Promise.all([publishNotice(actor), publishNotice(actor)]);
    assert.deepEqual(results.map((r) => (r.ok ? r.published : r.code)).sort(), [false, true]);
    const versions = await db.handle.db.select({ version: privacyNoticeVersions.version }).from(privacyNoticeVersions);
    assert.equal(new Set(versions.map((v) => v.version)).size, versions.length);
    assert.equal((await getNoticeStatus()).outOfDate, false);
  });

  it("links a version to the record export that holds the same record", async () => {
    const stamped = await stampRecordVersion(actor);
    const latest = (await listNoticeVersions()).rows[0]!;
    assert.equal(latest.sourceHash, stamped.contentHash);
    assert.equal(latest.recordVersion, stamped.version);
  });

  it("unknown versions are null, and the version numbers are a strict sequence", async () => {
    assert.equal(await getNoticeVersion(999), null);
    const [row] = await db.handle.db.select({ max: sql<number>`max(${privacyNoticeVersions.version})::int`, n: sql<number>`count(*)::int` }).from(privacyNoticeVersions);
    assert.equal(Number(row!.max), Number(row!.n));
  });
});
