import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/guards";

// The check runs here as well as in the page: loading.tsx makes the page stream behind a Suspense
// boundary, so by the time the page refuses, a 200 status has already gone out. A refusal from the
// layout comes before that, so a role without audit:read gets a real 403.
export default async function AuditLayout({ children }: { children: ReactNode }) {
  await requirePagePermission("audit:read");
  return children;
}
