import { getOrganisation } from "./organisation";

export const DEFAULT_TIME_ZONE = "Europe/Stockholm";

/** The organisation's time zone: forms read and show times in it, and legal clocks count in it. */
export async function getTimeZone(): Promise<string> {
  return (await getOrganisation())?.timeZone ?? DEFAULT_TIME_ZONE;
}
