import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq } from "drizzle-orm";
import { deleteCategory, saveCategory, addActivityTransfer, createActivity, getActivityById, listActivities, removeActivityTransfer, setActivityArchived, specialCategoryIds, updateActivity } from "@/db/queries/inventory";
import { getDb } from "@/db";
import { auditLog, dataCategories, processingActivities, securityMeasures, subjectCategories, users } from "@/db/schema";
import { seedInventory } from "@/db/seed/inventory";
import { seedDemoData } from "@/db/seed/run";
import { activityFormSchema, type ActivityInput } from "@/lib/inventory/form-schema";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const list = (over: Partial<Parameters<typeof listActivities>[0]> = {}) => listActivities({ archived: "active", sort: "name", page: 1, pageSize: 100, ...over });

describe("record of processing queries", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };
  const ids: Record<string, string> = {};

  async function parse(values: Record<string, string | string[]>): Promise<ActivityInput> {
    const r = activityFormSchema(await specialCategoryIds()).safeParse(values);
    if (!r.success) throw new Error(JSON.stringify(r.error.issues));
    return r.data;
  }
  const auditFor = (entityId: string) => db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actor = { type: "user", id: dpo!.id };
    // The demo seed holds the security measures and then the record, linked to them by name.
    for (const r of await db.handle.db.select({ id: dataCategories.id, name: dataCategories.name }).from(dataCategories)) ids[r.name] = r.id;
    for (const r of await db.handle.db.select({ id: subjectCategories.id, name: subjectCategories.name }).from(subjectCategories)) ids[r.name] = r.id;
    for (const r of await db.handle.db.select({ id: securityMeasures.id, name: securityMeasures.name }).from(securityMeasures)) ids[r.name] = r.id;
  });
  after(() => db.cleanup());

  it("the seed is idempotent and links the measures by name", async () => {
    const activities = (await list({ archived: "all" })).total;
    assert.equal(activities, 6);
    assert.equal(await getDb().transaction((tx) => seedInventory(tx)), 0);
    assert.equal((await list({ archived: "all" })).total, activities);
    const chat = (await list({ search: "Website live chat" })).rows[0]!;
    const detail = await getActivityById(chat.id);
    assert.deepEqual(detail!.measures.map((m) => m.name).sort(), [
      "Encryption at rest of chat transcripts",
      "Role-based access control for chat agents",
      "Staff confidentiality agreements",
      "TLS for the chat widget and chat API",
    ]);
    assert.ok(detail!.dataCategories.some((c) => c.special));
    const bot = (await list({ search: "Chatbot training" })).rows[0]!;
    assert.deepEqual((await getActivityById(bot.id))!.transfers.map((t) => [t.country, t.mechanism]), [["US", "scc"]]);
  });

  it("creates an activity with its categories and measures linked, and audits it", async () => {
    const input = await parse({
      name: "Newsletter",
      purposes: "Send product news",
      legalBasis: "consent",
      dpiaStatus: "not_needed",
      dataCategoryIds: [ids["Contact details"]!],
      subjectCategoryIds: ids["Customers"]!,
      measureIds: [ids["TLS for the chat widget and chat API"]!],
    });
    const created = await createActivity(actor, input);
    assert.ok(created.ok);
    const detail = await getActivityById(created.id);
    assert.deepEqual(detail!.dataCategories.map((c) => c.name), ["Contact details"]);
    assert.deepEqual(detail!.subjectCategories.map((c) => c.name), ["Customers"]);
    assert.equal(detail!.measures.length, 1);
    const [entry] = await auditFor(created.id);
    assert.equal(entry!.action, "activity.create");
    assert.deepEqual(await createActivity(actor, { ...input, name: "NEWSLETTER" }), refuse("taken", "Another activity already has this name.", "name"), "names are unique, case aside");
  });

  it("refuses a special category without an Art. 9 condition, writing nothing", async () => {
    const [before] = await db.handle.db.select({ n: count() }).from(processingActivities);
    const r = activityFormSchema(await specialCategoryIds()).safeParse({ name: "Health survey", purposes: "x", dpiaStatus: "needed", dataCategoryIds: [ids["Health data"]!] });
    assert.ok(!r.success);
    assert.deepEqual(r.error.issues.map((i) => i.path[0]), ["art9Condition"]);
    const [afterCount] = await db.handle.db.select({ n: count() }).from(processingActivities);
    assert.equal(afterCount!.n, before!.n);
  });

  it("an edit replaces the links and is audited by field names and ids, not free text", async () => {
    const created = await createActivity(actor, await parse({ name: "Returns", purposes: "Handle returns", dpiaStatus: "not_needed", dataCategoryIds: [ids["Order details"]!], measureIds: [ids["TLS for the chat widget and chat API"]!] }));
    assert.ok(created.ok);
    const secret = "Anna Svensson's knee injury";
    const result = await updateActivity(
      actor,
      created.id,
      await parse({ name: "Returns", purposes: secret, dpiaStatus: "needed", legalBasis: "contract", art9Condition: "explicit_consent", dataCategoryIds: [ids["Order details"]!, ids["Health data"]!], measureIds: [ids["Staff confidentiality agreements"]!] }),
    );
    assert.deepEqual(result, { ok: true, changed: ["art9Condition", "dataCategoryIds", "dpiaStatus", "legalBasis", "measureIds", "purposes"] });
    const detail = await getActivityById(created.id);
    assert.deepEqual(detail!.dataCategories.map((c) => c.name), ["Health data", "Order details"]);
    assert.deepEqual(detail!.measures.map((m) => m.name), ["Staff confidentiality agreements"]);
    const update = (await auditFor(created.id)).find((e) => e.action === "activity.update")!;
    assert.deepEqual(update.summary.changed, ["art9Condition", "dataCategoryIds", "dpiaStatus", "legalBasis", "measureIds", "purposes"]);
    assert.deepEqual(update.summary.dpiaStatus, { from: "not_needed", to: "needed" });
    assert.deepEqual(update.summary.dataCategoryIds, { added: [ids["Health data"]], removed: [] });
    assert.ok(!JSON.stringify(update.summary).includes("Anna"));
    // The same edit again changes nothing and writes no entry.
    const entries = (await auditFor(created.id)).length;
    await updateActivity(actor, created.id, await parse({ name: "Returns", purposes: secret, dpiaStatus: "needed", legalBasis: "contract", art9Condition: "explicit_consent", dataCategoryIds: [ids["Health data"]!, ids["Order details"]!], measureIds: [ids["Staff confidentiality agreements"]!] }));
    assert.equal((await auditFor(created.id)).length, entries);
    assert.deepEqual(await updateActivity(actor, "00000000-0000-4000-8000-000000000000", await parse({ name: "X", purposes: "y", dpiaStatus: "done" })), refuse("not_found", "This activity does not exist any more."));
    assert.deepEqual(await updateActivity(actor, created.id, await parse({ name: "newsletter", purposes: "y", dpiaStatus: "done" })), refuse("taken", "Another activity already has this name.", "name"));
  });

  it("adds and removes transfers with audit entries", async () => {
    const activity = (await list({ search: "Order handling" })).rows[0]!;
    const added = await addActivityTransfer(actor, { activityId: activity.id, recipient: "Carrier", country: "GB", mechanism: "adequacy", safeguards: "" });
    assert.ok(added.ok);
    assert.equal((await getActivityById(activity.id))!.transfers.length, 1);
    assert.deepEqual(await removeActivityTransfer(actor, activity.id, added.id), { ok: true });
    assert.deepEqual(await removeActivityTransfer(actor, activity.id, added.id), refuse("not_found", "This transfer was already removed."));
    assert.deepEqual(await addActivityTransfer(actor, { activityId: "00000000-0000-4000-8000-000000000000", recipient: "Carrier", country: "GB", mechanism: "adequacy", safeguards: "" }), refuse("not_found", "This activity does not exist any more."));
    assert.equal((await getActivityById(activity.id))!.transfers.length, 0);
    const actions = (await auditFor(activity.id)).map((e) => e.action);
    assert.deepEqual(actions, ["activity.transfer_add", "activity.transfer_remove"]);
  });

  it("a category in use cannot be deleted and says by which activities; an unused one can", async () => {
    const inUse = await deleteCategory(actor, "data", ids["Chat transcripts"]!);
    assert.ok(!inUse.ok && inUse.code === "conflict");
    assert.match(inUse.message, /^This category is in use and cannot be deleted\. Used by: .*Website live chat support/);
    const added = await saveCategory(actor, { kind: "subject", id: null, name: "Suppliers", description: "", special: false });
    assert.ok(added.ok);
    assert.deepEqual(await saveCategory(actor, { kind: "subject", id: null, name: "suppliers", description: "", special: false }), refuse("taken", "A category with this name already exists.", "name"));
    const id = added.id;
    assert.deepEqual(await saveCategory(actor, { kind: "subject", id, name: "Suppliers' contacts", description: "", special: false }), { ok: true, id });
    assert.deepEqual(await deleteCategory(actor, "subject", id), { ok: true });
    assert.deepEqual(await deleteCategory(actor, "subject", id), refuse("not_found", "This category was already deleted."));
    const trail = (await auditFor(id)).map((e) => e.action);
    assert.deepEqual(trail, ["subject_category.create", "subject_category.update", "subject_category.delete"]);
  });

  it("filters, sorts, pages and archives on the server", async () => {
    const li = await list({ basis: "legitimate_interests" });
    assert.ok(li.rows.length >= 3 && li.rows.every((r) => r.legalBasis === "legitimate_interests"));
    const special = await list({ special: true });
    assert.deepEqual(special.rows.map((r) => r.name).sort(), ["Returns", "Staff training records", "Website live chat support"]);
    assert.ok((await list({ special: false })).rows.every((r) => !r.hasSpecial));
    assert.deepEqual((await list({ dpia: "in_progress" })).rows.map((r) => r.name), ["Chat analytics and quality review"]);
    assert.equal((await list({ search: "50%_" })).total, 0);
    const all = await list();
    const names = all.rows.map((r) => r.name.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const page2 = await list({ page: 2, pageSize: 3 });
    assert.deepEqual(page2.rows.map((r) => r.id), all.rows.slice(3, 6).map((r) => r.id));
    const chat = all.rows.find((r) => r.name === "Website live chat support")!;
    assert.equal(chat.categoryCount, 5);

    const target = all.rows.find((r) => r.name === "Newsletter")!;
    assert.deepEqual(await setActivityArchived(actor, target.id, true), { ok: true });
    assert.deepEqual(await setActivityArchived(actor, target.id, true), refuse("not_found", "This activity is already archived, or gone."));
    assert.ok(!(await list()).rows.some((r) => r.id === target.id));
    assert.deepEqual((await list({ archived: "archived" })).rows.map((r) => r.id), [target.id]);
    assert.deepEqual(await setActivityArchived(actor, target.id, false), { ok: true });
    const [entry] = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, "activity.archive")));
    assert.ok(entry);
  });
});
