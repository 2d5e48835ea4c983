import type { Role } from "./roles";

/**
 * Where each role starts after sign-in when it did not ask for a page: its own work. A manager's job here
 * is their team's training, legal's is the agreements queue; the DPO and the auditor start from the overview.
 */
const LANDING: Record<Role, string> = {
  dpo: "/",
  legal: "/processors/queue",
  manager: "/training",
  viewer: "/",
};

export function landingFor(role: Role | null | undefined): string {
  return role && Object.hasOwn(LANDING, role) ? LANDING[role] : "/";
}
