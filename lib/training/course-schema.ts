import { z } from "zod";
import { checkbox, optionalText, requiredText } from "@/lib/forms";

export const AUDIENCE_LABELS = {
  everyone: "Everyone",
  customer_facing: "Customer-facing staff",
  teams: "Chosen teams",
  job_titles: "Chosen job titles",
} as const;

export type CourseAudience = keyof typeof AUDIENCE_LABELS;

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

// Checkboxes of names already in the directory arrive as one value or several; the free-entry box
// holds more, one per line or comma-separated. Both feed one list.
const nameList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** Trimmed, de-duplicated case-insensitively (the status rules match names that way), in the order given. */
export function mergeNames(picked: string[], typed: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...picked, ...typed.split(/[\n,]/)]) {
    const name = raw.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** The course form: what it covers, how long a completion stays valid, and who must take it. */
export const courseFormSchema = z
  .object({
    title: requiredText(200, "Give the course a title."),
    description: optionalText(4000),
    durationMinutes: wholeNumber("The length", 1, 2400),
    neverExpires: checkbox,
    // Read only when the course expires: an empty box is fine for "never expires".
    validityMonths: z.string().trim().optional().transform((v) => v ?? ""),
    audience: z.enum(["everyone", "customer_facing", "teams", "job_titles"], { error: "Choose who must take the course." }),
    audienceTeams: nameList,
    audienceTeamsOther: optionalText(2000),
    audienceJobTitles: nameList,
    audienceJobTitlesOther: optionalText(2000),
    dueWithinDays: wholeNumber("The days to complete it", 1, 3650),
    active: checkbox,
  })
  .transform((v, ctx) => {
    let validityMonths: number | null = null;
    if (!v.neverExpires) {
      const parsed = wholeNumber("The validity", 1, 600).safeParse(v.validityMonths);
      if (v.validityMonths === "") {
        ctx.addIssue({ code: "custom", path: ["validityMonths"], message: "Give the months a completion stays valid, or tick “never expires”." });
      } else if (!parsed.success) {
        ctx.addIssue({ code: "custom", path: ["validityMonths"], message: parsed.error.issues[0]?.message ?? "Give a whole number of months." });
      } else validityMonths = parsed.data;
    }
    // Lists that do not apply to the chosen audience are dropped, so a stale team list never lingers.
    const audienceTeams = v.audience === "teams" ? mergeNames(v.audienceTeams, v.audienceTeamsOther) : [];
    const audienceJobTitles = v.audience === "job_titles" ? mergeNames(v.audienceJobTitles, v.audienceJobTitlesOther) : [];
    if (v.audience === "teams" && audienceTeams.length === 0) {
      ctx.addIssue({ code: "custom", path: ["audienceTeams"], message: "Choose or type at least one team." });
    }
    if (v.audience === "job_titles" && audienceJobTitles.length === 0) {
      ctx.addIssue({ code: "custom", path: ["audienceJobTitles"], message: "Choose or type at least one job title." });
    }
    for (const [path, list] of [["audienceTeams", audienceTeams], ["audienceJobTitles", audienceJobTitles]] as const) {
      if (list.length > 50) ctx.addIssue({ code: "custom", path: [path], message: "Choose at most 50." });
      if (list.some((n) => n.length > 150)) ctx.addIssue({ code: "custom", path: [path], message: "Each name may have at most 150 characters." });
    }
    return {
      title: v.title,
      description: v.description,
      durationMinutes: v.durationMinutes,
      validityMonths,
      audience: v.audience,
      audienceTeams,
      audienceJobTitles,
      dueWithinDays: v.dueWithinDays,
      active: v.active,
    };
  });

export type CourseInput = z.output<typeof courseFormSchema>;

/** Whether two versions of a course ask different people to take it (names compared as the rules do). */
export function audienceChanged(
  before: Pick<CourseInput, "audience" | "audienceTeams" | "audienceJobTitles">,
  after: Pick<CourseInput, "audience" | "audienceTeams" | "audienceJobTitles">,
): boolean {
  const key = (list: string[]) => [...new Set(list.map((n) => n.trim().toLowerCase()))].sort().join("\n");
  return (
    before.audience !== after.audience ||
    key(before.audienceTeams) !== key(after.audienceTeams) ||
    key(before.audienceJobTitles) !== key(after.audienceJobTitles)
  );
}

export function describeValidity(months: number | null): string {
  if (months === null) return "Never expires";
  if (months % 12 === 0) return months === 12 ? "1 year" : `${months / 12} years`;
  return months === 1 ? "1 month" : `${months} months`;
}

export function describeAudience(course: { audience: CourseAudience; audienceTeams: string[]; audienceJobTitles: string[] }): string {
  if (course.audience === "teams") return `Teams: ${course.audienceTeams.join(", ")}`;
  if (course.audience === "job_titles") return `Job titles: ${course.audienceJobTitles.join(", ")}`;
  return AUDIENCE_LABELS[course.audience];
}

/** The form's starting values: a new course (12 months, everyone, 30 days, active) or an existing one. */
export function courseFormDefaults(course?: {
  title: string;
  description: string;
  durationMinutes: number;
  validityMonths: number | null;
  audience: CourseAudience;
  audienceTeams: string[];
  audienceJobTitles: string[];
  dueWithinDays: number;
  active: boolean;
}) {
  if (!course) {
    return { values: { title: "", description: "", durationMinutes: "30", validityMonths: "12", dueWithinDays: "30", active: "on", neverExpires: "" }, audience: "everyone" as CourseAudience, teams: [], jobTitles: [] };
  }
  return {
    values: {
      title: course.title,
      description: course.description,
      durationMinutes: String(course.durationMinutes),
      validityMonths: course.validityMonths === null ? "" : String(course.validityMonths),
      neverExpires: course.validityMonths === null ? "on" : "",
      dueWithinDays: String(course.dueWithinDays),
      active: course.active ? "on" : "",
    },
    audience: course.audience,
    teams: course.audienceTeams,
    jobTitles: course.audienceJobTitles,
  };
}
