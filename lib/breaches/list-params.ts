import { z } from "zod";
import { startOfLocalDay } from "@/lib/time";
import { BREACH_RISKS, BREACH_SORTS, BREACH_STATUSES } from "./labels";
import { firstValues, type SearchParams } from "@/lib/search-params";

export const BREACH_PAGE_SIZE = 20;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
// Unknown or malformed values fall back to "no filter" rather than an error page: URLs get edited by hand.
const schema = z.object({
  status: z.enum(BREACH_STATUSES).optional().catch(undefined),
  risk: z.enum(BREACH_RISKS).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  sort: z.enum(BREACH_SORTS).catch("aware_desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseBreachListParams(raw: SearchParams, timeZone: string) {
  const p = schema.parse(firstValues(raw));
  const awareFrom = p.from ? startOfLocalDay(p.from, timeZone) ?? undefined : undefined;
  // "until" includes the whole day.
  const awareBefore = p.to ? startOfLocalDay(nextDay(p.to), timeZone) ?? undefined : undefined;
  return {
    query: { status: p.status, risk: p.risk, awareFrom, awareBefore, sort: p.sort, page: p.page, pageSize: BREACH_PAGE_SIZE },
    urlValues: { status: p.status, risk: p.risk, from: p.from, to: p.to, sort: p.sort === "aware_desc" ? undefined : p.sort },
  };
}

function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
