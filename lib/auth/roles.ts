export const ROLES = ["dpo", "legal", "manager", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  dpo: "Data Protection Officer",
  legal: "Legal",
  manager: "Manager",
  viewer: "Viewer (auditor)",
};
