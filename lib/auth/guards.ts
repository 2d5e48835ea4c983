import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser } from "@/db/queries/users";
import type { Actor } from "@/db/queries/audit";
import type { ActionState } from "@/lib/forms";
import { apiError } from "@/lib/http";
import { auth } from "./index";
import { can, type Permission } from "./permissions";
import type { Role } from "./roles";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user as the database sees them now. A token is only as good as the account
 * behind it: deactivation, a password reset or a role change (which bump sessionVersion) end it.
 */
// Cached per request: the layout and the page both ask, and each ask decodes the token and reads the database.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getSessionUser(id);
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export function actorOf(user: CurrentUser): Actor {
  return { type: "user", id: user.id };
}

/** For pages: the signed-out go to sign-in, a role without the permission gets the 403 page. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) forbidden();
  return user;
}

export async function requireSignedIn(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For server actions: never trust that the page hid the button. */
export async function authorizeAction(
  permission: Permission,
): Promise<{ user: CurrentUser; denied?: undefined } | { user?: undefined; denied: ActionState }> {
  const user = await getCurrentUser();
  if (!user) return { denied: { ok: false, message: "Your session has ended. Sign in again." } };
  if (!can(user.role, permission)) {
    return { denied: { ok: false, message: "Your role is not allowed to do this." } };
  }
  return { user };
}

/** For route handlers used by signed-in people (exports and the like). */
export async function authorizeRoute(
  permission: Permission,
): Promise<{ user: CurrentUser; response?: undefined } | { user?: undefined; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: apiError(401, "unauthenticated", "Sign in first.") };
  if (!can(user.role, permission)) return { response: apiError(403, "forbidden", "Your role is not allowed to do this.") };
  return { user };
}
