import { bigint, bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
// A lazy reference only (the callbacks below): chats.ts imports this file for data_subjects.
import { conversations, messages } from "./chats";

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
// Where the identifier came from: the visitor block the chat platform vouches for; a message (only rows
// written before mentions existed, which the one-off fix turns into mentions); or a mention the DPO confirmed.
export const identifierOrigin = pgEnum("subject_identifier_origin", ["visitor", "message", "confirmed"]);

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

/**
 * An e-mail or phone number found in a message's text: a mention of whoever holds it, never an identity.
 * It links and merges nobody until the DPO confirms it as a person's own identifier; it is shown, offered
 * as an access extract, and masked on erasure. Goes with its message (and conversation).
 */
export const subjectMentions = pgTable(
  "subject_mentions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: identifierKind("kind").notNull(),
    // Normalised as subject_identifiers.value, so "who holds this" is an equality on the same index shape.
    value: text("value").notNull(),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("subject_mentions_message_kind_value_unique").on(t.messageId, t.kind, t.value),
    index("subject_mentions_kind_value_idx").on(t.kind, t.value),
    index("subject_mentions_conversation_idx").on(t.conversationId),
  ],
);

/** One-off data fixes that have run: the row is the guard that makes each run once, whatever the instances. */
export const dataFixes = pgTable("data_fixes", {
  name: text("name").primaryKey(),
  doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow(),
  // Counts only, as in its audit entry.
  summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
});

export type DataSubject = typeof dataSubjects.$inferSelect;
export type SubjectIdentifier = typeof subjectIdentifiers.$inferSelect;
export type SubjectMention = typeof subjectMentions.$inferSelect;
