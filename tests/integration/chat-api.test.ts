import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { GET as unknownApiPath } from "@/app/api/[...path]/route";
import { GET as getConversation } from "@/app/api/v1/conversations/[id]/route";
import { POST as postConversations } from "@/app/api/v1/conversations/route";
import { GET as getSubjects } from "@/app/api/v1/subjects/route";
import { createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { auditLog, chatSources, conversations } from "@/db/schema";
import { MAX_BATCH_BYTES } from "@/lib/chats/batch-schema";
import { useTestDatabase } from "../helpers/db";

const BASE = "http://localhost";
const NOW = Math.floor(Date.now() / 1000) * 1000;
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

const goodBatch = {
  source: "website",
  conversations: [
    {
      externalId: "api-1",
      startedAt: at(30),
      endedAt: at(10),
      category: "payment",
      visitor: { externalId: "v-9", name: "Lena Ek", email: "Lena.Ek@Example.com", phone: "070-174 06 55" },
      messages: [
        { externalId: "1", sentAt: at(29), author: "visitor", text: "Refund to SE45 5000 0000 0583 9825 7466 please" },
        { externalId: "2", sentAt: at(28), author: "agent", authorName: "Elin", text: "Refunds go to the card you paid with." },
      ],
    },
  ],
};

function post(body: BodyInit | null, key?: string, headers: Record<string, string> = {}) {
  return postConversations(
    new Request(`${BASE}/api/v1/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
  );
}

const getById = (id: string, key: string) =>
  getConversation(new Request(`${BASE}/api/v1/conversations/${id}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({ id }) });
const lookup = (identifier: string | null, key: string) =>
  getSubjects(new Request(`${BASE}/api/v1/subjects${identifier === null ? "" : `?identifier=${encodeURIComponent(identifier)}`}`, { headers: { authorization: `Bearer ${key}` } }));

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; details?: string[] } };
  assert.ok(body.error.message.length > 0);
  return body.error;
}

describe("HTTP API v1", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let writer: string;
  let reader: string;
  let revoked: string;
  const conversationCount = async () => (await db.handle.db.select().from(conversations)).length;

  before(async () => {
    db = await useTestDatabase();
    writer = (await createApiKey({ type: "system" }, { name: "writer", scopes: ["chats:write"] })).key;
    reader = (await createApiKey({ type: "system" }, { name: "reader", scopes: ["chats:read"] })).key;
    const gone = await createApiKey({ type: "system" }, { name: "gone", scopes: ["chats:write", "chats:read"] });
    await revokeApiKey({ type: "system" }, gone.id);
    revoked = gone.key;
  });
  after(() => db.cleanup());

  it("answers 401 without a key, with a revoked key and with a made-up key", async () => {
    for (const key of [undefined, revoked, `dpo_${"x".repeat(43)}`]) {
      const response = await post(JSON.stringify(goodBatch), key);
      assert.equal(response.status, 401);
      assert.equal(response.headers.get("www-authenticate"), 'Bearer realm="dpo-desk"');
      assert.equal((await errorOf(response)).code, "unauthorized");
    }
    assert.equal((await getById("00000000-0000-4000-8000-000000000000", revoked)).status, 401);
    assert.equal(await conversationCount(), 0);
  });

  it("answers 403 when the key lacks the scope", async () => {
    const response = await post(JSON.stringify(goodBatch), reader);
    assert.equal(response.status, 403);
    assert.equal((await errorOf(response)).code, "forbidden");
    assert.equal((await lookup("a@example.com", writer)).status, 403);
    assert.equal((await getById("00000000-0000-4000-8000-000000000000", writer)).status, 403);
    assert.equal(await conversationCount(), 0);
  });

  it("answers 400 naming the item and field, and writes nothing of the batch", async () => {
    const bad = structuredClone(goodBatch) as { source: string; conversations: Array<Record<string, unknown>> };
    bad.conversations.push({ externalId: "api-2", startedAt: at(5), visitor: {}, messages: [{ externalId: "1", sentAt: "yesterday", author: "visitor", text: "hi" }] });
    const response = await post(JSON.stringify(bad), writer);
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.equal(error.code, "invalid_batch");
    assert.ok(error.details!.some((d) => d.startsWith("conversations[1].messages[0].sentAt:")), JSON.stringify(error.details));
    assert.equal(await conversationCount(), 0, "the valid first conversation was not written either");
    assert.equal((await db.handle.db.select().from(chatSources)).length, 0);

    const invalidJson = await post("{ not json", writer);
    assert.equal(invalidJson.status, 400);
    assert.equal((await errorOf(invalidJson)).code, "invalid_json");
    const empty = await post(JSON.stringify({ source: "Website!", conversations: [] }), writer);
    assert.deepEqual((await errorOf(empty)).details, ["source: must be 1–63 lower-case letters, digits, '-' or '_'", "conversations: must hold at least one conversation"]);
    const plainText = await post(JSON.stringify(goodBatch), writer, { "content-type": "text/plain" });
    assert.equal(plainText.status, 415);
  });

  it("answers 413 for a body above the limit, declared or streamed", async () => {
    const declared = await post(JSON.stringify(goodBatch), writer, { "content-length": String(MAX_BATCH_BYTES + 1) });
    assert.equal(declared.status, 413);
    assert.equal((await errorOf(declared)).code, "payload_too_large");

    const chunk = new TextEncoder().encode(" ".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Never-ending whitespace: the handler must stop reading at the limit, not at the end.
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post(stream, writer);
    assert.equal(streamed.status, 413);
    assert.ok(sent <= MAX_BATCH_BYTES + 3 * chunk.byteLength, `read ${sent} bytes`);
    assert.equal(await conversationCount(), 0);
  });

  let conversationId: string;
  it("stores a valid batch (201 with counts) and answers 200 when it is sent again", async () => {
    const created = await post(JSON.stringify(goodBatch), writer);
    assert.equal(created.status, 201);
    const body = (await created.json()) as Record<string, unknown>;
    assert.deepEqual(body.conversations, { received: 1, inserted: 1, duplicates: 0 });
    assert.deepEqual(body.messages, { received: 2, inserted: 2, duplicates: 0 });
    assert.equal(body.findings, 1);

    const again = await post(JSON.stringify(goodBatch), writer);
    assert.equal(again.status, 200);
    assert.deepEqual(((await again.json()) as Record<string, unknown>).messages, { received: 2, inserted: 0, duplicates: 2 });

    const [row] = await db.handle.db.select({ id: conversations.id }).from(conversations).where(eq(conversations.externalId, "api-1"));
    conversationId = row!.id;
    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "chats.ingest"));
    assert.equal(entries.length, 2);
    assert.equal(entries[0]!.actorType, "api");
    assert.equal(typeof (entries[0]!.summary as Record<string, unknown>).apiKeyId, "string", "the entry names the key that sent the batch");
  });

  it("returns a conversation with its messages and findings, and 404 for an unknown or malformed id", async () => {
    const response = await getById(conversationId, reader);
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      conversation: { id: string; source: { key: string }; subjectId: string; visitor: { email: string; phone: string }; messageCount: number; category: string };
      messages: Array<{ id: number; externalId: string; author: string; text: string }>;
      findings: Array<{ messageId: number; type: string; subtype: string | null; start: number; end: number; confidence: number; status: string }>;
    };
    assert.equal(body.conversation.id, conversationId);
    assert.equal(body.conversation.source.key, "website");
    assert.equal(body.conversation.visitor.email, "lena.ek@example.com");
    assert.equal(body.conversation.visitor.phone, "+46701740655");
    assert.equal(body.conversation.messageCount, 2);
    assert.ok(body.conversation.subjectId);
    assert.deepEqual(body.messages.map((m) => [m.externalId, m.author]), [["1", "visitor"], ["2", "agent"]]);
    assert.equal(body.findings.length, 1);
    const finding = body.findings[0]!;
    const message = body.messages.find((m) => m.id === finding.messageId)!;
    assert.equal(finding.type, "iban");
    assert.equal(finding.status, "open");
    assert.equal(message.text.slice(finding.start, finding.end).replace(/ /g, ""), "SE4550000000058398257466");

    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const missing = await getById(id, reader);
      assert.equal(missing.status, 404);
      assert.equal((await errorOf(missing)).code, "not_found");
    }
  });

  it("finds a person by email and by phone written another way", async () => {
    const byEmail = await lookup("LENA.EK@example.com", reader);
    assert.equal(byEmail.status, 200);
    const emailBody = (await byEmail.json()) as {
      identifier: { kind: string; value: string };
      subjects: Array<{ id: string; displayName: string; identifiers: Array<{ kind: string; value: string; origin: string }>; conversations: Array<{ id: string; source: string; startedAt: string; messageCount: number }> }>;
    };
    assert.deepEqual(emailBody.identifier, { kind: "email", value: "lena.ek@example.com" });
    assert.equal(emailBody.subjects.length, 1);
    const person = emailBody.subjects[0]!;
    assert.equal(person.displayName, "Lena Ek");
    assert.deepEqual(person.identifiers.map((i) => `${i.kind}:${i.value}:${i.origin}`), ["email:lena.ek@example.com:visitor", "phone:+46701740655:visitor", "visitor_id:website:v-9:visitor"]);
    assert.deepEqual(person.conversations.map((c) => [c.id, c.source, c.messageCount]), [[conversationId, "website", 2]]);

    const byPhone = (await (await lookup("+46 (0)70-174 06 55", reader)).json()) as typeof emailBody;
    assert.deepEqual(byPhone.identifier, { kind: "phone", value: "+46701740655" });
    assert.equal(byPhone.subjects[0]?.id, person.id);
    const local = (await (await lookup("0701740655", reader)).json()) as typeof emailBody;
    assert.equal(local.subjects[0]?.id, person.id);

    const unknown = (await (await lookup("nobody@example.com", reader)).json()) as typeof emailBody;
    assert.deepEqual(unknown.subjects, []);
    for (const identifier of ["hello", "", null, "12", "@@"]) {
      const response = await lookup(identifier, reader);
      assert.equal(response.status, 400, String(identifier));
      assert.equal((await errorOf(response)).code, "invalid_identifier");
    }
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = unknownApiPath();
    assert.equal(response.status, 404);
    assert.equal((await errorOf(response)).code, "not_found");
  });
});
