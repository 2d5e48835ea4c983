import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { processorRecordCsv, PROCESSOR_RECORD_COLUMNS } from "@/lib/processor-record/csv";
import { describeEntryEvent, entryFormSchema, entryTransferSchema, parseEntryListParams, type EntryInput } from "@/lib/processor-record/schema";
import { listEntityHistory } from "@/db/queries/audit";
import { addProcessorRecordTransfer, createProcessorRecordEntry, getProcessorRecordEntryById, listProcessorRecordEntries, readProcessorRecord, removeProcessorRecordTransfer, setProcessorRecordEntryArchived, updateProcessorRecordEntry } from "@/db/queries/processor-record";
import { getOrganisation } from "@/db/queries/organisation";
import { processorRecordEntries, securityMeasures, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { parseCsv } from "@/lib/csv-parse";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const MISSING = "00000000-0000-4000-8000-000000000000";

function parse(values: Record<string, string | string[]>): EntryInput {
  const result = entryFormSchema.safeParse(values);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

const list = (over: Partial<Parameters<typeof listProcessorRecordEntries>[0]> = {}) =>
  listProcessorRecordEntries({ archived: "active", sort: "controller", page: 1, pageSize: 50, ...over });

describe("processor's record (Art. 30(2))", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };
  let measureIds: string[];

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actor = { type: "user", id: dpo!.id };
    measureIds = (await db.handle.db.select({ id: securityMeasures.id }).from(securityMeasures)).map((m) => m.id);
  });
  after(() => db.cleanup());

  it("the seed holds the partner brand's entry with its measures and transfer, once", async () => {
    const { rows, total } = await list({ search: "alpine" });
    assert.equal(total, 1);
    assert.equal(rows[0]!.controllerName, "Alpine Trail Gear GmbH");
    assert.equal(rows[0]!.status, "active");
    assert.equal(rows[0]!.transferCount, 1);
    assert.equal(rows[0]!.measureCount, 4);
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    assert.equal((await db.handle.db.select().from(processorRecordEntries)).length, 1);
  });

  it("validates the form: controller and categories required, an ended entry needs its end date after the start", () => {
    const missing = entryFormSchema.safeParse({ status: "active" });
    assert.equal(missing.success, false);
    const fields = Object.keys(missing.error!.flatten().fieldErrors).sort();
    assert.deepEqual(fields, ["categories", "controllerName"]);
    const ended = entryFormSchema.safeParse({ controllerName: "X", categories: "Y", status: "ended" });
    assert.match(JSON.stringify(ended.error?.issues), /Give the date the processing ended/);
    const backwards = entryFormSchema.safeParse({ controllerName: "X", categories: "Y", status: "active", startedOn: "2026-05-01", endedOn: "2026-04-01" });
    assert.match(JSON.stringify(backwards.error?.issues), /The end cannot be before the start/);
    assert.equal(entryFormSchema.safeParse({ controllerName: "X", categories: "Y", status: "paused" }).success, false);
    assert.equal(entryFormSchema.safeParse({ controllerName: "X", categories: "Y", status: "active", measureIds: ["not-a-uuid"] }).success, false);
    assert.equal(entryFormSchema.safeParse({ controllerName: "X", categories: "Y", status: "active", startedOn: "2026-02-30" }).success, false);
  });

  it("creates an entry with its measures and audits it; an edit is audited by field name, never the text", async () => {
    const created = await createProcessorRecordEntry(
      actor,
      parse({ controllerName: "Brightside Bikes AB", categories: "Chat support for Brightside's web shop", status: "active", measureIds: measureIds.slice(0, 2) }),
    );
    const entry = await getProcessorRecordEntryById(created.id);
    assert.equal(entry?.controllerName, "Brightside Bikes AB");
    assert.equal(entry?.measures.length, 2);

    const secret = "Contact Anna Svensson at anna@brightside.example";
    await updateProcessorRecordEntry(
      actor,
      created.id,
      parse({ controllerName: "Brightside Bikes AB", controllerContact: secret, categories: "Chat support for Brightside's web shop", status: "ended", endedOn: "2026-11-01", measureIds: measureIds.slice(1, 3) }),
    );
    const history = await listEntityHistory("controller_processing", created.id);
    assert.deepEqual(history.map((h) => h.action), ["controller_processing.create", "controller_processing.update"]);
    const update = history[1]!.summary as Record<string, unknown>;
    assert.deepEqual(update.changed, ["controllerContact", "endedOn", "measureIds", "status"]);
    assert.deepEqual(update.status, { from: "active", to: "ended" });
    assert.deepEqual(update.measureIds, { added: [measureIds[2]].sort(), removed: [measureIds[0]] });
    assert.ok(!JSON.stringify(update).includes("Anna"));
    assert.equal(describeEntryEvent("controller_processing.update", update), "Changed controller contact, end, security measures, status: Active → Ended");
    assert.equal((await getProcessorRecordEntryById(created.id))?.controllerContact, secret);

    // The same values again change nothing and write no entry; an unknown id changes nothing.
    await updateProcessorRecordEntry(
      actor,
      created.id,
      parse({ controllerName: "Brightside Bikes AB", controllerContact: secret, categories: "Chat support for Brightside's web shop", status: "ended", endedOn: "2026-11-01", measureIds: measureIds.slice(1, 3) }),
    );
    assert.equal((await listEntityHistory("controller_processing", created.id)).length, 2);
    assert.deepEqual(await updateProcessorRecordEntry(actor, MISSING, parse({ controllerName: "X", categories: "Y", status: "active" })), refuse("not_found", "This entry does not exist any more."));
  });

  it("adds and removes transfers with audit entries; refuses EEA countries and SCC without safeguards", async () => {
    const { id } = await createProcessorRecordEntry(actor, parse({ controllerName: "Transfer Test Ltd", categories: "Support", status: "active" }));
    assert.equal(entryTransferSchema.safeParse({ entryId: id, recipient: "Host", country: "DE", mechanism: "scc", safeguards: "x" }).success, false);
    assert.equal(entryTransferSchema.safeParse({ entryId: id, recipient: "Host", country: "US", mechanism: "scc" }).success, false);
    assert.equal(entryTransferSchema.safeParse({ entryId: id, recipient: "Host", country: "ZZ", mechanism: "adequacy" }).success, false);
    const input = entryTransferSchema.parse({ entryId: id, recipient: "Host", country: "us", mechanism: "scc", safeguards: "SCC module 3" });
    assert.equal(input.country, "US");
    const added = await addProcessorRecordTransfer(actor, input);
    assert.ok(added.ok);
    assert.equal((await getProcessorRecordEntryById(id))?.transfers.length, 1);
    assert.deepEqual(await addProcessorRecordTransfer(actor, { ...input, entryId: MISSING }), refuse("not_found", "This entry does not exist any more."));
    // A transfer id under another entry is not removed.
    const other = (await list({ search: "alpine" })).rows[0]!.id;
    assert.deepEqual(await removeProcessorRecordTransfer(actor, other, added.id), refuse("not_found", "This transfer was already removed."));
    assert.deepEqual(await removeProcessorRecordTransfer(actor, id, added.id), { ok: true });
    assert.equal((await getProcessorRecordEntryById(id))?.transfers.length, 0);
    const actions = (await listEntityHistory("controller_processing", id)).map((h) => h.action);
    assert.deepEqual(actions, ["controller_processing.create", "controller_processing.transfer_add", "controller_processing.transfer_remove"]);
  });

  it("archives and restores; the list filters, searches literally, sorts and pages on the server", async () => {
    const { id } = await createProcessorRecordEntry(actor, parse({ controllerName: "Zeta 100% Outdoor", categories: "Chat", status: "active" }));
    assert.deepEqual(await setProcessorRecordEntryArchived(actor, id, true), { ok: true });
    assert.deepEqual(await setProcessorRecordEntryArchived(actor, id, true), refuse("not_found", "This entry is already archived, or gone."));
    assert.equal((await list({ search: "Zeta" })).total, 0);
    assert.equal((await list({ archived: "archived", search: "Zeta" })).total, 1);
    assert.deepEqual(await setProcessorRecordEntryArchived(actor, id, false), { ok: true });
    assert.equal((await list({ search: "100%" })).total, 1);
    assert.equal((await list({ search: "%" })).rows.every((r) => r.controllerName.includes("%")), true);

    const names = (await list()).rows.map((r) => r.controllerName.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const desc = (await list({ sort: "controller_desc" })).rows.map((r) => r.controllerName.toLowerCase());
    assert.deepEqual(desc, [...names].reverse());
    assert.ok((await list({ status: "ended" })).rows.every((r) => r.status === "ended"));
    const page1 = await list({ pageSize: 2 });
    const page2 = await list({ pageSize: 2, page: 2 });
    assert.equal(page1.rows.length, 2);
    assert.notEqual(page1.rows[0]!.id, page2.rows[0]?.id);
    assert.equal(page1.total, page2.total);

    const params = parseEntryListParams({ status: "bogus", sort: ["updated", "x"], page: "-3", q: " Zeta " });
    assert.deepEqual(params.query, { status: undefined, search: "Zeta", archived: "active", sort: "updated", page: 1, pageSize: 20 });
  });

  it("exports the current record as CSV in Art. 30(2) order: parsed back, the columns and values match", async () => {
    const [org, entries] = await Promise.all([getOrganisation(), readProcessorRecord()]);
    const csv = processorRecordCsv(org, entries, new Date("2026-11-29T12:00:00Z"));
    assert.ok(csv.startsWith("\uFEFF"));
    const parsed = parseCsv(csv.slice(1));
    assert.ok(parsed.ok);
    const records = parsed.records;
    assert.equal(records[1]![1], org!.controllerName);
    const headerIndex = records.findIndex((r) => r[0] === "Controller");
    assert.deepEqual(records[headerIndex], [...PROCESSOR_RECORD_COLUMNS]);
    const rows = records.slice(headerIndex + 1).filter((r) => r.length > 1);
    assert.equal(rows.length, entries.length);
    const alpine = rows.find((r) => r[0] === "Alpine Trail Gear GmbH")!;
    assert.match(alpine[4]!, /Order fulfilment chat/);
    assert.match(alpine[5]!, /^Chatbot vendor .* — US — Standard contractual clauses \(Art\. 46\(2\)\(c\)\) — 2021 SCC module 3/);
    assert.equal(alpine[6]!.split("; ").length, 4);
    assert.equal(alpine[10], "Active");
    // Archived entries are not part of the current record.
    const { id } = await createProcessorRecordEntry(actor, parse({ controllerName: "Archived Partner", categories: "Old", status: "active" }));
    await setProcessorRecordEntryArchived(actor, id, true);
    assert.equal((await readProcessorRecord()).some((e) => e.controllerName === "Archived Partner"), false);
  });
});
