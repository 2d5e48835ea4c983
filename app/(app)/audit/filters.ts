import { z } from "zod";
import type { AuditFilters } from "@/db/queries/audit";
import { first } from "@/lib/search-params";
import { startOfLocalDay } from "@/lib/time";

// The audit log's filters as they appear in the URL, shared by the page and the CSV export so
// both select exactly the same entries.

export const AUDIT_PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayError = "Enter a date as YYYY-MM-DD.";

// The URL may carry a parameter twice: the first one counts, as in a form with one control per name.
// An empty value means "not given", as a form submits untouched fields.
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const one = first(value);
    if (typeof one !== "string") return one;
    const trimmed = one.trim();
    return trimmed === "" ? undefined : trimmed;
  }, schema);

const searchSchema = z.object({
  // A user's id, or "system" / "api" for entries no person made.
  actor: param(z.union([z.literal("system"), z.literal("api"), z.uuid("Choose an actor from the list.")]).optional()),
  entity: param(z.string().max(100, "Choose an entity type from the list.").optional()),
  from: param(z.string().regex(DAY, dayError).optional()),
  to: param(z.string().regex(DAY, dayError).optional()),
  page: param(
    z.coerce
      .number({ error: "Page must be a number." })
      .int("Page must be a whole number.")
      .min(1, "Page must be 1 or more.")
      .max(1_000_000, "There is no such page.")
      .optional(),
  ),
});

type SearchKey = keyof z.infer<typeof searchSchema>;
export type AuditSearchValues = { actor: string; entity: string; from: string; to: string };
export type AuditSearchErrors = Partial<Record<SearchKey, string[]>>;

export interface AuditSearch {
  filters: AuditFilters;
  page: number;
  /** What the form shows again: the values as typed, so a mistake can be corrected. */
  values: AuditSearchValues;
  /** The accepted filters as URL parameters, for the pager and the CSV link. */
  params: Record<string, string | undefined>;
  errors: AuditSearchErrors;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Reads the filters from the URL. A value that does not parse is reported in `errors` and left out,
 * so a mistyped date narrows nothing instead of failing the page. Days are read in the organisation's
 * time zone: "to" includes that whole day.
 */
export function parseAuditSearch(raw: Record<string, unknown>, timeZone: string): AuditSearch {
  const errors: AuditSearchErrors = {};
  const input: Record<string, unknown> = { ...raw };
  let parsed = searchSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as AuditSearchErrors;
    Object.assign(errors, fieldErrors);
    for (const key of Object.keys(fieldErrors)) delete input[key];
    parsed = searchSchema.safeParse(input);
  }
  // Every field is optional on its own, so with the bad ones removed the rest always parses.
  const data = parsed.success ? parsed.data : { page: 1, actor: undefined, entity: undefined, from: undefined, to: undefined };

  const from = data.from ? startOfLocalDay(data.from, timeZone) : null;
  if (data.from && !from) errors.from = ["There is no such date."];
  let before: Date | null = null;
  if (data.to) {
    // Checked before taking the next day: Date.UTC would roll "02-30" over into March.
    if (!startOfLocalDay(data.to, timeZone)) errors.to = ["There is no such date."];
    else before = startOfLocalDay(nextDay(data.to), timeZone);
    if (from && before && from >= before) {
      errors.to = ["The end date must be on or after the start date."];
      before = null;
    }
  }

  const actor = data.actor;
  return {
    filters: {
      actorId: actor && actor !== "system" && actor !== "api" ? actor : undefined,
      actorType: actor === "system" || actor === "api" ? actor : undefined,
      entityType: data.entity,
      from: from ?? undefined,
      before: before ?? undefined,
    },
    page: data.page ?? 1,
    values: { actor: typed(raw.actor), entity: typed(raw.entity), from: typed(raw.from), to: typed(raw.to) },
    params: { actor, entity: data.entity, from: from ? data.from : undefined, to: before ? data.to : undefined },
    errors,
  };
}

function typed(value: unknown): string {
  const one = first(value);
  return typeof one === "string" ? one.trim().slice(0, 100) : "";
}

/** "?actor=…&entity=…" for the accepted filters; "" when there are none. */
export function toQueryString(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
