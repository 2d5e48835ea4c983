import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// One organisation per installation: DPO Desk is self-hosted by the controller itself.
export const organisation = pgTable(
  "organisation",
  {
    id: integer("id").primaryKey().default(1),
    controllerName: text("controller_name").notNull(),
    address: text("address").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    dpoName: text("dpo_name").notNull().default(""),
    dpoEmail: text("dpo_email").notNull().default(""),
    dpoPhone: text("dpo_phone").notNull().default(""),
    // Art. 27 representative, only needed for controllers outside the EU.
    representative: text("representative").notNull().default(""),
    country: text("country").notNull().default("SE"),
    timeZone: text("time_zone").notNull().default("Europe/Stockholm"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("organisation_single_row", sql`${t.id} = 1`)],
);

export type Organisation = typeof organisation.$inferSelect;
