import { asc, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "../index";
import { users } from "../schema";

export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  sessionVersion: users.sessionVersion,
};

export async function getUserForSignIn(email: string) {
  const [row] = await getDb()
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getSessionUser(id: string) {
  const [row] = await getDb().select(sessionUserColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function markSignedIn(id: string, tx: DbOrTx = getDb()) {
  await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, id));
}

export async function listUserNames() {
  return getDb().select({ id: users.id, name: users.name, role: users.role, active: users.active }).from(users).orderBy(asc(users.name));
}
