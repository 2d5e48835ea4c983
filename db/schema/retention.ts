import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { processingActivities } from "./inventory";
import { chatSources } from "./chats";

export const retentionAction = pgEnum("retention_action", ["delete", "anonymise"]);

// Which conversations a rule covers (null criteria match anything); the most specific matching rule wins.
export const retentionRules = pgTable(
  "retention_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    sourceId: uuid("source_id").references(() => chatSources.id, { onDelete: "cascade" }),
    category: text("category"),
    // true: only conversations with special-category findings; false: only those without; null: either.
    specialCategory: boolean("special_category"),
    keepDays: integer("keep_days").notNull(),
    action: retentionAction("action").notNull(),
    // The processing activity in the record whose Art. 30(1)(f) time limit this rule enforces.
    activityId: uuid("activity_id").references(() => processingActivities.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("retention_rules_name_unique").on(sql`lower(${t.name})`),
    check("retention_rules_keep_days_range", sql`${t.keepDays} between 0 and 36500`),
  ],
);

export const retentionRunStatus = pgEnum("retention_run_status", ["running", "completed", "failed", "interrupted"]);

// One receipt per run of the retention job.
export const retentionRuns = pgTable(
  "retention_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trigger: text("trigger").notNull(),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    status: retentionRunStatus("status").notNull().default("running"),
    error: text("error"),
  },
  (t) => [index("retention_runs_started_idx").on(t.startedAt), check("retention_runs_trigger_valid", sql`${t.trigger} in ('schedule', 'manual')`)],
);

// Per rule within a run: what went, and a SHA-256 chained over the ids of each batch, in order.
export const retentionRunRules = pgTable(
  "retention_run_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => retentionRuns.id, { onDelete: "cascade" }),
    ruleId: uuid("rule_id").references(() => retentionRules.id, { onDelete: "set null" }),
    // The rule as it was when the run applied it; the rule may change or go later.
    ruleName: text("rule_name").notNull(),
    action: retentionAction("action").notNull(),
    keepDays: integer("keep_days").notNull(),
    conversations: integer("conversations").notNull().default(0),
    messages: integer("messages").notNull().default(0),
    idsHash: text("ids_hash").notNull(),
  },
  (t) => [index("retention_run_rules_run_idx").on(t.runId)],
);

export type RetentionRule = typeof retentionRules.$inferSelect;
export type RetentionRun = typeof retentionRuns.$inferSelect;
