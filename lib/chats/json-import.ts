import { batchSchema, type ChatBatch } from "./batch-schema";

// The import of a file in the API's batch format (JSON), and what every import (JSON or CSV) plans:
// the problems found, a summary, and the batches to ingest. Pure: the caller writes the batches.

export interface ImportIssue {
  /** The CSV line (the header is line 1), or null for JSON and for problems with the whole file. */
  line: number | null;
  /** Where: "Line 4", "conversations[2].messages[0]" or "File". */
  location: string;
  field: string;
  message: string;
}

export interface ImportPlan {
  format: "csv" | "json";
  issues: ImportIssue[];
  summary: { conversations: number; messages: number; rows: number; rowsWithErrors: number; sources: string[] };
  /** Ready to ingest, each within the API's limits; empty whenever there is an issue. */
  batches: ChatBatch[];
}

export function fileProblem(format: ImportPlan["format"], message: string): ImportPlan {
  return { format, issues: [{ line: null, location: "File", field: "", message }], summary: { conversations: 0, messages: 0, rows: 0, rowsWithErrors: 0, sources: [] }, batches: [] };
}

// As ingest refuses them (db/queries/chat-ingest.ts): a time before 1970 or more than a day ahead is a
// unit or clock mistake, and would put the conversation years before or past its retention.
const EARLIEST = Date.UTC(1970, 0, 1);
export const PLAUSIBLE_MESSAGE = "must lie between 1970 and tomorrow";

export function isPlausibleInstant(iso: string, now: Date): boolean {
  const t = Date.parse(iso);
  return t >= EARLIEST && t <= now.getTime() + 24 * 3_600_000;
}

export function planJsonImport(text: string, now = new Date()): ImportPlan {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fileProblem("json", `The file is not valid JSON (${error instanceof SyntaxError ? error.message : "unreadable"}).`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return fileProblem("json", 'The file must hold one batch: { "source": …, "conversations": [ … ] }.');
  const raw = data as { source?: unknown; conversations?: unknown };
  const conversations = Array.isArray(raw.conversations) ? raw.conversations : [];
  const messages = conversations.reduce<number>((n, c) => n + (Array.isArray((c as { messages?: unknown })?.messages) ? (c as { messages: unknown[] }).messages.length : 0), 0);
  const parsed = batchSchema.safeParse(data);
  const summary = { conversations: conversations.length, messages, rows: conversations.length, rowsWithErrors: 0, sources: typeof raw.source === "string" ? [raw.source.trim().toLowerCase()] : [] };
  const issues = parsed.success ? implausibleTimes(parsed.data, now) : parsed.error.issues.map((issue) => jsonIssue(issue.path, issue.message));
  if (parsed.success && issues.length === 0) return { format: "json", issues: [], summary, batches: [parsed.data] };
  summary.rowsWithErrors = new Set(issues.map((i) => i.location.match(/^conversations\[\d+\]/)?.[0] ?? i.location)).size;
  return { format: "json", issues, summary, batches: [] };
}

function implausibleTimes(batch: ChatBatch, now: Date): ImportIssue[] {
  const issues: ImportIssue[] = [];
  batch.conversations.forEach((c, i) => {
    for (const field of ["startedAt", "endedAt"] as const) {
      const value = c[field];
      if (value && !isPlausibleInstant(value, now)) issues.push(jsonIssue(["conversations", i, field], PLAUSIBLE_MESSAGE));
    }
    c.messages.forEach((m, j) => {
      if (!isPlausibleInstant(m.sentAt, now)) issues.push(jsonIssue(["conversations", i, "messages", j, "sentAt"], PLAUSIBLE_MESSAGE));
    });
  });
  return issues;
}

function jsonIssue(path: readonly PropertyKey[], message: string): ImportIssue {
  const parts = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`));
  const last = path.at(-1);
  const field = typeof last === "string" ? last : "";
  const location = (field ? parts.slice(0, -1) : parts).join("") || "batch";
  return { line: null, location, field, message };
}
