import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";
import { processingActivities } from "./inventory";

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

// Keys for the HTTP API. Only a SHA-256 of the key is kept (the key is 32 random bytes, so no slow hash is needed).
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    // The first characters of the key, shown so people can tell keys apart; not enough to use it.
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    scopes: text("scopes").array().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("api_keys_hash_unique").on(t.keyHash), index("api_keys_created_idx").on(t.createdAt)],
);

// A person found in the chat data. Identifiers link conversations to them.
export const dataSubjects = pgTable(
  "data_subjects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    displayName: text("display_name"),
    legalHoldReason: text("legal_hold_reason"),
    legalHoldBy: uuid("legal_hold_by").references(() => users.id, { onDelete: "set null" }),
    legalHoldAt: timestamp("legal_hold_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("data_subjects_created_idx").on(t.createdAt), index("data_subjects_hold_idx").on(t.legalHoldAt)],
);

// Normalised: email lower-cased, phone in E.164, visitor id as "<source key>:<external id>".
export const identifierKind = pgEnum("subject_identifier_kind", ["email", "phone", "visitor_id"]);
// Where the identifier was seen: the visitor block of a conversation, or typed into a message.
export const identifierOrigin = pgEnum("subject_identifier_origin", ["visitor", "message"]);

export const subjectIdentifiers = pgTable(
  "subject_identifiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectId: uuid("subject_id")
      .notNull()
      .references(() => dataSubjects.id, { onDelete: "cascade" }),
    kind: identifierKind("kind").notNull(),
    value: text("value").notNull(),
    origin: identifierOrigin("origin").notNull(),
    // The conversation it was first seen in (null once that conversation is gone).
    firstSeenConversationId: uuid("first_seen_conversation_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One identifier belongs to one person; looking a person up is this index, never a text scan.
    uniqueIndex("subject_identifiers_kind_value_unique").on(t.kind, t.value),
    index("subject_identifiers_value_idx").on(t.value),
    index("subject_identifiers_subject_idx").on(t.subjectId),
    // The retention job tidies identifiers whose conversations it removed.
    index("subject_identifiers_first_seen_idx").on(t.firstSeenConversationId),
  ],
);

export const retentionAction = pgEnum("retention_action", ["delete", "anonymise"]);

// Which conversations a rule covers (null criteria match anything); the most specific matching rule wins.
export const retentionRules = pgTable(
  "retention_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    sourceId: uuid("source_id").references(() => chatSources.id, { onDelete: "cascade" }),
    category: text("category"),
    // true: only conversations with special-category findings; false: only those without; null: either.
    specialCategory: boolean("special_category"),
    keepDays: integer("keep_days").notNull(),
    action: retentionAction("action").notNull(),
    // The processing activity in the record whose Art. 30(1)(f) time limit this rule enforces.
    activityId: uuid("activity_id").references(() => processingActivities.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("retention_rules_name_unique").on(sql`lower(${t.name})`),
    check("retention_rules_keep_days_range", sql`${t.keepDays} between 0 and 36500`),
  ],
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

export const retentionRunStatus = pgEnum("retention_run_status", ["running", "completed", "failed", "interrupted"]);

// One receipt per run of the retention job.
export const retentionRuns = pgTable(
  "retention_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trigger: text("trigger").notNull(),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    status: retentionRunStatus("status").notNull().default("running"),
    error: text("error"),
  },
  (t) => [index("retention_runs_started_idx").on(t.startedAt), check("retention_runs_trigger_valid", sql`${t.trigger} in ('schedule', 'manual')`)],
);

// Per rule within a run: what went, and a SHA-256 chained over the ids of each batch, in order.
export const retentionRunRules = pgTable(
  "retention_run_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => retentionRuns.id, { onDelete: "cascade" }),
    ruleId: uuid("rule_id").references(() => retentionRules.id, { onDelete: "set null" }),
    // The rule as it was when the run applied it; the rule may change or go later.
    ruleName: text("rule_name").notNull(),
    action: retentionAction("action").notNull(),
    keepDays: integer("keep_days").notNull(),
    conversations: integer("conversations").notNull().default(0),
    messages: integer("messages").notNull().default(0),
    idsHash: text("ids_hash").notNull(),
  },
  (t) => [index("retention_run_rules_run_idx").on(t.runId)],
);

export type ChatSource = typeof chatSources.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
export type DataSubject = typeof dataSubjects.$inferSelect;
export type SubjectIdentifier = typeof subjectIdentifiers.$inferSelect;
export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type Finding = typeof findings.$inferSelect;
export type RetentionRule = typeof retentionRules.$inferSelect;
export type RetentionRun = typeof retentionRuns.$inferSelect;
