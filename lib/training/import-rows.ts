import type { CsvTable } from "@/lib/csv-parse";
import { isIsoDate } from "@/lib/time";

// Row checks for the two CSV imports. Pure: the database lookups they need (managers, staff, courses)
// are passed in as maps, so the same checks serve the preview and the confirming write.

export const STAFF_CSV_REQUIRED = ["name", "work_email", "team", "job_title", "customer_facing", "start_date"] as const;
export const STAFF_CSV_COLUMNS = ["name", "work_email", "team", "job_title", "manager_email", "customer_facing", "start_date", "leave_date"] as const;
export const COMPLETION_CSV_REQUIRED = ["work_email", "course", "completed_on"] as const;
export const COMPLETION_CSV_COLUMNS = [...COMPLETION_CSV_REQUIRED, "score"] as const;

/** Files bigger than this are refused before parsing: a staff list of thousands is far smaller. */
// Server actions accept bodies up to 1 MB by default, and the confirmation carries the text back.
export const MAX_IMPORT_BYTES = 900 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export type RowResult<T> =
  | { line: number; label: string; data: T; errors?: undefined }
  | { line: number; label: string; data?: undefined; errors: string[] };

export interface StaffRow {
  name: string;
  workEmail: string;
  team: string;
  jobTitle: string;
  managerUserId: string | null;
  customerFacing: boolean;
  startDate: string;
  leaveDate: string | null;
}

export interface CompletionRow {
  staffId: string;
  courseId: string;
  completedOn: string;
  score: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** yes/no, true/false, 1/0 in any case; null when it is none of those. */
export function parseYesNo(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (["yes", "true", "1", "y"].includes(v)) return true;
  if (["no", "false", "0", "n"].includes(v)) return false;
  return null;
}

function checkLength(errors: string[], label: string, value: string, max: number) {
  if (value.length > max) errors.push(`${label} is longer than ${max} characters.`);
}

/** Validates staff rows; `managerIdByEmail` holds active users with the manager role (lower-cased emails). */
export function validateStaffRows(table: CsvTable, ctx: { managerIdByEmail: ReadonlyMap<string, string> }): Array<RowResult<StaffRow>> {
  const seen = new Map<string, number>();
  return table.rows.map(({ line, values: v }) => {
    const errors: string[] = [];
    const name = v.name ?? "";
    const workEmail = normaliseEmail(v.work_email ?? "");
    if (!name) errors.push("Name is missing.");
    checkLength(errors, "Name", name, 200);
    if (!workEmail) errors.push("Work email is missing.");
    else if (!isEmail(workEmail)) errors.push("Work email is not a valid address.");
    else if (seen.has(workEmail)) errors.push(`This work email is already on line ${seen.get(workEmail)}.`);
    else seen.set(workEmail, line);
    const team = v.team ?? "";
    const jobTitle = v.job_title ?? "";
    checkLength(errors, "Team", team, 100);
    checkLength(errors, "Job title", jobTitle, 150);
    const managerEmail = normaliseEmail(v.manager_email ?? "");
    const managerUserId = managerEmail ? (ctx.managerIdByEmail.get(managerEmail) ?? null) : null;
    if (managerEmail && !managerUserId) errors.push("Manager email is not an active DPO Desk user with the manager role.");
    const customerFacing = parseYesNo(v.customer_facing ?? "");
    if (customerFacing === null) errors.push("Customer-facing must be yes or no (or true/false, 1/0).");
    const startDate = v.start_date ?? "";
    if (!isIsoDate(startDate)) errors.push("Start date must be a date written YYYY-MM-DD.");
    const leaveDate = v.leave_date ? v.leave_date : null;
    if (leaveDate !== null && !isIsoDate(leaveDate)) errors.push("Leave date must be a date written YYYY-MM-DD, or empty.");
    else if (leaveDate !== null && isIsoDate(startDate) && leaveDate < startDate) errors.push("Leave date is before the start date.");
    const label = workEmail || name || "(empty row)";
    if (errors.length > 0) return { line, label, errors };
    return { line, label, data: { name, workEmail, team, jobTitle, managerUserId, customerFacing: customerFacing!, startDate, leaveDate } };
  });
}

export interface CompletionContext {
  /** Lower-cased work email → person. */
  staffByEmail: ReadonlyMap<string, { id: string; managerUserId: string | null }>;
  /** Lower-cased course title → course id. */
  courseIdByTitle: ReadonlyMap<string, string>;
  /** Set for a manager: only people they manage may be imported. */
  managerUserId?: string;
  today: string;
}

export function validateCompletionRows(table: CsvTable, ctx: CompletionContext): Array<RowResult<CompletionRow>> {
  return table.rows.map(({ line, values: v }) => {
    const errors: string[] = [];
    const workEmail = normaliseEmail(v.work_email ?? "");
    const person = workEmail ? ctx.staffByEmail.get(workEmail) : undefined;
    // A manager is told the same thing whether the person is unknown or in another team: the
    // directory outside their team is not theirs to probe.
    const outOfScope = person && ctx.managerUserId !== undefined && person.managerUserId !== ctx.managerUserId;
    if (!workEmail) errors.push("Work email is missing.");
    else if (!person || outOfScope) errors.push(ctx.managerUserId !== undefined ? "No one in your team has this work email." : "No person in the staff directory has this work email.");
    const title = (v.course ?? "").trim();
    const courseId = title ? ctx.courseIdByTitle.get(title.toLowerCase()) : undefined;
    if (!title) errors.push("Course is missing.");
    else if (!courseId) errors.push("No course has this title.");
    const completedOn = v.completed_on ?? "";
    if (!isIsoDate(completedOn)) errors.push("Completed on must be a date written YYYY-MM-DD.");
    else if (completedOn > ctx.today) errors.push("Completed on is in the future.");
    const rawScore = (v.score ?? "").trim();
    let score: number | null = null;
    if (rawScore !== "") {
      score = /^\d{1,3}$/.test(rawScore) ? Number(rawScore) : NaN;
      if (!Number.isInteger(score) || score < 0 || score > 100) errors.push("Score must be a whole number from 0 to 100, or empty.");
    }
    const label = workEmail || "(no email)";
    if (errors.length > 0) return { line, label, errors };
    return { line, label, data: { staffId: person!.id, courseId: courseId!, completedOn, score } };
  });
}

/** A row count and the first errors, for previews that must stay small in the page. */
export function summariseRows<T>(rows: Array<RowResult<T>>) {
  const invalid = rows.filter((r) => r.errors);
  return { valid: rows.length - invalid.length, invalid: invalid.length };
}

/** What an import form shows: the upload, then the preview of every row, then the result. */
export interface ImportState {
  ok: boolean;
  message: string;
  stage: "upload" | "preview" | "done";
  /** The file's text, sent back with the confirmation and checked again there: the preview proves nothing. */
  csv?: string;
  rows?: Array<{ line: number; label: string; errors?: string[] }>;
  valid?: number;
}

export const initialImportState: ImportState = { ok: false, message: "", stage: "upload" };

/** The CSV text from an upload ("file") or from a confirmation ("csv"); an error sentence otherwise. */
export async function readCsvFromForm(formData: FormData): Promise<{ text: string; error?: undefined } | { error: string; text?: undefined }> {
  const carried = formData.get("csv");
  if (typeof carried === "string" && carried.length > 0) {
    return carried.length > MAX_IMPORT_BYTES ? { error: "The file is too large." } : { text: carried };
  }
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose a CSV file." };
  if (file.size > MAX_IMPORT_BYTES) return { error: `The file is larger than ${Math.round(MAX_IMPORT_BYTES / 1024)} KB. Split it into smaller files.` };
  const text = await file.text();
  if (text.includes("\u0000")) return { error: "This is not a text (CSV) file." };
  return { text };
}

/** The preview state for a checked file: rows, with the errors of the invalid ones. */
export function previewState<T>(csv: string, rows: Array<RowResult<T>>): ImportState {
  if (rows.length === 0) return { ok: false, message: "The file has a header but no rows.", stage: "upload" };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, message: `The file has more than ${MAX_IMPORT_ROWS} rows. Split it into smaller files.`, stage: "upload" };
  const { valid, invalid } = summariseRows(rows);
  return {
    ok: true,
    message: invalid > 0 ? `${valid} row${valid === 1 ? "" : "s"} can be imported; ${invalid} ha${invalid === 1 ? "s" : "ve"} errors and will be skipped.` : `All ${valid} rows can be imported.`,
    stage: "preview",
    csv,
    valid,
    rows: rows.map((r) => ({ line: r.line, label: r.label, errors: r.errors })),
  };
}
