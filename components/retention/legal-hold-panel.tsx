import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { HoldTarget } from "@/lib/retention/hold-schema";
import { formatDateTime } from "@/lib/time";
import { PlaceHoldForm, ReleaseHoldForm, type HoldActions } from "./legal-hold-forms";

export interface LegalHoldPanelProps {
  target: HoldTarget;
  id: string;
  hold: { reason: string; byName: string | null; at: Date } | null;
  canEdit: boolean;
  timeZone: string;
  actions: HoldActions;
}

const SCOPE: Record<HoldTarget, string> = {
  conversation: "While it stands, the retention job neither deletes nor anonymises this conversation, even past its retention date.",
  subject: "A hold on a person covers every one of their conversations: the retention job neither deletes nor anonymises any of them while it stands.",
};

/**
 * The legal hold on a conversation or a person (Art. 17(3)(e): data needed for legal claims is kept).
 * Rendered from a page, which passes `canEdit = can(role, "holds:write")` and the hold actions.
 */
export function LegalHoldPanel({ target, id, hold, canEdit, timeZone, actions }: LegalHoldPanelProps) {
  return (
    <Card aria-labelledby={`legal-hold-${id}`} data-testid="legal-hold-panel">
      <CardTitle action={hold ? <Badge tone="warn">On legal hold</Badge> : <Badge>No hold</Badge>}>
        <span id={`legal-hold-${id}`}>Legal hold</span>
      </CardTitle>
      {hold ? (
        <div className="space-y-2 text-sm">
          {/* The reason is typed by a person: shown as text, like everything else users enter. */}
          <p className="whitespace-pre-wrap break-words" data-testid="legal-hold-reason">
            {hold.reason}
          </p>
          <p className="text-slate-600 dark:text-slate-400">
            Placed by {hold.byName ?? "a user who no longer exists"} on {formatDateTime(hold.at, timeZone)}.
          </p>
          <p className="text-slate-600 dark:text-slate-400">{SCOPE[target]}</p>
          {canEdit ? <ReleaseHoldForm target={target} id={id} action={actions.release} /> : null}
        </div>
      ) : (
        <div className="space-y-3 text-sm">
          <p className="text-slate-600 dark:text-slate-400">
            No legal hold: the retention rule applies. Place a hold when a claim, an investigation or a request needs this data kept.
          </p>
          {canEdit ? <PlaceHoldForm target={target} id={id} action={actions.place} /> : null}
        </div>
      )}
    </Card>
  );
}
