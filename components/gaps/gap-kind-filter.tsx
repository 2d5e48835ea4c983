import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { GapKindCount } from "@/lib/gaps/compute";
import { gapsHref } from "@/lib/gaps/list-params";
import type { GapKind } from "@/lib/gaps/types";

const chip = "inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm transition-colors";
const idle = "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
const active = "border-brand-600 bg-brand-50 font-medium text-brand-700 dark:border-sky-500 dark:bg-slate-800 dark:text-sky-300";

/** The kind filter as links: the choice lives in the URL, so a filtered list can be bookmarked and shared. */
export function GapKindFilter({ counts, total, current }: { counts: GapKindCount[]; total: number; current: GapKind | undefined }) {
  const items: Array<{ kind: GapKind | undefined; label: string; count: number }> = [
    { kind: undefined, label: "All gaps", count: total },
    ...counts.filter((c) => c.count > 0 || c.kind === current).map((c) => ({ kind: c.kind, label: c.label, count: c.count })),
  ];
  return (
    <nav aria-label="Filter gaps by kind" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((i) => (
          <li key={i.kind ?? "all"}>
            <Link href={gapsHref(i.kind)} aria-current={i.kind === current ? "page" : undefined} className={cn(chip, i.kind === current ? active : idle)}>
              {i.label}
              <span className="tabular-nums text-xs text-slate-600 dark:text-slate-400">{i.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
