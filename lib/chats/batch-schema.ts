import { z } from "zod";

// The one shape conversations arrive in: the HTTP API's body, the JSON import, and (after mapping)
// Chatwoot's webhooks and the CSV import. Limits keep a single batch from exhausting memory.
export const MAX_BATCH_CONVERSATIONS = 500;
export const MAX_BATCH_MESSAGES = 10_000;
export const MAX_MESSAGE_LENGTH = 20_000;
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;

const externalId = z.string().trim().min(1, "is required").max(200, "is longer than 200 characters");
const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone" });
const optionalShortText = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`).optional();

export const batchMessageSchema = z.object({
  externalId,
  sentAt: instant,
  author: z.enum(["visitor", "agent", "bot"], { message: 'must be "visitor", "agent" or "bot"' }),
  authorName: optionalShortText(200),
  text: z.string().max(MAX_MESSAGE_LENGTH, `is longer than ${MAX_MESSAGE_LENGTH} characters`),
});

export const batchVisitorSchema = z.object({
  externalId: optionalShortText(200),
  name: optionalShortText(200),
  email: z.string().trim().max(254).pipe(z.email({ message: "is not an email address" })).optional(),
  phone: optionalShortText(40),
});

export const batchConversationSchema = z
  .object({
    externalId,
    startedAt: instant,
    endedAt: instant.optional(),
    category: optionalShortText(100),
    visitor: batchVisitorSchema.default({}),
    messages: z.array(batchMessageSchema).max(MAX_BATCH_MESSAGES),
  })
  .refine((c) => !c.endedAt || Date.parse(c.endedAt) >= Date.parse(c.startedAt), {
    message: "must not be before startedAt",
    path: ["endedAt"],
  });

export const batchSchema = z
  .object({
    source: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "must be 1–63 lower-case letters, digits, '-' or '_'"),
    conversations: z
      .array(batchConversationSchema)
      .min(1, "must hold at least one conversation")
      .max(MAX_BATCH_CONVERSATIONS, `may hold at most ${MAX_BATCH_CONVERSATIONS} conversations`),
  })
  .refine((b) => b.conversations.reduce((n, c) => n + c.messages.length, 0) <= MAX_BATCH_MESSAGES, {
    message: `a batch may hold at most ${MAX_BATCH_MESSAGES} messages`,
    path: ["conversations"],
  });

export type ChatBatch = z.infer<typeof batchSchema>;
export type BatchConversation = z.infer<typeof batchConversationSchema>;
export type BatchMessage = z.infer<typeof batchMessageSchema>;

/** What ingesting a batch did; a 2xx answer carries these counts. */
export interface IngestResult {
  sourceId: string;
  conversations: { received: number; inserted: number; duplicates: number };
  messages: { received: number; inserted: number; duplicates: number };
  findings: number;
}

/** Names the first problems of an invalid batch by item and field, e.g. "conversations[2].messages[0].sentAt: …". */
export function describeBatchIssues(error: z.ZodError, limit = 20): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = issue.path
      .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
      .join("");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
