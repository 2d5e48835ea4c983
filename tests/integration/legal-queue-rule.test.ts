import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { countLegalQueue, listLegalQueue } from "@/db/queries/processors";
import { agreements, processors, subprocessorNotices } from "@/db/schema";
import { AGREEMENT_STATUSES, type AgreementStatus } from "@/lib/processors/labels";
import { expiringCutoff, inLegalQueue } from "@/lib/processors/status";
import { addDays } from "@/lib/time";
import { useTestDatabase } from "../helpers/db";

// Two "todays": one mid-year, one whose 60-day window crosses a year end and a leap day.
const TODAYS = ["2026-06-15", "2027-12-31"] as const;

// Every date on either side of each edge of the rule, for each today: its end (today-1 is expired,
// today still current), the cutoff (day 60 inside, day 61 outside), and review dates already passed.
function edgeDates(today: string): string[] {
  const cutoff = expiringCutoff(today);
  return [addDays(today, -400), addDays(today, -1), today, addDays(today, 1), addDays(cutoff, -1), cutoff, addDays(cutoff, 1), addDays(cutoff, 400)];
}

type Fixture = { id: string; status: AgreementStatus; endsOn: string | null; reviewBy: string | null; archived: boolean };

describe("the legal queue's SQL selects exactly the agreements inLegalQueue names", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  const fixtures: Fixture[] = [];

  before(async () => {
    db = await useTestDatabase();
    const [current] = await db.handle.db.insert(processors).values({ name: "Current processor", country: "DE" }).returning({ id: processors.id });
    const [archived] = await db.handle.db
      .insert(processors)
      .values({ name: "Archived processor", country: "DE", archivedAt: new Date("2026-01-01T00:00:00Z") })
      .returning({ id: processors.id });
    const dates = [null, ...new Set(TODAYS.flatMap(edgeDates))];
    const rows = [];
    for (const status of AGREEMENT_STATUSES) {
      for (const endsOn of dates) {
        for (const reviewBy of dates) {
          rows.push({ processorId: current!.id, title: `${status} ${endsOn} ${reviewBy}`, status, endsOn, reviewBy });
        }
      }
    }
    // An archived processor's agreements match the rule but are never legal's work: a few of each kind.
    for (const status of AGREEMENT_STATUSES) {
      rows.push({ processorId: archived!.id, title: `archived ${status}`, status, endsOn: TODAYS[0], reviewBy: TODAYS[0] });
    }
    const inserted = await db.handle.db
      .insert(agreements)
      .values(rows)
      .returning({ id: agreements.id, processorId: agreements.processorId, status: agreements.status, endsOn: agreements.endsOn, reviewBy: agreements.reviewBy });
    for (const r of inserted) fixtures.push({ id: r.id, status: r.status, endsOn: r.endsOn, reviewBy: r.reviewBy, archived: r.processorId === archived!.id });
    await db.handle.db.insert(subprocessorNotices).values([
      { processorId: current!.id, receivedOn: TODAYS[0], description: "pending", objectionDeadline: addDays(TODAYS[0], 30) },
      { processorId: current!.id, receivedOn: TODAYS[0], description: "decided", objectionDeadline: addDays(TODAYS[0], 30), decision: "objected" },
      { processorId: archived!.id, receivedOn: TODAYS[0], description: "archived", objectionDeadline: addDays(TODAYS[0], 30) },
    ]);
  });
  after(() => db.cleanup());

  for (const today of TODAYS) {
    it(`agrees with the pure rule on every status and edge date (today ${today})`, async () => {
      const queue = await listLegalQueue(today);
      const listed = [...queue.waiting, ...queue.expiring].map((a) => a.agreementId).sort();
      const expected = fixtures.filter((f) => !f.archived && inLegalQueue(f, today)).map((f) => f.id).sort();
      // A sanity check that the fixtures reach both sides of the rule, so agreement is not trivial.
      assert.ok(expected.length > 50 && expected.length < fixtures.length / 2, `${expected.length} of ${fixtures.length}`);
      const byId = new Map(fixtures.map((f) => [f.id, f]));
      const describeIds = (ids: string[]) => ids.map((id) => JSON.stringify(byId.get(id)));
      assert.deepEqual(
        describeIds(listed.filter((id) => !expected.includes(id))),
        [],
        "listed by SQL, not by the rule",
      );
      assert.deepEqual(
        describeIds(expected.filter((id) => !listed.includes(id))),
        [],
        "named by the rule, not listed by SQL",
      );
      assert.equal(listed.length, new Set(listed).size, "no agreement listed twice");
      // Each section holds its own half of the rule.
      for (const w of queue.waiting) assert.equal(byId.get(w.agreementId)!.status, "in_legal_review");
      for (const e of queue.expiring) assert.equal(byId.get(e.agreementId)!.status, "signed");
    });

    it(`counts what the queue lists, pending notices of current processors included (today ${today})`, async () => {
      const queue = await listLegalQueue(today);
      assert.equal(queue.notices.length, 1);
      assert.equal(await countLegalQueue(today), queue.waiting.length + queue.expiring.length + queue.notices.length);
    });
  }
});
