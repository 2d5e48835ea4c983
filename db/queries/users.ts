import { and, asc, eq, sql } from "drizzle-orm";
import { passwordProblems } from "@/lib/auth/password-policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { ok, refuse, type Outcome, type Refusal } from "@/lib/outcome";
import { getDb, type DbOrTx, type Tx } from "@/db";
import { users } from "@/db/schema";
import { withAudit, type Actor, type AuditInput } from "@/db/queries/audit";
import { isLoginBlocked, loginKeys, recordLoginFailure } from "./login-failures";

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

/** The user-management list: everything but the password hash and the session version. */
export async function listUsers() {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>[number];

// Expected refusals (a taken email, the last DPO) are outcomes rather than exceptions, so the form shows them by the field.
const NO_SUCH_USER = "That user does not exist.";
const SESSION_ENDED = "Your session has ended. Sign in again.";
const isSelf = (actor: Actor, id: string) => actor.type === "user" && actor.id === id;

function policyRefusal(password: string, context: { email: string; name: string }, field: string): Refusal | null {
  const problems = passwordProblems(password, context);
  return problems.length > 0 ? refuse("invalid", problems.join(" "), field) : null;
}

/** Audits a change only when it happened: refusals leave no entry. */
function auditIf<T extends { ok: boolean }>(entry: (result: Extract<T, { ok: true }>) => AuditInput | AuditInput[]) {
  return (result: T) => (result.ok ? entry(result as Extract<T, { ok: true }>) : []);
}

export async function createUser(
  actor: Actor,
  input: { email: string; name: string; role: Role; password: string },
): Promise<Outcome<{ id: string }>> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const weak = policyRefusal(input.password, { email, name }, "password");
  if (weak) return weak;
  // Hashed before the transaction so the slow part holds no lock.
  const passwordHash = await hashPassword(input.password);
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      // The unique index is on lower(email): a taken address, in any letter case, inserts nothing.
      const [row] = await tx.insert(users).values({ email, name, role: input.role, passwordHash }).onConflictDoNothing().returning({ id: users.id });
      return row ? ok({ id: row.id }) : refuse("taken", "A user with this email address already exists.", "email");
    },
    auditIf((r) => ({ action: "user.create", entityType: "user", entityId: r.id, summary: { role: input.role, active: true } })),
  );
}

/**
 * Locks every active DPO, in id order, before the target row. Two DPOs demoting each other at
 * once then queue on the same locks (no deadlock), and the second sees that the first left only one.
 */
async function lockTarget(tx: Tx, id: string) {
  const dpos = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "dpo"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for("update");
  const [target] = await tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, id)).for("update");
  const lastDpo = Boolean(target && target.role === "dpo" && target.active && dpos.every((d) => d.id === id));
  return { target, lastDpo };
}

const LAST_DPO = "This is the last active Data Protection Officer. Give someone else the DPO role first.";

/** Changes a user's role. Their session ends (sessionVersion), so they sign in again under the new role. */
export async function changeUserRole(actor: Actor, id: string, role: Role): Promise<Outcome<{ changed: boolean }>> {
  if (isSelf(actor, id)) return refuse("forbidden", "You cannot change your own role. Ask another DPO.", "role");
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ changed: boolean; from?: Role }>> => {
      const { target, lastDpo } = await lockTarget(tx, id);
      if (!target) return refuse("not_found", NO_SUCH_USER);
      if (target.role === role) return ok({ changed: false });
      if (lastDpo) return refuse("conflict", LAST_DPO, "role");
      await tx
        .update(users)
        .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, id));
      return ok({ changed: true, from: target.role });
    },
    auditIf((r) => (r.changed ? { action: "user.role_change", entityType: "user", entityId: id, summary: { from: r.from, to: role } } : [])),
  );
}

/** Deactivates or reactivates a user. Deactivation ends their session at once (sessionVersion). */
export async function setUserActive(actor: Actor, id: string, active: boolean): Promise<Outcome<{ changed: boolean }>> {
  if (isSelf(actor, id)) return refuse("forbidden", "You cannot deactivate your own account. Ask another DPO.");
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ changed: boolean }>> => {
      const { target, lastDpo } = await lockTarget(tx, id);
      if (!target) return refuse("not_found", NO_SUCH_USER);
      if (target.active === active) return ok({ changed: false });
      if (!active && lastDpo) return refuse("conflict", LAST_DPO);
      await tx
        .update(users)
        .set({ active, updatedAt: new Date(), ...(active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }) })
        .where(eq(users.id, id));
      return ok({ changed: true });
    },
    auditIf((r) =>
      r.changed ? { action: active ? "user.reactivate" : "user.deactivate", entityType: "user", entityId: id, summary: { active } } : [],
    ),
  );
}

/** Sets a new password for someone else. Their sessions end; they sign in with the new password. */
export async function resetUserPassword(actor: Actor, id: string, newPassword: string): Promise<Outcome> {
  if (isSelf(actor, id)) return refuse("forbidden", "Change your own password under My account, where your current password is asked for.", "password");
  const [target] = await getDb().select({ email: users.email, name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  if (!target) return refuse("not_found", NO_SUCH_USER);
  const weak = policyRefusal(newPassword, target, "password");
  if (weak) return weak;
  const passwordHash = await hashPassword(newPassword);
  return withAudit(
    actor,
    async (tx): Promise<Outcome> => {
      const [row] = await tx
        .update(users)
        .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning({ id: users.id });
      return row ? ok() : refuse("not_found", NO_SUCH_USER);
    },
    auditIf(() => ({ action: "user.password_reset", entityType: "user", entityId: id, summary: { sessionsEnded: true } })),
  );
}

/**
 * Changes the signed-in person's own password after checking the current one. It bumps
 * sessionVersion, which ends every other session of the account (a stolen one included); the
 * caller then issues a fresh session carrying the returned version, so the person stays signed in.
 * Wrong current passwords count towards the sign-in limit, so this form cannot be used to guess.
 */
export async function changeOwnPassword(
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  options: { address?: string; now?: Date } = {},
): Promise<Outcome<{ sessionVersion: number }>> {
  if (actor.type !== "user") throw new Error("changeOwnPassword needs a signed-in user");
  const [user] = await getDb()
    .select({ email: users.email, name: users.name, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  if (!user || !user.active) return refuse("forbidden", SESSION_ENDED);
  const keys = loginKeys(user.email, options.address ?? "unknown");
  if (await isLoginBlocked(keys, options.now)) return refuse("forbidden", "Too many wrong passwords. Wait 15 minutes and try again.", "currentPassword");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordLoginFailure(keys, options.now);
    return refuse("invalid", "The current password is not right.", "currentPassword");
  }
  if (newPassword === currentPassword) return refuse("invalid", "Choose a password different from the current one.", "newPassword");
  const weak = policyRefusal(newPassword, user, "newPassword");
  if (weak) return weak;
  const passwordHash = await hashPassword(newPassword);
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ sessionVersion: number }>> => {
      const [row] = await tx
        .update(users)
        .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(and(eq(users.id, actor.id), eq(users.active, true)))
        .returning({ sessionVersion: users.sessionVersion });
      return row ? ok({ sessionVersion: row.sessionVersion }) : refuse("forbidden", SESSION_ENDED);
    },
    auditIf(() => ({ action: "user.password_change", entityType: "user", entityId: actor.id, summary: { otherSessionsEnded: true } })),
  );
}

/**
 * Sign-out ends the account's sessions on the server too, on every device: a copied token is worth
 * nothing after it. (JWT sessions have no per-token revocation; the version is the lever.)
 */
export async function endSessions(actor: Actor, id: string): Promise<{ ok: true }> {
  await withAudit(
    actor,
    (tx) => tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id)),
    () => ({ action: "auth.sign_out", entityType: "user", entityId: id }),
  );
  return ok();
}

/** People who can own a record (a breach, an activity, a measure): any active user. */
export async function listOwnerOptions() {
  return getDb().select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name));
}

export async function isActiveUser(id: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(and(eq(users.id, id), eq(users.active, true))).limit(1);
  return Boolean(row);
}
