import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { getOrganisation, updateOrganisation } from "@/db/queries/organisation";
import { getRequestById, recordRequest } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { auditLog } from "@/db/schema";
import { organisationSchema } from "@/lib/organisation/schema";
import { useTestDatabase } from "../helpers/db";

const valid = {
  controllerName: "Acme AB",
  address: "Storgatan 1, Malmö",
  contactEmail: "privacy@acme.example",
  contactPhone: "",
  dpoName: "Ada Dpo",
  dpoEmail: "dpo@acme.example",
  dpoPhone: "",
  representative: "",
  country: "SE",
  timeZone: "Europe/Helsinki",
};

describe("organisation settings", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  before(async () => {
    db = await useTestDatabase();
  });
  after(() => db.cleanup());

  it("creates the single row on first save, with its audit entry naming fields only", async () => {
    assert.equal(await getOrganisation(), null);
    const input = organisationSchema.parse(valid);
    const { changed } = await updateOrganisation({ type: "system" }, input);
    assert.ok(changed.includes("controllerName"));
    const org = await getOrganisation();
    assert.equal(org?.controllerName, "Acme AB");
    assert.equal(await getTimeZone(), "Europe/Helsinki");
    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "organisation.update"));
    assert.ok(entry);
    assert.ok(!JSON.stringify(entry.summary).includes("Acme"), "values are not copied into the trail");
  });

  it("a save that changes nothing writes nothing", async () => {
    const count = async () => (await db.handle.db.select().from(auditLog)).length;
    const before = await count();
    assert.deepEqual((await updateOrganisation({ type: "system" }, organisationSchema.parse(valid))).changed, []);
    assert.equal(await count(), before);
  });

  it("names exactly the changed fields", async () => {
    const { changed } = await updateOrganisation({ type: "system" }, organisationSchema.parse({ ...valid, dpoName: "New Dpo" }));
    assert.deepEqual(changed, ["dpoName"]);
  });

  it("the schema refuses a bad country and time zone", () => {
    assert.equal(organisationSchema.safeParse({ ...valid, country: "XX" }).success, false);
    assert.equal(organisationSchema.safeParse({ ...valid, timeZone: "Mars/Olympus" }).success, false);
  });
  it("moves open request deadlines when the time zone changes: the month is counted from the local day of receipt", async () => {
    await updateOrganisation({ type: "system" }, organisationSchema.parse({ ...valid, timeZone: "Europe/Stockholm" }));
    // 23:30 UTC on 14 March is already 15 March in Stockholm, still 14 March in Reykjavik (UTC all year).
    const at = new Date("2026-03-14T23:30:00Z");
    const recorded = await recordRequest({ type: "system" }, { type: "access", channel: "email", submittedAt: at, receivedAt: at, subjectName: "Test Person", subjectEmail: "person@example.org", subjectPhone: "", details: "", acknowledge: false });
    assert.ok(recorded.ok);
    assert.equal((await getRequestById(recorded.request.id))?.dueDate, "2026-04-15");
    const { movedDeadlines } = await updateOrganisation({ type: "system" }, organisationSchema.parse({ ...valid, timeZone: "Atlantic/Reykjavik" }));
    assert.equal(movedDeadlines, 1);
    assert.equal((await getRequestById(recorded.request.id))?.dueDate, "2026-04-14");
  });
});
