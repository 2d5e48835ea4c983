import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const breachStatus = pgEnum("breach_status", ["open", "assessing", "notified", "closed"]);
// Art. 33(1): "unlikely to result in a risk" needs no notification; Art. 34(1): "high risk" means telling people.
export const breachRisk = pgEnum("breach_risk", ["unassessed", "unlikely", "risk", "high"]);
export const notifyDecision = pgEnum("breach_notify_decision", ["pending", "notify", "not_required"]);
export const subjectCommStatus = pgEnum("breach_subject_comm_status", ["not_required", "pending", "communicated", "exception"]);
// Art. 34(3)(a)–(c).
export const subjectCommException = pgEnum("breach_subject_comm_exception", ["unintelligible", "risk_removed", "disproportionate_effort"]);

export const breaches = pgTable(
  "breaches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull().unique(),
    title: text("title").notNull(),
    // The 72-hour clock of Art. 33(1) starts here.
    awareAt: timestamp("aware_at", { withTimezone: true }).notNull(),
    occurredFrom: timestamp("occurred_from", { withTimezone: true }),
    occurredTo: timestamp("occurred_to", { withTimezone: true }),
    discovery: text("discovery").notNull().default(""),
    natureConfidentiality: boolean("nature_confidentiality").notNull().default(false),
    natureIntegrity: boolean("nature_integrity").notNull().default(false),
    natureAvailability: boolean("nature_availability").notNull().default(false),
    description: text("description").notNull().default(""),
    subjectCategories: text("subject_categories").notNull().default(""),
    subjectsApprox: integer("subjects_approx"),
    recordCategories: text("record_categories").notNull().default(""),
    recordsApprox: integer("records_approx"),
    specialCategories: boolean("special_categories").notNull().default(false),
    specialCategoriesDetail: text("special_categories_detail").notNull().default(""),
    likelyConsequences: text("likely_consequences").notNull().default(""),
    measuresTaken: text("measures_taken").notNull().default(""),
    measuresProposed: text("measures_proposed").notNull().default(""),
    risk: breachRisk("risk").notNull().default("unassessed"),
    riskReasoning: text("risk_reasoning").notNull().default(""),
    notifyDecision: notifyDecision("notify_decision").notNull().default("pending"),
    notNotifiedJustification: text("not_notified_justification").notNull().default(""),
    authorityName: text("authority_name").notNull().default(""),
    authorityNotifiedAt: timestamp("authority_notified_at", { withTimezone: true }),
    authorityReference: text("authority_reference").notNull().default(""),
    // Art. 33(1): required when the authority is notified more than 72 hours after awareness.
    delayReason: text("delay_reason").notNull().default(""),
    subjectCommStatus: subjectCommStatus("subject_comm_status").notNull().default("pending"),
    subjectCommAt: timestamp("subject_comm_at", { withTimezone: true }),
    subjectCommChannel: text("subject_comm_channel").notNull().default(""),
    subjectCommCount: integer("subject_comm_count"),
    subjectCommException: subjectCommException("subject_comm_exception"),
    subjectCommExceptionDetail: text("subject_comm_exception_detail").notNull().default(""),
    status: breachStatus("status").notNull().default("open"),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("breaches_aware_at_idx").on(t.awareAt),
    index("breaches_status_idx").on(t.status),
    index("breaches_risk_idx").on(t.risk),
    index("breaches_title_idx").on(t.title),
    index("breaches_owner_idx").on(t.ownerId),
  ],
);

export type Breach = typeof breaches.$inferSelect;
export type NewBreach = typeof breaches.$inferInsert;

// Art. 33(4): information may be provided in phases; the first phase is the notification on the breach itself.
export const breachFollowUps = pgTable(
  "breach_follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    breachId: uuid("breach_id")
      .notNull()
      .references(() => breaches.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    reference: text("reference").notNull().default(""),
    content: text("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("breach_follow_ups_breach_idx").on(t.breachId, t.sentAt)],
);

export type BreachFollowUp = typeof breachFollowUps.$inferSelect;
