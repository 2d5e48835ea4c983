import { and, asc, eq, gt, isNull, lte, max, or } from "drizzle-orm";
import type { ActingUser } from "@/lib/auth/roles";
import { addDays, addMonths } from "@/lib/time";
import { completionRate, mustTake, trainingStatus, type TrainingState, type TrainingStatus } from "@/lib/training/status";
import { getDb, type DbOrTx } from "@/db";
import { courses, staff, trainingCompletions, users } from "@/db/schema";
import { staffScopeCondition } from "./staff-scope";

export interface TrainingMatrixRow {
  staffId: string;
  name: string;
  workEmail: string;
  team: string;
  jobTitle: string;
  customerFacing: boolean;
  managerName: string | null;
  managerEmail: string | null;
  courseId: string;
  courseTitle: string;
  courseAudience: (typeof courses.$inferSelect)["audience"];
  status: TrainingStatus;
}

import { getDueSoonDays } from "./settings";
import { courseFactColumns, staffFactColumns } from "./columns";

export { getDueSoonDays };

const courseColumns = { ...courseFactColumns, createdAt: courses.createdAt };

const personColumns = { ...staffFactColumns, managerName: users.name, managerEmail: users.email };

/**
 * Where every current person in scope stands on every active course they must take, in three
 * set-based reads (people, courses, last completions), whatever the number of people.
 * The rules are those of lib/training/status; withdrawn completions do not count.
 */
export async function loadTrainingMatrix(params: { scope: ActingUser; today: string; dueSoonDays?: number; db?: DbOrTx }): Promise<TrainingMatrixRow[]> {
  const { scope, today } = params;
  const db = params.db ?? getDb();
  const scopeCondition = staffScopeCondition(scope);
  const [people, active, last, dueSoonDays] = await Promise.all([
    db
      .select(personColumns)
      .from(staff)
      .leftJoin(users, eq(users.id, staff.managerUserId))
      .where(and(scopeCondition, or(isNull(staff.leaveDate), gt(staff.leaveDate, today))))
      .orderBy(asc(staff.name), asc(staff.id)),
    db.select(courseColumns).from(courses).where(eq(courses.active, true)).orderBy(asc(courses.title)),
    db
      .select({ staffId: trainingCompletions.staffId, courseId: trainingCompletions.courseId, last: max(trainingCompletions.completedOn) })
      .from(trainingCompletions)
      .innerJoin(staff, eq(staff.id, trainingCompletions.staffId))
      .where(and(scopeCondition, isNull(trainingCompletions.withdrawnAt), lte(trainingCompletions.completedOn, today)))
      .groupBy(trainingCompletions.staffId, trainingCompletions.courseId),
    params.dueSoonDays === undefined ? getDueSoonDays(db) : Promise.resolve(params.dueSoonDays),
  ]);
  const lastOn = new Map(last.map((r) => [`${r.staffId}:${r.courseId}`, r.last]));
  const rows: TrainingMatrixRow[] = [];
  for (const person of people) {
    for (const course of active) {
      if (!mustTake(course, person, today)) continue;
      const status = trainingStatus({ course, person, lastCompletedOn: lastOn.get(`${person.id}:${course.id}`) ?? null, today, dueSoonDays });
      rows.push({
        staffId: person.id,
        name: person.name,
        workEmail: person.workEmail,
        team: person.team,
        jobTitle: person.jobTitle,
        customerFacing: person.customerFacing,
        managerName: person.managerName,
        managerEmail: person.managerEmail,
        courseId: course.id,
        courseTitle: course.title,
        courseAudience: course.audience,
        status,
      });
    }
  }
  return rows;
}

export interface RateGroup {
  label: string;
  rate: number | null;
  required: number;
  valid: number;
  overdue: number;
  customerFacing: boolean;
}

function group(rows: TrainingMatrixRow[], keyOf: (r: TrainingMatrixRow) => string, customerFacingOf: (rs: TrainingMatrixRow[]) => boolean): RateGroup[] {
  const buckets = new Map<string, TrainingMatrixRow[]>();
  for (const r of rows) buckets.set(keyOf(r), [...(buckets.get(keyOf(r)) ?? []), r]);
  return [...buckets.entries()]
    .map(([label, rs]) => {
      const states = rs.map((r) => r.status.state);
      const valid = states.filter((s) => s === "current" || s === "due_soon").length;
      return { label, rate: completionRate(states), required: rs.length, valid, overdue: states.filter((s) => s === "overdue").length, customerFacing: customerFacingOf(rs) };
    })
    .sort((a, b) => Number(b.customerFacing) - Number(a.customerFacing) || a.label.localeCompare(b.label));
}

/** Completion rate per course; courses for customer-facing staff first, as they come first (seed duty 7). */
export function ratesByCourse(rows: TrainingMatrixRow[]): RateGroup[] {
  return group(rows, (r) => r.courseTitle, (rs) => rs[0]?.courseAudience === "customer_facing");
}

/** Completion rate per team; teams with customer-facing people first. */
export function ratesByTeam(rows: TrainingMatrixRow[]): RateGroup[] {
  return group(rows, (r) => r.team || "No team", (rs) => rs.some((r) => r.customerFacing));
}

const is = (state: TrainingState) => (r: TrainingMatrixRow) => r.status.state === state;

/** The figures of the overview: rates overall and for customer-facing staff, overdue, expiring soon. */
export function summarizeMatrix(rows: TrainingMatrixRow[], today: string, horizonDays = 30) {
  const horizon = addDays(today, horizonDays);
  return {
    rate: completionRate(rows.map((r) => r.status.state)),
    customerFacingRate: completionRate(rows.filter((r) => r.customerFacing).map((r) => r.status.state)),
    required: rows.length,
    people: new Set(rows.map((r) => r.staffId)).size,
    overdue: rows.filter(is("overdue")).length,
    // Completions still valid today that run out within the horizon.
    expiringSoon: rows.filter((r) => r.status.lastCompletedOn && r.status.dueOn && r.status.dueOn >= today && r.status.dueOn <= horizon).length,
  };
}

/** Overdue rows, longest overdue first. */
export function overdueRows(rows: TrainingMatrixRow[]): TrainingMatrixRow[] {
  return rows.filter(is("overdue")).sort((a, b) => (a.status.dueOn ?? "").localeCompare(b.status.dueOn ?? "") || a.name.localeCompare(b.name));
}

/** The last day of each of the last 12 months, the current month ending today. */
export function lastTwelveMonthEnds(today: string): string[] {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const ends: string[] = [];
  for (let i = 11; i >= 1; i--) ends.push(addDays(addMonths(firstOfMonth, -i + 1), -1));
  ends.push(today);
  return ends;
}

/**
 * The completion rate at the end of each of the last 12 months, from completions as they stood
 * then: people who had started and not yet left on that day, against the courses that existed then.
 * Courses' audiences are taken as they are now (their history is not kept).
 */
export async function completionTrend(params: { scope: ActingUser; today: string; dueSoonDays?: number }) {
  const { scope, today } = params;
  const db = getDb();
  const scopeCondition = staffScopeCondition(scope);
  const [people, active, completions, dueSoonDays] = await Promise.all([
    db.select(personColumns).from(staff).leftJoin(users, eq(users.id, staff.managerUserId)).where(scopeCondition),
    db.select(courseColumns).from(courses).where(eq(courses.active, true)),
    db
      .select({ staffId: trainingCompletions.staffId, courseId: trainingCompletions.courseId, completedOn: trainingCompletions.completedOn })
      .from(trainingCompletions)
      .innerJoin(staff, eq(staff.id, trainingCompletions.staffId))
      .where(and(scopeCondition, isNull(trainingCompletions.withdrawnAt), lte(trainingCompletions.completedOn, today)))
      .orderBy(asc(trainingCompletions.completedOn)),
    params.dueSoonDays === undefined ? getDueSoonDays(db) : Promise.resolve(params.dueSoonDays),
  ]);
  const history = new Map<string, string[]>();
  for (const c of completions) history.set(`${c.staffId}:${c.courseId}`, [...(history.get(`${c.staffId}:${c.courseId}`) ?? []), c.completedOn]);
  return lastTwelveMonthEnds(today).map((day) => {
    const states: TrainingState[] = [];
    for (const person of people) {
      if (person.startDate > day) continue;
      for (const course of active) {
        if (course.createdAt.toISOString().slice(0, 10) > day || !mustTake(course, person, day)) continue;
        const dates = history.get(`${person.id}:${course.id}`) ?? [];
        const lastCompletedOn = dates.filter((d) => d <= day).at(-1) ?? null;
        states.push(trainingStatus({ course, person, lastCompletedOn, today: day, dueSoonDays }).state);
      }
    }
    const rate = completionRate(states);
    return { month: day.slice(0, 7), rate: rate === null ? null : Math.round(rate * 1000) / 10 };
  });
}

export type TrendPoint = Awaited<ReturnType<typeof completionTrend>>[number];
