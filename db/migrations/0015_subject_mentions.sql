ALTER TYPE "public"."subject_identifier_origin" ADD VALUE 'confirmed';--> statement-breakpoint
CREATE TABLE "data_fixes" (
	"name" text PRIMARY KEY NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_mentions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" "subject_identifier_kind" NOT NULL,
	"value" text NOT NULL,
	"message_id" bigint NOT NULL,
	"conversation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_access_packages" ADD COLUMN "mentions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "subject_mentions" ADD CONSTRAINT "subject_mentions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_mentions" ADD CONSTRAINT "subject_mentions_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subject_mentions_message_kind_value_unique" ON "subject_mentions" USING btree ("message_id","kind","value");--> statement-breakpoint
CREATE INDEX "subject_mentions_kind_value_idx" ON "subject_mentions" USING btree ("kind","value");--> statement-breakpoint
CREATE INDEX "subject_mentions_conversation_idx" ON "subject_mentions" USING btree ("conversation_id");