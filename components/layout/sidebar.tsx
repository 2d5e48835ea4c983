import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { signOutAction } from "@/app/(auth)/login/actions";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/guards";
import { NAV_ITEMS } from "./nav-items";
import { SidebarLink } from "./sidebar-link";
import { ThemeToggle } from "./theme-toggle";

export function Sidebar({ user, theme }: { user: CurrentUser; theme: "light" | "dark" }) {
  const items = NAV_ITEMS.filter((item) => can(user.role, item.permission));
  const hrefs = items.map((i) => i.href);
  return (
    <aside className="no-print flex w-full flex-col border-b border-slate-200 bg-slate-100 md:sticky md:top-0 md:h-screen md:w-60 md:border-r md:border-b-0 dark:border-slate-800 dark:bg-slate-900">
      <Link href="/" className="flex items-center gap-2 px-4 py-4 text-lg font-semibold">
        <ShieldCheck className="h-6 w-6 text-brand-600" aria-hidden />
        DPO Desk
      </Link>
      <nav aria-label="Main" className="min-h-0 flex-1 space-y-1 overflow-y-auto px-2">
        {items.map((item) => (
          <SidebarLink key={item.href} href={item.href} label={item.label} others={hrefs} />
        ))}
      </nav>
      <div className="space-y-1 border-t border-slate-200 p-2 dark:border-slate-800">
        <div className="px-3 py-2 text-sm">
          <p className="font-medium" data-testid="current-user">{user.name}</p>
          <p className="text-slate-600 dark:text-slate-400" data-testid="current-role">{ROLE_LABELS[user.role]}</p>
        </div>
        <SidebarLink href="/account" label="My account" />
        <ThemeToggle initial={theme} />
        <form action={signOutAction}>
          <button
            type="submit"
            className="w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Sign out
          </button>
        </form>
      </div>
    </aside>
  );
}
