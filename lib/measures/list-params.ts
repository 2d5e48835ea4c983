import { z } from "zod";
import { MEASURE_KINDS, MEASURE_SORTS, MEASURE_STATUSES, REVIEW_FILTERS } from "./labels";
import { firstValues, type SearchParams } from "@/lib/search-params";

export const MEASURE_PAGE_SIZE = 20;

// Unknown or malformed values fall back to "no filter" rather than an error page: URLs get edited by hand.
const schema = z.object({
  kind: z.enum(MEASURE_KINDS).optional().catch(undefined),
  status: z.enum(MEASURE_STATUSES).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  review: z.enum(REVIEW_FILTERS).optional().catch(undefined),
  sort: z.enum(MEASURE_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseMeasureListParams(raw: SearchParams) {
  const p = schema.parse(firstValues(raw));
  return {
    query: { kind: p.kind, status: p.status, ownerId: p.owner, review: p.review, sort: p.sort, page: p.page, pageSize: MEASURE_PAGE_SIZE },
    urlValues: { kind: p.kind, status: p.status, owner: p.owner, review: p.review, sort: p.sort === "name" ? undefined : p.sort },
  };
}
