import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// The part of the privacy notice the DPO writes; everything else is generated from the record.
export const privacyNoticeSettings = pgTable(
  "privacy_notice_settings",
  {
    id: integer("id").primaryKey().default(1),
    introduction: text("introduction").notNull().default(""),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("privacy_notice_settings_single_row", sql`${t.id} = 1`)],
);

// Each publication of the notice, kept as it was shown so a past version reads the same for ever.
export const privacyNoticeVersions = pgTable(
  "privacy_notice_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: integer("version").notNull().unique(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    // The structured notice (sections), and its plain-text rendering used for diffs.
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    text: text("text").notNull(),
    // SHA-256 of the canonical JSON of `content`: an unchanged notice is not published twice.
    contentHash: text("content_hash").notNull(),
    // SHA-256 of the record snapshot (as record exports hash it) the notice was generated from.
    sourceHash: text("source_hash").notNull(),
  },
  (t) => [check("privacy_notice_versions_version_positive", sql`${t.version} > 0`)],
);

export type PrivacyNoticeVersion = typeof privacyNoticeVersions.$inferSelect;
