import { z } from "zod";
import { MIN_YEAR } from "@/lib/forms";
import { normaliseEmail, normalisePhone } from "@/lib/pii/normalise";
import { REJECTION_GROUNDS, REQUEST_TYPES, VERIFICATION_METHODS } from "./labels";
import { LIMITS } from "./limits";

// The API takes the same inputs as the forms, as JSON: instants are ISO 8601 with an offset.
const instant = z.iso.datetime({ offset: true, error: "Use an ISO 8601 date and time with its offset, such as 2026-02-01T10:00:00Z." }).transform((v) => new Date(v));
// Bounded before it reaches SQL: PostgreSQL has no year 0000, and nothing here happened before 1970.
const boundedInstant = instant.refine((d) => d.getUTCFullYear() >= MIN_YEAR, `Use a date from ${MIN_YEAR} on.`);
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

const email = z
  .string()
  .max(LIMITS.email)
  .transform((v, ctx) => {
    const n = normaliseEmail(v);
    if (!n) ctx.addIssue({ code: "custom", message: "Not a valid e-mail address." });
    return n ?? z.NEVER;
  });
const phone = z
  .string()
  .max(LIMITS.phone)
  .transform((v, ctx) => {
    const n = normalisePhone(v);
    if (!n) ctx.addIssue({ code: "custom", message: "Not a valid phone number (give the country code if it is not Swedish)." });
    return n ?? z.NEVER;
  });

// Five minutes of clock difference is not "the future"; three years back is almost certainly a wrong year.
const FUTURE_SLACK_MS = 5 * 60 * 1000;
const OLDEST_MS = 3 * 366 * 24 * 60 * 60 * 1000;

export function apiCreateSchema(now: Date) {
  return z
    .object({
      type: z.enum(REQUEST_TYPES, { error: `type is one of ${REQUEST_TYPES.join(", ")}.` }),
      receivedAt: boundedInstant,
      // The web form has its own intake (with the e-mail confirmation); everything else may come through here.
      channel: z.enum(["email", "phone", "letter", "chat", "api"], { error: "channel is one of email, phone, letter, chat, api." }).default("api"),
      subject: z.strictObject({ name: text(LIMITS.name).optional(), email: email.optional(), phone: phone.optional() }),
      details: text(LIMITS.details).optional(),
      assigneeId: z.uuid().nullable().optional(),
      acknowledge: z.boolean().default(false),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.receivedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "receivedAt cannot be in the future." });
      if (v.receivedAt.getTime() < now.getTime() - OLDEST_MS) ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "receivedAt is more than three years ago." });
      if (!v.subject.name && !v.subject.email && !v.subject.phone) ctx.addIssue({ code: "custom", path: ["subject"], message: "Give at least the person's name, email or phone." });
      if (v.acknowledge && !v.subject.email) ctx.addIssue({ code: "custom", path: ["acknowledge"], message: "An acknowledgement needs subject.email." });
    });
}

export const API_ACTIONS = ["verify", "assign", "extend", "reject", "close"] as const;
export type ApiAction = (typeof API_ACTIONS)[number];

export const apiActionSchemas = {
  verify: z.strictObject({ method: z.enum(VERIFICATION_METHODS, { error: `method is one of ${VERIFICATION_METHODS.join(", ")}.` }), notes: text(LIMITS.note).default("") }),
  assign: z.strictObject({ assigneeId: z.uuid({ error: "assigneeId is a user id, or null to unassign." }).nullable() }),
  extend: z.strictObject({ reason: text(LIMITS.reason), toldAt: boundedInstant.optional(), toldHow: text(LIMITS.subject).default("") }),
  reject: z.strictObject({
    ground: z.enum(REJECTION_GROUNDS, { error: `ground is one of ${REJECTION_GROUNDS.join(", ")}.` }),
    reasons: text(LIMITS.details).min(1, "reasons are required (Art. 12(4))."),
    notify: z.boolean().default(false),
  }),
  close: z.strictObject({ outcome: text(LIMITS.note).min(1, "outcome is required: what was done and how the person was answered."), untoldReason: text(LIMITS.note).default("") }),
} as const;

/** Zod's issues as "field: message" lines for the API's error details. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`);
}
