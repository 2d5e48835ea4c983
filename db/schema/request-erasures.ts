import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { subjectRequests } from "./requests";
import { users } from "./users";

// Art. 17(3): the grounds on which data may be kept despite an erasure request.
export const erasureException = pgEnum("erasure_exception", ["none", "freedom_of_expression", "legal_obligation", "public_health", "archiving_research", "legal_claims"]);

/** Something not erased, and why: a legal hold (the conversation's or the person's) or the chosen exception. */
export interface ErasureKeptItem {
  conversationId: string;
  reason: "conversation_hold" | "person_hold" | "exception";
}

/** Art. 19: a recipient to tell of the erasure, ticked off when told. Names the processor, never the person. */
export interface ErasureProcessorNotice {
  processorId: string;
  name: string;
  notifiedAt: string | null;
  notifiedBy: string | null;
}

/**
 * The certificate of erasure, one per request, written in the same transaction as the erasure itself:
 * when, by whom, how much, and a SHA-256 over the sorted ids erased. It holds no personal data, so it
 * outlives what it certifies.
 */
export const requestErasures = pgTable(
  "request_erasures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => subjectRequests.id, { onDelete: "cascade" }),
    // "erased-<first 8 hex of sha256(request id)>": what replaced the person's name and contact details.
    pseudonym: text("pseudonym").notNull(),
    executedAt: timestamp("executed_at", { withTimezone: true }).notNull(),
    executedBy: uuid("executed_by").references(() => users.id, { onDelete: "set null" }),
    // "user" or "api": who acted when executedBy names no user.
    executedVia: text("executed_via").notNull(),
    conversationsDeleted: integer("conversations_deleted").notNull().default(0),
    conversationsRedacted: integer("conversations_redacted").notNull().default(0),
    messagesDeleted: integer("messages_deleted").notNull().default(0),
    messagesRedacted: integer("messages_redacted").notNull().default(0),
    identifiersRemoved: integer("identifiers_removed").notNull().default(0),
    findingsRemoved: integer("findings_removed").notNull().default(0),
    outboxRedacted: integer("outbox_redacted").notNull().default(0),
    subjectRemoved: integer("subject_removed").notNull().default(0),
    idsHash: text("ids_hash").notNull(),
    exception: erasureException("exception").notNull().default("none"),
    exceptionNote: text("exception_note").notNull().default(""),
    kept: jsonb("kept").$type<ErasureKeptItem[]>().notNull().default([]),
    processors: jsonb("processors").$type<ErasureProcessorNotice[]>().notNull().default([]),
  },
  (t) => [uniqueIndex("request_erasures_request_unique").on(t.requestId), index("request_erasures_executed_idx").on(t.executedAt)],
);

export type RequestErasure = typeof requestErasures.$inferSelect;
export type ErasureException = (typeof erasureException.enumValues)[number];
