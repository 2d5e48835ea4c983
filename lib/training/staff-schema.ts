import { z } from "zod";
import { checkbox, optionalText, requiredText } from "@/lib/forms";
import { isIsoDate } from "@/lib/time";
import { isEmail, normaliseEmail } from "./import-rows";
import { firstValues, type SearchParams } from "@/lib/search-params";

const isoDate = (message: string) => z.string({ error: message }).trim().refine(isIsoDate, message);
const optionalIsoDate = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || isIsoDate(v), message)
    .optional()
    .transform((v) => (v ? v : null));

/** The add/edit form of a person. Work emails are stored lower-cased: imports match on them. */
export const staffFormSchema = z
  .object({
    name: requiredText(200, "Give the person's name."),
    workEmail: z
      .string({ error: "Give a work email." })
      .transform(normaliseEmail)
      .refine((v) => v.length > 0, "Give a work email.")
      .refine((v) => v.length === 0 || isEmail(v), "This is not a valid email address."),
    team: optionalText(100),
    jobTitle: optionalText(150),
    managerUserId: z
      .union([z.literal(""), z.uuid({ error: "Choose a manager from the list." })])
      .optional()
      .transform((v) => (v ? v : null)),
    customerFacing: checkbox,
    startDate: isoDate("Give the start date."),
    leaveDate: optionalIsoDate("Give a valid date, or leave it empty."),
  })
  .superRefine((v, ctx) => {
    if (v.leaveDate && v.leaveDate < v.startDate) ctx.addIssue({ code: "custom", path: ["leaveDate"], message: "The leave date is before the start date." });
  });

export type StaffInput = z.infer<typeof staffFormSchema>;

/** Recording one completion; `today` is the organisation's date, since nobody completes a course tomorrow. */
export function completionFormSchema(today: string) {
  return z.object({
    staffId: z.uuid(),
    courseId: z.uuid({ error: "Choose a course." }),
    completedOn: isoDate("Give the date it was completed.").refine((v) => v <= today, "The date is in the future."),
    score: z
      .union([z.literal(""), z.coerce.number({ error: "The score must be a number." }).int("Use a whole number.").min(0, "Use 0 to 100.").max(100, "Use 0 to 100.")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
  });
}

export type CompletionInput = z.infer<ReturnType<typeof completionFormSchema>>;

export const withdrawFormSchema = z.object({
  staffId: z.uuid(),
  completionId: z.uuid(),
  reason: requiredText(500, "Say why the completion is withdrawn."),
});

export const MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;

const SIGNATURES: Array<{ mimeType: string; bytes: number[] }> = [
  { mimeType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The certificate's real type from its first bytes. The name and the browser's claimed type are
 * chosen by the uploader, so they decide nothing: an HTML page named cert.pdf is refused.
 */
export function detectCertificateType(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.mimeType ?? null;
}

export function checkCertificate(file: { size: number; bytes: Uint8Array }): { ok: true; mimeType: string } | { ok: false; error: string } {
  if (file.size === 0) return { ok: false, error: "The file is empty." };
  if (file.size > MAX_CERTIFICATE_BYTES) return { ok: false, error: "The file is larger than 5 MB." };
  const mimeType = detectCertificateType(file.bytes);
  if (!mimeType) return { ok: false, error: "Only PDF, PNG or JPEG files are accepted." };
  return { ok: true, mimeType };
}

/** A file name safe to echo in a Content-Disposition header. */
export function safeFileName(name: string, mimeType: string): string {
  const ext = mimeType === "application/pdf" ? "pdf" : mimeType === "image/png" ? "png" : "jpg";
  const base = name.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 80) || "certificate";
  return `${base}.${ext}`;
}

export const STAFF_SORTS = ["name", "name_desc", "team", "start_desc", "start_asc"] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];
export const STAFF_SORT_LABELS: Record<StaffSort, string> = {
  name: "Name A–Z",
  name_desc: "Name Z–A",
  team: "Team",
  start_desc: "Newest starters first",
  start_asc: "Longest serving first",
};
export const STAFF_PAGE_SIZE = 25;

// Unknown or malformed values fall back to "no filter" rather than an error page: URLs get edited by hand.
const listSchema = z.object({
  team: z.string().trim().max(100).optional().catch(undefined),
  manager: z.uuid().optional().catch(undefined),
  cf: z.enum(["yes", "no"]).optional().catch(undefined),
  who: z.enum(["current", "leavers", "all"]).catch("current"),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(STAFF_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseStaffListParams(raw: SearchParams) {
  const p = listSchema.parse(firstValues(raw));
  const customerFacing = p.cf === undefined ? undefined : p.cf === "yes";
  return {
    query: { team: p.team || undefined, managerUserId: p.manager, customerFacing, who: p.who, search: p.q || undefined, sort: p.sort, page: p.page, pageSize: STAFF_PAGE_SIZE },
    urlValues: { team: p.team || undefined, manager: p.manager, cf: p.cf, who: p.who === "current" ? undefined : p.who, q: p.q || undefined, sort: p.sort === "name" ? undefined : p.sort },
  };
}
