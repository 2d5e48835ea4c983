import type { Role } from "@/lib/auth/roles";

export const DEMO_DOMAIN = "northwind-outdoor.example";
export const DEMO_PASSWORD = "demo-Privacy-2026";

export const DEMO_USERS: Array<{ email: string; name: string; role: Role }> = [
  { email: `dpo@${DEMO_DOMAIN}`, name: "Dana Lindqvist", role: "dpo" },
  { email: `legal@${DEMO_DOMAIN}`, name: "Leo Andersson", role: "legal" },
  { email: `manager@${DEMO_DOMAIN}`, name: "Maja Berg", role: "manager" },
  { email: `viewer@${DEMO_DOMAIN}`, name: "Victor Holm", role: "viewer" },
];
