CREATE TYPE "public"."controller_processing_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TABLE "privacy_notice_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_notice_settings_single_row" CHECK ("privacy_notice_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "privacy_notice_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"content" jsonb NOT NULL,
	"text" text NOT NULL,
	"content_hash" text NOT NULL,
	"source_hash" text NOT NULL,
	CONSTRAINT "privacy_notice_versions_version_unique" UNIQUE("version"),
	CONSTRAINT "privacy_notice_versions_version_positive" CHECK ("privacy_notice_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "controller_processing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"controller_name" text NOT NULL,
	"controller_contact" text DEFAULT '' NOT NULL,
	"controller_representative" text DEFAULT '' NOT NULL,
	"controller_dpo" text DEFAULT '' NOT NULL,
	"categories" text NOT NULL,
	"agreement_reference" text DEFAULT '' NOT NULL,
	"started_on" date,
	"ended_on" date,
	"status" "controller_processing_status" DEFAULT 'active' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "controller_processing_measures" (
	"entry_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "controller_processing_measures_entry_id_measure_id_pk" PRIMARY KEY("entry_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "controller_processing_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"country" text NOT NULL,
	"mechanism" "transfer_mechanism" NOT NULL,
	"safeguards" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "privacy_notice_settings" ADD CONSTRAINT "privacy_notice_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_notice_versions" ADD CONSTRAINT "privacy_notice_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_processing_measures" ADD CONSTRAINT "controller_processing_measures_entry_id_controller_processing_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."controller_processing"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_processing_measures" ADD CONSTRAINT "controller_processing_measures_measure_id_security_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."security_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controller_processing_transfers" ADD CONSTRAINT "controller_processing_transfers_entry_id_controller_processing_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."controller_processing"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "controller_processing_controller_idx" ON "controller_processing" USING btree (lower("controller_name"));--> statement-breakpoint
CREATE INDEX "controller_processing_status_idx" ON "controller_processing" USING btree ("status");--> statement-breakpoint
CREATE INDEX "controller_processing_archived_idx" ON "controller_processing" USING btree ("archived_at");--> statement-breakpoint
CREATE INDEX "controller_processing_updated_idx" ON "controller_processing" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "controller_processing_measures_measure_idx" ON "controller_processing_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "controller_processing_transfers_entry_idx" ON "controller_processing_transfers" USING btree ("entry_id");