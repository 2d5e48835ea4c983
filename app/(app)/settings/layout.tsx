import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { getCurrentUser } from "@/lib/auth/guards";
import { can, type Permission } from "@/lib/auth/permissions";

// Navigation only: each page below checks the permission it needs itself (a layout's check would not protect them).
const TABS: Array<{ href: string; label: string; permission: Permission }> = [
  { href: "/settings", label: "Organisation", permission: "organisation:read" },
  { href: "/settings/users", label: "Users", permission: "users:read" },
  { href: "/settings/api-keys", label: "API keys", permission: "apikeys:read" },
  { href: "/settings/requests", label: "Requests", permission: "requests:write" },
];

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const tabs = TABS.filter((t) => can(user?.role, t.permission));
  return (
    <>
      <PageHeader title="Settings" description="The organisation's details, who may use DPO Desk, and the keys other systems use. Each page shows only to the roles it concerns." />
      <SettingsNav tabs={tabs} />
      {children}
    </>
  );
}
