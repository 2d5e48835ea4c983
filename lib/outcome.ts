import type { ActionState } from "@/lib/forms";

/**
 * The one contract for the outcome of a write, in every module: it went through (with what the
 * caller needs to know), or it was refused with a code, a sentence for the person and, where one
 * field is to blame, that field. Queries return it; actions turn it into form state and route
 * handlers into the API's error envelope, each with the one mapper below.
 */
export type RefusalCode =
  /** The input breaks a rule the schema cannot see (a date order, an assignee who may not be assigned). */
  | "invalid"
  /** The thing to change does not exist (any more). */
  | "not_found"
  /** A unique name or key is already used by another record. */
  | "taken"
  /** The change does not fit the record's current state (already revoked, still in use, under review). */
  | "conflict"
  /** The acting user's role may not do this. */
  | "forbidden";

/** `details` names each item to blame when there are several (the conversations of a batch), as the API lists them. */
export type Refusal = { ok: false; code: RefusalCode; message: string; field?: string; details?: string[] };
export type Outcome<T extends object = object> = ({ ok: true } & T) | Refusal;

export const ok = <T extends object = object>(value: T = {} as T): { ok: true } & T => ({ ...value, ok: true });

export const refuse = (code: RefusalCode, message: string, field?: string): Refusal =>
  field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && typeof (value as { code?: unknown }).code === "string";

/**
 * A refusal as a form shows it: the sentence at the top and, when a field is to blame, under that
 * field too. `values` gives the form back what the person typed.
 */
export function refusalState(refusal: Refusal, values?: Record<string, string>): ActionState {
  return {
    ok: false,
    message: refusal.message,
    ...(refusal.field ? { errors: { [refusal.field]: [refusal.message] } } : {}),
    ...(values ? { values } : {}),
  };
}

/** The HTTP status of each refusal in the API's error envelope. */
export const REFUSAL_STATUS: Record<RefusalCode, number> = { invalid: 400, not_found: 404, taken: 409, conflict: 409, forbidden: 403 };

/** The envelope's machine code: `invalid` keeps the API's established name for a bad request. */
export const refusalApiCode = (code: RefusalCode): string => (code === "invalid" ? "invalid_request" : code);

// A field whose value is never sent back to the browser, as lib/forms does for parse errors.
const SECRET_FIELD = /(password|secret|token|code)/i;

/** What the person typed, for `refusalState(refusal, values)` on a form shown again. Never secrets. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}
