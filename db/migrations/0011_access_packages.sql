CREATE TYPE "public"."access_package_status" AS ENUM('draft', 'released');--> statement-breakpoint
CREATE TABLE "request_access_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	"built_by" uuid,
	"json" jsonb NOT NULL,
	"html" text NOT NULL,
	"redactions" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"status" "access_package_status" DEFAULT 'draft' NOT NULL,
	"released_at" timestamp with time zone,
	"released_by" uuid,
	CONSTRAINT "request_access_packages_version_positive" CHECK ("request_access_packages"."version" > 0),
	CONSTRAINT "request_access_packages_released_consistent" CHECK (("request_access_packages"."status" = 'released') = ("request_access_packages"."released_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "request_access_packages" ADD CONSTRAINT "request_access_packages_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_access_packages" ADD CONSTRAINT "request_access_packages_built_by_users_id_fk" FOREIGN KEY ("built_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_access_packages" ADD CONSTRAINT "request_access_packages_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_access_packages_request_version_unique" ON "request_access_packages" USING btree ("request_id","version");--> statement-breakpoint
CREATE INDEX "request_access_packages_status_idx" ON "request_access_packages" USING btree ("status");