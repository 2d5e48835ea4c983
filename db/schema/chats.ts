import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { dataSubjects } from "./subjects";
import { retentionRules } from "./retention";

// The chat platforms feeding conversations in. `key` is what the API batch names as its "source".
export const chatSourceKind = pgEnum("chat_source_kind", ["api", "chatwoot", "import"]);

export const chatSources = pgTable(
  "chat_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: chatSourceKind("kind").notNull(),
    // Chatwoot only: the shared secret, encrypted at rest (HMAC verification needs the secret itself).
    webhookSecretEncrypted: text("webhook_secret_encrypted"),
    lastReceivedAt: timestamp("last_received_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("chat_sources_key_unique").on(t.key), check("chat_sources_key_format", sql`${t.key} ~ '^[a-z0-9][a-z0-9_-]{0,62}$'`)],
);

// Messages received per source and day, counted at ingest so the volume chart never scans messages.
export const chatSourceDaily = pgTable(
  "chat_source_daily",
  {
    sourceId: uuid("source_id")
      .notNull()
      .references(() => chatSources.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    messages: integer("messages").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.day] })],
);

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => chatSources.id, { onDelete: "restrict" }),
    externalId: text("external_id").notNull(),
    subjectId: uuid("subject_id").references(() => dataSubjects.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    category: text("category"),
    // The visitor block as received, normalised; anonymisation clears these.
    visitorExternalId: text("visitor_external_id"),
    visitorName: text("visitor_name"),
    visitorEmail: text("visitor_email"),
    visitorPhone: text("visitor_phone"),
    messageCount: integer("message_count").notNull().default(0),
    hasSpecialCategory: boolean("has_special_category").notNull().default(false),
    // Kept current by the retention rules (on ingest and whenever rules change), so "past retention" is an index scan.
    retentionRuleId: uuid("retention_rule_id").references(() => retentionRules.id, { onDelete: "set null" }),
    retentionDueAt: timestamp("retention_due_at", { withTimezone: true }),
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    legalHoldReason: text("legal_hold_reason"),
    legalHoldBy: uuid("legal_hold_by").references(() => users.id, { onDelete: "set null" }),
    legalHoldAt: timestamp("legal_hold_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conversations_source_external_unique").on(t.sourceId, t.externalId),
    index("conversations_started_idx").on(t.startedAt),
    index("conversations_subject_idx").on(t.subjectId),
    index("conversations_category_idx").on(t.category),
    index("conversations_retention_due_idx").on(t.retentionDueAt),
    index("conversations_rule_idx").on(t.retentionRuleId),
    index("conversations_visitor_email_idx").on(t.visitorEmail),
    index("conversations_visitor_phone_idx").on(t.visitorPhone),
  ],
);

export const messageAuthor = pgEnum("message_author", ["visitor", "agent", "bot"]);

export const messages = pgTable(
  "messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    author: messageAuthor("author").notNull(),
    authorName: text("author_name"),
    text: text("text").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("messages_conversation_external_unique").on(t.conversationId, t.externalId),
    index("messages_conversation_sent_idx").on(t.conversationId, t.sentAt),
  ],
);

export const findingType = pgEnum("finding_type", ["email", "phone", "card", "iban", "national_id", "ip", "special_category"]);
export const findingStatus = pgEnum("finding_status", ["open", "masked", "dismissed"]);

// Personal data the detector found in a message: where it is, never a copy of it.
export const findings = pgTable(
  "findings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    type: findingType("type").notNull(),
    // Finer kind: "se_personnummer", "health", "religion", …
    subtype: text("subtype"),
    // UTF-16 offsets into the message text, as JavaScript strings count them.
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    confidence: real("confidence").notNull(),
    status: findingStatus("status").notNull().default("open"),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("findings_status_type_idx").on(t.status, t.type),
    index("findings_message_idx").on(t.messageId),
    index("findings_conversation_idx").on(t.conversationId),
    index("findings_created_idx").on(t.createdAt),
    check("findings_span_valid", sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);

export type ChatSource = typeof chatSources.$inferSelect;
export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type Finding = typeof findings.$inferSelect;
