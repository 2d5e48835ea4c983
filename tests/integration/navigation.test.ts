import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { navigationCounts } from "@/db/queries/navigation";
import { countLegalQueue } from "@/db/queries/processors";
import { searchEverything, SEARCH_KINDS, SEARCH_LIMIT, SEARCH_PERMISSION } from "@/db/queries/search";
import { getTimeZone } from "@/db/queries/time-zone";
import { breaches, findings, processors, subjectRequests, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { addDays, todayIn } from "@/lib/time";
import { useTestDatabase } from "../helpers/db";

const DOMAIN = "northwind-outdoor.example";
const HOUR = 3_600_000;
const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();

describe("navigation counts and search", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  const now = new Date();
  let today: string;
  const user: Partial<Record<Role, { id: string; role: Role }>> = {};
  const as = (role: Role) => user[role]!;

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(now);
    today = todayIn(await getTimeZone(), now);
    for (const role of ["dpo", "legal", "manager", "viewer"] as const) {
      const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.email, `${role}@${DOMAIN}`));
      user[role] = { id: u!.id, role };
    }
  });
  after(() => db.cleanup());

  const insertRequest = async (values: { status?: "received" | "in_progress" | "completed"; due: string; paused?: boolean }) => {
    const reference = `NAV-${unique()}`;
    await db.handle.db.insert(subjectRequests).values({
      reference,
      type: "access",
      status: values.status ?? "received",
      channel: "email",
      submittedAt: now,
      receivedAt: now,
      dueDate: values.due,
      effectiveDueDate: values.due,
      clockSteps: { due: [values.due], extended: null },
      clockPausedAt: values.paused ? now : null,
      closedAt: values.status === "completed" ? now : null,
    });
    return reference;
  };

  const insertBreach = async (values: Partial<typeof breaches.$inferInsert> & { hoursAgo: number }) => {
    const { hoursAgo, ...rest } = values;
    await db.handle.db.insert(breaches).values({ reference: `BR-NAV-${unique()}`, title: `Navigation test breach ${unique()}`, awareAt: new Date(now.getTime() - hoursAgo * HOUR), ...rest });
  };

  it("computes only the counts each role may see", async () => {
    for (const role of ["dpo", "legal", "manager", "viewer"] as const) {
      const counts = await navigationCounts(role, today, now);
      assert.equal("requestsDue" in counts, can(role, "requests:read"), `${role} requests`);
      assert.equal("findingsToReview" in counts, can(role, "chats:read"), `${role} findings`);
      assert.equal("legalQueue" in counts, can(role, "processors:read"), `${role} legal queue`);
      assert.equal("breachesClockRunning" in counts, can(role, "breaches:read"), `${role} breaches`);
    }
    // The manager reads neither requests nor chat data: those counts are not even computed.
    const manager = await navigationCounts("manager", today, now);
    assert.equal(manager.requestsDue, undefined);
    assert.equal(manager.findingsToReview, undefined);
  });

  it("counts requests that are open, running and due within seven days or overdue", async () => {
    const before = (await navigationCounts("dpo", today, now)).requestsDue!;
    await insertRequest({ due: addDays(today, 3) }); // due this week: counts
    await insertRequest({ due: addDays(today, 7) }); // the seventh day still counts
    await insertRequest({ status: "in_progress", due: addDays(today, -4) }); // overdue: counts
    await insertRequest({ due: addDays(today, 8) }); // later: no
    await insertRequest({ status: "completed", due: today }); // answered: no
    await insertRequest({ due: today, paused: true }); // clock paused for the identity check: no
    assert.equal((await navigationCounts("dpo", today, now)).requestsDue, before + 3);
  });

  it("counts open findings", async () => {
    const before = (await navigationCounts("legal", today, now)).findingsToReview!;
    assert.ok(before > 0, "the demo chats have findings to review");
    const [open] = await db.handle.db.select({ id: findings.id }).from(findings).where(eq(findings.status, "open")).limit(1);
    await db.handle.db.update(findings).set({ status: "dismissed" }).where(eq(findings.id, open!.id));
    assert.equal((await navigationCounts("legal", today, now)).findingsToReview, before - 1);
    const [{ n }] = (await db.handle.db.select({ n: count() }).from(findings).where(eq(findings.status, "open"))) as [{ n: number }];
    assert.equal(before - 1, n);
  });

  it("counts breaches whose 72-hour clock runs or has run out, not the notified, the not-required or the closed", async () => {
    const before = (await navigationCounts("viewer", today, now)).breachesClockRunning!;
    await insertBreach({ hoursAgo: 10 }); // running: counts
    await insertBreach({ hoursAgo: 100, notifyDecision: "notify" }); // overdue, still owed: counts
    await insertBreach({ hoursAgo: 20, authorityNotifiedAt: new Date(now.getTime() - HOUR), authorityName: "IMY", notifyDecision: "notify", status: "notified" });
    await insertBreach({ hoursAgo: 20, notifyDecision: "not_required", risk: "unlikely", riskReasoning: "Encrypted.", notNotifiedJustification: "Unlikely to result in a risk." });
    await insertBreach({ hoursAgo: 20, status: "closed" });
    await insertBreach({ hoursAgo: -5 }); // not yet aware (a mistyped future time): no clock yet
    assert.equal((await navigationCounts("viewer", today, now)).breachesClockRunning, before + 2);
  });

  it("takes the legal queue count from the processors module's own rule", async () => {
    assert.equal((await navigationCounts("legal", today, now)).legalQueue, await countLegalQueue(today));
  });

  it("refuses queries under two characters", async () => {
    assert.equal(await searchEverything(as("dpo"), "", today), null);
    assert.equal(await searchEverything(as("dpo"), " D ", today), null);
    assert.ok(await searchEverything(as("dpo"), "DS", today));
  });

  it("searches each kind only for roles that may read it", async () => {
    for (const role of ["dpo", "legal", "manager", "viewer"] as const) {
      const results = (await searchEverything(as(role), "demo", today))!;
      for (const kind of SEARCH_KINDS) assert.equal(kind in results, can(role, SEARCH_PERMISSION[kind]), `${role} ${kind}`);
    }
  });

  it("finds a request by its reference, for roles that read requests only", async () => {
    const dpo = (await searchEverything(as("dpo"), "dsr-demo-5", today))!;
    assert.deepEqual(dpo.requests!.hits.map((h) => h.label), ["DSR-DEMO-5"]);
    const manager = (await searchEverything(as("manager"), "DSR-DEMO-5", today))!;
    assert.equal(manager.requests, undefined);
    assert.ok(Object.values(manager).every((g) => g.hits.length === 0), "nothing of a request reaches the manager");
  });

  it("finds breaches by reference and by title", async () => {
    const byRef = (await searchEverything(as("legal"), "BR-DEMO-1", today))!;
    assert.ok(byRef.breaches!.hits.some((h) => h.detail === "BR-DEMO-1"));
    const [demo] = await db.handle.db.select({ title: breaches.title }).from(breaches).where(eq(breaches.reference, "BR-DEMO-2"));
    const byTitle = (await searchEverything(as("viewer"), demo!.title.slice(3, 20).toUpperCase(), today))!;
    assert.ok(byTitle.breaches!.hits.some((h) => h.label === demo!.title));
  });

  it("finds people by an identifier normalised as stored, exactly, and only for roles that read chat data", async () => {
    const dpo = (await searchEverything(as("dpo"), "  Ahmed.Hassan@Example.NET ", today))!;
    assert.equal(dpo.people!.hits.length, 1);
    assert.equal(dpo.people!.hits[0]!.label, "Ahmed Hassan");
    // Part of an address is not an identifier: no text match on people.
    const partial = (await searchEverything(as("dpo"), "ahmed.hassan", today))!;
    assert.equal(partial.people!.hits.length, 0);
    const manager = (await searchEverything(as("manager"), "ahmed.hassan@example.net", today))!;
    assert.equal(manager.people, undefined);
  });

  it("finds staff within the manager's team only", async () => {
    // Henrik Dahl works in Sales; the demo manager manages Support.
    const dpo = (await searchEverything(as("dpo"), "Henrik Dahl", today))!;
    assert.deepEqual(dpo.staff!.hits.map((h) => h.label), ["Henrik Dahl"]);
    const manager = (await searchEverything(as("manager"), "Henrik Dahl", today))!;
    assert.deepEqual(manager.staff!.hits, []);
  });

  it("reads % and _ in a query literally", async () => {
    const suffix = unique();
    await db.handle.db.insert(processors).values([
      { name: `Load 100% ${suffix}`, country: "SE" },
      { name: `Load 1000 ${suffix}`, country: "SE" },
      { name: `Net_Works ${suffix}`, country: "SE" },
      { name: `NetXWorks ${suffix}`, country: "SE" },
    ]);
    const percent = (await searchEverything(as("legal"), `100% ${suffix}`, today))!;
    assert.deepEqual(percent.processors!.hits.map((h) => h.label), [`Load 100% ${suffix}`]);
    const underscore = (await searchEverything(as("legal"), "t_W", today))!;
    assert.deepEqual(underscore.processors!.hits.map((h) => h.label), [`Net_Works ${suffix}`]);
    // A lone wildcard matches nothing rather than everything.
    const wild = (await searchEverything(as("legal"), "%%", today))!;
    assert.deepEqual(wild.processors!.hits, []);
  });

  it("bounds each kind and says when there are more", async () => {
    const prefix = `Bounded ${unique()}`;
    await db.handle.db.insert(processors).values(Array.from({ length: SEARCH_LIMIT + 3 }, (_, i) => ({ name: `${prefix} ${i}`, country: "SE" })));
    const results = (await searchEverything(as("dpo"), prefix, today))!;
    assert.equal(results.processors!.hits.length, SEARCH_LIMIT);
    assert.equal(results.processors!.more, true);
  });
});
