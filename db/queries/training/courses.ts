import { and, asc, eq, ne, sql } from "drizzle-orm";
import { audienceChanged, type CourseInput } from "@/lib/training/course-schema";
import { getDb, type Tx } from "@/db";
import { courses, staff } from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";

export async function listCourses() {
  return getDb()
    .select({
      id: courses.id,
      title: courses.title,
      durationMinutes: courses.durationMinutes,
      validityMonths: courses.validityMonths,
      audience: courses.audience,
      audienceTeams: courses.audienceTeams,
      audienceJobTitles: courses.audienceJobTitles,
      dueWithinDays: courses.dueWithinDays,
      audienceChangedOn: courses.audienceChangedOn,
      active: courses.active,
    })
    .from(courses)
    .orderBy(asc(courses.title));
}

export type CourseListRow = Awaited<ReturnType<typeof listCourses>>[number];

export async function getCourseById(id: string) {
  const [row] = await getDb().select().from(courses).where(eq(courses.id, id)).limit(1);
  return row ?? null;
}

/** Teams and job titles present in the directory, offered as audience choices (free entry adds others). */
export async function listAudienceOptions() {
  const db = getDb();
  const [teams, titles] = await Promise.all([
    db.selectDistinct({ v: staff.team }).from(staff).where(ne(staff.team, "")).orderBy(asc(staff.team)),
    db.selectDistinct({ v: staff.jobTitle }).from(staff).where(ne(staff.jobTitle, "")).orderBy(asc(staff.jobTitle)),
  ]);
  return { teams: teams.map((t) => t.v), jobTitles: titles.map((t) => t.v) };
}

type CourseOutcome = Outcome<{ id: string }>;

const titleInUse = () => refuse("taken", "Another course already has this title.", "title");

async function titleTaken(tx: Tx, title: string, exceptId?: string) {
  const [row] = await tx.select({ id: courses.id }).from(courses).where(and(sql`lower(${courses.title}) = lower(${title})`, exceptId ? ne(courses.id, exceptId) : undefined)).limit(1);
  return Boolean(row);
}

/** A new course; everyone in its audience has `dueWithinDays` from today (or from their own start). */
export async function createCourse(actor: Actor, input: CourseInput, today: string): Promise<CourseOutcome> {
  return withAudit(
    actor,
    async (tx): Promise<CourseOutcome> => {
      if (await titleTaken(tx, input.title)) return titleInUse();
      const [row] = await tx.insert(courses).values({ ...input, audienceChangedOn: today }).returning({ id: courses.id });
      return ok({ id: row!.id });
    },
    (r) => (r.ok ? { action: "course.create", entityType: "course", entityId: r.id, summary: { audience: input.audience, validityMonths: input.validityMonths, active: input.active } } : []),
  );
}

const FIELDS = ["title", "description", "durationMinutes", "validityMonths", "audience", "audienceTeams", "audienceJobTitles", "dueWithinDays", "active"] as const;

/**
 * Edits a course. When its audience changes, `audienceChangedOn` becomes today: people newly in it
 * get `dueWithinDays` from today rather than being overdue at once.
 */
export async function updateCourse(actor: Actor, id: string, input: CourseInput, today: string): Promise<CourseOutcome> {
  let changed: string[] = [];
  let newAudience = false;
  return withAudit(
    actor,
    async (tx): Promise<CourseOutcome> => {
      const [before] = await tx.select().from(courses).where(eq(courses.id, id)).for("update");
      if (!before) return refuse("not_found", "This course does not exist any more.");
      if (await titleTaken(tx, input.title, id)) return titleInUse();
      changed = FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(input[k]));
      newAudience = audienceChanged(before, input);
      if (changed.length > 0) {
        await tx
          .update(courses)
          .set({ ...input, updatedAt: new Date(), ...(newAudience ? { audienceChangedOn: today } : {}) })
          .where(eq(courses.id, id));
      }
      return ok({ id });
    },
    (r) => (r.ok && changed.length > 0 ? { action: "course.update", entityType: "course", entityId: id, summary: { changed, audienceChanged: newAudience } } : []),
  );
}
