CREATE TYPE "public"."erasure_exception" AS ENUM('none', 'freedom_of_expression', 'legal_obligation', 'public_health', 'archiving_research', 'legal_claims');--> statement-breakpoint
CREATE TABLE "request_erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"pseudonym" text NOT NULL,
	"executed_at" timestamp with time zone NOT NULL,
	"executed_by" uuid,
	"executed_via" text NOT NULL,
	"conversations_deleted" integer DEFAULT 0 NOT NULL,
	"conversations_redacted" integer DEFAULT 0 NOT NULL,
	"messages_deleted" integer DEFAULT 0 NOT NULL,
	"messages_redacted" integer DEFAULT 0 NOT NULL,
	"identifiers_removed" integer DEFAULT 0 NOT NULL,
	"findings_removed" integer DEFAULT 0 NOT NULL,
	"outbox_redacted" integer DEFAULT 0 NOT NULL,
	"subject_removed" integer DEFAULT 0 NOT NULL,
	"ids_hash" text NOT NULL,
	"exception" "erasure_exception" DEFAULT 'none' NOT NULL,
	"exception_note" text DEFAULT '' NOT NULL,
	"kept" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"processors" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_erasures" ADD CONSTRAINT "request_erasures_request_id_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."subject_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_erasures" ADD CONSTRAINT "request_erasures_executed_by_users_id_fk" FOREIGN KEY ("executed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_erasures_request_unique" ON "request_erasures" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_erasures_executed_idx" ON "request_erasures" USING btree ("executed_at");