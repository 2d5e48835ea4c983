import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";

// Navigation only: each page below checks the permission it needs itself (a layout's check would not protect them).
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader title="Settings" description="The organisation's details, who may use DPO Desk, how long chat data is kept, and the keys other systems use. Each page shows only to the roles it concerns." />
      <SettingsNav />
      {children}
    </>
  );
}
