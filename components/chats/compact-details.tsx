import type { ReactNode } from "react";

/** Label/value pairs for a narrow side column, where long values (emails) must wrap instead of overflowing. */
export function CompactDetails({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
          <dd className="break-words">{value === "" || value === null || value === undefined ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}
