import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { batchSchema } from "@/lib/chats/batch-schema";
import {
  chatwootInstant,
  chatwootMessageKind,
  contactUpdateBatch,
  mapParsedChatwootEvent,
  readChatwootEvent,
} from "@/lib/chats/chatwoot";

// What the webhook route does with a body: read the event, map it, and keep it when it became a batch.
function mapChatwootEvent(body: unknown, sourceKey: string) {
  const read = readChatwootEvent(body);
  if (read.status !== "ok") return null;
  const mapped = mapParsedChatwootEvent(read.event, sourceKey);
  return mapped.kind === "batch" ? mapped.batch : null;
}

// Shaped like Chatwoot's serialisers: Message#webhook_data for message_created (named message_type,
// ISO created_at, `conversation` from the event data presenter with push_event_data messages).
const contact = {
  id: 42,
  name: "Anna Svensson",
  email: "Anna.Svensson@example.se",
  phone_number: "+46701234567",
  identifier: "shop-user-981",
  thumbnail: "",
  additional_attributes: { city: "Umeå" },
  custom_attributes: {},
  type: "contact",
};

function conversation(overrides: Record<string, unknown> = {}) {
  return {
    additional_attributes: { browser: { browser_name: "Firefox" } },
    can_reply: true,
    channel: "Channel::WebWidget",
    contact_inbox: { source_id: "8d1f3c1e-0d0b-4a47-9b64-1b2f5b6d3e21" },
    id: 1187,
    inbox_id: 3,
    messages: [],
    labels: ["returns"],
    meta: { sender: contact, assignee: { id: 7, name: "Erik Agent", type: "user" }, team: null, hmac_verified: false },
    status: "open",
    custom_attributes: {},
    snoozed_until: null,
    unread_count: 1,
    first_reply_created_at: null,
    priority: null,
    waiting_since: 1772617500,
    agent_last_seen_at: 0,
    contact_last_seen_at: 0,
    last_activity_at: 1772617560,
    timestamp: 1772617560,
    created_at: 1772617500,
    ...overrides,
  };
}

function messageCreated(overrides: Record<string, unknown> = {}) {
  return {
    event: "message_created",
    account: { id: 5, name: "Northwind Outdoor" },
    additional_attributes: {},
    content_attributes: {},
    content_type: "text",
    content: "Hi, my order 100234 never arrived. Call me on 070-123 45 67",
    conversation: conversation(),
    created_at: "2026-03-04T09:46:00.000Z",
    id: 90001,
    inbox: { id: 3, name: "Website" },
    message_type: "incoming",
    private: false,
    sender: { ...contact, account: { id: 5, name: "Northwind Outdoor" } },
    source_id: null,
    ...overrides,
  };
}

function single(body: unknown) {
  const batch = mapChatwootEvent(body, "chatwoot-eu");
  assert.ok(batch, "expected a batch");
  assert.ok(batchSchema.safeParse(batch).success, "the batch must pass the API's own schema");
  assert.equal(batch.conversations.length, 1);
  return batch.conversations[0]!;
}

describe("Chatwoot event mapping", () => {
  it("maps an incoming message to a visitor message keyed by account and conversation", () => {
    const c = single(messageCreated());
    assert.equal(c.externalId, "5:1187");
    assert.equal(c.startedAt, "2026-03-04T09:45:00.000Z");
    assert.equal(c.endedAt, undefined);
    assert.deepEqual(c.visitor, { externalId: "5:42", name: "Anna Svensson", email: "Anna.Svensson@example.se", phone: "+46701234567" });
    assert.deepEqual(c.messages, [
      { externalId: "90001", sentAt: "2026-03-04T09:46:00.000Z", author: "visitor", authorName: "Anna Svensson", text: "Hi, my order 100234 never arrived. Call me on 070-123 45 67" },
    ]);
  });

  it("an outgoing message from a person is the agent's; from an agent bot or an automation, the bot's", () => {
    const agent = single(messageCreated({ message_type: "outgoing", sender: { id: 7, name: "Erik Agent", email: "erik@northwind.example", type: "user" }, content: "Sorry! Sending a new one." }));
    assert.equal(agent.messages[0]!.author, "agent");
    assert.equal(agent.messages[0]!.authorName, "Erik Agent");
    // The visitor block still comes from the conversation's contact, not from the agent.
    assert.equal(agent.visitor.email, "Anna.Svensson@example.se");
    const bot = single(messageCreated({ message_type: "outgoing", sender: { id: 2, name: "Returns bot", type: "agent_bot" } }));
    assert.equal(bot.messages[0]!.author, "bot");
    const automation = single(messageCreated({ message_type: "outgoing", sender: null }));
    assert.equal(automation.messages[0]!.author, "bot");
    const template = single(messageCreated({ message_type: "template", sender: null, content: "Please give us your email" }));
    assert.equal(template.messages[0]!.author, "bot");
  });

  it("skips private notes and activity messages: they are never stored as chat text", () => {
    const note = messageCreated({ message_type: "outgoing", private: true, content: "Customer sounds upset, card 4111 1111 1111 1111", sender: { id: 7, name: "Erik", type: "user" } });
    assert.equal(mapChatwootEvent(note, "chatwoot-eu"), null);
    const read = readChatwootEvent(note);
    assert.equal(read.status, "ok");
    if (read.status === "ok") assert.deepEqual(mapParsedChatwootEvent(read.event, "chatwoot-eu"), { kind: "skip", reason: "private note" });
    const activity = messageCreated({ message_type: "activity", content: "Conversation was resolved by Erik", sender: null });
    assert.equal(mapChatwootEvent(activity, "chatwoot-eu"), null);
    assert.equal(mapChatwootEvent(messageCreated({ message_type: 2, content: "Assigned to Erik" }), "chatwoot-eu"), null);
  });

  it("reads message_type as a name or as Chatwoot's number", () => {
    assert.equal(chatwootMessageKind("incoming"), "incoming");
    assert.equal(chatwootMessageKind(0), "incoming");
    assert.equal(chatwootMessageKind(1), "outgoing");
    assert.equal(chatwootMessageKind("2"), "activity");
    assert.equal(chatwootMessageKind(3), "template");
    assert.equal(chatwootMessageKind(9), "unknown");
    assert.equal(chatwootMessageKind("broadcast"), "unknown");
    assert.equal(single(messageCreated({ message_type: 0 })).messages[0]!.author, "visitor");
    assert.equal(single(messageCreated({ message_type: 1, sender: { id: 7, name: "Erik", type: "user" } })).messages[0]!.author, "agent");
  });

  it("reads Chatwoot's three time formats", () => {
    assert.equal(chatwootInstant(1772617500), "2026-03-04T09:45:00.000Z");
    assert.equal(chatwootInstant("2026-03-04T09:45:00.000Z"), "2026-03-04T09:45:00.000Z");
    assert.equal(chatwootInstant("2020-03-03 13:05:57 UTC"), "2020-03-03T13:05:57.000Z");
    assert.equal(chatwootInstant("2020-03-03 14:05:57 +0100"), "2020-03-03T13:05:57.000Z");
    assert.equal(chatwootInstant("not a date"), undefined);
    assert.equal(chatwootInstant(null), undefined);
  });

  it("maps conversation_created with its messages (push_event_data: numbers for type and time)", () => {
    const body = {
      event: "conversation_created",
      account: { id: 5, name: "Northwind Outdoor" },
      ...conversation({
        messages: [
          { id: 90010, content: "Hej! Jag har diabetes, tål ni byta skorna?", account_id: 5, inbox_id: 3, conversation_id: 1190, message_type: 0, created_at: 1772700000, private: false, sender_type: "Contact", sender_id: 42, sender: { ...contact } },
          { id: 90011, content: "Internal: check stock", account_id: 5, message_type: 1, created_at: 1772700030, private: true, sender: { id: 7, name: "Erik", type: "user" } },
          { id: 90012, content: "Erik self-assigned this conversation", account_id: 5, message_type: 2, created_at: 1772700040, private: false },
          { id: 90013, content: null, account_id: 5, message_type: 0, created_at: 1772700050, private: false, sender: contact, attachments: [{ file_type: "image" }] },
        ],
        id: 1190,
        created_at: 1772699990,
      }),
    };
    const c = single(body);
    assert.equal(c.externalId, "5:1190");
    assert.equal(c.startedAt, "2026-03-05T08:39:50.000Z");
    assert.deepEqual(
      c.messages.map((m) => [m.externalId, m.author, m.text]),
      [
        ["90010", "visitor", "Hej! Jag har diabetes, tål ni byta skorna?"],
        ["90013", "visitor", "[attachment: image]"],
      ],
    );
  });

  it("a resolved conversation gets its end from the last activity", () => {
    const body = { event: "conversation_status_changed", account: { id: 5 }, ...conversation({ status: "resolved", last_activity_at: 1772621160 }) };
    const c = single(body);
    assert.equal(c.endedAt, "2026-03-04T10:46:00.000Z");
    const updated = single({ event: "conversation_updated", changed_attributes: [{ status: { previous_value: "open", current_value: "resolved" } }], account: { id: 5 }, ...conversation({ status: "resolved" }) });
    assert.equal(updated.endedAt, "2026-03-04T09:46:00.000Z");
    assert.equal(single({ event: "conversation_updated", account: { id: 5 }, ...conversation({ status: "open" }) }).endedAt, undefined);
  });

  it("takes the account from the conversation's messages when an older Chatwoot leaves it out", () => {
    const body = { event: "conversation_created", ...conversation({ messages: [{ id: 1, content: "hi", account_id: 9, message_type: 0, created_at: 1772617500, private: false }] }) };
    assert.equal(single(body).externalId, "9:1187");
    const none = readChatwootEvent({ event: "conversation_created", ...conversation() });
    assert.equal(none.status, "ok");
    if (none.status === "ok") assert.equal(mapParsedChatwootEvent(none.event, "k").kind, "skip");
  });

  it("leaves out contact details our schema would refuse instead of failing the event", () => {
    const c = single(messageCreated({ conversation: conversation({ meta: { sender: { id: 42, name: "x".repeat(300), email: "not-an-email", phone_number: "9".repeat(50) } } }) }));
    assert.equal(c.visitor.email, undefined);
    assert.equal(c.visitor.phone, undefined);
    assert.equal(c.visitor.name!.length, 200);
  });

  it("truncates a message longer than the API allows rather than refusing it", () => {
    const c = single(messageCreated({ content: "a".repeat(25_000) }));
    assert.equal(c.messages[0]!.text.length, 20_000);
    assert.ok(c.messages[0]!.text.endsWith("[…truncated]"));
  });

  it("takes the category from a conversation custom attribute named category", () => {
    assert.equal(single(messageCreated({ conversation: conversation({ custom_attributes: { category: "Returns" } }) })).category, "Returns");
  });

  it("answers null for events it does not handle, and flags malformed ones", () => {
    assert.equal(mapChatwootEvent({ event: "conversation_typing_on", conversation: conversation() }, "k"), null);
    assert.deepEqual(readChatwootEvent({ event: "webwidget_triggered" }), { status: "ignored", event: "webwidget_triggered" });
    assert.equal(readChatwootEvent({ event: "message_created", id: 1 }).status, "invalid");
    assert.equal(readChatwootEvent([1, 2]).status, "invalid");
    assert.equal(readChatwootEvent({ no: "event" }).status, "invalid");
  });

  it("contact events carry the visitor block for that contact's known conversations", () => {
    const read = readChatwootEvent({ event: "contact_updated", ...contact, email: "anna.new@example.se", account: { id: 5, name: "Northwind" }, changed_attributes: [{ email: {} }] });
    assert.equal(read.status, "ok");
    if (read.status !== "ok") return;
    const mapped = mapParsedChatwootEvent(read.event, "chatwoot-eu");
    assert.equal(mapped.kind, "contact");
    if (mapped.kind !== "contact") return;
    assert.equal(mapped.visitorExternalId, "5:42");
    assert.equal(mapped.visitor.email, "anna.new@example.se");
    assert.equal(contactUpdateBatch("chatwoot-eu", mapped.visitor, []), null);
    const batch = contactUpdateBatch("chatwoot-eu", mapped.visitor, [{ externalId: "5:1187", startedAt: new Date("2026-03-04T09:45:00Z") }]);
    assert.ok(batch && batchSchema.safeParse(batch).success);
    assert.deepEqual(batch.conversations[0]!.messages, []);
  });
});
