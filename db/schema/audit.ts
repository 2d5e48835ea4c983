import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// Append-only: a trigger (see the custom migration) refuses UPDATE, DELETE and TRUNCATE,
// and each row's hash covers its content and the previous row's hash.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "restrict" }),
    // "user", "system" (jobs, seed) or "api" (a key); kept apart from actorId so system entries are explicit.
    actorType: text("actor_type").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_actor_type_idx").on(t.actorType),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    check("audit_log_action_nonempty", sql`length(${t.action}) between 1 and 100`),
    check("audit_log_actor_type_valid", sql`${t.actorType} in ('user', 'system', 'api')`),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
