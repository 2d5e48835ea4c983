import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { GAP_KIND_DESCRIPTIONS, GAP_KIND_LABELS, type Gap, type GapKind } from "@/lib/gaps/types";

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

const SUBJECT_LABELS: Record<Gap["subject"]["type"], string> = { activity: "Activity", processor: "Processor", agreement: "Agreement" };

export function SeverityBadge({ severity }: { severity: Gap["severity"] }) {
  return severity === "high" ? <Badge tone="bad">High</Badge> : <Badge tone="warn">Medium</Badge>;
}

/**
 * One kind of gap with its gaps. Each links to where it is fixed; a role that may not fix it there
 * gets a link to read the record instead, rather than a link that ends on a refusal.
 */
export function GapGroup({ kind, gaps, role }: { kind: GapKind; gaps: Gap[]; role: Role }) {
  const headingId = `gaps-${kind}`;
  return (
    <Card aria-labelledby={headingId}>
      <h2 id={headingId} className="text-base font-semibold">
        {GAP_KIND_LABELS[kind]} <span className="tabular-nums text-slate-600 dark:text-slate-400">({gaps.length})</span>
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{GAP_KIND_DESCRIPTIONS[kind]}</p>
      <ul className="mt-4 divide-y divide-slate-100 dark:divide-slate-800" aria-label={GAP_KIND_LABELS[kind]}>
        {gaps.map((g) => {
          const mayFix = can(role, g.fixPermission);
          return (
            <li key={g.key} className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 py-3" data-gap-kind={g.kind}>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                  <SeverityBadge severity={g.severity} />
                  <span>{SUBJECT_LABELS[g.subject.type]}</span>
                </p>
                <p className="break-words text-sm">{g.message}</p>
              </div>
              <Link href={mayFix ? g.fixUrl : g.viewUrl} className={`${linkClass} max-w-full break-words text-sm`}>
                {mayFix ? g.fixLabel : `View ${g.subject.name}`}
              </Link>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
