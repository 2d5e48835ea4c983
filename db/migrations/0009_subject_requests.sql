CREATE TYPE "public"."subject_request_rejection_ground" AS ENUM('manifestly_unfounded', 'excessive', 'identity_not_established', 'exception_applies', 'no_data_held', 'other');--> statement-breakpoint
CREATE TYPE "public"."subject_request_channel" AS ENUM('web_form', 'email', 'phone', 'letter', 'chat', 'api');--> statement-breakpoint
CREATE TYPE "public"."subject_request_event_type" AS ENUM('created', 'status_changed', 'note', 'assigned', 'clock_paused', 'clock_resumed', 'extended', 'email_sent', 'verification_code_sent', 'verification_code_failed', 'identity_verified', 'due_date_recomputed');--> statement-breakpoint
CREATE TYPE "public"."subject_request_status" AS ENUM('received', 'verifying_identity', 'in_progress', 'completed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."subject_request_type" AS ENUM('access', 'erasure', 'rectification', 'restriction', 'portability', 'objection');--> statement-breakpoint
CREATE TYPE "public"."request_suggestion_status" AS ENUM('pending', 'accepted', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."subject_request_verification_method" AS ENUM('code_to_held_identifier', 'matching_details', 'id_document', 'in_person', 'other');--> statement-breakpoint
CREATE TABLE "holidays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holidays_country_format" CHECK ("holidays"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "request_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "subject_request_type" NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"details" text DEFAULT '' NOT NULL,
	"code_hash" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"request_id" uuid
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"type" "subject_request_event_type" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" uuid,
	"origin" text DEFAULT 'user' NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"outbox_id" bigint
);
--> statement-breakpoint
CREATE TABLE "request_intake_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key_hash" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"pause_while_verifying" boolean DEFAULT false NOT NULL,
	"closed_retention_years" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_settings_single_row" CHECK ("request_settings"."id" = 1),
	CONSTRAINT "request_settings_retention_range" CHECK ("request_settings"."closed_retention_years" between 1 and 30)
);
--> statement-breakpoint
CREATE TABLE "request_suggestions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" bigint NOT NULL,
	"conversation_id" uuid NOT NULL,
	"type" "subject_request_type" NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"status" "request_suggestion_status" DEFAULT 'pending' NOT NULL,
	"request_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_suggestions_span_valid" CHECK ("request_suggestions"."start" >= 0 and "request_suggestions"."end" > "request_suggestions"."start")
);
--> statement-breakpoint
CREATE TABLE "request_verification_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subject_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"type" "subject_request_type" NOT NULL,
	"status" "subject_request_status" DEFAULT 'received' NOT NULL,
	"channel" "subject_request_channel" NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"extended_due_date" date,
	"effective_due_date" date NOT NULL,
	"clock_steps" jsonb NOT NULL,
	"extension_reason" text,
	"extension_notified_at" timestamp with time zone,
	"clock_paused_at" timestamp with time zone,
	"paused_days" integer DEFAULT 0 NOT NULL,
	"subject_name" text,
	"subject_email" text,
	"subject_phone" text,
	"email_confirmed_at" timestamp with time zone,
	"details" text DEFAULT '' NOT NULL,
	"assignee_id" uuid,
	"data_subject_id" uuid,
	"conversation_id" uuid,
	"identity_verified_at" timestamp with time zone,
	"identity_verified_by" uuid,
	"identity_verification_method" "subject_request_verification_method",
	"identity_verification_notes" text,
	"rejection_ground" "subject_request_rejection_ground",
	"rejection_reasons" text,
	"completed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subject_requests_paused_days_range" CHECK ("subject_requests"."paused_days" >= 0)
);
--> statement-breakpoint
ALTER TABLE "request_confirmations" ADD CONSTRAINT "request_confirmations_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestions" ADD CONSTRAINT "request_suggestions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestions" ADD CONSTRAINT "request_suggestions_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestions" ADD CONSTRAINT "request_suggestions_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestions" ADD CONSTRAINT "request_suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_verification_codes" ADD CONSTRAINT "request_verification_codes_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_data_subject_id_data_subjects_id_fk" FOREIGN KEY ("data_subject_id") REFERENCES "public"."data_subjects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_identity_verified_by_users_id_fk" FOREIGN KEY ("identity_verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "holidays_country_date_unique" ON "holidays" USING btree ("country","date");--> statement-breakpoint
CREATE INDEX "request_confirmations_expires_idx" ON "request_confirmations" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "request_intake_attempts_key_time_idx" ON "request_intake_attempts" USING btree ("key_hash","at");--> statement-breakpoint
CREATE INDEX "request_suggestions_status_idx" ON "request_suggestions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "request_suggestions_conversation_idx" ON "request_suggestions" USING btree ("conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_suggestions_message_type_unique" ON "request_suggestions" USING btree ("message_id","type");--> statement-breakpoint
CREATE INDEX "request_verification_codes_request_idx" ON "request_verification_codes" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "subject_requests_reference_unique" ON "subject_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "subject_requests_status_idx" ON "subject_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "subject_requests_type_idx" ON "subject_requests" USING btree ("type");--> statement-breakpoint
CREATE INDEX "subject_requests_received_idx" ON "subject_requests" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "subject_requests_due_idx" ON "subject_requests" USING btree ("effective_due_date");--> statement-breakpoint
CREATE INDEX "subject_requests_assignee_idx" ON "subject_requests" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "subject_requests_subject_idx" ON "subject_requests" USING btree ("data_subject_id");--> statement-breakpoint
CREATE INDEX "subject_requests_conversation_idx" ON "subject_requests" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "subject_requests_closed_idx" ON "subject_requests" USING btree ("closed_at");