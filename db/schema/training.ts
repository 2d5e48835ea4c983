import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// Staff are records, not logins. A manager *user* is linked to the people they manage.
export const staff = pgTable(
  "staff",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    // Stored lower-cased: imports match people by work email.
    workEmail: text("work_email").notNull(),
    team: text("team").notNull().default(""),
    jobTitle: text("job_title").notNull().default(""),
    managerUserId: uuid("manager_user_id").references(() => users.id, { onDelete: "set null" }),
    customerFacing: boolean("customer_facing").notNull().default(false),
    startDate: date("start_date", { mode: "string" }).notNull(),
    leaveDate: date("leave_date", { mode: "string" }),
    // When team, job title or customer-facing last changed: new assignments are due from then.
    roleChangedOn: date("role_changed_on", { mode: "string" }),
    // Set when a leaver's record was reduced to what must be kept (name and training history).
    reducedAt: timestamp("reduced_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staff_work_email_unique").on(sql`lower(${t.workEmail})`),
    index("staff_team_idx").on(t.team),
    index("staff_manager_idx").on(t.managerUserId),
    index("staff_leave_date_idx").on(t.leaveDate),
    index("staff_name_idx").on(t.name),
  ],
);

export type Staff = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;

export const courseAudience = pgEnum("course_audience", ["everyone", "customer_facing", "teams", "job_titles"]);

export const courses = pgTable(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    durationMinutes: integer("duration_minutes").notNull().default(30),
    // How long a completion stays valid; null means it never expires.
    validityMonths: integer("validity_months"),
    audience: courseAudience("audience").notNull().default("everyone"),
    audienceTeams: text("audience_teams").array().notNull().default(sql`'{}'::text[]`),
    audienceJobTitles: text("audience_job_titles").array().notNull().default(sql`'{}'::text[]`),
    // A person who newly has to take the course has this many days to do it.
    dueWithinDays: integer("due_within_days").notNull().default(30),
    // When the audience last changed: people newly in it are due from then.
    audienceChangedOn: date("audience_changed_on", { mode: "string" }).notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("courses_title_unique").on(sql`lower(${t.title})`),
    check("courses_validity_positive", sql`${t.validityMonths} is null or ${t.validityMonths} > 0`),
    check("courses_due_positive", sql`${t.dueWithinDays} > 0`),
  ],
);

export type Course = typeof courses.$inferSelect;
export type NewCourse = typeof courses.$inferInsert;

export const completionSource = pgEnum("training_completion_source", ["manual", "import"]);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

// Never updated: a wrong completion is withdrawn (withdrawnAt + reason, audited) and a new one recorded.
export const trainingCompletions = pgTable(
  "training_completions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "restrict" }),
    completedOn: date("completed_on", { mode: "string" }).notNull(),
    score: integer("score"),
    source: completionSource("source").notNull().default("manual"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnReason: text("withdrawn_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("training_completions_staff_course_idx").on(t.staffId, t.courseId, t.completedOn),
    index("training_completions_course_idx").on(t.courseId, t.completedOn),
    // One completion per person, course and day: a re-imported file finds it already there.
    uniqueIndex("training_completions_once_a_day").on(t.staffId, t.courseId, t.completedOn).where(sql`${t.withdrawnAt} is null`),
    check("training_completions_score_range", sql`${t.score} is null or (${t.score} between 0 and 100)`),
  ],
);

export type TrainingCompletion = typeof trainingCompletions.$inferSelect;

export const trainingCertificates = pgTable("training_certificates", {
  completionId: uuid("completion_id")
    .primaryKey()
    .references(() => trainingCompletions.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  mimeType: text("mime_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  data: bytea("data").notNull(),
});

// At most one reminder a week per person and course: the sender checks the last one here.
export const trainingReminders = pgTable(
  "training_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    sentBy: uuid("sent_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("training_reminders_staff_course_idx").on(t.staffId, t.courseId, t.sentAt)],
);

// Single row: the training module's settings.
export const trainingSettings = pgTable(
  "training_settings",
  {
    id: integer("id").primaryKey().default(1),
    // "Due soon" means within this many days.
    dueSoonDays: integer("due_soon_days").notNull().default(30),
    // A leaver's record is reduced this many months after the leave date.
    leaverRetentionMonths: integer("leaver_retention_months").notNull().default(24),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("training_settings_single_row", sql`${t.id} = 1`)],
);
