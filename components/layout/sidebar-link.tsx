"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const matches = (href: string, pathname: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

/** `others`: the sidebar's other links; the longest matching one is the active one (/processors/queue, not /processors). */
export function SidebarLink({ href, label, others = [] }: { href: string; label: string; others?: readonly string[] }) {
  const pathname = usePathname();
  const active = matches(href, pathname) && !others.some((o) => o.length > href.length && matches(o, pathname));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "block rounded-md px-3 py-2 text-sm font-medium",
        active
          ? "bg-brand-600 text-white"
          : "text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800",
      )}
    >
      {label}
    </Link>
  );
}
