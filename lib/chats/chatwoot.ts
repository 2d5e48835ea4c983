import { z } from "zod";
import { batchVisitorSchema, MAX_MESSAGE_LENGTH, type BatchConversation, type BatchMessage, type ChatBatch } from "./batch-schema";

// Chatwoot's webhook events mapped onto the one batch shape. Pure: the route authenticates, looks
// things up and ingests. Shapes follow Chatwoot's own serialisers: Message#webhook_data (message
// events), Conversations::EventDataPresenter (conversation events and `conversation` inside message
// events, whose `messages[]` use Message#push_event_data: numeric message_type and epoch created_at),
// Contact#webhook_data (contact events). Versions differ in details, so every field is optional
// except the ids a record cannot be keyed without.

export const HANDLED_CHATWOOT_EVENTS = [
  "message_created",
  "conversation_created",
  "conversation_updated",
  "conversation_status_changed",
  "contact_created",
  "contact_updated",
] as const;
export type ChatwootEventName = (typeof HANDLED_CHATWOOT_EVENTS)[number];

const chatwootId = z.union([z.number().int().nonnegative(), z.string().trim().min(1).max(100)]).transform((v) => String(v));
// Epoch seconds (push_event_data), ISO 8601 (webhook_data), or "2020-03-03 13:05:57 UTC" (older docs).
const chatwootTime = z.union([z.number(), z.string()]).nullish();
const text = z.string().nullish();

const contactSchema = z
  .object({ id: chatwootId.optional(), name: text, email: text, phone_number: text, identifier: text, type: text, account: z.object({ id: chatwootId.optional() }).loose().nullish() })
  .loose();

const senderSchema = z.object({ id: chatwootId.optional(), name: text, type: text }).loose();

const pushMessageSchema = z
  .object({
    id: chatwootId,
    content: text,
    created_at: chatwootTime,
    message_type: z.union([z.number(), z.string()]).nullish(),
    private: z.boolean().nullish(),
    sender_type: text,
    sender: senderSchema.nullish(),
    account_id: chatwootId.optional(),
    attachments: z.array(z.object({ file_type: text }).loose()).nullish(),
  })
  .loose();

const conversationSchema = z
  .object({
    id: chatwootId,
    display_id: chatwootId.optional(),
    account_id: chatwootId.optional(),
    status: text,
    created_at: chatwootTime,
    timestamp: chatwootTime,
    last_activity_at: chatwootTime,
    messages: z.array(pushMessageSchema).nullish(),
    meta: z.object({ sender: contactSchema.nullish() }).loose().nullish(),
    custom_attributes: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

const accountSchema = z.object({ id: chatwootId }).loose();

const messageEventSchema = pushMessageSchema.extend({
  event: z.literal("message_created"),
  contact: contactSchema.nullish(),
  conversation: conversationSchema,
  account: accountSchema.nullish(),
});

const conversationEventSchema = conversationSchema.extend({
  event: z.enum(["conversation_created", "conversation_updated", "conversation_status_changed"]),
  account: accountSchema.nullish(),
});

const contactEventSchema = contactSchema.extend({ event: z.enum(["contact_created", "contact_updated"]), id: chatwootId });

export type ChatwootMessageEvent = z.infer<typeof messageEventSchema>;
export type ChatwootConversationEvent = z.infer<typeof conversationEventSchema>;
export type ChatwootContactEvent = z.infer<typeof contactEventSchema>;
export type ChatwootEvent = ChatwootMessageEvent | ChatwootConversationEvent | ChatwootContactEvent;
type PushMessage = z.infer<typeof pushMessageSchema>;
type Contact = z.infer<typeof contactSchema>;

export type ReadEvent =
  | { status: "ok"; event: ChatwootEvent }
  | { status: "ignored"; event: string | null }
  | { status: "invalid"; message: string };

/** Sorts a parsed JSON body into: an event we handle, one we acknowledge and ignore, or a malformed one. */
export function readChatwootEvent(body: unknown): ReadEvent {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { status: "invalid", message: "The body must be a JSON object." };
  const name = (body as { event?: unknown }).event;
  if (typeof name !== "string") return { status: "invalid", message: 'The body has no "event" name.' };
  if (!(HANDLED_CHATWOOT_EVENTS as readonly string[]).includes(name)) return { status: "ignored", event: name.slice(0, 100) };
  const schema = name === "message_created" ? messageEventSchema : name.startsWith("contact_") ? contactEventSchema : conversationEventSchema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { status: "invalid", message: `${name}: ${issue.path.join(".") || "body"} ${issue.message}` };
  }
  return { status: "ok", event: parsed.data };
}

/** An instant as ISO 8601 in UTC, or undefined when the value is missing or unreadable. */
export function chatwootInstant(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  let ms: number;
  if (typeof value === "number") ms = value * 1000;
  else if (typeof value === "string" && /^\d{9,11}(\.\d+)?$/.test(value)) ms = Number(value) * 1000;
  else if (typeof value === "string") {
    // Ruby's Time#to_s: "2020-03-03 13:05:57 UTC" or "… +0100".
    const ruby = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) (UTC|[+-]\d{2}:?\d{2})$/.exec(value.trim());
    ms = ruby ? Date.parse(`${ruby[1]}T${ruby[2]}${ruby[3] === "UTC" ? "Z" : ruby[3]}`) : Date.parse(value);
  } else return undefined;
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return new Date(ms).toISOString();
}

type Kind = "incoming" | "outgoing" | "activity" | "template" | "unknown";
const MESSAGE_TYPES: readonly Kind[] = ["incoming", "outgoing", "activity", "template"];

/** Chatwoot's enum: incoming 0, outgoing 1, activity 2, template 3; webhook_data names it, push_event_data numbers it. */
export function chatwootMessageKind(value: unknown): Kind {
  if (typeof value === "number" || (typeof value === "string" && /^\d$/.test(value))) return MESSAGE_TYPES[Number(value)] ?? "unknown";
  return typeof value === "string" && (MESSAGE_TYPES as readonly string[]).includes(value) ? (value as Kind) : "unknown";
}

const TRUNCATED = " […truncated]";

function messageText(m: PushMessage): string | null {
  let content = (m.content ?? "").trim() ? m.content! : "";
  if (!content) {
    // An attachment-only message is still something the visitor sent: say so rather than drop it.
    const files = (m.attachments ?? []).map((a) => a.file_type || "file");
    if (files.length === 0) return null;
    content = files.length === 1 ? `[attachment: ${files[0]}]` : `[${files.length} attachments: ${files.join(", ")}]`;
  }
  return content.length > MAX_MESSAGE_LENGTH ? content.slice(0, MAX_MESSAGE_LENGTH - TRUNCATED.length) + TRUNCATED : content;
}

function clip(value: string | null | undefined, max: number): string | undefined {
  const v = value?.trim();
  return v ? v.slice(0, max) : undefined;
}

/**
 * One chat message, or null for what is not chat text: private notes (agents' internal remarks) and
 * activity messages (assignment changes, "conversation resolved"). Outgoing messages from a person
 * are the agent's; from an agent bot, Captain or an automation (no sender) they are the bot's.
 */
export function mapChatwootMessage(m: PushMessage, contactName?: string): BatchMessage | null {
  const kind = chatwootMessageKind(m.message_type);
  if (m.private === true || kind === "activity" || kind === "unknown") return null;
  const sentAt = chatwootInstant(m.created_at);
  const body = messageText(m);
  if (!sentAt || body === null) return null;
  const senderType = (m.sender?.type ?? m.sender_type ?? "").toLowerCase();
  let author: BatchMessage["author"];
  if (kind === "incoming") author = "visitor";
  else if (kind === "template") author = "bot";
  else author = senderType === "user" ? "agent" : "bot";
  const authorName = author === "visitor" ? clip(m.sender?.name ?? contactName, 200) : clip(m.sender?.name, 200);
  return { externalId: m.id, sentAt, author, ...(authorName ? { authorName } : {}), text: body };
}

/** The visitor block from a Chatwoot contact; values our schema would refuse are left out rather than failing the event. */
export function chatwootVisitor(contact: Contact | null | undefined, accountId: string): BatchConversation["visitor"] {
  if (!contact) return {};
  const visitor: BatchConversation["visitor"] = {};
  // The contact id is stable for the contact's life; `identifier` (the site's own user id) may be set later.
  if (contact.id) visitor.externalId = `${accountId}:${contact.id}`;
  const name = clip(contact.name, 200);
  if (name) visitor.name = name;
  const email = batchVisitorSchema.shape.email.safeParse(contact.email?.trim() || undefined);
  if (email.success && email.data) visitor.email = email.data;
  const phone = contact.phone_number?.trim();
  if (phone && phone.length <= 40) visitor.phone = phone;
  return visitor;
}

type Conversation = z.infer<typeof conversationSchema>;

function accountIdOf(conversation: Conversation, account: { id: string } | null | undefined, extra?: PushMessage): string | undefined {
  return account?.id ?? conversation.account_id ?? extra?.account_id ?? conversation.messages?.find((m) => m.account_id)?.account_id;
}

function earliest(values: Array<string | undefined>): string | undefined {
  return values.filter((v): v is string => Boolean(v)).sort()[0];
}

function latest(values: Array<string | undefined>): string | undefined {
  return values.filter((v): v is string => Boolean(v)).sort().at(-1);
}

function conversationEntry(conversation: Conversation, accountId: string, contact: Contact | null | undefined, messages: BatchMessage[]): BatchConversation | null {
  const sentTimes = messages.map((m) => m.sentAt);
  // `timestamp` was the creation time in older Chatwoot and is the last activity in newer: only a lower bound for neither.
  const startedAt = earliest([chatwootInstant(conversation.created_at), ...sentTimes]) ?? chatwootInstant(conversation.timestamp);
  if (!startedAt) return null;
  const entry: BatchConversation = {
    externalId: `${accountId}:${conversation.display_id ?? conversation.id}`,
    startedAt,
    visitor: chatwootVisitor(contact, accountId),
    messages,
  };
  if (conversation.status === "resolved") {
    // Chatwoot sends no "resolved at"; the last activity is when it was resolved (or its last message).
    const endedAt = latest([chatwootInstant(conversation.last_activity_at) ?? chatwootInstant(conversation.timestamp), ...sentTimes]);
    if (endedAt) entry.endedAt = endedAt < startedAt ? startedAt : endedAt;
  }
  const category = conversation.custom_attributes?.category;
  if (typeof category === "string" && category.trim()) entry.category = category.trim().slice(0, 100);
  return entry;
}

export type ChatwootMapping =
  | { kind: "batch"; batch: ChatBatch }
  | { kind: "contact"; visitorExternalId: string; visitor: BatchConversation["visitor"] }
  | { kind: "skip"; reason: string };

/** What a parsed event means for our data. */
export function mapParsedChatwootEvent(event: ChatwootEvent, sourceKey: string): ChatwootMapping {
  if (event.event === "contact_created" || event.event === "contact_updated") {
    const accountId = event.account?.id;
    if (!accountId) return { kind: "skip", reason: "the contact names no account" };
    return { kind: "contact", visitorExternalId: `${accountId}:${event.id}`, visitor: chatwootVisitor(event, accountId) };
  }
  if (event.event === "message_created") {
    const accountId = accountIdOf(event.conversation, event.account, event);
    if (!accountId) return { kind: "skip", reason: "the message names no account" };
    const kind = chatwootMessageKind(event.message_type);
    if (event.private === true) return { kind: "skip", reason: "private note" };
    if (kind === "activity") return { kind: "skip", reason: "activity message" };
    // webhook_data's sender is the contact for incoming messages; older versions sent it as `contact`.
    const contact = event.conversation.meta?.sender ?? (kind === "incoming" && event.sender ? { ...event.sender, type: "contact" } : event.contact);
    const message = mapChatwootMessage(event, contact?.name ?? undefined);
    if (!message) return { kind: "skip", reason: "nothing to store in this message" };
    const entry = conversationEntry(event.conversation, accountId, contact, [message]);
    if (!entry) return { kind: "skip", reason: "no time for the conversation" };
    return { kind: "batch", batch: { source: sourceKey, conversations: [entry] } };
  }
  // Loose objects carry an index signature, which defeats narrowing on `event`: the rest are conversation events.
  const conversation = event as ChatwootConversationEvent;
  const accountId = accountIdOf(conversation, conversation.account);
  if (!accountId) return { kind: "skip", reason: "the conversation names no account" };
  const contact = conversation.meta?.sender;
  const messages = (conversation.messages ?? []).map((m) => mapChatwootMessage(m, contact?.name ?? undefined)).filter((m): m is BatchMessage => m !== null);
  const entry = conversationEntry(conversation, accountId, contact, messages);
  if (!entry) return { kind: "skip", reason: "no time for the conversation" };
  return { kind: "batch", batch: { source: sourceKey, conversations: [entry] } };
}

/**
 * A contact's new details applied to the conversations we already hold for them: the batch shape
 * re-posts each known conversation (same external id and start) with the new visitor block and no
 * messages, so ingest links the new identifiers to the person. Nothing is created for a contact
 * with no conversation yet; their details arrive with their first message.
 */
export function contactUpdateBatch(sourceKey: string, visitor: BatchConversation["visitor"], known: Array<{ externalId: string; startedAt: Date }>): ChatBatch | null {
  if (known.length === 0) return null;
  return {
    source: sourceKey,
    conversations: known.map((c) => ({ externalId: c.externalId, startedAt: c.startedAt.toISOString(), visitor, messages: [] })),
  };
}
