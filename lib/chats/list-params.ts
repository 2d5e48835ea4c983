import { z } from "zod";
import { PII_TYPES, type PiiType } from "@/lib/pii";
import { startOfLocalDay } from "@/lib/time";
import { firstValues, type SearchParams } from "@/lib/search-params";

export const CONVERSATION_PAGE_SIZE = 25;
export const SUBJECT_PAGE_SIZE = 25;
export const FINDING_PAGE_SIZE = 25;

export const CONVERSATION_SORTS = ["started", "last_message", "messages", "retention_due"] as const;
export type ConversationSort = (typeof CONVERSATION_SORTS)[number];
export const SORT_DIRS = ["asc", "desc"] as const;
export type SortDir = (typeof SORT_DIRS)[number];

export const CONVERSATION_SORT_LABELS: Record<ConversationSort, string> = {
  started: "Started",
  last_message: "Last message",
  messages: "Messages",
  retention_due: "Retention due",
};

/** The category filter's value for conversations that have none. */
export const NO_CATEGORY = "__none__";

export const FINDING_STATUSES = ["open", "masked", "dismissed"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yesNo = z.enum(["yes", "no"]);
const page = z.coerce.number().int().min(1).max(100_000).catch(1);
// Unknown or malformed values fall back to "no filter" rather than an error page: URLs get edited by hand.
const conversationSchema = z.object({
  source: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  category: z.string().trim().min(1).max(100).optional().catch(undefined),
  special: yesNo.optional().catch(undefined),
  retention: z.enum(["past", "none"]).optional().catch(undefined),
  hold: yesNo.optional().catch(undefined),
  q: z.string().trim().min(1).max(254).optional().catch(undefined),
  sort: z.enum(CONVERSATION_SORTS).catch("started"),
  dir: z.enum(SORT_DIRS).catch("desc"),
  page,
});

export function parseConversationListParams(raw: SearchParams, timeZone: string) {
  const p = conversationSchema.parse(firstValues(raw));
  return {
    query: {
      source: p.source,
      from: p.from ? startOfLocalDay(p.from, timeZone) ?? undefined : undefined,
      // "until" includes the whole day.
      to: p.to ? startOfLocalDay(nextDay(p.to), timeZone) ?? undefined : undefined,
      category: p.category === NO_CATEGORY ? null : p.category,
      special: p.special === undefined ? undefined : p.special === "yes",
      pastRetention: p.retention === "past",
      noRule: p.retention === "none",
      legalHold: p.hold === undefined ? undefined : p.hold === "yes",
      identifier: p.q,
      sort: p.sort,
      dir: p.dir,
      page: p.page,
      pageSize: CONVERSATION_PAGE_SIZE,
    },
    urlValues: {
      source: p.source,
      from: p.from,
      to: p.to,
      category: p.category,
      special: p.special,
      retention: p.retention,
      hold: p.hold,
      q: p.q,
      sort: p.sort === "started" ? undefined : p.sort,
      dir: p.dir === "desc" ? undefined : p.dir,
    } as Record<string, string | undefined>,
  };
}

export const SUBJECT_SORTS = ["last_seen", "conversations", "created"] as const;
export type SubjectSort = (typeof SUBJECT_SORTS)[number];

const subjectSchema = z.object({
  q: z.string().trim().min(1).max(254).optional().catch(undefined),
  hold: yesNo.optional().catch(undefined),
  sort: z.enum(SUBJECT_SORTS).catch("last_seen"),
  page,
});

export function parseSubjectListParams(raw: SearchParams) {
  const p = subjectSchema.parse(firstValues(raw));
  return {
    query: { identifier: p.q, legalHold: p.hold === undefined ? undefined : p.hold === "yes", sort: p.sort, page: p.page, pageSize: SUBJECT_PAGE_SIZE },
    urlValues: { q: p.q, hold: p.hold, sort: p.sort === "last_seen" ? undefined : p.sort } as Record<string, string | undefined>,
  };
}

const findingSchema = z.object({
  status: z.enum(FINDING_STATUSES).catch("open"),
  type: z.enum(PII_TYPES as [PiiType, ...PiiType[]]).optional().catch(undefined),
  page,
});

export function parseFindingListParams(raw: SearchParams) {
  const p = findingSchema.parse(firstValues(raw));
  return {
    query: { status: p.status, type: p.type, page: p.page, pageSize: FINDING_PAGE_SIZE },
    urlValues: { status: p.status === "open" ? undefined : p.status, type: p.type } as Record<string, string | undefined>,
  };
}

function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
