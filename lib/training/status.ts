import { addDays, addMonths, daysBetween, maxDate } from "@/lib/time";

export type TrainingState = "current" | "due_soon" | "overdue" | "never_done";

export const STATE_LABELS: Record<TrainingState, string> = {
  current: "Current",
  due_soon: "Due soon",
  overdue: "Overdue",
  never_done: "Never done",
};

export interface PersonFacts {
  startDate: string;
  leaveDate: string | null;
  team: string;
  jobTitle: string;
  customerFacing: boolean;
  roleChangedOn: string | null;
}

export interface CourseFacts {
  audience: "everyone" | "customer_facing" | "teams" | "job_titles";
  audienceTeams: string[];
  audienceJobTitles: string[];
  validityMonths: number | null;
  dueWithinDays: number;
  audienceChangedOn: string;
  active: boolean;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Leavers drop out of every figure from their leave date on. */
export function isActiveStaff(person: Pick<PersonFacts, "leaveDate">, today: string): boolean {
  return person.leaveDate === null || person.leaveDate > today;
}

/** Whether the course's audience includes the person today. */
export function mustTake(course: CourseFacts, person: PersonFacts, today: string): boolean {
  if (!course.active || !isActiveStaff(person, today)) return false;
  switch (course.audience) {
    case "everyone":
      return true;
    case "customer_facing":
      return person.customerFacing;
    case "teams":
      return course.audienceTeams.some((t) => same(t, person.team));
    case "job_titles":
      return course.audienceJobTitles.some((j) => same(j, person.jobTitle));
  }
}

/**
 * The first due date of a course a person has never completed: counted from when they came to need
 * it: their start, their last change of team, job title or customer contact, or the audience change.
 */
export function firstDueOn(course: CourseFacts, person: PersonFacts): string {
  return addDays(maxDate(person.startDate, person.roleChangedOn, course.audienceChangedOn), course.dueWithinDays);
}

export interface TrainingStatus {
  state: TrainingState;
  /** When it must (next) be done: the first due date, or when the last completion expires. Null: never again. */
  dueOn: string | null;
  lastCompletedOn: string | null;
  daysLeft: number | null;
}

/**
 * Where one person stands on one course. A refresher is due when their own last completion
 * expires, counted from its date, not from a calendar date shared by everyone.
 */
export function trainingStatus(input: {
  course: CourseFacts;
  person: PersonFacts;
  lastCompletedOn: string | null;
  today: string;
  dueSoonDays: number;
}): TrainingStatus {
  const { course, person, lastCompletedOn, today, dueSoonDays } = input;
  if (!lastCompletedOn) {
    const dueOn = firstDueOn(course, person);
    const daysLeft = daysBetween(today, dueOn);
    return { state: daysLeft < 0 ? "overdue" : "never_done", dueOn, lastCompletedOn, daysLeft };
  }
  if (course.validityMonths === null) return { state: "current", dueOn: null, lastCompletedOn, daysLeft: null };
  const dueOn = addMonths(lastCompletedOn, course.validityMonths);
  const daysLeft = daysBetween(today, dueOn);
  const state: TrainingState = daysLeft < 0 ? "overdue" : daysLeft <= dueSoonDays ? "due_soon" : "current";
  return { state, dueOn, lastCompletedOn, daysLeft };
}

/** Share of required person-course pairs that are current or due soon (i.e. still valid). */
export function completionRate(states: TrainingState[]): number | null {
  if (states.length === 0) return null;
  const valid = states.filter((s) => s === "current" || s === "due_soon").length;
  return valid / states.length;
}
