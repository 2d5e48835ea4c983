import { asc, desc, eq, ilike, inArray, or } from "drizzle-orm";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { identifierLookup } from "@/lib/chats/identifier-search";
import { getDb } from "@/db";
import { breaches, dataSubjects, processingActivities, processors, subjectIdentifiers, subjectRequests } from "@/db/schema";
import { likeEscape } from "@/db/sql";
import { listStaff } from "./training";

/** Shorter queries match too much to be useful, and would turn every search into a scan of every list. */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 200;
/** Hits shown per kind; one more is read to know whether there are more. */
export const SEARCH_LIMIT = 8;

export const SEARCH_KINDS = ["requests", "breaches", "processors", "activities", "staff", "people"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The permission each kind needs: the same one its own list page checks. */
export const SEARCH_PERMISSION: Record<SearchKind, Permission> = {
  requests: "requests:read",
  breaches: "breaches:read",
  processors: "processors:read",
  activities: "inventory:read",
  staff: "training:read",
  people: "chats:read",
};

export interface SearchHit {
  id: string;
  label: string;
  detail: string | null;
}

export interface SearchGroup {
  hits: SearchHit[];
  /** True when more than SEARCH_LIMIT matched: the page links to the full list. */
  more: boolean;
}

export type SearchResults = Partial<Record<SearchKind, SearchGroup>>;

/** The query as searched: trimmed and bounded; null when it is too short to search. */
export function normaliseSearchQuery(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const q = raw.trim().slice(0, SEARCH_MAX_LENGTH);
  return q.length >= SEARCH_MIN_LENGTH ? q : null;
}

const group = (rows: SearchHit[]): SearchGroup => ({ hits: rows.slice(0, SEARCH_LIMIT), more: rows.length > SEARCH_LIMIT });

async function searchRequests(pattern: string) {
  const rows = await getDb()
    .select({ id: subjectRequests.id, label: subjectRequests.reference, detail: subjectRequests.type })
    .from(subjectRequests)
    .where(ilike(subjectRequests.reference, pattern))
    .orderBy(desc(subjectRequests.receivedAt), asc(subjectRequests.id))
    .limit(SEARCH_LIMIT + 1);
  return group(rows);
}

async function searchBreaches(pattern: string) {
  const rows = await getDb()
    .select({ id: breaches.id, label: breaches.title, detail: breaches.reference })
    .from(breaches)
    .where(or(ilike(breaches.reference, pattern), ilike(breaches.title, pattern)))
    .orderBy(desc(breaches.awareAt), asc(breaches.id))
    .limit(SEARCH_LIMIT + 1);
  return group(rows);
}

async function searchProcessors(pattern: string) {
  const rows = await getDb()
    .select({ id: processors.id, label: processors.name, archivedAt: processors.archivedAt })
    .from(processors)
    .where(or(ilike(processors.name, pattern), ilike(processors.service, pattern)))
    .orderBy(asc(processors.name), asc(processors.id))
    .limit(SEARCH_LIMIT + 1);
  return group(rows.map((r) => ({ id: r.id, label: r.label, detail: r.archivedAt ? "archived" : null })));
}

async function searchActivities(pattern: string) {
  const pa = processingActivities;
  const rows = await getDb()
    .select({ id: pa.id, label: pa.name, archivedAt: pa.archivedAt })
    .from(pa)
    .where(ilike(pa.name, pattern))
    .orderBy(asc(pa.name), asc(pa.id))
    .limit(SEARCH_LIMIT + 1);
  return group(rows.map((r) => ({ id: r.id, label: r.label, detail: r.archivedAt ? "archived" : null })));
}

// Through the training module's own list, so a manager's search sees only their team (its staff scope).
async function searchStaff(user: { id: string; role: Role }, q: string, today: string) {
  const { rows } = await listStaff(user, { who: "all", search: q, sort: "name", page: 1, pageSize: SEARCH_LIMIT + 1 }, today);
  return group(rows.map((r) => ({ id: r.id, label: r.name, detail: r.team || null })));
}

/**
 * People by an identifier, normalised as the chat data stores it (lib/chats/identifier-search): an exact
 * match on the identifier index, never a scan of message text.
 */
async function searchPeople(q: string) {
  const lookup = identifierLookup(q);
  if (!lookup) return group([]);
  const rows = await getDb()
    .selectDistinct({ id: dataSubjects.id, label: dataSubjects.displayName, detail: subjectIdentifiers.kind })
    .from(subjectIdentifiers)
    .innerJoin(dataSubjects, eq(dataSubjects.id, subjectIdentifiers.subjectId))
    .where(inArray(subjectIdentifiers.value, lookup.values))
    .orderBy(asc(dataSubjects.id))
    .limit(SEARCH_LIMIT + 1);
  return group(rows.map((r) => ({ id: r.id, label: r.label ?? "Unnamed person", detail: `matched by ${r.detail.replace("_", " ")}` })));
}

/**
 * Everything one user may find for a query, grouped by kind. A kind the role may not read is not
 * searched at all (it is absent from the answer), whatever the page shows. Null for a query too short.
 */
export async function searchEverything(user: { id: string; role: Role }, raw: string, today: string): Promise<SearchResults | null> {
  const q = normaliseSearchQuery(raw);
  if (!q) return null;
  // LIKE wildcards typed by the person are searched for literally.
  const pattern = `%${likeEscape(q)}%`;
  const run: Record<SearchKind, () => Promise<SearchGroup>> = {
    requests: () => searchRequests(pattern),
    breaches: () => searchBreaches(pattern),
    processors: () => searchProcessors(pattern),
    activities: () => searchActivities(pattern),
    staff: () => searchStaff(user, q, today),
    people: () => searchPeople(q),
  };
  const allowed = SEARCH_KINDS.filter((kind) => can(user.role, SEARCH_PERMISSION[kind]));
  const groups = await Promise.all(allowed.map(async (kind) => [kind, await run[kind]()] as const));
  return Object.fromEntries(groups);
}
