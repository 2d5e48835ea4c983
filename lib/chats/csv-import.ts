import type { z } from "zod";
import { parseCsvTable } from "@/lib/csv-parse";
import { parseLocalDateTime } from "@/lib/time";
import {
  batchConversationSchema,
  batchMessageSchema,
  batchSchema,
  batchVisitorSchema,
  MAX_BATCH_BYTES,
  MAX_BATCH_CONVERSATIONS,
  MAX_BATCH_MESSAGES,
  MAX_MESSAGE_LENGTH,
  type BatchConversation,
  type BatchMessage,
  type ChatBatch,
} from "./batch-schema";
import { fileProblem, isPlausibleInstant, planJsonImport, PLAUSIBLE_MESSAGE, type ImportIssue, type ImportPlan } from "./json-import";

export { planJsonImport, isPlausibleInstant, type ImportIssue, type ImportPlan } from "./json-import";

// The import of a file of conversations: a JSON file in the API's batch format, or a CSV with one
// message per row. Pure: it checks every row and plans the batches; the caller writes them.

export const CHAT_CSV_COLUMNS = [
  "source",
  "conversation_id",
  "started_at",
  "ended_at",
  "category",
  "visitor_id",
  "visitor_name",
  "visitor_email",
  "visitor_phone",
  "message_id",
  "sent_at",
  "author",
  "author_name",
  "text",
] as const;
export const CHAT_CSV_REQUIRED = ["source", "conversation_id", "message_id", "sent_at", "author", "text"] as const;

/** The whole file goes in one transaction (all or nothing), so its size is capped. */
export const MAX_IMPORT_FILE_BYTES = MAX_BATCH_BYTES;

export const CHAT_CSV_TEMPLATE = [
  CHAT_CSV_COLUMNS.join(","),
  'website,conv-1001,2026-03-02T09:15:00+01:00,2026-03-02T09:31:00+01:00,returns,user-77,Anna Svensson,anna@example.se,+46701234567,m-1,2026-03-02T09:15:00+01:00,visitor,Anna,"Hi, my boots arrived with a broken zip."',
  "website,conv-1001,,,,,,,,m-2,2026-03-02T09:17:00+01:00,agent,Erik,Sorry about that! I have sent you a return label.",
  "website,conv-1001,,,,,,,,m-3,2026-03-02 09:30,visitor,Anna,Thanks!",
].join("\r\n") + "\r\n";

/** JSON when the name says so or the text starts like JSON; CSV otherwise. */
export function planChatImport(text: string, opts: { fileName?: string; timeZone: string; now?: Date }): ImportPlan {
  const looksJson = /\.json$/i.test(opts.fileName ?? "") || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ""));
  return looksJson ? planJsonImport(text, opts.now) : planCsvImport(text, opts.timeZone, opts.now);
}

// ---------------------------------------------------------------- CSV

type Columns = (typeof CHAT_CSV_COLUMNS)[number];

interface PlannedConversation {
  source: string;
  externalId: string;
  fields: Partial<Record<"started_at" | "ended_at" | "category" | "visitor_id" | "visitor_name" | "visitor_email" | "visitor_phone", { value: string; line: number }>>;
  startedAt?: string;
  endedAt?: string;
  messages: BatchMessage[];
  messageLines: Map<string, number>;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;

/** An ISO 8601 instant with its offset, or a wall-clock time read in the organisation's zone. */
export function readImportTime(value: string, timeZone: string): string | null {
  const v = value.trim();
  if (LOCAL_TIME.test(v)) return parseLocalDateTime(v.replace(" ", "T"), timeZone)?.toISOString() ?? null;
  return batchMessageSchema.shape.sentAt.safeParse(v).success ? new Date(v).toISOString() : null;
}

const TIME_MESSAGE = "must be a date and time such as 2026-03-02T09:15:00+01:00 (or 2026-03-02 09:15, read in the organisation's time zone)";

function check(schema: z.ZodType, value: string | undefined, field: Columns, push: (field: Columns, message: string) => void): boolean {
  const result = schema.safeParse(value);
  if (!result.success) push(field, result.error.issues[0]?.message ?? "is not valid");
  return result.success;
}

export function planCsvImport(text: string, timeZone: string, now = new Date()): ImportPlan {
  const read = parseCsvTable(text, CHAT_CSV_REQUIRED);
  if (!read.ok) return fileProblem("csv", read.error);
  const { rows } = read.table;
  if (rows.length === 0) return fileProblem("csv", "The file has a header but no rows.");
  const issues: ImportIssue[] = [];
  const conversations = new Map<string, PlannedConversation>();
  const badLines = new Set<number>();
  const push = (line: number, field: string, message: string) => {
    issues.push({ line, location: `Line ${line}`, field, message });
    badLines.add(line);
  };

  for (const { line, values: v } of rows) {
    const failed = new Set<string>();
    const problem = (field: Columns, message: string) => {
      failed.add(field);
      push(line, field, message);
    };
    const source = (v.source ?? "").toLowerCase();
    const okSource = check(batchSchema.shape.source, source, "source", problem);
    const okConversation = check(batchConversationSchema.shape.externalId, v.conversation_id, "conversation_id", problem);
    check(batchMessageSchema.shape.externalId, v.message_id, "message_id", problem);
    const sentAt = readImportTime(v.sent_at ?? "", timeZone);
    if (!sentAt) problem("sent_at", TIME_MESSAGE);
    else if (!isPlausibleInstant(sentAt, now)) problem("sent_at", PLAUSIBLE_MESSAGE);
    const author = (v.author ?? "").toLowerCase();
    check(batchMessageSchema.shape.author, author, "author", problem);
    check(batchMessageSchema.shape.authorName, v.author_name || undefined, "author_name", problem);
    if (!v.text) problem("text", "is empty");
    else if (v.text.length > MAX_MESSAGE_LENGTH) problem("text", `is longer than ${MAX_MESSAGE_LENGTH} characters`);
    for (const [field, schema] of [
      ["category", batchConversationSchema.shape.category],
      ["visitor_id", batchVisitorSchema.shape.externalId],
      ["visitor_name", batchVisitorSchema.shape.name],
      ["visitor_email", batchVisitorSchema.shape.email],
      ["visitor_phone", batchVisitorSchema.shape.phone],
    ] as const) {
      check(schema, v[field] || undefined, field, problem);
    }
    for (const field of ["started_at", "ended_at"] as const) {
      const value = v[field];
      if (!value) continue;
      const time = readImportTime(value, timeZone);
      if (!time) problem(field, TIME_MESSAGE);
      else if (!isPlausibleInstant(time, now)) problem(field, PLAUSIBLE_MESSAGE);
    }
    if (!okSource || !okConversation) continue;

    const key = `${source}\u0000${v.conversation_id}`;
    let conv = conversations.get(key);
    if (!conv) {
      conv = { source, externalId: v.conversation_id!, fields: {}, messages: [], messageLines: new Map() };
      conversations.set(key, conv);
    }
    // Conversation fields may repeat on every row or stand on the first only; they may not disagree.
    for (const field of ["started_at", "ended_at", "category", "visitor_id", "visitor_name", "visitor_email", "visitor_phone"] as const) {
      const value = v[field];
      // A value this row already got an error for is not the conversation's value.
      if (!value || failed.has(field)) continue;
      const seen = conv.fields[field];
      if (!seen) conv.fields[field] = { value, line };
      else if (seen.value !== value) problem(field, `differs from line ${seen.line} of the same conversation`);
    }
    const messageId = v.message_id ?? "";
    const earlier = conv.messageLines.get(messageId);
    if (messageId && earlier !== undefined) problem("message_id", `is already on line ${earlier} of the same conversation`);
    else if (messageId) conv.messageLines.set(messageId, line);
    if (badLines.has(line)) continue;
    conv.messages.push({ externalId: messageId, sentAt: sentAt!, author: author as BatchMessage["author"], ...(v.author_name ? { authorName: v.author_name } : {}), text: v.text! });
  }

  for (const conv of conversations.values()) {
    const started = conv.fields.started_at && readImportTime(conv.fields.started_at.value, timeZone);
    const ended = conv.fields.ended_at && readImportTime(conv.fields.ended_at.value, timeZone);
    conv.startedAt = started || conv.messages.map((m) => m.sentAt).sort()[0];
    if (ended) conv.endedAt = ended;
    if (conv.startedAt && conv.endedAt && conv.endedAt < conv.startedAt) push(conv.fields.ended_at!.line, "ended_at", "is before the conversation started");
  }

  const summary = {
    conversations: conversations.size,
    messages: rows.length - badLines.size,
    rows: rows.length,
    rowsWithErrors: badLines.size,
    sources: [...new Set([...conversations.values()].map((c) => c.source))].sort(),
  };
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0) return { format: "csv", issues, summary, batches: [] };
  return { format: "csv", issues, summary, batches: toBatches([...conversations.values()]) };
}

function toConversation(c: PlannedConversation): BatchConversation {
  const f = c.fields;
  const visitor: BatchConversation["visitor"] = {};
  if (f.visitor_id) visitor.externalId = f.visitor_id.value;
  if (f.visitor_name) visitor.name = f.visitor_name.value;
  if (f.visitor_email) visitor.email = f.visitor_email.value;
  if (f.visitor_phone) visitor.phone = f.visitor_phone.value;
  return {
    externalId: c.externalId,
    startedAt: c.startedAt!,
    ...(c.endedAt ? { endedAt: c.endedAt } : {}),
    ...(f.category ? { category: f.category.value } : {}),
    visitor,
    messages: [...c.messages].sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0)),
  };
}

/**
 * Splits conversations into batches within the API's limits, per source. A conversation longer than
 * one batch allows is carried over into the next one under the same id: ingest adds messages to a
 * known conversation, and the caller writes every batch in one transaction.
 */
export function chunkConversations(source: string, conversations: BatchConversation[]): ChatBatch[] {
  const batches: ChatBatch[] = [];
  let current: BatchConversation[] = [];
  let count = 0;
  const flush = () => {
    if (current.length > 0) batches.push({ source, conversations: current });
    current = [];
    count = 0;
  };
  for (const conversation of conversations) {
    let rest = conversation.messages;
    do {
      if (current.length >= MAX_BATCH_CONVERSATIONS || count >= MAX_BATCH_MESSAGES) flush();
      const part = rest.slice(0, MAX_BATCH_MESSAGES - count);
      rest = rest.slice(part.length);
      current.push({ ...conversation, messages: part });
      count += part.length;
    } while (rest.length > 0);
  }
  flush();
  return batches;
}

function toBatches(planned: PlannedConversation[]): ChatBatch[] {
  const bySource = new Map<string, BatchConversation[]>();
  for (const c of planned) {
    const list = bySource.get(c.source) ?? [];
    list.push(toConversation(c));
    bySource.set(c.source, list);
  }
  return [...bySource.entries()].flatMap(([source, list]) => chunkConversations(source, list));
}
