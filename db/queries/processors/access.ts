import { can, type Permission } from "@/lib/auth/permissions";
import type { ActingUser } from "@/lib/auth/roles";
import { refuse } from "@/lib/outcome";
import type { Actor } from "@/db/queries/audit";

// The actions check the permission first; the queries check it again, so no caller can skip it.
export const actorFor = (user: ActingUser): Actor => ({ type: "user", id: user.id });
export const permitted = (user: ActingUser, permission: Permission) => can(user.role, permission);

export const PROCESSOR_ENTITY = "processor";

export const forbidden = () => refuse("forbidden", "Your role is not allowed to do this.");
