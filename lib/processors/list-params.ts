import { z } from "zod";
import { isCountryCode } from "@/lib/organisation/schema";
import { AGREEMENT_STATUSES, PROCESSOR_ARCHIVE_FILTERS, PROCESSOR_RISKS, PROCESSOR_SORTS } from "./labels";
import { firstValues, type SearchParams } from "@/lib/search-params";

export const PROCESSOR_PAGE_SIZE = 20;
export const RISK_FILTERS = [...PROCESSOR_RISKS, "unrated"] as const;
export type RiskFilter = (typeof RISK_FILTERS)[number];

// Unknown or malformed values fall back to "no filter" rather than an error page: URLs get edited by hand.
const schema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode)
    .optional()
    .catch(undefined),
  eea: z.enum(["in", "out"]).optional().catch(undefined),
  status: z.enum(AGREEMENT_STATUSES).optional().catch(undefined),
  risk: z.enum(RISK_FILTERS).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  archived: z.enum(PROCESSOR_ARCHIVE_FILTERS).catch("active"),
  sort: z.enum(PROCESSOR_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseProcessorListParams(raw: SearchParams, today: string) {
  const p = schema.parse(firstValues(raw));
  const q = p.q || undefined;
  return {
    query: { country: p.country, eea: p.eea, status: p.status, risk: p.risk, search: q, archived: p.archived, sort: p.sort, page: p.page, pageSize: PROCESSOR_PAGE_SIZE, today },
    urlValues: {
      country: p.country,
      eea: p.eea,
      status: p.status,
      risk: p.risk,
      q,
      archived: p.archived === "active" ? undefined : p.archived,
      sort: p.sort === "name" ? undefined : p.sort,
    },
  };
}
