import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { count, eq } from "drizzle-orm";
import { POST } from "@/app/api/webhooks/chatwoot/[source]/route";
import { createChatwootSource, setChatwootSigningSecret } from "@/db/queries/chats";
import { auditLog, chatSources, conversations, messages, subjectIdentifiers } from "@/db/schema";
import { chatwootSignature } from "@/lib/chats/secret-box";
import { useTestDatabase } from "../helpers/db";

const SIGNING_SECRET = "Zk2pQm9XwY4rT7uV8sA1bC3d";
const now = Math.floor(Date.now() / 1000);

const contact = { id: 42, name: "Anna Svensson", email: "anna.svensson@example.se", phone_number: "+46701234567", identifier: null, type: "contact" };

function conversation(overrides: Record<string, unknown> = {}) {
  return { id: 1187, inbox_id: 3, messages: [], meta: { sender: contact, assignee: null }, status: "open", custom_attributes: {}, created_at: now - 120, last_activity_at: now - 60, timestamp: now - 60, ...overrides };
}

function messageCreated(overrides: Record<string, unknown> = {}) {
  return {
    event: "message_created",
    account: { id: 5, name: "Northwind Outdoor" },
    content: "Hi! My card 4111 1111 1111 1111 was charged twice.",
    content_type: "text",
    conversation: conversation(),
    created_at: new Date((now - 60) * 1000).toISOString(),
    id: 90001,
    inbox: { id: 3, name: "Website" },
    message_type: "incoming",
    private: false,
    sender: contact,
    ...overrides,
  };
}

type Auth = { token?: string; sign?: { secret: string; timestamp?: string } };

function send(key: string, payload: unknown, auth: Auth, rawBody?: string) {
  const body = rawBody ?? JSON.stringify(payload);
  const url = new URL(`http://dpo-desk.test/api/webhooks/chatwoot/${key}`);
  if (auth.token !== undefined) url.searchParams.set("token", auth.token);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth.sign) {
    const ts = auth.sign.timestamp ?? String(Math.floor(Date.now() / 1000));
    headers["x-chatwoot-timestamp"] = ts;
    headers["x-chatwoot-signature"] = chatwootSignature(auth.sign.secret, ts, new TextEncoder().encode(body));
  }
  return POST(new Request(url, { method: "POST", headers, body }), { params: Promise.resolve({ source: key }) });
}

describe("Chatwoot webhook", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let token: string;
  let sourceId: string;
  const counts = async () => {
    const [m] = await db.handle.db.select({ n: count() }).from(messages);
    const [c] = await db.handle.db.select({ n: count() }).from(conversations);
    const [a] = await db.handle.db.select({ n: count() }).from(auditLog);
    return { messages: m!.n, conversations: c!.n, audit: a!.n };
  };

  before(async () => {
    db = await useTestDatabase();
    const created = await createChatwootSource({ type: "system" }, { key: "chatwoot-eu", name: "Chatwoot (EU)" });
    assert.ok(created.ok);
    token = created.token;
    sourceId = created.id;
  });
  after(() => db.cleanup());

  it("refuses a wrong or missing token with 401 and writes nothing", async () => {
    const before = await counts();
    for (const auth of [{}, { token: "wrong" }, { token: token.slice(0, -1) }] as Auth[]) {
      const res = await send("chatwoot-eu", messageCreated(), auth);
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, "unauthorized");
    }
    // A signature made with a secret the source does not hold does not pass either.
    assert.equal((await send("chatwoot-eu", messageCreated(), { sign: { secret: SIGNING_SECRET } })).status, 401);
    assert.deepEqual(await counts(), before);
  });

  it("answers the same 401 for an unknown source and for a source that is not a Chatwoot one", async () => {
    await db.handle.db.insert(chatSources).values({ key: "website", name: "Website", kind: "api" });
    assert.equal((await send("nope", messageCreated(), { token })).status, 401);
    assert.equal((await send("website", messageCreated(), { token })).status, 401);
    assert.equal((await send("../etc", messageCreated(), { token })).status, 401);
  });

  it("stores an incoming message as the visitor's, with the contact's identifiers and the findings", async () => {
    const res = await send("chatwoot-eu", messageCreated(), { token });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { messages: { inserted: number }; findings: number };
    assert.equal(body.messages.inserted, 1);
    assert.ok(body.findings >= 1);
    const [row] = await db.handle.db
      .select({ author: messages.author, authorName: messages.authorName, text: messages.text, externalId: messages.externalId, conv: conversations.externalId, email: conversations.visitorEmail, visitor: conversations.visitorExternalId })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(eq(conversations.sourceId, sourceId));
    assert.deepEqual(row, { author: "visitor", authorName: "Anna Svensson", text: "Hi! My card 4111 1111 1111 1111 was charged twice.", externalId: "90001", conv: "5:1187", email: "anna.svensson@example.se", visitor: "5:42" });
    const ids = await db.handle.db.select({ kind: subjectIdentifiers.kind, value: subjectIdentifiers.value }).from(subjectIdentifiers);
    assert.ok(ids.some((i) => i.kind === "email" && i.value === "anna.svensson@example.se"));
    assert.ok(ids.some((i) => i.kind === "visitor_id" && i.value === "chatwoot-eu:5:42"));
    const [source] = await db.handle.db.select({ last: chatSources.lastReceivedAt }).from(chatSources).where(eq(chatSources.id, sourceId));
    assert.ok(source!.last);
  });

  it("a replayed event is idempotent: no second message, no second conversation", async () => {
    const before = await counts();
    const res = await send("chatwoot-eu", messageCreated(), { token });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { messages: { inserted: number; duplicates: number } };
    assert.deepEqual([body.messages.inserted, body.messages.duplicates], [0, 1]);
    const after = await counts();
    assert.equal(after.messages, before.messages);
    assert.equal(after.conversations, before.conversations);
  });

  it("never stores a private note or an activity message", async () => {
    const before = await counts();
    const note = await send("chatwoot-eu", messageCreated({ id: 90002, message_type: "outgoing", private: true, content: "Internal: customer's IBAN SE45 5000 0000 0583 9825 7466", sender: { id: 7, name: "Erik", type: "user" } }), { token });
    assert.equal(note.status, 200);
    assert.deepEqual(await note.json(), { ignored: true, event: "message_created", reason: "private note" });
    const activity = await send("chatwoot-eu", messageCreated({ id: 90003, message_type: 2, content: "Conversation was marked resolved by Erik", sender: null }), { token });
    assert.equal(activity.status, 200);
    assert.deepEqual(await counts(), before);
    const stored = await db.handle.db.select({ id: messages.id }).from(messages).where(eq(messages.externalId, "90002"));
    assert.equal(stored.length, 0);
  });

  it("acknowledges an event it does not handle with 200 and ignores it", async () => {
    const before = await counts();
    const res = await send("chatwoot-eu", { event: "conversation_typing_on", conversation: conversation() }, { token });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { ignored: boolean }).ignored, true);
    assert.deepEqual(await counts(), before);
  });

  it("answers 400 for a malformed body and 413 for an oversized one, writing nothing", async () => {
    const before = await counts();
    assert.equal((await send("chatwoot-eu", null, { token }, "{not json")).status, 400);
    assert.equal((await send("chatwoot-eu", { event: "message_created", id: 5 }, { token })).status, 400);
    assert.equal((await send("chatwoot-eu", messageCreated({ id: 90009, content: "x".repeat(1024 * 1024) }), { token })).status, 413);
    assert.deepEqual(await counts(), before);
  });

  it("accepts Chatwoot's HMAC signature once the signing secret is stored, within five minutes", async () => {
    assert.ok(await setChatwootSigningSecret({ type: "system" }, sourceId, SIGNING_SECRET));
    const outgoing = messageCreated({ id: 90004, message_type: "outgoing", content: "We have refunded the double charge.", sender: { id: 7, name: "Erik Agent", type: "user" } });
    const stale = String(Math.floor(Date.now() / 1000) - 600);
    assert.equal((await send("chatwoot-eu", outgoing, { sign: { secret: SIGNING_SECRET, timestamp: stale } })).status, 401);
    assert.equal((await send("chatwoot-eu", outgoing, { sign: { secret: "another-secret-entirely" } })).status, 401);
    // The body is what is signed: a body changed after signing fails.
    const signedFor = JSON.stringify(outgoing);
    const ts = String(Math.floor(Date.now() / 1000));
    const tampered = new Request("http://dpo-desk.test/api/webhooks/chatwoot/chatwoot-eu", {
      method: "POST",
      headers: { "x-chatwoot-timestamp": ts, "x-chatwoot-signature": chatwootSignature(SIGNING_SECRET, ts, new TextEncoder().encode(signedFor)) },
      body: signedFor.replace("refunded", "ignored"),
    });
    assert.equal((await POST(tampered, { params: Promise.resolve({ source: "chatwoot-eu" }) })).status, 401);
    const res = await send("chatwoot-eu", outgoing, { sign: { secret: SIGNING_SECRET } });
    assert.equal(res.status, 200);
    const [row] = await db.handle.db.select({ author: messages.author, authorName: messages.authorName }).from(messages).where(eq(messages.externalId, "90004"));
    assert.deepEqual(row, { author: "agent", authorName: "Erik Agent" });
    // The token keeps working next to the signature.
    assert.equal((await send("chatwoot-eu", messageCreated({ id: 90005, content: "Thanks!" }), { token })).status, 200);
  });

  it("a resolved conversation gets its end time; a contact update reaches the conversations held for that contact", async () => {
    const resolvedAt = now - 30;
    const res = await send("chatwoot-eu", { event: "conversation_status_changed", account: { id: 5 }, ...conversation({ status: "resolved", last_activity_at: resolvedAt }) }, { token });
    assert.equal(res.status, 200);
    const [conv] = await db.handle.db.select({ ended: conversations.endedAt }).from(conversations).where(eq(conversations.externalId, "5:1187"));
    assert.equal(conv!.ended?.getTime(), resolvedAt * 1000);

    const update = await send("chatwoot-eu", { event: "contact_updated", ...contact, phone_number: "+46709998877", account: { id: 5, name: "Northwind" }, changed_attributes: [{ phone_number: {} }] }, { token });
    assert.equal(update.status, 200);
    const [after] = await db.handle.db.select({ phone: conversations.visitorPhone }).from(conversations).where(eq(conversations.externalId, "5:1187"));
    assert.equal(after!.phone, "+46709998877");
    const phones = await db.handle.db.select({ value: subjectIdentifiers.value }).from(subjectIdentifiers).where(eq(subjectIdentifiers.kind, "phone"));
    assert.ok(phones.some((p) => p.value === "+46709998877"));
    const unknown = await send("chatwoot-eu", { event: "contact_created", id: 77, name: "New Person", email: "new@example.se", account: { id: 5 } }, { token });
    assert.equal(unknown.status, 200);
    assert.equal(((await unknown.json()) as { ignored: boolean }).ignored, true);
  });

  it("conversation_created stores the conversation with its chat messages only", async () => {
    const payload = {
      event: "conversation_created",
      account: { id: 5, name: "Northwind" },
      ...conversation({
        id: 1200,
        messages: [
          { id: 91000, content: "Hej, jag behöver hjälp med min beställning", account_id: 5, message_type: 0, created_at: now - 100, private: false, sender: contact },
          { id: 91001, content: "note", account_id: 5, message_type: 1, created_at: now - 90, private: true, sender: { id: 7, name: "Erik", type: "user" } },
        ],
      }),
    };
    assert.equal((await send("chatwoot-eu", payload, { token })).status, 200);
    const rows = await db.handle.db
      .select({ externalId: messages.externalId })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(eq(conversations.externalId, "5:1200"));
    assert.deepEqual(rows.map((r) => r.externalId), ["91000"]);
  });

  it("audits ingest as the system, with counts and no chat text", async () => {
    const entries = await db.handle.db.select({ action: auditLog.action, actorType: auditLog.actorType, entityId: auditLog.entityId, summary: auditLog.summary }).from(auditLog).where(eq(auditLog.action, "chats.ingest"));
    assert.ok(entries.length >= 3);
    for (const e of entries) {
      assert.equal(e.actorType, "system");
      assert.equal(e.entityId, sourceId);
      const text = JSON.stringify(e.summary);
      assert.ok(!text.includes("4111") && !text.includes("anna.svensson") && !text.includes(token));
    }
  });
});
