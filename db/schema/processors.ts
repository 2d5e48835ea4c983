import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { CHECKLIST_ITEMS, REVIEW_ANSWERS, REVIEW_DECISIONS } from "@/lib/processors/review";
import { dataCategories, processingActivities } from "./inventory";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

// Chapter V for a processor: "none_needed" inside the EEA; null means not decided yet (a gap outside the EEA).
export const processorTransferMechanism = pgEnum("processor_transfer_mechanism", ["none_needed", "adequacy", "scc", "bcr", "derogation"]);
export const processorRisk = pgEnum("processor_risk", ["low", "medium", "high"]);

// Art. 28: a processor acting on the organisation's behalf. Archived, never deleted: agreements are evidence.
export const processors = pgTable(
  "processors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    service: text("service").notNull().default(""),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    // ISO 3166-1 alpha-2; whether it is in the EEA is computed from the list in lib/, not stored.
    country: text("country").notNull(),
    transferMechanism: processorTransferMechanism("transfer_mechanism"),
    // Standard contractual clauses need a transfer impact assessment (Schrems II); its date shows it is current.
    tiaDate: date("tia_date", { mode: "string" }),
    // Art. 49(1): which derogation the transfer relies on.
    derogation: text("derogation").notNull().default(""),
    riskRating: processorRisk("risk_rating"),
    riskReasoning: text("risk_reasoning").notNull().default(""),
    notes: text("notes").notNull().default(""),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("processors_name_unique").on(sql`lower(${t.name})`),
    index("processors_country_idx").on(t.country),
    index("processors_risk_idx").on(t.riskRating),
    index("processors_mechanism_idx").on(t.transferMechanism),
    index("processors_updated_idx").on(t.updatedAt),
    index("processors_archived_idx").on(t.archivedAt),
  ],
);

export type Processor = typeof processors.$inferSelect;
export type NewProcessor = typeof processors.$inferInsert;

// Art. 28(2) and (4): the processor's own processors, with where they are and how data reaches them.
export const processorSubProcessors = pgTable(
  "processor_sub_processors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    processorId: uuid("processor_id")
      .notNull()
      .references(() => processors.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    service: text("service").notNull().default(""),
    country: text("country").notNull(),
    transferMechanism: processorTransferMechanism("transfer_mechanism"),
    addedOn: date("added_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("processor_sub_processors_processor_idx").on(t.processorId, t.name)],
);

export type ProcessorSubProcessor = typeof processorSubProcessors.$inferSelect;

// The activity's data goes to this processor (Art. 30(1)(d) recipients).
export const processorActivities = pgTable(
  "processor_activities",
  {
    processorId: uuid("processor_id")
      .notNull()
      .references(() => processors.id, { onDelete: "cascade" }),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.processorId, t.activityId] }), index("processor_activities_activity_idx").on(t.activityId)],
);

// The data categories the processor receives; restrict: a category in use stays until the link is removed.
export const processorDataCategories = pgTable(
  "processor_data_categories",
  {
    processorId: uuid("processor_id")
      .notNull()
      .references(() => processors.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => dataCategories.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.processorId, t.categoryId] }), index("processor_data_categories_category_idx").on(t.categoryId)],
);

export const agreementStatus = pgEnum("agreement_status", ["missing", "draft", "in_legal_review", "signed", "expired", "terminated"]);

// Art. 28(3): the contract binding the processor. "signed" is reached only through an approved legal review.
export const agreements = pgTable(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Restrict: an agreement is evidence and outlives any attempt to delete its processor.
    processorId: uuid("processor_id")
      .notNull()
      .references(() => processors.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    status: agreementStatus("status").notNull().default("draft"),
    signedOn: date("signed_on", { mode: "string" }),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    reviewBy: date("review_by", { mode: "string" }),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agreements_processor_idx").on(t.processorId),
    index("agreements_status_idx").on(t.status),
    index("agreements_ends_on_idx").on(t.endsOn),
    index("agreements_review_by_idx").on(t.reviewBy),
  ],
);

export type Agreement = typeof agreements.$inferSelect;

// Every uploaded version is kept: what legal approved must stay readable after a newer draft arrives.
export const agreementFiles = pgTable(
  "agreement_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agreement_files_version_unique").on(t.agreementId, t.version), check("agreement_files_size_positive", sql`${t.size} > 0`)],
);

export const reviewDecision = pgEnum("agreement_review_decision", REVIEW_DECISIONS);

export const agreementReviews = pgTable(
  "agreement_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    // Who sent it to review, and the lawyer who last worked on it / decided.
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decision: reviewDecision("decision"),
    // Which file version was reviewed, so the approval names the document it covers.
    fileId: uuid("file_id").references(() => agreementFiles.id, { onDelete: "set null" }),
    summary: text("summary").notNull().default(""),
  },
  (t) => [
    index("agreement_reviews_agreement_idx").on(t.agreementId, t.startedAt),
    index("agreement_reviews_decided_idx").on(t.decidedAt),
    // At most one open review per agreement.
    uniqueIndex("agreement_reviews_one_open").on(t.agreementId).where(sql`${t.decidedAt} is null`),
    check("agreement_reviews_decision_with_date", sql`(${t.decision} is null) = (${t.decidedAt} is null)`),
  ],
);

export type AgreementReview = typeof agreementReviews.$inferSelect;

// Art. 28(3): the contents the contract must set out, first sentence and points (a)–(h).
export const reviewItemKey = pgEnum("agreement_review_item", CHECKLIST_ITEMS);
export const reviewItemAnswer = pgEnum("agreement_review_answer", REVIEW_ANSWERS);

export const agreementReviewItems = pgTable(
  "agreement_review_items",
  {
    reviewId: uuid("review_id")
      .notNull()
      .references(() => agreementReviews.id, { onDelete: "cascade" }),
    item: reviewItemKey("item").notNull(),
    // Null while the item has not been looked at yet.
    answer: reviewItemAnswer("answer"),
    note: text("note").notNull().default(""),
    clauseReference: text("clause_reference").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.item] })],
);

export const noticeDecision = pgEnum("subprocessor_notice_decision", ["pending", "no_objection", "objected"]);

// Art. 28(2): the processor informs of an intended new or replaced sub-processor; the controller may object.
export const subprocessorNotices = pgTable(
  "subprocessor_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    processorId: uuid("processor_id")
      .notNull()
      .references(() => processors.id, { onDelete: "cascade" }),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    description: text("description").notNull(),
    objectionDeadline: date("objection_deadline", { mode: "string" }).notNull(),
    decision: noticeDecision("decision").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("subprocessor_notices_processor_idx").on(t.processorId, t.receivedOn),
    index("subprocessor_notices_pending_idx").on(t.decision, t.objectionDeadline),
  ],
);

export type SubprocessorNotice = typeof subprocessorNotices.$inferSelect;
