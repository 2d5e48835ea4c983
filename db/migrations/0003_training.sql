CREATE TYPE "public"."training_completion_source" AS ENUM('manual', 'import');--> statement-breakpoint
CREATE TYPE "public"."course_audience" AS ENUM('everyone', 'customer_facing', 'teams', 'job_titles');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('queued', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"duration_minutes" integer DEFAULT 30 NOT NULL,
	"validity_months" integer,
	"audience" "course_audience" DEFAULT 'everyone' NOT NULL,
	"audience_teams" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_job_titles" text[] DEFAULT '{}'::text[] NOT NULL,
	"due_within_days" integer DEFAULT 30 NOT NULL,
	"audience_changed_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_validity_positive" CHECK ("courses"."validity_months" is null or "courses"."validity_months" > 0),
	CONSTRAINT "courses_due_positive" CHECK ("courses"."due_within_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" "outbox_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"work_email" text NOT NULL,
	"team" text DEFAULT '' NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"manager_user_id" uuid,
	"customer_facing" boolean DEFAULT false NOT NULL,
	"start_date" date NOT NULL,
	"leave_date" date,
	"role_changed_on" date,
	"reduced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_certificates" (
	"completion_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"score" integer,
	"source" "training_completion_source" DEFAULT 'manual' NOT NULL,
	"recorded_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_completions_score_range" CHECK ("training_completions"."score" is null or ("training_completions"."score" between 0 and 100))
);
--> statement-breakpoint
CREATE TABLE "training_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid
);
--> statement-breakpoint
CREATE TABLE "training_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"due_soon_days" integer DEFAULT 30 NOT NULL,
	"leaver_retention_months" integer DEFAULT 24 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_settings_single_row" CHECK ("training_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_manager_user_id_users_id_fk" FOREIGN KEY ("manager_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_completion_id_training_completions_id_fk" FOREIGN KEY ("completion_id") REFERENCES "public"."training_completions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reminders" ADD CONSTRAINT "training_reminders_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reminders" ADD CONSTRAINT "training_reminders_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reminders" ADD CONSTRAINT "training_reminders_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "courses_title_unique" ON "courses" USING btree (lower("title"));--> statement-breakpoint
CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_work_email_unique" ON "staff" USING btree (lower("work_email"));--> statement-breakpoint
CREATE INDEX "staff_team_idx" ON "staff" USING btree ("team");--> statement-breakpoint
CREATE INDEX "staff_manager_idx" ON "staff" USING btree ("manager_user_id");--> statement-breakpoint
CREATE INDEX "staff_leave_date_idx" ON "staff" USING btree ("leave_date");--> statement-breakpoint
CREATE INDEX "staff_name_idx" ON "staff" USING btree ("name");--> statement-breakpoint
CREATE INDEX "training_completions_staff_course_idx" ON "training_completions" USING btree ("staff_id","course_id","completed_on");--> statement-breakpoint
CREATE INDEX "training_completions_course_idx" ON "training_completions" USING btree ("course_id","completed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_completions_once_a_day" ON "training_completions" USING btree ("staff_id","course_id","completed_on") WHERE "training_completions"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "training_reminders_staff_course_idx" ON "training_reminders" USING btree ("staff_id","course_id","sent_at");