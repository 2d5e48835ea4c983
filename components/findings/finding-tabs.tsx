import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { FINDING_STATUS_LABELS } from "@/lib/chats/labels";
import { FINDING_STATUSES, type FindingStatus } from "@/lib/chats/list-params";
import { PII_TYPE_LABELS, PII_TYPES, type PiiType } from "@/lib/pii";

function href(status: FindingStatus, type?: PiiType) {
  const q = new URLSearchParams();
  if (status !== "open") q.set("status", status);
  if (type) q.set("type", type);
  const s = q.toString();
  return s ? `/findings?${s}` : "/findings";
}

const chip = "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm";
const idle = "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
const active = "border-brand-600 bg-brand-50 font-medium text-brand-700 dark:border-sky-500 dark:bg-slate-800 dark:text-sky-300";

/** Status (the queue or its history) and type, with how many findings each holds; links, so the URL holds the view. */
export function FindingTabs({ status, type, counts }: { status: FindingStatus; type?: PiiType; counts: Record<PiiType, number> }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label="Finding status" className="flex flex-wrap gap-2">
        {FINDING_STATUSES.map((s) => (
          <Link key={s} href={href(s, type)} aria-current={s === status ? "page" : undefined} className={cn(chip, s === status ? active : idle)}>
            {s === "open" ? "Open (to review)" : FINDING_STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <nav aria-label="Finding type" className="flex flex-wrap gap-2">
        <Link href={href(status)} aria-current={!type ? "page" : undefined} className={cn(chip, !type ? active : idle)}>
          All types <span className="tabular-nums text-slate-600 dark:text-slate-400">{total}</span>
        </Link>
        {PII_TYPES.map((t) => (
          <Link key={t} href={href(status, t)} aria-current={t === type ? "page" : undefined} className={cn(chip, t === type ? active : idle)}>
            {PII_TYPE_LABELS[t]} <span className="tabular-nums text-slate-600 dark:text-slate-400">{counts[t]}</span>
          </Link>
        ))}
      </nav>
    </div>
  );
}
