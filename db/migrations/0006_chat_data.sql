CREATE TYPE "public"."chat_source_kind" AS ENUM('api', 'chatwoot', 'import');--> statement-breakpoint
CREATE TYPE "public"."finding_status" AS ENUM('open', 'masked', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."finding_type" AS ENUM('email', 'phone', 'card', 'iban', 'national_id', 'ip', 'special_category');--> statement-breakpoint
CREATE TYPE "public"."subject_identifier_kind" AS ENUM('email', 'phone', 'visitor_id');--> statement-breakpoint
CREATE TYPE "public"."subject_identifier_origin" AS ENUM('visitor', 'message');--> statement-breakpoint
CREATE TYPE "public"."message_author" AS ENUM('visitor', 'agent', 'bot');--> statement-breakpoint
CREATE TYPE "public"."retention_action" AS ENUM('delete', 'anonymise');--> statement-breakpoint
CREATE TYPE "public"."retention_run_status" AS ENUM('running', 'completed', 'failed', 'interrupted');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "chat_source_daily" (
	"source_id" uuid NOT NULL,
	"day" date NOT NULL,
	"messages" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "chat_source_daily_source_id_day_pk" PRIMARY KEY("source_id","day")
);
--> statement-breakpoint
CREATE TABLE "chat_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" "chat_source_kind" NOT NULL,
	"webhook_secret_encrypted" text,
	"last_received_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_sources_key_format" CHECK ("chat_sources"."key" ~ '^[a-z0-9][a-z0-9_-]{0,62}$')
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"subject_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"last_message_at" timestamp with time zone,
	"category" text,
	"visitor_external_id" text,
	"visitor_name" text,
	"visitor_email" text,
	"visitor_phone" text,
	"message_count" integer DEFAULT 0 NOT NULL,
	"has_special_category" boolean DEFAULT false NOT NULL,
	"retention_rule_id" uuid,
	"retention_due_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"legal_hold_reason" text,
	"legal_hold_by" uuid,
	"legal_hold_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text,
	"legal_hold_reason" text,
	"legal_hold_by" uuid,
	"legal_hold_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" bigint NOT NULL,
	"conversation_id" uuid NOT NULL,
	"type" "finding_type" NOT NULL,
	"subtype" text,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"confidence" real NOT NULL,
	"status" "finding_status" DEFAULT 'open' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_span_valid" CHECK ("findings"."start" >= 0 and "findings"."end" > "findings"."start")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"author" "message_author" NOT NULL,
	"author_name" text,
	"text" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"source_id" uuid,
	"category" text,
	"special_category" boolean,
	"keep_days" integer NOT NULL,
	"action" "retention_action" NOT NULL,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_rules_keep_days_range" CHECK ("retention_rules"."keep_days" between 0 and 36500)
);
--> statement-breakpoint
CREATE TABLE "retention_run_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"rule_id" uuid,
	"rule_name" text NOT NULL,
	"action" "retention_action" NOT NULL,
	"keep_days" integer NOT NULL,
	"conversations" integer DEFAULT 0 NOT NULL,
	"messages" integer DEFAULT 0 NOT NULL,
	"ids_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trigger" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" "retention_run_status" DEFAULT 'running' NOT NULL,
	"error" text,
	CONSTRAINT "retention_runs_trigger_valid" CHECK ("retention_runs"."trigger" in ('schedule', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "subject_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" "subject_identifier_kind" NOT NULL,
	"value" text NOT NULL,
	"origin" "subject_identifier_origin" NOT NULL,
	"first_seen_conversation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_source_daily" ADD CONSTRAINT "chat_source_daily_source_id_chat_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."chat_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_source_id_chat_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."chat_sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_subject_id_data_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."data_subjects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_retention_rule_id_retention_rules_id_fk" FOREIGN KEY ("retention_rule_id") REFERENCES "public"."retention_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_legal_hold_by_users_id_fk" FOREIGN KEY ("legal_hold_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_subjects" ADD CONSTRAINT "data_subjects_legal_hold_by_users_id_fk" FOREIGN KEY ("legal_hold_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_source_id_chat_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."chat_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_run_rules" ADD CONSTRAINT "retention_run_rules_run_id_retention_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."retention_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_run_rules" ADD CONSTRAINT "retention_run_rules_rule_id_retention_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."retention_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_identifiers" ADD CONSTRAINT "subject_identifiers_subject_id_data_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."data_subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_created_idx" ON "api_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_sources_key_unique" ON "chat_sources" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_source_external_unique" ON "conversations" USING btree ("source_id","external_id");--> statement-breakpoint
CREATE INDEX "conversations_started_idx" ON "conversations" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "conversations_subject_idx" ON "conversations" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "conversations_category_idx" ON "conversations" USING btree ("category");--> statement-breakpoint
CREATE INDEX "conversations_retention_due_idx" ON "conversations" USING btree ("retention_due_at");--> statement-breakpoint
CREATE INDEX "conversations_rule_idx" ON "conversations" USING btree ("retention_rule_id");--> statement-breakpoint
CREATE INDEX "conversations_visitor_email_idx" ON "conversations" USING btree ("visitor_email");--> statement-breakpoint
CREATE INDEX "conversations_visitor_phone_idx" ON "conversations" USING btree ("visitor_phone");--> statement-breakpoint
CREATE INDEX "data_subjects_created_idx" ON "data_subjects" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "data_subjects_hold_idx" ON "data_subjects" USING btree ("legal_hold_at");--> statement-breakpoint
CREATE INDEX "findings_status_type_idx" ON "findings" USING btree ("status","type");--> statement-breakpoint
CREATE INDEX "findings_message_idx" ON "findings" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "findings_conversation_idx" ON "findings" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "findings_created_idx" ON "findings" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_conversation_external_unique" ON "messages" USING btree ("conversation_id","external_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_sent_idx" ON "messages" USING btree ("conversation_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_rules_name_unique" ON "retention_rules" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "retention_run_rules_run_idx" ON "retention_run_rules" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "retention_runs_started_idx" ON "retention_runs" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "subject_identifiers_kind_value_unique" ON "subject_identifiers" USING btree ("kind","value");--> statement-breakpoint
CREATE INDEX "subject_identifiers_value_idx" ON "subject_identifiers" USING btree ("value");--> statement-breakpoint
CREATE INDEX "subject_identifiers_subject_idx" ON "subject_identifiers" USING btree ("subject_id");