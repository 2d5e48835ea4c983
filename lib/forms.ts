import { z } from "zod";
import { parseLocalDateTime } from "@/lib/time";

// What every server action returns: a sentence for the person, and errors per field.
export type ActionState = {
  ok: boolean;
  message: string;
  errors?: Record<string, string[] | undefined>;
  // What was submitted, so a form shown again after an error keeps the person's input. Never secrets.
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false, message: "" };

export const INVALID_INPUT: ActionState = { ok: false, message: "The form could not be read. Reload the page and try again." };

/**
 * Parses a server action's input. Actions are public endpoints: they may be called with
 * anything, so a missing or foreign FormData is an error state, never an exception.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: unknown,
): { data: z.infer<S>; state?: undefined } | { data?: undefined; state: ActionState } {
  if (!(formData instanceof FormData)) return { state: INVALID_INPUT };
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    raw[key] = values.length > 1 ? values : values[0];
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      state: {
        ok: false,
        message: "Some fields need attention.",
        errors: z.flattenError(result.error).fieldErrors as Record<string, string[]>,
        values: echoableValues(raw),
      },
    };
  }
  return { data: result.data };
}

// Empty form fields arrive as "", which for optional values means "not given".
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v ?? "");

export const requiredText = (max: number, message = "This field is required.") =>
  z.string({ error: message }).trim().min(1, message).max(max, `Use at most ${max} characters.`);

// Optional keys must be marked .optional() on the outside for zod 4 objects to accept a missing field.
export const optionalInt = (label: string) =>
  z
    .union([
      z.literal(""),
      z.coerce
        .number({ error: `${label} must be a number.` })
        .int(`${label} must be a whole number.`)
        .min(0, `${label} cannot be negative.`)
        .max(2_000_000_000, `${label} is too large.`),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

// An unticked checkbox is simply absent from FormData.
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal("")], { error: "Tick the box or leave it empty." })
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

/** Repeated checkbox values arrive as a string, an array, or not at all; ids outside the list are refused. */
export const idList = (message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ""))])
    .pipe(z.array(z.uuid(message)).max(500, "Too many items chosen."));

// A select whose first option is "" (not chosen): null, or one of `values`.
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(""), z.enum(values, { error: message })])
    .optional()
    .transform((v) => (v ? v : null));

const SECRET_FIELD = /(password|secret|token|code)/i;

function echoableValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => !SECRET_FIELD.test(k) && typeof v === "string")
      .map(([k, v]) => [k, v as string]),
  );
}

/** A datetime-local value read in the organisation's time zone; "" means not given (an error when `required` says so). */
// No record this application keeps can be older than this.
export const MIN_YEAR = 1970;

export function localDateTime(timeZone: string, required: string | null) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const v = value?.trim() ?? "";
      if (!v) {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return null;
      }
      const date = parseLocalDateTime(v, timeZone);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Enter a valid date and time." });
        return z.NEVER;
      }
      // Bounded before it reaches SQL: a year like 0000 is read as 1900 by Date.UTC, or refused by PostgreSQL.
      const year = Number(v.slice(0, 4));
      if (year < MIN_YEAR || date.getUTCFullYear() < MIN_YEAR) {
        ctx.addIssue({ code: "custom", message: `Enter a date from ${MIN_YEAR} on.` });
        return z.NEVER;
      }
      return date;
    });
}
