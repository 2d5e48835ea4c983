CREATE TYPE "public"."user_role" AS ENUM('dpo', 'legal', 'manager', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."breach_risk" AS ENUM('unassessed', 'unlikely', 'risk', 'high');--> statement-breakpoint
CREATE TYPE "public"."breach_status" AS ENUM('open', 'assessing', 'notified', 'closed');--> statement-breakpoint
CREATE TYPE "public"."breach_notify_decision" AS ENUM('pending', 'notify', 'not_required');--> statement-breakpoint
CREATE TYPE "public"."breach_subject_comm_exception" AS ENUM('unintelligible', 'risk_removed', 'disproportionate_effort');--> statement-breakpoint
CREATE TYPE "public"."breach_subject_comm_status" AS ENUM('not_required', 'pending', 'communicated', 'exception');--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key_hash" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 0 NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"controller_name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"dpo_name" text DEFAULT '' NOT NULL,
	"dpo_email" text DEFAULT '' NOT NULL,
	"dpo_phone" text DEFAULT '' NOT NULL,
	"representative" text DEFAULT '' NOT NULL,
	"country" text DEFAULT 'SE' NOT NULL,
	"time_zone" text DEFAULT 'Europe/Stockholm' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_single_row" CHECK ("organisation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_type" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"summary" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_action_nonempty" CHECK (length("audit_log"."action") between 1 and 100),
	CONSTRAINT "audit_log_actor_type_valid" CHECK ("audit_log"."actor_type" in ('user', 'system', 'api'))
);
--> statement-breakpoint
CREATE TABLE "breach_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"breach_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"aware_at" timestamp with time zone NOT NULL,
	"occurred_from" timestamp with time zone,
	"occurred_to" timestamp with time zone,
	"discovery" text DEFAULT '' NOT NULL,
	"nature_confidentiality" boolean DEFAULT false NOT NULL,
	"nature_integrity" boolean DEFAULT false NOT NULL,
	"nature_availability" boolean DEFAULT false NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"subject_categories" text DEFAULT '' NOT NULL,
	"subjects_approx" integer,
	"record_categories" text DEFAULT '' NOT NULL,
	"records_approx" integer,
	"special_categories" boolean DEFAULT false NOT NULL,
	"special_categories_detail" text DEFAULT '' NOT NULL,
	"likely_consequences" text DEFAULT '' NOT NULL,
	"measures_taken" text DEFAULT '' NOT NULL,
	"measures_proposed" text DEFAULT '' NOT NULL,
	"risk" "breach_risk" DEFAULT 'unassessed' NOT NULL,
	"risk_reasoning" text DEFAULT '' NOT NULL,
	"notify_decision" "breach_notify_decision" DEFAULT 'pending' NOT NULL,
	"not_notified_justification" text DEFAULT '' NOT NULL,
	"authority_name" text DEFAULT '' NOT NULL,
	"authority_notified_at" timestamp with time zone,
	"authority_reference" text DEFAULT '' NOT NULL,
	"delay_reason" text DEFAULT '' NOT NULL,
	"subject_comm_status" "breach_subject_comm_status" DEFAULT 'pending' NOT NULL,
	"subject_comm_at" timestamp with time zone,
	"subject_comm_channel" text DEFAULT '' NOT NULL,
	"subject_comm_count" integer,
	"subject_comm_exception" "breach_subject_comm_exception",
	"subject_comm_exception_detail" text DEFAULT '' NOT NULL,
	"status" "breach_status" DEFAULT 'open' NOT NULL,
	"owner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breaches_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_follow_ups" ADD CONSTRAINT "breach_follow_ups_breach_id_breaches_id_fk" FOREIGN KEY ("breach_id") REFERENCES "public"."breaches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breaches" ADD CONSTRAINT "breaches_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures_key_time_idx" ON "login_failures" USING btree ("key_hash","failed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "breach_follow_ups_breach_idx" ON "breach_follow_ups" USING btree ("breach_id","sent_at");--> statement-breakpoint
CREATE INDEX "breaches_aware_at_idx" ON "breaches" USING btree ("aware_at");--> statement-breakpoint
CREATE INDEX "breaches_status_idx" ON "breaches" USING btree ("status");--> statement-breakpoint
CREATE INDEX "breaches_risk_idx" ON "breaches" USING btree ("risk");--> statement-breakpoint
CREATE INDEX "breaches_title_idx" ON "breaches" USING btree ("title");--> statement-breakpoint
CREATE INDEX "breaches_owner_idx" ON "breaches" USING btree ("owner_id");