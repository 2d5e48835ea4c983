import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// Managed lists, so categories can be counted and linked instead of typed differently each time.
export const dataCategories = pgTable(
  "data_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    // Art. 9(1) special category (health, religion, ethnic origin, …): needs an Art. 9(2) condition.
    special: boolean("special").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("data_categories_name_unique").on(sql`lower(${t.name})`)],
);

export const subjectCategories = pgTable(
  "subject_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("subject_categories_name_unique").on(sql`lower(${t.name})`)],
);

export const measureKind = pgEnum("security_measure_kind", ["technical", "organisational"]);
export const measureStatus = pgEnum("security_measure_status", ["planned", "in_place", "needs_improvement", "retired"]);

// Art. 32: the technical and organisational measures, each owned and reviewed.
export const securityMeasures = pgTable(
  "security_measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: measureKind("kind").notNull(),
    description: text("description").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    status: measureStatus("status").notNull().default("planned"),
    lastReviewedOn: date("last_reviewed_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("security_measures_name_unique").on(sql`lower(${t.name})`),
    index("security_measures_status_idx").on(t.status),
    index("security_measures_kind_idx").on(t.kind),
    index("security_measures_reviewed_idx").on(t.lastReviewedOn),
  ],
);

export type SecurityMeasure = typeof securityMeasures.$inferSelect;

// Art. 6(1)(a)–(f).
export const legalBasis = pgEnum("legal_basis", ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"]);
// Art. 9(2)(a)–(j).
export const art9Condition = pgEnum("art9_condition", [
  "explicit_consent",
  "employment_law",
  "vital_interests",
  "not_for_profit_body",
  "made_public",
  "legal_claims",
  "substantial_public_interest",
  "health_care",
  "public_health",
  "archiving_research",
]);
export const dpiaStatus = pgEnum("dpia_status", ["not_needed", "needed", "in_progress", "done"]);

// Art. 30(1): one activity of the record of processing.
export const processingActivities = pgTable(
  "processing_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    // (b) purposes
    purposes: text("purposes").notNull().default(""),
    legalBasis: legalBasis("legal_basis"),
    legitimateInterest: text("legitimate_interest").notNull().default(""),
    art9Condition: art9Condition("art9_condition"),
    // (d) categories of recipients, including in third countries
    recipients: text("recipients").notNull().default(""),
    // (f) time limits for erasure, when not governed by a chat retention rule
    retention: text("retention").notNull().default(""),
    source: text("source").notNull().default(""),
    systems: text("systems").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    dpiaStatus: dpiaStatus("dpia_status").notNull().default("not_needed"),
    // Whether the live chat's data is processed here (its retention then comes from the chat rules).
    coversChat: boolean("covers_chat").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("processing_activities_name_unique").on(sql`lower(${t.name})`),
    index("processing_activities_basis_idx").on(t.legalBasis),
    index("processing_activities_dpia_idx").on(t.dpiaStatus),
    index("processing_activities_owner_idx").on(t.ownerId),
  ],
);

export type ProcessingActivity = typeof processingActivities.$inferSelect;

export const activityDataCategories = pgTable(
  "activity_data_categories",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => dataCategories.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.categoryId] }), index("activity_data_categories_category_idx").on(t.categoryId)],
);

export const activitySubjectCategories = pgTable(
  "activity_subject_categories",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => subjectCategories.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.categoryId] }), index("activity_subject_categories_category_idx").on(t.categoryId)],
);

export const activityMeasures = pgTable(
  "activity_measures",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id, { onDelete: "cascade" }),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => securityMeasures.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.measureId] }), index("activity_measures_measure_idx").on(t.measureId)],
);

// Chapter V: how a transfer outside the EEA is made lawful. "none" is recorded so the gap shows.
export const transferMechanism = pgEnum("transfer_mechanism", ["adequacy", "scc", "bcr", "derogation", "none"]);

// Art. 30(1)(e): transfers to third countries, the country and the safeguards.
export const activityTransfers = pgTable(
  "activity_transfers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => processingActivities.id, { onDelete: "cascade" }),
    recipient: text("recipient").notNull(),
    // ISO 3166-1 alpha-2.
    country: text("country").notNull(),
    mechanism: transferMechanism("mechanism").notNull(),
    safeguards: text("safeguards").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activity_transfers_activity_idx").on(t.activityId), index("activity_transfers_mechanism_idx").on(t.mechanism)],
);

// A snapshot of the whole record each time it is exported with new content: exports are stamped with
// the version and the hash of the snapshot, and any past version can be downloaded again as it was.
export const recordVersions = pgTable(
  "record_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: integer("version").notNull().unique(),
    contentHash: text("content_hash").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("record_versions_hash_idx").on(t.contentHash)],
);
