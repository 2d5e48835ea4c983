CREATE TYPE "public"."agreement_status" AS ENUM('missing', 'draft', 'in_legal_review', 'signed', 'expired', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."subprocessor_notice_decision" AS ENUM('pending', 'no_objection', 'objected');--> statement-breakpoint
CREATE TYPE "public"."processor_risk" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."processor_transfer_mechanism" AS ENUM('none_needed', 'adequacy', 'scc', 'bcr', 'derogation');--> statement-breakpoint
CREATE TYPE "public"."agreement_review_decision" AS ENUM('approved', 'sent_back');--> statement-breakpoint
CREATE TYPE "public"."agreement_review_answer" AS ENUM('present', 'missing', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."agreement_review_item" AS ENUM('subject_matter_duration', 'nature_purpose', 'data_types', 'subject_categories', 'clause_a', 'clause_b', 'clause_c', 'clause_d', 'clause_e', 'clause_f', 'clause_g', 'clause_h');--> statement-breakpoint
CREATE TABLE "agreement_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_files_size_positive" CHECK ("agreement_files"."size" > 0)
);
--> statement-breakpoint
CREATE TABLE "agreement_review_items" (
	"review_id" uuid NOT NULL,
	"item" "agreement_review_item" NOT NULL,
	"answer" "agreement_review_answer",
	"note" text DEFAULT '' NOT NULL,
	"clause_reference" text DEFAULT '' NOT NULL,
	CONSTRAINT "agreement_review_items_review_id_item_pk" PRIMARY KEY("review_id","item")
);
--> statement-breakpoint
CREATE TABLE "agreement_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"requested_by" uuid,
	"reviewer_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decision" "agreement_review_decision",
	"file_id" uuid,
	"summary" text DEFAULT '' NOT NULL,
	CONSTRAINT "agreement_reviews_decision_with_date" CHECK (("agreement_reviews"."decision" is null) = ("agreement_reviews"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" "agreement_status" DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"starts_on" date,
	"ends_on" date,
	"review_by" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processor_activities" (
	"processor_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	CONSTRAINT "processor_activities_processor_id_activity_id_pk" PRIMARY KEY("processor_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "processor_data_categories" (
	"processor_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "processor_data_categories_processor_id_category_id_pk" PRIMARY KEY("processor_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "processor_sub_processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"service" text DEFAULT '' NOT NULL,
	"country" text NOT NULL,
	"transfer_mechanism" "processor_transfer_mechanism",
	"added_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"service" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"country" text NOT NULL,
	"transfer_mechanism" "processor_transfer_mechanism",
	"tia_date" date,
	"derogation" text DEFAULT '' NOT NULL,
	"risk_rating" "processor_risk",
	"risk_reasoning" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subprocessor_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"description" text NOT NULL,
	"objection_deadline" date NOT NULL,
	"decision" "subprocessor_notice_decision" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_files" ADD CONSTRAINT "agreement_files_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_files" ADD CONSTRAINT "agreement_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_review_items" ADD CONSTRAINT "agreement_review_items_review_id_agreement_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."agreement_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reviews" ADD CONSTRAINT "agreement_reviews_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reviews" ADD CONSTRAINT "agreement_reviews_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reviews" ADD CONSTRAINT "agreement_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reviews" ADD CONSTRAINT "agreement_reviews_file_id_agreement_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."agreement_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_activities" ADD CONSTRAINT "processor_activities_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_activities" ADD CONSTRAINT "processor_activities_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_data_categories" ADD CONSTRAINT "processor_data_categories_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_data_categories" ADD CONSTRAINT "processor_data_categories_category_id_data_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."data_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_sub_processors" ADD CONSTRAINT "processor_sub_processors_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subprocessor_notices" ADD CONSTRAINT "subprocessor_notices_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subprocessor_notices" ADD CONSTRAINT "subprocessor_notices_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_files_version_unique" ON "agreement_files" USING btree ("agreement_id","version");--> statement-breakpoint
CREATE INDEX "agreement_reviews_agreement_idx" ON "agreement_reviews" USING btree ("agreement_id","started_at");--> statement-breakpoint
CREATE INDEX "agreement_reviews_decided_idx" ON "agreement_reviews" USING btree ("decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_reviews_one_open" ON "agreement_reviews" USING btree ("agreement_id") WHERE "agreement_reviews"."decided_at" is null;--> statement-breakpoint
CREATE INDEX "agreements_processor_idx" ON "agreements" USING btree ("processor_id");--> statement-breakpoint
CREATE INDEX "agreements_status_idx" ON "agreements" USING btree ("status");--> statement-breakpoint
CREATE INDEX "agreements_ends_on_idx" ON "agreements" USING btree ("ends_on");--> statement-breakpoint
CREATE INDEX "agreements_review_by_idx" ON "agreements" USING btree ("review_by");--> statement-breakpoint
CREATE INDEX "processor_activities_activity_idx" ON "processor_activities" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "processor_data_categories_category_idx" ON "processor_data_categories" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "processor_sub_processors_processor_idx" ON "processor_sub_processors" USING btree ("processor_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "processors_name_unique" ON "processors" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "processors_country_idx" ON "processors" USING btree ("country");--> statement-breakpoint
CREATE INDEX "processors_risk_idx" ON "processors" USING btree ("risk_rating");--> statement-breakpoint
CREATE INDEX "processors_mechanism_idx" ON "processors" USING btree ("transfer_mechanism");--> statement-breakpoint
CREATE INDEX "processors_updated_idx" ON "processors" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "processors_archived_idx" ON "processors" USING btree ("archived_at");--> statement-breakpoint
CREATE INDEX "subprocessor_notices_processor_idx" ON "subprocessor_notices" USING btree ("processor_id","received_on");--> statement-breakpoint
CREATE INDEX "subprocessor_notices_pending_idx" ON "subprocessor_notices" USING btree ("decision","objection_deadline");