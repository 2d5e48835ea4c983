import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, lt, lte, gt, or, sql, type SQL } from "drizzle-orm";
import type { ActingUser } from "@/lib/auth/roles";
import { parseCsvTable } from "@/lib/csv-parse";
import { addMonths } from "@/lib/time";
import { STAFF_CSV_REQUIRED, validateStaffRows, type StaffRow } from "@/lib/training/import-rows";
import type { StaffInput, StaffSort } from "@/lib/training/staff-schema";
import { getDb, type DbOrTx, type Tx } from "@/db";
import { staff, users } from "@/db/schema";
import { getTrainingSettings } from "./settings";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { staffScopeCondition } from "./staff-scope";
import { overallStates } from "./completions";
import { staffFactColumns } from "./columns";
import { likeEscape } from "@/db/sql";

export interface StaffListParams {
  team?: string;
  managerUserId?: string;
  customerFacing?: boolean;
  who: "current" | "leavers" | "all";
  search?: string;
  sort: StaffSort;
  page: number;
  pageSize: number;
}

const orderBy: Record<StaffSort, SQL[]> = {
  name: [asc(staff.name)],
  name_desc: [desc(staff.name)],
  team: [asc(staff.team), asc(staff.name)],
  start_desc: [desc(staff.startDate), asc(staff.name)],
  start_asc: [asc(staff.startDate), asc(staff.name)],
};

// LIKE wildcards typed into the search box are matched literally.

/** A person counts as current until their leave date has passed, as in isActiveStaff. */
export const currentCondition = (today: string) => or(isNull(staff.leaveDate), gt(staff.leaveDate, today));

export async function listStaff(user: ActingUser, p: StaffListParams, today: string) {
  const where = and(
    staffScopeCondition(user),
    p.team ? eq(staff.team, p.team) : undefined,
    p.managerUserId ? eq(staff.managerUserId, p.managerUserId) : undefined,
    p.customerFacing === undefined ? undefined : eq(staff.customerFacing, p.customerFacing),
    p.who === "current" ? currentCondition(today) : p.who === "leavers" ? lte(staff.leaveDate, today) : undefined,
    p.search ? or(ilike(staff.name, `%${likeEscape(p.search)}%`), ilike(staff.workEmail, `%${likeEscape(p.search)}%`)) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...staffFactColumns,
        reducedAt: staff.reducedAt,
        managerName: users.name,
      })
      .from(staff)
      .leftJoin(users, eq(users.id, staff.managerUserId))
      .where(where)
      .orderBy(...orderBy[p.sort], asc(staff.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(staff).where(where),
  ]);
  const states = await overallStates(rows, today);
  return { rows: rows.map((r) => ({ ...r, overall: states.get(r.id) ?? null })), total: total?.n ?? 0 };
}

export type StaffListRow = Awaited<ReturnType<typeof listStaff>>["rows"][number];

/** One person, or null when there is none or the user may not see them (a manager outside their team). */
export async function getStaffById(user: ActingUser, id: string, db: DbOrTx = getDb()) {
  const [row] = await db
    .select({ person: staff, managerName: users.name })
    .from(staff)
    .leftJoin(users, eq(users.id, staff.managerUserId))
    .where(and(eq(staff.id, id), staffScopeCondition(user)))
    .limit(1);
  return row ? { ...row.person, managerName: row.managerName } : null;
}

/** Users a person can report to: active users with the manager role. */
export async function listManagerOptions() {
  return getDb().select({ id: users.id, name: users.name, email: users.email }).from(users).where(and(eq(users.role, "manager"), eq(users.active, true))).orderBy(asc(users.name));
}

export async function listTeams(user: ActingUser) {
  const rows = await getDb().selectDistinct({ team: staff.team }).from(staff).where(and(staffScopeCondition(user), sql`${staff.team} <> ''`)).orderBy(asc(staff.team));
  return rows.map((r) => r.team);
}

const ROLE_FIELDS = ["team", "jobTitle", "customerFacing"] as const;
const ALL_FIELDS = ["name", "workEmail", "team", "jobTitle", "managerUserId", "customerFacing", "startDate", "leaveDate"] as const;

function changes(before: StaffRow & { managerUserId: string | null }, after: StaffRow) {
  const changed = ALL_FIELDS.filter((k) => before[k] !== after[k]);
  return { changed, roleChanged: changed.some((k) => (ROLE_FIELDS as readonly string[]).includes(k)) };
}

async function emailTaken(tx: Tx, email: string, exceptId?: string) {
  const [row] = await tx.select({ id: staff.id }).from(staff).where(sql`lower(${staff.workEmail}) = ${email}`).limit(1);
  return Boolean(row && row.id !== exceptId);
}

const emailInUse = () => refuse("taken", "Another person already has this work email.", "workEmail");

export async function createStaff(actor: Actor, input: StaffInput): Promise<Outcome<{ id: string }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      if (await emailTaken(tx, input.workEmail)) return emailInUse();
      const [row] = await tx.insert(staff).values(input).returning({ id: staff.id });
      return ok({ id: row!.id });
    },
    (r) => (r.ok ? { action: "staff.create", entityType: "staff", entityId: r.id, summary: { customerFacing: input.customerFacing } } : []),
  );
}

/** Edits a person; a change of team, job title or customer contact restarts their new assignments from today. */
export async function updateStaff(actor: Actor, id: string, input: StaffInput, today: string): Promise<Outcome<{ id: string }>> {
  let changed: string[] = [];
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      const [before] = await tx.select().from(staff).where(eq(staff.id, id)).for("update");
      if (!before) return refuse("not_found", "This person is not in the directory any more.");
      if (await emailTaken(tx, input.workEmail, id)) return emailInUse();
      const diff = changes(before, input);
      changed = diff.changed;
      if (changed.length > 0) {
        await tx.update(staff).set({ ...input, updatedAt: new Date(), ...(diff.roleChanged ? { roleChangedOn: today } : {}) }).where(eq(staff.id, id));
      }
      return ok({ id });
    },
    (r) => (r.ok && changed.length > 0 ? { action: "staff.update", entityType: "staff", entityId: id, summary: { changed } } : []),
  );
}

/** Reads a staff CSV and checks each row, writing nothing. */
export async function previewStaffImport(text: string, db: DbOrTx = getDb()): Promise<Outcome<{ rows: ReturnType<typeof validateStaffRows> }>> {
  const parsed = parseCsvTable(text, STAFF_CSV_REQUIRED);
  if (!parsed.ok) return refuse("invalid", parsed.error);
  const managers = await db.select({ id: users.id, email: users.email }).from(users).where(and(eq(users.role, "manager"), eq(users.active, true)));
  const managerIdByEmail = new Map(managers.map((m) => [m.email.toLowerCase(), m.id]));
  return ok({ rows: validateStaffRows(parsed.table, { managerIdByEmail }) });
}

export interface StaffImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/**
 * Writes every valid row in one transaction, matched by work email: a second import of the same
 * file updates or leaves people as they are, never duplicates. A file that cannot be read writes nothing.
 */
export async function importStaff(actor: Actor, text: string, today: string): Promise<Outcome<{ counts: StaffImportCounts }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ counts: StaffImportCounts }>> => {
      const preview = await previewStaffImport(text, tx);
      if (!preview.ok) return preview;
      const valid = preview.rows.flatMap((r) => (r.data ? [r.data] : []));
      const counts: StaffImportCounts = { created: 0, updated: 0, unchanged: 0, skipped: preview.rows.length - valid.length };
      const emails = valid.map((r) => r.workEmail);
      const existing = emails.length
        ? await tx.select().from(staff).where(inArray(sql`lower(${staff.workEmail})`, emails)).for("update")
        : [];
      const byEmail = new Map(existing.map((e) => [e.workEmail.toLowerCase(), e]));
      const fresh: StaffRow[] = [];
      for (const row of valid) {
        const before = byEmail.get(row.workEmail);
        if (!before) {
          fresh.push(row);
          continue;
        }
        const diff = changes(before, row);
        if (diff.changed.length === 0) {
          counts.unchanged += 1;
          continue;
        }
        await tx.update(staff).set({ ...row, updatedAt: new Date(), ...(diff.roleChanged ? { roleChangedOn: today } : {}) }).where(eq(staff.id, before.id));
        counts.updated += 1;
      }
      if (fresh.length > 0) await tx.insert(staff).values(fresh);
      counts.created = fresh.length;
      return ok({ counts });
    },
    (r) => (r.ok && r.counts.created + r.counts.updated > 0 ? { action: "staff.import", entityType: "staff", entityId: "import", summary: { ...r.counts } } : []),
  );
}

export async function getLeaverRetentionMonths(db: DbOrTx = getDb()): Promise<number> {
  return (await getTrainingSettings(db)).leaverRetentionMonths;
}

const reducibleCondition = (today: string, months: number) =>
  and(isNull(staff.reducedAt), isNotNull(staff.leaveDate), lt(staff.leaveDate, addMonths(today, -months)));

/** How many leavers' records the reduction would touch now, for the page to say before the click. */
export async function countReducibleLeavers(today: string) {
  const months = await getLeaverRetentionMonths();
  const [row] = await getDb().select({ n: count() }).from(staff).where(reducibleCondition(today, months));
  return { months, count: row?.n ?? 0 };
}

/**
 * Reduces leavers' records to what the company must keep: name, dates and training history stay;
 * the work email becomes a placeholder that names nobody, job title, team and manager are cleared.
 */
export async function reduceLeavers(actor: Actor, today: string): Promise<{ ok: true; reduced: number; months: number }> {
  return withAudit(
    actor,
    async (tx) => {
      const months = await getLeaverRetentionMonths(tx);
      const rows = await tx
        .update(staff)
        .set({ workEmail: sql`'reduced-' || ${staff.id}::text || '@reduced.invalid'`, jobTitle: "", team: "", managerUserId: null, reducedAt: new Date(), updatedAt: new Date() })
        .where(reducibleCondition(today, months))
        .returning({ id: staff.id });
      return ok({ reduced: rows.length, months });
    },
    (r) => (r.reduced > 0 ? { action: "staff.reduce_leavers", entityType: "staff", entityId: "leavers", summary: { reduced: r.reduced, retentionMonths: r.months } } : []),
  );
}
