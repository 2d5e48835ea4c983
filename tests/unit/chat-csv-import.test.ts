import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { batchSchema, MAX_BATCH_MESSAGES } from "@/lib/chats/batch-schema";
import { CHAT_CSV_COLUMNS, CHAT_CSV_TEMPLATE, chunkConversations, planChatImport, planCsvImport, planJsonImport, readImportTime } from "@/lib/chats/csv-import";

const TZ = "Europe/Stockholm";
const header = CHAT_CSV_COLUMNS.join(",");

function row(values: Partial<Record<(typeof CHAT_CSV_COLUMNS)[number], string>>) {
  return CHAT_CSV_COLUMNS.map((c) => {
    const v = values[c] ?? "";
    return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(",");
}

const base = { source: "website", conversation_id: "c-1", sent_at: "2026-03-02T09:15:00+01:00", author: "visitor", text: "Hello" };

describe("chat CSV import", () => {
  it("the template parses into one conversation of three messages", () => {
    const plan = planCsvImport(CHAT_CSV_TEMPLATE, TZ);
    assert.deepEqual(plan.issues, []);
    assert.deepEqual(plan.summary, { conversations: 1, messages: 3, rows: 3, rowsWithErrors: 0, sources: ["website"] });
    const c = plan.batches[0]!.conversations[0]!;
    assert.equal(c.externalId, "conv-1001");
    assert.equal(c.startedAt, "2026-03-02T08:15:00.000Z");
    assert.equal(c.endedAt, "2026-03-02T08:31:00.000Z");
    assert.equal(c.category, "returns");
    assert.deepEqual(c.visitor, { externalId: "user-77", name: "Anna Svensson", email: "anna@example.se", phone: "+46701234567" });
    // "2026-03-02 09:30" has no offset: read in the organisation's zone (CET, +01:00).
    assert.equal(c.messages[2]!.sentAt, "2026-03-02T08:30:00.000Z");
    assert.ok(batchSchema.safeParse(plan.batches[0]).success);
  });

  it("groups rows by source and conversation id, whatever their order, and sorts messages by time", () => {
    const csv = [
      header,
      row({ ...base, conversation_id: "a", message_id: "2", sent_at: "2026-03-02T10:00:00Z", author: "Agent" }),
      row({ ...base, conversation_id: "b", message_id: "1" }),
      row({ ...base, conversation_id: "a", message_id: "1", sent_at: "2026-03-02T09:00:00Z", visitor_email: "bo@example.se" }),
      row({ ...base, source: "Shop-App", conversation_id: "a", message_id: "1" }),
    ].join("\n");
    const plan = planCsvImport(csv, TZ);
    assert.deepEqual(plan.issues, []);
    assert.equal(plan.summary.conversations, 3);
    assert.deepEqual(plan.summary.sources, ["shop-app", "website"]);
    const website = plan.batches.find((b) => b.source === "website")!;
    const a = website.conversations.find((c) => c.externalId === "a")!;
    assert.deepEqual(a.messages.map((m) => [m.externalId, m.author]), [["1", "visitor"], ["2", "agent"]]);
    // No started_at given: the earliest message starts the conversation.
    assert.equal(a.startedAt, "2026-03-02T09:00:00.000Z");
    assert.equal(a.visitor.email, "bo@example.se");
    assert.equal(plan.batches.find((b) => b.source === "shop-app")!.conversations.length, 1);
  });

  it("reports every problem with its line number and column, and plans nothing", () => {
    const csv = [
      header,
      row({ ...base, message_id: "1" }),
      row({ ...base, message_id: "2", sent_at: "yesterday", author: "customer", visitor_email: "not-an-email" }),
      row({ ...base, message_id: "1", text: "" }),
      row({ ...base, source: "Bad Source!", message_id: "3" }),
      row({ ...base, message_id: "4", visitor_email: "other@example.se" }),
      row({ ...base, conversation_id: "c-2", message_id: "1", started_at: "2026-03-02T10:00:00Z", ended_at: "2026-03-02T09:00:00Z" }),
    ].join("\r\n");
    const plan = planCsvImport(csv, TZ);
    assert.equal(plan.batches.length, 0);
    assert.deepEqual(
      plan.issues.map((i) => `${i.line}:${i.field}`),
      // Line 6 repeats conversation c-1 with another email: line 3's was invalid, so line 6's is the first.
      ["3:sent_at", "3:author", "3:visitor_email", "4:text", "4:message_id", "5:source", "7:ended_at"],
    );
    assert.equal(plan.issues.find((i) => i.line === 4 && i.field === "message_id")!.message, "is already on line 2 of the same conversation");
    assert.equal(plan.issues[0]!.location, "Line 3");
    assert.equal(plan.summary.rowsWithErrors, 4);
    assert.equal(plan.summary.messages, 2);
  });

  it("refuses a file without the required columns, an empty file and malformed quoting", () => {
    assert.match(planCsvImport("source,text\nwebsite,hi\n", TZ).issues[0]!.message, /Missing columns: conversation_id, message_id, sent_at, author/);
    assert.match(planCsvImport(`${header}\n`, TZ).issues[0]!.message, /no rows/);
    assert.match(planCsvImport(`${header}\nwebsite,"c-1\n`, TZ).issues[0]!.message, /closing quote/);
  });

  it("refuses times before 1970 or more than a day ahead, as ingest would", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const csv = [header, row({ ...base, message_id: "1", sent_at: "1969-12-31T23:00:00Z" }), row({ ...base, message_id: "2", sent_at: "2026-03-12T12:00:00Z" }), row({ ...base, message_id: "3", sent_at: "2026-03-11T11:00:00Z" })].join("\n");
    assert.deepEqual(planCsvImport(csv, TZ, now).issues.map((i) => `${i.line}:${i.field}:${i.message}`), ["2:sent_at:must lie between 1970 and tomorrow", "3:sent_at:must lie between 1970 and tomorrow"]);
    const json = JSON.stringify({ source: "website", conversations: [{ externalId: "j", startedAt: "2030-01-01T00:00:00Z", messages: [] }] });
    assert.deepEqual(planJsonImport(json, now).issues.map((i) => [i.location, i.field]), [["conversations[0]", "startedAt"]]);
  });

  it("reads times with an offset, or as wall-clock time in the organisation's zone", () => {
    assert.equal(readImportTime("2026-07-01T12:00:00Z", TZ), "2026-07-01T12:00:00.000Z");
    assert.equal(readImportTime("2026-07-01 12:00", TZ), "2026-07-01T10:00:00.000Z");
    assert.equal(readImportTime("2026-07-01T12:00:30", TZ), "2026-07-01T10:00:30.000Z");
    assert.equal(readImportTime("2026-02-30 12:00", TZ), null);
    assert.equal(readImportTime("01/07/2026", TZ), null);
  });

  it("splits a long conversation across batches within the API's limits, keeping its id", () => {
    const messages = Array.from({ length: MAX_BATCH_MESSAGES + 5 }, (_, i) => ({ externalId: String(i), sentAt: "2026-03-02T09:00:00.000Z", author: "visitor" as const, text: "x" }));
    const batches = chunkConversations("website", [
      { externalId: "small", startedAt: "2026-03-02T09:00:00.000Z", visitor: {}, messages: messages.slice(0, 3) },
      { externalId: "long", startedAt: "2026-03-02T09:00:00.000Z", visitor: {}, messages },
    ]);
    assert.equal(batches.length, 2);
    for (const b of batches) assert.ok(batchSchema.safeParse(b).success);
    assert.deepEqual(batches[1]!.conversations.map((c) => [c.externalId, c.messages.length]), [["long", 8]]);
    assert.equal(batches.flatMap((b) => b.conversations).reduce((n, c) => n + c.messages.length, 0), MAX_BATCH_MESSAGES + 8);
  });

  it("takes a JSON file in the API's batch format and names the item and field of each problem", () => {
    const good = JSON.stringify({ source: "website", conversations: [{ externalId: "j-1", startedAt: "2026-03-02T09:00:00Z", messages: [{ externalId: "1", sentAt: "2026-03-02T09:00:00Z", author: "visitor", text: "Hi" }] }] });
    const plan = planChatImport(good, { fileName: "export.json", timeZone: TZ });
    assert.equal(plan.format, "json");
    assert.deepEqual(plan.issues, []);
    assert.equal(plan.batches.length, 1);
    assert.equal(plan.summary.messages, 1);
    const bad = planJsonImport(JSON.stringify({ source: "website", conversations: [{ externalId: "j-1", startedAt: "2026-03-02T09:00:00Z", messages: [{ externalId: "1", sentAt: "soon", author: "visitor", text: "Hi" }] }] }));
    assert.equal(bad.batches.length, 0);
    assert.deepEqual(bad.issues.map((i) => [i.location, i.field]), [["conversations[0].messages[0]", "sentAt"]]);
    assert.equal(bad.summary.rowsWithErrors, 1);
    assert.match(planJsonImport("{ nope").issues[0]!.message, /not valid JSON/);
    assert.match(planJsonImport("[]").issues[0]!.message, /one batch/);
  });

  it("recognises JSON by its content when the name does not say", () => {
    assert.equal(planChatImport('\uFEFF { "source": "x" }', { timeZone: TZ }).format, "json");
    assert.equal(planChatImport(CHAT_CSV_TEMPLATE, { fileName: "chats.csv", timeZone: TZ }).format, "csv");
  });
});
