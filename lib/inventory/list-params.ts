import { z } from "zod";
import { ACTIVITY_SORTS, ARCHIVE_FILTERS, DPIA_STATUSES, LEGAL_BASES } from "./labels";
import { firstValues, type SearchParams } from "@/lib/search-params";

export const ACTIVITY_PAGE_SIZE = 20;

// Unknown or malformed values fall back to "no filter" rather than an error page: URLs get edited by hand.
const schema = z.object({
  basis: z.enum(LEGAL_BASES).optional().catch(undefined),
  dpia: z.enum(DPIA_STATUSES).optional().catch(undefined),
  special: z.enum(["yes", "no"]).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  archived: z.enum(ARCHIVE_FILTERS).catch("active"),
  sort: z.enum(ACTIVITY_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseActivityListParams(raw: SearchParams) {
  const p = schema.parse(firstValues(raw));
  const q = p.q || undefined;
  const special = p.special === undefined ? undefined : p.special === "yes";
  return {
    query: { basis: p.basis, dpia: p.dpia, special, search: q, archived: p.archived, sort: p.sort, page: p.page, pageSize: ACTIVITY_PAGE_SIZE },
    urlValues: {
      basis: p.basis,
      dpia: p.dpia,
      special: p.special,
      q,
      archived: p.archived === "active" ? undefined : p.archived,
      sort: p.sort === "name" ? undefined : p.sort,
    },
  };
}
