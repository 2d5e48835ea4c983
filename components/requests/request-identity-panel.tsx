import { SelectField, TextField } from "@/components/ui/form-controls";
import { DetailList } from "@/components/ui/detail-list";
import type { VerificationTarget } from "@/db/queries/requests";
import type { ActionState } from "@/lib/forms";
import { VERIFICATION_LABELS, type VerificationMethod } from "@/lib/requests/labels";
import { formatDateTime } from "@/lib/time";
import { RequestActionForm } from "./request-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const SOURCE_LABELS: Record<VerificationTarget["source"], string> = {
  chat_data: "in the chat data",
  confirmed_form_email: "confirmed on the web form",
};

/**
 * The identity check (Art. 12(6)): how it was done, or the ways to do it. A code only ever goes to an address
 * already in the data held, never to one the requester merely typed.
 */
export function RequestIdentityPanel({
  request,
  targets,
  actions,
  canWrite,
  timeZone,
}: {
  request: { id: string; identityVerifiedAt: Date | null; identityVerificationMethod: VerificationMethod | null; identityVerificationNotes: string | null; verifiedByName: string | null; closed: boolean };
  targets: VerificationTarget[];
  actions: { verify: Action; sendCode: Action; checkCode: Action };
  canWrite: boolean;
  timeZone: string;
}) {
  if (request.identityVerifiedAt) {
    return (
      <DetailList
        items={[
          ["Verified", `${formatDateTime(request.identityVerifiedAt, timeZone)}${request.verifiedByName ? ` by ${request.verifiedByName}` : ""}`],
          ["How", request.identityVerificationMethod ? VERIFICATION_LABELS[request.identityVerificationMethod] : ""],
          ["Notes", request.identityVerificationNotes ?? ""],
        ]}
      />
    );
  }
  if (!canWrite || request.closed) return <p className="text-sm text-slate-600 dark:text-slate-400">Identity not verified.</p>;
  const heading = "mb-2 text-sm font-semibold";
  return (
    <div className="space-y-6">
      <div>
        <h3 className={heading}>Send a code to an address we already hold</h3>
        {targets.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No e-mail address of this person is in the data held, so no code can be sent. Check identity another way (matching details, in person) and record it below.
          </p>
        ) : (
          <div className="space-y-4">
            <RequestActionForm action={actions.sendCode} requestId={request.id} submitLabel="Send code">
              <SelectField name="target" label="Send to" options={targets.map((t) => [t.address, `${t.address} (${SOURCE_LABELS[t.source]})`])} />
            </RequestActionForm>
            <RequestActionForm action={actions.checkCode} requestId={request.id} submitLabel="Check code">
              <TextField name="code" label="Code the person gave back" hint="6 digits, valid for 72 hours; five tries." />
            </RequestActionForm>
          </div>
        )}
      </div>
      <div>
        <h3 className={heading}>Record how the identity was verified</h3>
        <RequestActionForm action={actions.verify} requestId={request.id} submitLabel="Record identity check" variant="primary">
          <SelectField name="method" label="Method" options={Object.entries(VERIFICATION_LABELS)} required placeholder="Choose…" />
          <TextField name="notes" label="Notes" long hint="What was compared. Do not copy identity documents here." />
        </RequestActionForm>
      </div>
    </div>
  );
}
