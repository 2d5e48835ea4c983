import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

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

export type DataSubject = typeof dataSubjects.$inferSelect;
export type SubjectIdentifier = typeof subjectIdentifiers.$inferSelect;
