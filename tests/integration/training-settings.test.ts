import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, isNotNull } from "drizzle-orm";
import { runNightlyJobs } from "@/db/jobs/nightly";
import { getTrainingSettings, updateTrainingSettings } from "@/db/queries/training";
import { auditLog, staff } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { trainingSettingsSchema } from "@/lib/training/settings-schema";
import { useTestDatabase } from "../helpers/db";

describe("training settings and the nightly job", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  const now = new Date("2026-11-29T10:00:00Z");
  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(now);
  });
  after(() => db.cleanup());

  it("has defaults until saved, then keeps what was saved, audited with old and new values", async () => {
    assert.deepEqual(await getTrainingSettings(), { dueSoonDays: 30, leaverRetentionMonths: 24 });
    const { changed } = await updateTrainingSettings({ type: "system" }, { dueSoonDays: 14, leaverRetentionMonths: 24 });
    assert.deepEqual(changed, ["dueSoonDays"]);
    assert.deepEqual(await getTrainingSettings(), { dueSoonDays: 14, leaverRetentionMonths: 24 });
    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "training_settings.update"));
    assert.deepEqual(entry?.summary, { dueSoonDays: { from: 30, to: 14 } });
  });

  it("refuses out-of-range values", () => {
    assert.equal(trainingSettingsSchema.safeParse({ dueSoonDays: "0", leaverRetentionMonths: "24" }).success, false);
    assert.equal(trainingSettingsSchema.safeParse({ dueSoonDays: "30", leaverRetentionMonths: "abc" }).success, false);
    assert.deepEqual(trainingSettingsSchema.parse({ dueSoonDays: "30", leaverRetentionMonths: "6" }), { dueSoonDays: 30, leaverRetentionMonths: 6 });
  });

  it("the nightly job reduces leavers past the retention period, once", async () => {
    // The demo leaver left 60 days ago: kept under 24 months, reduced under 1 month.
    assert.equal((await runNightlyJobs(now)).reducedLeavers, 0);
    await updateTrainingSettings({ type: "system" }, { dueSoonDays: 14, leaverRetentionMonths: 1 });
    assert.equal((await runNightlyJobs(now)).reducedLeavers, 1);
    assert.equal((await runNightlyJobs(now)).reducedLeavers, 0);
    const reduced = await db.handle.db.select({ email: staff.workEmail, team: staff.team, name: staff.name }).from(staff).where(isNotNull(staff.reducedAt));
    assert.equal(reduced.length, 1);
    assert.match(reduced[0]!.email, /@reduced\.invalid$/);
    assert.equal(reduced[0]!.team, "");
    assert.equal(reduced[0]!.name, "Nils Åberg", "the name and history are what is kept");
  });
});
