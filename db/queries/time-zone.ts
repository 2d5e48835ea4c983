import { eq } from "drizzle-orm";
import { getDb } from "../index";
import { organisation } from "../schema";

export const DEFAULT_TIME_ZONE = "Europe/Stockholm";

/** The organisation's time zone: forms read and show times in it, and legal clocks count in it. */
export async function getTimeZone(): Promise<string> {
  const [row] = await getDb().select({ timeZone: organisation.timeZone }).from(organisation).where(eq(organisation.id, 1)).limit(1);
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}
