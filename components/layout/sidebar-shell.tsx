"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { cn } from "@/components/ui/cn";
import { MENU_PANEL_ID, SEARCH_INPUT_ID } from "./nav-ids";

const isVisible = (el: HTMLElement | null): el is HTMLElement => Boolean(el && el.offsetParent !== null);

/**
 * The sidebar's frame. From the `lg` breakpoint up it is one sticky full-height column; below it the
 * entries fold into a menu behind a button, which closes on navigation and on Escape. Ctrl/Cmd-K focuses
 * the search box from anywhere (opening the menu first on a narrow screen).
 */
export function SidebarShell({ brand, children }: { brand: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownPath, setShownPath] = useState(pathname);
  // A new page closes the menu: the person chose where to go.
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !isVisible(button.current)) return;
      setOpen(false);
      button.current.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.metaKey || e.ctrlKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== "k") return;
      e.preventDefault();
      if (isVisible(button.current)) flushSync(() => setOpen(true));
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <aside className="no-print flex w-full flex-col border-b border-slate-200 bg-slate-100 lg:sticky lg:top-0 lg:h-screen lg:w-60 lg:shrink-0 lg:border-r lg:border-b-0 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center justify-between gap-2 px-4 py-2.5">
        {brand}
        <button
          ref={button}
          type="button"
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-200 lg:hidden dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          aria-expanded={open}
          aria-controls={MENU_PANEL_ID}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? <X className="h-4 w-4" aria-hidden /> : <Menu className="h-4 w-4" aria-hidden />}
          Menu
        </button>
      </div>
      <div id={MENU_PANEL_ID} className={cn("min-h-0 flex-1 flex-col", open ? "flex" : "hidden lg:flex")}>
        {children}
      </div>
    </aside>
  );
}
