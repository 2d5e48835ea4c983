import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import {
  normaliseSearchQuery,
  searchEverything,
  SEARCH_KINDS,
  SEARCH_LIMIT,
  SEARCH_MAX_LENGTH,
  SEARCH_MIN_LENGTH,
  SEARCH_PERMISSION,
  type SearchHit,
  type SearchKind,
} from "@/db/queries/search";
import { getTimeZone } from "@/db/queries/time-zone";
import { requireSignedIn } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { TYPE_SHORT, type RequestType } from "@/lib/requests/labels";
import { todayIn } from "@/lib/time";
import { first, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Search" };

const KIND_LABELS: Record<SearchKind, string> = {
  requests: "Requests",
  breaches: "Breaches",
  processors: "Processors",
  activities: "Processing activities",
  staff: "Staff",
  people: "People in the chat data",
};

const HREF: Record<SearchKind, (id: string) => string> = {
  requests: (id) => `/requests/${id}`,
  breaches: (id) => `/breaches/${id}`,
  processors: (id) => `/processors/${id}`,
  activities: (id) => `/inventory/${id}`,
  staff: (id) => `/staff/${id}`,
  people: (id) => `/subjects/${id}`,
};

// Where the full list can take the same query further; the others have no text filter of their own.
const FULL_LIST: Partial<Record<SearchKind, (q: string) => string>> = {
  processors: (q) => `/processors?${new URLSearchParams({ q, archived: "all" })}`,
  activities: (q) => `/inventory?${new URLSearchParams({ q, archived: "all" })}`,
  staff: (q) => `/staff?${new URLSearchParams({ q, who: "all" })}`,
  people: (q) => `/subjects?${new URLSearchParams({ q })}`,
};

function detailOf(kind: SearchKind, hit: SearchHit): string | null {
  if (kind === "requests" && hit.detail) return TYPE_SHORT[hit.detail as RequestType] ?? null;
  return hit.detail;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSignedIn();
  const raw = (await searchParams).q;
  const typed = first(raw) ?? "";
  const q = normaliseSearchQuery(typed);
  const results = q ? await searchEverything(user, q, todayIn(await getTimeZone())) : null;
  const searched = SEARCH_KINDS.filter((k) => can(user.role, SEARCH_PERMISSION[k]));
  const found = results ? SEARCH_KINDS.filter((k) => (results[k]?.hits.length ?? 0) > 0) : [];
  return (
    <>
      <PageHeader
        title="Search"
        description={`Finds ${searched.map((k) => KIND_LABELS[k].toLowerCase()).join(", ")} (people by their exact e-mail, phone number or visitor id). Your role decides what is searched.`}
      />
      <form role="search" aria-label="Refine the search" action="/search" method="get" className="mb-6 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search for
        </label>
        <Input id="search-page-q" name="q" type="search" defaultValue={typed.slice(0, SEARCH_MAX_LENGTH)} maxLength={SEARCH_MAX_LENGTH} autoComplete="off" />
        <Button type="submit">Search</Button>
      </form>
      {!q ? (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="search-message">
          {typed.trim()
            ? `Type at least ${SEARCH_MIN_LENGTH} characters to search.`
            : `Type at least ${SEARCH_MIN_LENGTH} characters: a request or breach reference, a name, or a person's e-mail or phone number.`}
        </p>
      ) : found.length === 0 ? (
        <EmptyState title={`Nothing found for “${q}”`}>Try a reference (DSR-…, BR-…), part of a name, or a person&apos;s full e-mail address.</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {found.map((kind) => {
            const group = results![kind]!;
            const headingId = `results-${kind}`;
            const fullList = FULL_LIST[kind];
            return (
              <Card key={kind} aria-labelledby={headingId} data-testid={`search-${kind}`}>
                <CardTitle>
                  <span id={headingId}>
                    {KIND_LABELS[kind]} ({group.more ? `${SEARCH_LIMIT}+` : group.hits.length})
                  </span>
                </CardTitle>
                <ul className="space-y-1.5 text-sm">
                  {group.hits.map((hit) => {
                    const detail = detailOf(kind, hit);
                    return (
                      <li key={hit.id}>
                        <Link href={HREF[kind](hit.id)} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                          {hit.label}
                        </Link>
                        {detail ? <span className="text-slate-600 dark:text-slate-400"> · {detail}</span> : null}
                      </li>
                    );
                  })}
                </ul>
                {group.more ? (
                  <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                    Showing the first {SEARCH_LIMIT}.{" "}
                    {fullList ? (
                      <Link href={fullList(q)} className="underline">
                        See all in {KIND_LABELS[kind].toLowerCase()}
                      </Link>
                    ) : (
                      "Type more of the reference or title to narrow it down."
                    )}
                  </p>
                ) : null}
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
