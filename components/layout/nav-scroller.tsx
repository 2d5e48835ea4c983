"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The navigation's own scroll area. On a short screen it scrolls rather than cutting entries off, says so
 * with a visible "more" cue at the edge that hides entries, and keeps the current page's entry in view.
 */
export function NavScroller({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [hidden, setHidden] = useState({ above: false, below: false });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const above = el.scrollTop > 1;
      const below = el.scrollTop + el.clientHeight < el.scrollHeight - 1;
      setHidden((h) => (h.above === above && h.below === below ? h : { above, below }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, []);

  // Scrolls only this area (never the page), and only when the current entry is out of sight.
  useEffect(() => {
    const el = ref.current;
    const current = el?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!el || !current || el.clientHeight === 0) return;
    const box = el.getBoundingClientRect();
    const item = current.getBoundingClientRect();
    if (item.top < box.top || item.bottom > box.bottom) el.scrollTop += item.top - box.top - (box.height - item.height) / 2;
  }, [pathname]);

  const cue = "pointer-events-none absolute inset-x-0 flex h-7 justify-center from-slate-100 to-transparent text-[11px] font-medium text-slate-700 dark:from-slate-900 dark:text-slate-300";
  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div ref={ref} className="nav-scroll min-h-0 flex-1 overflow-y-auto px-2 pb-2" data-testid="nav-scroller">
        {children}
      </div>
      {hidden.above ? (
        <div aria-hidden className={cn(cue, "top-0 items-start bg-gradient-to-b")} data-testid="nav-more-above">
          ▲ more
        </div>
      ) : null}
      {hidden.below ? (
        <div aria-hidden className={cn(cue, "bottom-0 items-end bg-gradient-to-t")} data-testid="nav-more-below">
          ▼ more
        </div>
      ) : null}
    </div>
  );
}
