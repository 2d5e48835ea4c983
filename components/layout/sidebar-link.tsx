"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const matches = (href: string, pathname: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

export interface LinkBadge {
  count: number;
  /** Read aloud as the link's description: "3 requests due". */
  label: string;
  tone: "warn" | "bad";
}

const BADGE_TONES = {
  warn: "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-900 dark:text-amber-50 dark:ring-amber-700",
  bad: "bg-red-100 text-red-900 ring-red-300 dark:bg-red-900 dark:text-red-50 dark:ring-red-700",
} as const;

/**
 * `others`: the sidebar's other links; the longest matching one is the active one (/processors/queue, not /processors).
 * The badge sits beside the link, not in it, so the link's name stays "Requests"; it describes the link instead.
 */
export function SidebarLink({ href, label, others = [], badge }: { href: string; label: string; others?: readonly string[]; badge?: LinkBadge }) {
  const pathname = usePathname();
  const active = matches(href, pathname) && !others.some((o) => o.length > href.length && matches(o, pathname));
  const badgeId = badge ? `nav-badge-${href.replace(/[^a-z0-9]+/gi, "-")}` : undefined;
  return (
    <span className="relative block">
      <Link
        href={href}
        aria-current={active ? "page" : undefined}
        aria-describedby={badgeId}
        className={cn(
          "block rounded-md px-3 py-0.5 text-[13px] leading-5 font-medium",
          badge ? "pr-12" : undefined,
          active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800",
        )}
      >
        {label}
      </Link>
      {badge ? (
        <span
          id={badgeId}
          data-testid="nav-badge"
          className={cn(
            "pointer-events-none absolute top-1/2 right-1.5 -translate-y-1/2 rounded-full px-1.5 text-[11px] leading-4 font-semibold tabular-nums ring-1 ring-inset",
            BADGE_TONES[badge.tone],
          )}
        >
          <span aria-hidden>{badge.count > 99 ? "99+" : badge.count}</span>
          <span className="sr-only">{badge.label}</span>
        </span>
      ) : null}
    </span>
  );
}
