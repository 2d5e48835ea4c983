import { inArray } from "drizzle-orm";
import { addDays } from "@/lib/time";
import type { Tx } from "../index";
import { courses, staff, trainingCompletions, type NewCourse } from "../schema";
import { DEMO_DOMAIN } from "./demo-users";
import { DEMO_STAFF_EMAILS } from "./staff";

const COURSES: Array<Omit<NewCourse, "audienceChangedOn" | "createdAt">> = [
  {
    title: "GDPR basics",
    description: "What personal data is, the principles of Art. 5, and how to spot and report a breach. For everyone.",
    durationMinutes: 45,
    validityMonths: 12,
    audience: "everyone",
    dueWithinDays: 30,
  },
  {
    title: "Live chat and personal data",
    description: "What agents may ask for in the chat, what to do when a customer types card numbers or health details, and answering access and erasure requests.",
    durationMinutes: 30,
    validityMonths: 12,
    audience: "customer_facing",
    dueWithinDays: 14,
  },
  {
    title: "Breach handling",
    description: "Containing an incident, assessing the risk, and the 72-hour notification to the supervisory authority.",
    durationMinutes: 60,
    validityMonths: 24,
    audience: "teams",
    audienceTeams: ["IT"],
    dueWithinDays: 30,
  },
];

const BASICS = "GDPR basics";
const CHAT = "Live chat and personal data";
const BREACH = "Breach handling";

// Days ago each person completed each course, chosen so the overview shows every state: current,
// due soon (a 12-month course done ~350 days ago), overdue (expired, or never done past the due date)
// and never done (a new starter still inside their first days). Older rows give the trend its history.
const COMPLETIONS: Array<[string, string, number[]]> = [
  ["sara.nystrom", BASICS, [100, 470]],
  ["sara.nystrom", CHAT, [350]],
  ["omar.haddad", BASICS, [400]],
  ["omar.haddad", CHAT, [200, 560]],
  ["elin.sjoberg", BASICS, [340]],
  ["fatima.ali", BASICS, [30, 400]],
  ["fatima.ali", CHAT, [60, 420]],
  ["nils.aberg", BASICS, [500]],
  ["karin.lund", BASICS, [200, 560]],
  ["karin.lund", BREACH, [300]],
  ["ahmed.yilmaz", BASICS, [250]],
  ["lisa.persson", BASICS, [355]],
  ["lisa.persson", BREACH, [800]],
  ["henrik.dahl", BASICS, [90, 460]],
  ["henrik.dahl", CHAT, [420]],
  ["emma.wallin", BASICS, [20]],
];

/**
 * The demo courses and the demo staff's completions. Completions are added only together with
 * the course they belong to, so a second run (even on a later day) inserts nothing.
 */
export async function seedCourses(tx: Tx, today: string): Promise<number> {
  // Courses "existed" long before the demo day, so the 12-month trend has a history to draw.
  const since = new Date(`${addDays(today, -1100)}T00:00:00Z`);
  const inserted = await tx
    .insert(courses)
    .values(COURSES.map((c) => ({ ...c, audienceChangedOn: addDays(today, -1100), createdAt: since })))
    .onConflictDoNothing()
    .returning({ id: courses.id, title: courses.title });
  if (inserted.length === 0) return 0;
  const courseId = new Map(inserted.map((c) => [c.title, c.id]));
  const people = await tx.select({ id: staff.id, workEmail: staff.workEmail }).from(staff).where(inArray(staff.workEmail, DEMO_STAFF_EMAILS));
  const staffId = new Map(people.map((p) => [p.workEmail, p.id]));
  const rows = COMPLETIONS.flatMap(([person, title, daysAgo]) => {
    const s = staffId.get(`${person}@${DEMO_DOMAIN}`);
    const c = courseId.get(title);
    if (!s || !c) return [];
    return daysAgo.map((d) => ({ staffId: s, courseId: c, completedOn: addDays(today, -d), source: "manual" as const }));
  });
  const completions = rows.length ? await tx.insert(trainingCompletions).values(rows).onConflictDoNothing().returning({ id: trainingCompletions.id }) : [];
  return inserted.length + completions.length;
}
