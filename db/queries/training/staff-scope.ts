import { eq, type SQL } from "drizzle-orm";
import type { ActingUser } from "@/lib/auth/roles";
import { staff } from "@/db/schema";

/**
 * The one place that says which staff a user may see. Managers see only the people they manage;
 * every other role reads the whole directory. Every staff or completion query for a user ANDs this in,
 * so the scope is enforced on the server, not by hiding links.
 */
export function staffScopeCondition(user: ActingUser): SQL | undefined {
  return user.role === "manager" ? eq(staff.managerUserId, user.id) : undefined;
}
