import { Search } from "lucide-react";
import { SEARCH_INPUT_ID } from "./nav-ids";

/** A plain GET form: it works before any script has loaded, and the results page checks what the role may find. */
export function NavSearch() {
  return (
    <form role="search" aria-label="Quick search" action="/search" method="get" className="px-2 pb-2">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search
      </label>
      <div className="relative">
        <Search className="pointer-events-none absolute top-1/2 left-2 h-4 w-4 -translate-y-1/2 text-slate-500 dark:text-slate-400" aria-hidden />
        <input
          id={SEARCH_INPUT_ID}
          name="q"
          type="search"
          required
          minLength={2}
          maxLength={200}
          autoComplete="off"
          placeholder="Search…"
          aria-keyshortcuts="Control+K Meta+K"
          className="h-8 w-full rounded-md border border-slate-300 bg-white pr-12 pl-8 text-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-950 dark:placeholder:text-slate-400"
        />
        <kbd className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-slate-300 px-1 text-[10px] text-slate-600 lg:block dark:border-slate-600 dark:text-slate-400" aria-hidden>
          Ctrl K
        </kbd>
      </div>
    </form>
  );
}
