import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { recordOverview } from "@/db/queries/inventory";
import { processingActivities, processors } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { todayIn } from "@/lib/time";
import { useTestDatabase } from "../helpers/db";

const TODAY = todayIn("Europe/Stockholm");

describe("the overview's record, processors and notice figures", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  before(async () => {
    db = await useTestDatabase();
  });
  after(() => db.cleanup());

  it("is all zeros and 'not published' on an empty installation", async () => {
    const figures = await recordOverview(TODAY);
    assert.equal(figures.activities, 0);
    assert.equal(figures.processorsByStatus.reduce((n, s) => n + s.count, 0), 0);
    assert.equal(figures.gaps.reduce((n, g) => n + g.count, 0), 0);
    assert.equal(figures.notice.published, null);
  });

  it("counts the demo record: every current processor once, the seeded notice up to date", async () => {
    await seedDemoData();
    const figures = await recordOverview(TODAY);
    const [activities] = await getDb().select({ n: count() }).from(processingActivities).where(isNull(processingActivities.archivedAt));
    const [current] = await getDb().select({ n: count() }).from(processors).where(isNull(processors.archivedAt));
    assert.equal(figures.activities, activities?.n);
    assert.equal(figures.processorsByStatus.reduce((n, s) => n + s.count, 0), current?.n);
    // The demo holds a signed agreement, one in legal review and a processor with none at all.
    const by = Object.fromEntries(figures.processorsByStatus.map((s) => [s.status, s.count]));
    assert.ok((by.signed ?? 0) >= 1 && (by.in_legal_review ?? 0) >= 1 && (by.missing ?? 0) >= 1, JSON.stringify(by));
    assert.ok(figures.waitingForReview >= 1);
    assert.ok(figures.expiringSoon >= 1);
    assert.ok(figures.gaps.some((g) => g.count > 0), "the demo record has gaps to show");
    assert.equal(figures.notice.published?.version, 1);
    assert.equal(figures.notice.outOfDate, false);
  });
});
