import { sql } from "drizzle-orm";
import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { securityMeasures, transferMechanism } from "./inventory";

export const processorRecordStatus = pgEnum("controller_processing_status", ["active", "ended"]);

// Art. 30(2): the record the organisation keeps of what it does AS A PROCESSOR, one entry per controller
// it processes for. The processor's own name, contact and DPO come from the organisation settings.
export const processorRecordEntries = pgTable(
  "controller_processing",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // (a) the controller on whose behalf the organisation acts, its representative and its DPO.
    controllerName: text("controller_name").notNull(),
    controllerContact: text("controller_contact").notNull().default(""),
    controllerRepresentative: text("controller_representative").notNull().default(""),
    controllerDpo: text("controller_dpo").notNull().default(""),
    // (b) the categories of processing carried out on behalf of that controller.
    categories: text("categories").notNull(),
    // The contract (Art. 28(3)) under which the organisation processes, so the instructions can be found.
    agreementReference: text("agreement_reference").notNull().default(""),
    startedOn: date("started_on", { mode: "string" }),
    endedOn: date("ended_on", { mode: "string" }),
    status: processorRecordStatus("status").notNull().default("active"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("controller_processing_controller_idx").on(sql`lower(${t.controllerName})`),
    index("controller_processing_status_idx").on(t.status),
    index("controller_processing_archived_idx").on(t.archivedAt),
    index("controller_processing_updated_idx").on(t.updatedAt),
  ],
);

export type ProcessorRecordEntry = typeof processorRecordEntries.$inferSelect;

// (c) transfers to third countries made for that controller, the country and the safeguards.
export const processorRecordTransfers = pgTable(
  "controller_processing_transfers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => processorRecordEntries.id, { onDelete: "cascade" }),
    recipient: text("recipient").notNull(),
    // ISO 3166-1 alpha-2.
    country: text("country").notNull(),
    mechanism: transferMechanism("mechanism").notNull(),
    safeguards: text("safeguards").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("controller_processing_transfers_entry_idx").on(t.entryId)],
);

// (d) the security measures (Art. 32) that protect the processing, from the measures register.
export const processorRecordMeasures = pgTable(
  "controller_processing_measures",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => processorRecordEntries.id, { onDelete: "cascade" }),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => securityMeasures.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.measureId] }), index("controller_processing_measures_measure_idx").on(t.measureId)],
);
