"use client";

import { Moon, Sun } from "lucide-react";
import { useState } from "react";
import { cn } from "@/components/ui/cn";

// The choice lives in a cookie so the server renders the right theme on the first paint.
// `compact`: the sidebar's footer row, where a short word beside the icon has to do.
export function ThemeToggle({ initial, compact = false }: { initial: "light" | "dark"; compact?: boolean }) {
  const [theme, setTheme] = useState(initial);
  function toggle() {
    const next = theme === "dark" ? "light" : "dark";
    document.documentElement.classList.toggle("dark", next === "dark");
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    setTheme(next);
  }
  const word = theme === "dark" ? "Light" : "Dark";
  return (
    <button
      type="button"
      onClick={toggle}
      className={cn(
        "inline-flex items-center rounded-md text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800",
        compact ? "gap-1.5 px-2 py-1 text-xs font-medium" : "gap-2 px-3 py-2 text-sm",
      )}
      aria-label={theme === "dark" ? "Switch to light theme" : "Switch to dark theme"}
    >
      {theme === "dark" ? <Sun className={compact ? "h-3.5 w-3.5" : "h-4 w-4"} aria-hidden /> : <Moon className={compact ? "h-3.5 w-3.5" : "h-4 w-4"} aria-hidden />}
      {compact ? word : `${word} theme`}
    </button>
  );
}
