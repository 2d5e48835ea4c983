import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { signOutAction } from "@/app/(auth)/login/actions";
import type { NavCounts } from "@/db/queries/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/guards";
import { navGroupsFor, type NavItem } from "./nav-items";
import { NavScroller } from "./nav-scroller";
import { NavSearch } from "./nav-search";
import { SidebarLink, type LinkBadge } from "./sidebar-link";
import { SidebarShell } from "./sidebar-shell";
import { ThemeToggle } from "./theme-toggle";

const footerButton = "inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800";

// A breach's clock is the most urgent count on the page; the rest are a queue to work through.
function badgeOf(item: NavItem, counts: NavCounts): LinkBadge | undefined {
  const n = item.badge ? counts[item.badge.count] : undefined;
  if (!item.badge || !n) return undefined;
  return { count: n, label: item.badge.describe(n), tone: item.badge.count === "breachesClockRunning" ? "bad" : "warn" };
}

export function Sidebar({ user, theme, counts }: { user: CurrentUser; theme: "light" | "dark"; counts: NavCounts }) {
  const groups = navGroupsFor(user.role);
  const hrefs = groups.flatMap((g) => g.items.map((i) => i.href));
  return (
    <SidebarShell
      brand={
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold">
          <ShieldCheck className="h-6 w-6 text-brand-600" aria-hidden />
          DPO Desk
        </Link>
      }
    >
      <NavSearch />
      <nav aria-label="Main" className="flex min-h-0 flex-1 flex-col">
        <NavScroller>
          {groups.map((group, index) => {
            const labelId = group.label ? `nav-group-${index}` : undefined;
            return (
              <div key={group.label ?? "home"} className={group.label ? "pt-2" : undefined}>
                {group.label ? (
                  <p id={labelId} className="px-3 pb-0.5 text-[11px] leading-4 font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                    {group.label}
                  </p>
                ) : null}
                <ul aria-labelledby={labelId}>
                  {group.items.map((item) => (
                    <li key={item.href}>
                      <SidebarLink href={item.href} label={item.label} others={hrefs} badge={badgeOf(item, counts)} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </NavScroller>
      </nav>
      <div className="border-t border-slate-200 px-2 py-1.5 dark:border-slate-800">
        <div className="px-2 text-[13px] leading-5">
          <p className="truncate font-medium" data-testid="current-user">
            {user.name}
          </p>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400" data-testid="current-role">
            {ROLE_LABELS[user.role]}
          </p>
        </div>
        <div className="mt-0.5 flex flex-wrap items-center gap-0.5">
          <Link href="/account" className={footerButton}>
            My account
          </Link>
          <ThemeToggle initial={theme} compact />
          <form action={signOutAction}>
            <button type="submit" className={footerButton}>
              Sign out
            </button>
          </form>
        </div>
      </div>
    </SidebarShell>
  );
}
