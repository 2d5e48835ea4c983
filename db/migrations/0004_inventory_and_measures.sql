CREATE TYPE "public"."art9_condition" AS ENUM('explicit_consent', 'employment_law', 'vital_interests', 'not_for_profit_body', 'made_public', 'legal_claims', 'substantial_public_interest', 'health_care', 'public_health', 'archiving_research');--> statement-breakpoint
CREATE TYPE "public"."dpia_status" AS ENUM('not_needed', 'needed', 'in_progress', 'done');--> statement-breakpoint
CREATE TYPE "public"."legal_basis" AS ENUM('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests');--> statement-breakpoint
CREATE TYPE "public"."security_measure_kind" AS ENUM('technical', 'organisational');--> statement-breakpoint
CREATE TYPE "public"."security_measure_status" AS ENUM('planned', 'in_place', 'needs_improvement', 'retired');--> statement-breakpoint
CREATE TYPE "public"."transfer_mechanism" AS ENUM('adequacy', 'scc', 'bcr', 'derogation', 'none');--> statement-breakpoint
CREATE TABLE "activity_data_categories" (
	"activity_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "activity_data_categories_activity_id_category_id_pk" PRIMARY KEY("activity_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "activity_measures" (
	"activity_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "activity_measures_activity_id_measure_id_pk" PRIMARY KEY("activity_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "activity_subject_categories" (
	"activity_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "activity_subject_categories_activity_id_category_id_pk" PRIMARY KEY("activity_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "activity_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"country" text NOT NULL,
	"mechanism" "transfer_mechanism" NOT NULL,
	"safeguards" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"special" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processing_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"purposes" text DEFAULT '' NOT NULL,
	"legal_basis" "legal_basis",
	"legitimate_interest" text DEFAULT '' NOT NULL,
	"art9_condition" "art9_condition",
	"recipients" text DEFAULT '' NOT NULL,
	"retention" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"systems" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"dpia_status" "dpia_status" DEFAULT 'not_needed' NOT NULL,
	"covers_chat" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "security_measure_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"status" "security_measure_status" DEFAULT 'planned' NOT NULL,
	"last_reviewed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_data_categories" ADD CONSTRAINT "activity_data_categories_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_data_categories" ADD CONSTRAINT "activity_data_categories_category_id_data_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."data_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_measures" ADD CONSTRAINT "activity_measures_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_measures" ADD CONSTRAINT "activity_measures_measure_id_security_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."security_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_subject_categories" ADD CONSTRAINT "activity_subject_categories_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_subject_categories" ADD CONSTRAINT "activity_subject_categories_category_id_subject_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."subject_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_transfers" ADD CONSTRAINT "activity_transfers_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activities" ADD CONSTRAINT "processing_activities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_measures" ADD CONSTRAINT "security_measures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_data_categories_category_idx" ON "activity_data_categories" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "activity_measures_measure_idx" ON "activity_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "activity_subject_categories_category_idx" ON "activity_subject_categories" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "activity_transfers_activity_idx" ON "activity_transfers" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_transfers_mechanism_idx" ON "activity_transfers" USING btree ("mechanism");--> statement-breakpoint
CREATE UNIQUE INDEX "data_categories_name_unique" ON "data_categories" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "processing_activities_name_unique" ON "processing_activities" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "processing_activities_basis_idx" ON "processing_activities" USING btree ("legal_basis");--> statement-breakpoint
CREATE INDEX "processing_activities_dpia_idx" ON "processing_activities" USING btree ("dpia_status");--> statement-breakpoint
CREATE INDEX "processing_activities_owner_idx" ON "processing_activities" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "security_measures_name_unique" ON "security_measures" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "security_measures_status_idx" ON "security_measures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "security_measures_kind_idx" ON "security_measures" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "security_measures_reviewed_idx" ON "security_measures" USING btree ("last_reviewed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "subject_categories_name_unique" ON "subject_categories" USING btree (lower("name"));