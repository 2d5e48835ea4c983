import { z } from "zod";
import { checkbox, optionalText, requiredText, localDateTime as localTime } from "@/lib/forms";
import { normaliseEmail, normalisePhone } from "@/lib/pii/normalise";
import { REJECTION_GROUNDS, REQUEST_TYPES, STAFF_CHANNELS, VERIFICATION_METHODS } from "./labels";
import { LIMITS } from "./limits";
import { TEMPLATE_KINDS } from "./templates";

export { LIMITS };

// An e-mail address as stored: trimmed and lower-cased, so it matches subject_identifiers.
const email = (required: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const v = value?.trim() ?? "";
      if (!v) {
        if (required) ctx.addIssue({ code: "custom", message: "Enter your e-mail address: we send a code there to confirm the request." });
        return null;
      }
      if (v.length > LIMITS.email) {
        ctx.addIssue({ code: "custom", message: `Use at most ${LIMITS.email} characters.` });
        return z.NEVER;
      }
      const normalised = normaliseEmail(v);
      if (!normalised) {
        ctx.addIssue({ code: "custom", message: "Enter a valid e-mail address, such as name@example.com." });
        return z.NEVER;
      }
      return normalised;
    });

// A phone number in E.164, or null when left empty.
const phone = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const v = value?.trim() ?? "";
    if (!v) return null;
    const normalised = v.length <= LIMITS.phone ? normalisePhone(v) : null;
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: "Enter a valid phone number (with the country code if it is not Swedish), or leave it empty." });
      return z.NEVER;
    }
    return normalised;
  });

/** The public form's fields. The honeypot and the fill-time token are checked by the action, not here. */
export const publicRequestSchema = z.object({
  type: z.enum(REQUEST_TYPES, { error: "Choose what you would like us to do." }),
  name: requiredText(LIMITS.name, "Enter your name."),
  email: email(true).transform((v) => v as string),
  phone,
  details: optionalText(LIMITS.details),
});

export type PublicRequestInput = z.infer<typeof publicRequestSchema>;

export const confirmCodeSchema = z.object({
  id: z.uuid("This confirmation link is not valid."),
  code: z
    .string({ error: "Enter the 6-digit code from the e-mail." })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the e-mail.")),
});


const uuidOrEmpty = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .optional()
    .transform((v) => (v ? v : null));

// Five minutes of clock difference between browser and server is not "the future".
const FUTURE_SLACK_MS = 5 * 60 * 1000;
// Requests older than this are almost certainly a typo in the year.
const OLDEST_RECEIPT_MS = 3 * 366 * 24 * 60 * 60 * 1000;

/** Staff recording a request that came by e-mail, phone, letter or chat, possibly days ago. */
export function staffRequestSchema(timeZone: string, now: Date) {
  return z
    .object({
      type: z.enum(REQUEST_TYPES, { error: "Choose the type of request." }),
      channel: z.enum(STAFF_CHANNELS, { error: "Choose how the request arrived." }),
      receivedAt: localTime(timeZone, "Enter when the request was received: the one-month clock starts there."),
      name: optionalText(LIMITS.name),
      email: email(false),
      phone,
      details: optionalText(LIMITS.details),
      assigneeId: uuidOrEmpty("Choose a person from the list."),
      acknowledge: checkbox,
    })
    .superRefine((v, ctx) => {
      if (v.receivedAt && v.receivedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
        ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "The date of receipt cannot be in the future." });
      }
      if (v.receivedAt && v.receivedAt.getTime() < now.getTime() - OLDEST_RECEIPT_MS) {
        ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "This is more than three years ago: check the year." });
      }
      if (!v.name && !v.email && !v.phone) {
        ctx.addIssue({ code: "custom", path: ["name"], message: "Give at least the person's name, e-mail or phone number." });
      }
      if (v.acknowledge && !v.email) {
        ctx.addIssue({ code: "custom", path: ["acknowledge"], message: "An acknowledgement needs the person's e-mail address." });
      }
    })
    .transform((v) => ({ ...v, receivedAt: v.receivedAt as Date }));
}

export type StaffRequestInput = z.infer<ReturnType<typeof staffRequestSchema>>;

const requestId = z.uuid("Unknown request.");

export const statusSchema = z.object({ id: requestId, to: z.enum(["verifying_identity", "in_progress"], { error: "Choose a status." }) });

export const verifySchema = z
  .object({
    id: requestId,
    method: z.enum(VERIFICATION_METHODS, { error: "Choose how the identity was verified." }),
    notes: optionalText(LIMITS.note),
  })
  .superRefine((v, ctx) => {
    if (v.method === "other" && !v.notes) ctx.addIssue({ code: "custom", path: ["notes"], message: "Describe how the identity was verified." });
  });

export const sendCodeSchema = z.object({ id: requestId, target: z.string({ error: "Choose an address." }).trim().min(1, "Choose an address.").max(LIMITS.email) });
export const checkCodeSchema = z.object({ id: requestId, code: confirmCodeSchema.shape.code });
export const assignSchema = z.object({ id: requestId, assigneeId: uuidOrEmpty("Choose a person from the list.") });
export const noteSchema = z.object({ id: requestId, text: requiredText(LIMITS.note, "Write the note.") });

// A time the person was told is never in the future; the query also checks it is not before receipt.
const notFuture = (now: Date) => (v: { toldAt: Date | null }, ctx: z.RefinementCtx) => {
  if (v.toldAt && v.toldAt.getTime() > now.getTime() + 5 * 60_000) {
    ctx.addIssue({ code: "custom", path: ["toldAt"], message: "The time the person was told cannot be in the future." });
  }
};

export function extendSchema(timeZone: string, now = new Date()) {
  return z
    .object({
      id: requestId,
      reason: optionalText(LIMITS.reason),
      // Only when the person has no e-mail address: when and how they were told instead.
      toldAt: localTime(timeZone, null),
      toldHow: optionalText(LIMITS.subject),
    })
    .superRefine(notFuture(now));
}

/** Staff record that the person was told of the extension some other way (the e-mail failed, or by phone). */
export function extensionToldSchema(timeZone: string, now = new Date()) {
  return z
    .object({
      id: requestId,
      toldAt: localTime(timeZone, "Enter when the person was told."),
      toldHow: requiredText(LIMITS.subject, "Say how the person was told (phone, letter…)."),
    })
    .superRefine(notFuture(now));
}

export const rejectSchema = z.object({
  id: requestId,
  ground: z.enum(REJECTION_GROUNDS, { error: "Choose the ground for the refusal." }),
  reasons: requiredText(LIMITS.details, "Give the reasons: Art. 12(4) requires them."),
  notify: checkbox,
});

export const completeSchema = z.object({
  id: requestId,
  outcome: requiredText(LIMITS.note, "Say briefly what was done and how the person was answered."),
  // Art. 19: only needed when an erasure's recipients are not all told yet; the query checks that.
  untoldReason: optionalText(LIMITS.note),
});

export const letterSchema = z.object({
  id: requestId,
  kind: z.enum(TEMPLATE_KINDS, { error: "Choose a template." }),
  subject: requiredText(LIMITS.subject, "Write a subject."),
  body: requiredText(LIMITS.body, "Write the message."),
});
