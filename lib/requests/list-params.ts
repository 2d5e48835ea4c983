import { z } from "zod";
import { REQUEST_SORTS, REQUEST_STATUSES, REQUEST_TYPES } from "./labels";
import { firstValues, type SearchParams } from "@/lib/search-params";

export const REQUEST_PAGE_SIZE = 20;

// Unknown or malformed values fall back to "no filter": URLs get edited by hand.
const schema = z.object({
  type: z.enum(REQUEST_TYPES).optional().catch(undefined),
  // "open" is every status still on the clock.
  status: z.enum([...REQUEST_STATUSES, "open"]).optional().catch(undefined),
  // A user id, or "none" for unassigned requests.
  assignee: z.union([z.uuid(), z.literal("none")]).optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  sort: z.enum(REQUEST_SORTS).catch("due_asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type RequestListFilters = z.infer<typeof schema>;

export function parseRequestListParams(raw: SearchParams) {
  const p = schema.parse(firstValues(raw));
  return {
    query: { type: p.type, status: p.status, assignee: p.assignee, overdue: p.overdue === "1", sort: p.sort, page: p.page, pageSize: REQUEST_PAGE_SIZE },
    urlValues: { type: p.type, status: p.status, assignee: p.assignee, overdue: p.overdue, sort: p.sort === "due_asc" ? undefined : p.sort },
  };
}
