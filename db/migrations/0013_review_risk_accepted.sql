ALTER TYPE "public"."agreement_review_answer" ADD VALUE 'risk_accepted';--> statement-breakpoint
ALTER TYPE "public"."agreement_review_item" ADD VALUE 'infringing_instruction';--> statement-breakpoint
ALTER TYPE "public"."agreement_review_item" ADD VALUE 'sub_processor_flow_down';