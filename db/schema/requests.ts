import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { conversations, messages } from "./chats";
import { outbox } from "./outbox";
import { dataSubjects } from "./subjects";
import { users } from "./users";

// Art. 15 access, 16 rectification, 17 erasure, 18 restriction, 20 portability, 21 objection.
export const requestType = pgEnum("subject_request_type", ["access", "erasure", "rectification", "restriction", "portability", "objection"]);
export const requestStatus = pgEnum("subject_request_status", ["received", "verifying_identity", "in_progress", "completed", "rejected"]);
export const requestChannel = pgEnum("subject_request_channel", ["web_form", "email", "phone", "letter", "chat", "api"]);
export const verificationMethod = pgEnum("subject_request_verification_method", [
  "code_to_held_identifier",
  "matching_details",
  "id_document",
  "in_person",
  "other",
]);
// Art. 12(4) refusals: 12(5) manifestly unfounded or excessive, 12(2)/11(2) not able to identify, an exception in law.
export const rejectionGround = pgEnum("subject_request_rejection_ground", [
  "manifestly_unfounded",
  "excessive",
  "identity_not_established",
  "exception_applies",
  "no_data_held",
  "other",
]);

/**
 * One request from a data subject. The requester's name, e-mail, phone and the free text are personal
 * data kept only here (and in the events' text): audit summaries name ids, types and dates, so erasing
 * this row's fields later leaves nothing readable behind.
 */
export const subjectRequests = pgTable(
  "subject_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    type: requestType("type").notNull(),
    status: requestStatus("status").notNull().default("received"),
    channel: requestChannel("channel").notNull(),
    // When the person first sent it (the web form's submission), kept beside the clock's start.
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    // The clock starts here: the e-mail confirmation for the web form, otherwise the date staff give.
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    // Computed by lib/requests/clock.ts and kept current by the queries whenever an input changes.
    dueDate: date("due_date", { mode: "string" }).notNull(),
    extendedDueDate: date("extended_due_date", { mode: "string" }),
    // The date that counts now (extended if extended): what lists filter and sort on.
    effectiveDueDate: date("effective_due_date", { mode: "string" }).notNull(),
    // How the dates were reached, for the request page ("received 31 January → 28 February (no 31st) → …").
    clockSteps: jsonb("clock_steps").$type<{ due: string[]; extended: string[] | null }>().notNull(),
    extensionReason: text("extension_reason"),
    // When the person was told of the extension: recorded by staff for a notice given another way. An e-mailed
    // notice tells them only once the mail server accepts it: that time is the outbox message's sentAt.
    extensionNotifiedAt: timestamp("extension_notified_at", { withTimezone: true }),
    extensionNoticeOutboxId: bigint("extension_notice_outbox_id", { mode: "number" }).references(() => outbox.id, { onDelete: "set null" }),
    // The identity-check pause (only while the setting is on): running since, and whole days paused so far.
    clockPausedAt: timestamp("clock_paused_at", { withTimezone: true }),
    pausedDays: integer("paused_days").notNull().default(0),
    subjectName: text("subject_name"),
    subjectEmail: text("subject_email"),
    subjectPhone: text("subject_phone"),
    // Set when the person proved control of subjectEmail (the web form's code): a code may go there again.
    emailConfirmedAt: timestamp("email_confirmed_at", { withTimezone: true }),
    details: text("details").notNull().default(""),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    dataSubjectId: uuid("data_subject_id").references(() => dataSubjects.id, { onDelete: "set null" }),
    conversationId: uuid("conversation_id").references(() => conversations.id, { onDelete: "set null" }),
    identityVerifiedAt: timestamp("identity_verified_at", { withTimezone: true }),
    identityVerifiedBy: uuid("identity_verified_by").references(() => users.id, { onDelete: "set null" }),
    identityVerificationMethod: verificationMethod("identity_verification_method"),
    identityVerificationNotes: text("identity_verification_notes"),
    rejectionGround: rejectionGround("rejection_ground"),
    rejectionReasons: text("rejection_reasons"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    // Completed or rejected: the retention period of closed requests counts from here.
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("subject_requests_reference_unique").on(t.reference),
    index("subject_requests_status_idx").on(t.status),
    index("subject_requests_type_idx").on(t.type),
    index("subject_requests_received_idx").on(t.receivedAt),
    index("subject_requests_due_idx").on(t.effectiveDueDate),
    index("subject_requests_assignee_idx").on(t.assigneeId),
    index("subject_requests_subject_idx").on(t.dataSubjectId),
    index("subject_requests_conversation_idx").on(t.conversationId),
    index("subject_requests_closed_idx").on(t.closedAt),
    check("subject_requests_paused_days_range", sql`${t.pausedDays} >= 0`),
  ],
);

export const requestEventType = pgEnum("subject_request_event_type", [
  "created",
  "status_changed",
  "note",
  "assigned",
  "clock_paused",
  "clock_resumed",
  "extended",
  "email_sent",
  "verification_code_sent",
  "verification_code_failed",
  "identity_verified",
  "due_date_recomputed",
]);

// The request's timeline. `text` may quote the requester (a note, an e-mail's subject): erasure clears it with the request.
export const requestEvents = pgTable(
  "request_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => subjectRequests.id, { onDelete: "cascade" }),
    type: requestEventType("type").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: uuid("by").references(() => users.id, { onDelete: "set null" }),
    // "user", "api", "system" or "requester": who acted when `by` names no user.
    origin: text("origin").notNull().default("user"),
    text: text("text").notNull().default(""),
    outboxId: bigint("outbox_id", { mode: "number" }),
  },
  (t) => [index("request_events_request_idx").on(t.requestId, t.at)],
);

// Web-form submissions waiting for the e-mailed code. Only a keyed hash of the code is kept.
export const requestConfirmations = pgTable(
  "request_confirmations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: requestType("type").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    details: text("details").notNull().default(""),
    codeHash: text("code_hash").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    requestId: uuid("request_id").references(() => subjectRequests.id, { onDelete: "set null" }),
  },
  (t) => [index("request_confirmations_expires_idx").on(t.expiresAt)],
);

// Codes staff send to check identity: always to an identifier already held (see db/queries/requests-identity.ts).
export const requestVerificationCodes = pgTable(
  "request_verification_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => subjectRequests.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("request_verification_codes_request_idx").on(t.requestId, t.createdAt)],
);

// Public-form submissions and code attempts, counted per keyed hash of the address or e-mail (neither is stored).
export const requestIntakeAttempts = pgTable(
  "request_intake_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    keyHash: text("key_hash").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_intake_attempts_key_time_idx").on(t.keyHash, t.at)],
);

// Public holidays move a due date that falls on them to the next working day (Reg. 1182/71 Art. 3(4)).
export const holidays = pgTable(
  "holidays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    date: date("date", { mode: "string" }).notNull(),
    name: text("name").notNull(),
    // ISO 3166-1 alpha-2, matching organisation.country.
    country: text("country").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("holidays_country_date_unique").on(t.country, t.date), check("holidays_country_format", sql`${t.country} ~ '^[A-Z]{2}$'`)],
);

export const requestSettings = pgTable(
  "request_settings",
  {
    id: integer("id").primaryKey().default(1),
    pauseWhileVerifying: boolean("pause_while_verifying").notNull().default(false),
    closedRetentionYears: integer("closed_retention_years").notNull().default(3),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("request_settings_single_row", sql`${t.id} = 1`),
    check("request_settings_retention_range", sql`${t.closedRetentionYears} between 1 and 30`),
  ],
);

export const suggestionStatus = pgEnum("request_suggestion_status", ["pending", "accepted", "dismissed"]);

// A chat message that reads like a request for a right: where the phrase is, never a copy of it.
export const requestSuggestions = pgTable(
  "request_suggestions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    type: requestType("type").notNull(),
    // UTF-16 offsets into the message text, as JavaScript strings count them.
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    status: suggestionStatus("status").notNull().default("pending"),
    requestId: uuid("request_id").references(() => subjectRequests.id, { onDelete: "set null" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("request_suggestions_status_idx").on(t.status, t.createdAt),
    index("request_suggestions_conversation_idx").on(t.conversationId),
    uniqueIndex("request_suggestions_message_type_unique").on(t.messageId, t.type),
    check("request_suggestions_span_valid", sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);

export type SubjectRequest = typeof subjectRequests.$inferSelect;
export type NewSubjectRequest = typeof subjectRequests.$inferInsert;
export type RequestEvent = typeof requestEvents.$inferSelect;
export type RequestConfirmation = typeof requestConfirmations.$inferSelect;
export type Holiday = typeof holidays.$inferSelect;
export type RequestSettings = typeof requestSettings.$inferSelect;
export type RequestSuggestion = typeof requestSuggestions.$inferSelect;
