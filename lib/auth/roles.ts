export const ROLES = ["dpo", "legal", "manager", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  dpo: "Data Protection Officer",
  legal: "Legal",
  manager: "Manager",
  viewer: "Viewer (auditor)",
};

/** Who is acting, as far as the data layer needs to know: whose scope (a manager's team) and which permissions apply. */
export type ActingUser = { id: string; role: Role };
