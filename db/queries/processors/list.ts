import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { COUNTRY_CODES } from "@/lib/organisation/schema";
import { AGREEMENT_STATUSES, type AgreementStatus, type ProcessorArchiveFilter, type ProcessorSort } from "@/lib/processors/labels";
import type { RiskFilter } from "@/lib/processors/list-params";
import { STATUS_RANK } from "@/lib/processors/status";
import { isEeaCountry } from "@/lib/processors/transfer";
import { getDb } from "@/db";
import { agreements, processorActivities, processors as p, processorSubProcessors, subprocessorNotices } from "@/db/schema";
import { likeEscape } from "@/db/sql";

export interface ProcessorListParams {
  country?: string;
  eea?: "in" | "out";
  status?: AgreementStatus;
  risk?: RiskFilter;
  search?: string;
  archived: ProcessorArchiveFilter;
  sort: ProcessorSort;
  page: number;
  pageSize: number;
  // The organisation's today: a signed agreement past its end date counts as expired from it.
  today: string;
}

const EEA_CODES = COUNTRY_CODES.filter(isEeaCountry);

// Written out in full: drizzle leaves columns unqualified in single-table queries, and inside a subquery an
// unqualified "id" would name the subquery's own table.
const PROCESSOR_ID = sql`${sql.identifier("processors")}.${sql.identifier("id")}`;

/** An agreement's status as shown: signed but past its end date reads as expired (same rule as lib/processors/status). */
export const effectiveStatusSql = (today: string) =>
  sql<AgreementStatus>`(case when ${agreements.status} = 'signed' and ${agreements.endsOn} < ${today} then 'expired' else ${agreements.status}::text end)`;

const rankCase = (today: string) =>
  sql`(case ${effectiveStatusSql(today)} ${sql.join(
    AGREEMENT_STATUSES.map((s) => sql`when ${s} then ${sql.raw(String(STATUS_RANK[s]))}`),
    sql` `,
  )} end)`;

/** The rank of a processor's best agreement (lib STATUS_RANK), "missing" when it has none. */
export const processorStatusRank = (today: string) =>
  sql<number>`coalesce((select min(${rankCase(today)}) from ${agreements} where ${agreements.processorId} = ${PROCESSOR_ID}), ${sql.raw(String(STATUS_RANK.missing))})`;

const RANK_TO_STATUS = Object.fromEntries(Object.entries(STATUS_RANK).map(([s, r]) => [r, s])) as Record<number, AgreementStatus>;
export const statusOfRank = (rank: number): AgreementStatus => RANK_TO_STATUS[rank] ?? "missing";

// LIKE wildcards typed into the search box are searched for literally.

function orderBy(sort: ProcessorSort, today: string): SQL[] {
  const byName = sql`lower(${p.name})`;
  switch (sort) {
    case "name":
      return [asc(byName)];
    case "name_desc":
      return [desc(byName)];
    case "risk":
      return [sql`case ${p.riskRating} when 'high' then 0 when 'medium' then 1 when 'low' then 2 else 3 end`, asc(byName)];
    case "country":
      return [asc(p.country), asc(byName)];
    case "status":
      return [desc(processorStatusRank(today)), asc(byName)];
    case "updated":
      return [desc(p.updatedAt)];
  }
}

export async function listProcessors(q: ProcessorListParams) {
  const rank = processorStatusRank(q.today);
  const search = q.search ? `%${likeEscape(q.search)}%` : undefined;
  const where = and(
    q.archived === "active" ? isNull(p.archivedAt) : q.archived === "archived" ? isNotNull(p.archivedAt) : undefined,
    q.country ? eq(p.country, q.country) : undefined,
    q.eea === "in" ? inArray(p.country, EEA_CODES) : q.eea === "out" ? notInArray(p.country, EEA_CODES) : undefined,
    q.status ? sql`${rank} = ${STATUS_RANK[q.status]}` : undefined,
    q.risk === "unrated" ? isNull(p.riskRating) : q.risk ? eq(p.riskRating, q.risk) : undefined,
    search ? or(ilike(p.name, search), ilike(p.service, search)) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: p.id,
        name: p.name,
        service: sql<string>`left(${p.service}, 140)`,
        country: p.country,
        transferMechanism: p.transferMechanism,
        riskRating: p.riskRating,
        archivedAt: p.archivedAt,
        statusRank: rank,
        activityCount: sql<number>`(select count(*)::int from ${processorActivities} where ${processorActivities.processorId} = ${PROCESSOR_ID})`,
        subProcessorCount: sql<number>`(select count(*)::int from ${processorSubProcessors} where ${processorSubProcessors.processorId} = ${PROCESSOR_ID})`,
        pendingNotices: sql<number>`(select count(*)::int from ${subprocessorNotices} where ${subprocessorNotices.processorId} = ${PROCESSOR_ID} and ${subprocessorNotices.decision} = 'pending')`,
      })
      .from(p)
      .where(where)
      .orderBy(...orderBy(q.sort, q.today), asc(p.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(p).where(where),
  ]);
  return { rows: rows.map(({ statusRank, ...r }) => ({ ...r, agreementStatus: statusOfRank(Number(statusRank)) })), total: total?.n ?? 0 };
}

export type ProcessorListRow = Awaited<ReturnType<typeof listProcessors>>["rows"][number];

/** Current processors counted by the status of their best agreement, for the overview's chart. Counted in SQL. */
export async function countProcessorsByAgreementStatus(today: string): Promise<Array<{ status: AgreementStatus; count: number }>> {
  const rank = processorStatusRank(today);
  const rows = await getDb()
    .select({ rank: sql<number>`${rank}`.as("rank"), n: count() })
    .from(p)
    .where(isNull(p.archivedAt))
    .groupBy(sql`1`);
  const byStatus = new Map(rows.map((r) => [statusOfRank(Number(r.rank)), r.n]));
  return AGREEMENT_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
}
