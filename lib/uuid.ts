import { z } from "zod";

// The same check the forms' zod schemas make with z.uuid(), so an id is valid or not in one way only.
const uuid = z.uuid();

/**
 * Whether `value` is a UUID. Pages, route handlers and queries check an id from a URL with it before it
 * reaches a uuid column: a malformed id is then a plain "not found", never a database error.
 */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
