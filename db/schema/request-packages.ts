import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { subjectRequests } from "./requests";
import { users } from "./users";

export const accessPackageStatus = pgEnum("access_package_status", ["draft", "released"]);

/**
 * The answer to an access or portability request (Art. 15, 20), built from the chat data and kept as it
 * was built: the machine-readable JSON, the readable HTML and the redactions the DPO reviews before
 * release. Every column but the counts is the person's data: erasing the request deletes these rows.
 */
export const requestAccessPackages = pgTable(
  "request_access_packages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => subjectRequests.id, { onDelete: "cascade" }),
    // 1, 2, … per request: a rebuild after new chat data arrives is a new version, earlier ones stay as built.
    version: integer("version").notNull(),
    builtAt: timestamp("built_at", { withTimezone: true }).notNull().defaultNow(),
    builtBy: uuid("built_by").references(() => users.id, { onDelete: "set null" }),
    json: jsonb("json").$type<Record<string, unknown>>().notNull(),
    html: text("html").notNull(),
    redactions: jsonb("redactions").$type<Array<Record<string, unknown>>>().notNull(),
    // Other people's conversations that mention the person: each included as an extract or left out, with why.
    mentions: jsonb("mentions").$type<Array<Record<string, unknown>>>().notNull().default([]),
    // SHA-256 of the JSON as downloaded: the audit trail and the release name it without the data.
    sha256: text("sha256").notNull(),
    status: accessPackageStatus("status").notNull().default("draft"),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    releasedBy: uuid("released_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("request_access_packages_request_version_unique").on(t.requestId, t.version),
    index("request_access_packages_status_idx").on(t.status),
    check("request_access_packages_version_positive", sql`${t.version} > 0`),
    check("request_access_packages_released_consistent", sql`(${t.status} = 'released') = (${t.releasedAt} is not null)`),
  ],
);

export type RequestAccessPackage = typeof requestAccessPackages.$inferSelect;
