import { CheckField, SelectField, TextField } from "@/components/ui/form-controls";
import { formatDay } from "@/lib/requests/clock";
import type { ActionState } from "@/lib/forms";
import { REJECTION_LABELS, type RequestStatus, type RequestType } from "@/lib/requests/labels";
import { RequestActionForm } from "./request-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface WorkActions {
  status: Action;
  assign: Action;
  extend: Action;
  extensionTold: Action;
  reject: Action;
  complete: Action;
}

const heading = "mb-2 text-sm font-semibold";

/** What the DPO can do next with an open request: move it on, assign it, extend it, refuse it, complete it. */
export function RequestWorkPanel({
  request,
  actions,
  assignees,
  firstMonthEnds,
  today,
}: {
  request: { id: string; type: RequestType; status: RequestStatus; assigneeId: string | null; extendedDueDate: string | null; extensionToldAt: Date | null; subjectEmail: string | null; identityVerifiedAt: Date | null };
  actions: WorkActions;
  assignees: Array<{ id: string; name: string }>;
  firstMonthEnds: string;
  today: string;
}) {
  const id = request.id;
  const hasEmail = Boolean(request.subjectEmail);
  return (
    <div className="space-y-6">
      <div>
        <h3 className={heading}>Next step</h3>
        {request.status === "received" ? (
          <div className="flex flex-wrap gap-2">
            <RequestActionForm action={actions.status} requestId={id} hidden={{ to: "verifying_identity" }} submitLabel="Ask for identification" />
            <RequestActionForm action={actions.status} requestId={id} hidden={{ to: "in_progress" }} submitLabel="Start work (identity not in doubt)" variant="primary" />
          </div>
        ) : null}
        {request.status === "verifying_identity" ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Waiting for the person to prove their identity. Record the check under Identity to start the work.</p>
        ) : null}
        {request.status === "in_progress" ? (
          <RequestActionForm action={actions.complete} requestId={id} submitLabel="Mark as completed" variant="primary">
            <TextField name="outcome" label="What was done" long hint="For example: the copy was e-mailed on … ; the chats were erased; the address was corrected." required />
            {request.type === "erasure" ? (
              <TextField name="untoldReason" label="Why close with recipients not yet told" long hint="Only when a recipient of the data is not yet told of the erasure (Art. 19)." />
            ) : null}
          </RequestActionForm>
        ) : null}
      </div>

      <div>
        <h3 className={heading}>Assignee</h3>
        <RequestActionForm action={actions.assign} requestId={id} submitLabel="Assign" defaults={{ assigneeId: request.assigneeId ?? "" }}>
          <SelectField name="assigneeId" label="Assign to" options={assignees.map((a) => [a.id, a.name])} placeholder="Nobody" />
        </RequestActionForm>
      </div>

      {request.extendedDueDate && !request.extensionToldAt ? (
        <div>
          <h3 className={heading}>Person told of the extension</h3>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {hasEmail ? "The e-mailed notice has not been sent yet: the person counts as told once the mail server accepts it. " : ""}
            If you told the person another way, record when and how. Art. 12(3) needs this within the first month, which ends on {formatDay(firstMonthEnds, true)}.
          </p>
          <RequestActionForm action={actions.extensionTold} requestId={id} submitLabel="Record that the person was told">
            <TextField name="toldAt" label="Person told at" type="datetime-local" required />
            <TextField name="toldHow" label="How they were told" hint="Phone, letter…" required />
          </RequestActionForm>
        </div>
      ) : null}

      {request.extendedDueDate ? null : (
        <div>
          <h3 className={heading}>Extend by two further months</h3>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {today <= firstMonthEnds
              ? `Possible until ${formatDay(firstMonthEnds, true)}, when the first month ends, and only with the person told of it and the reasons (Art. 12(3)).`
              : `The first month ended on ${formatDay(firstMonthEnds, true)}: the time limit can no longer be extended.`}{" "}
            {hasEmail ? "The notice with the reasons is e-mailed to the person when you extend." : "There is no e-mail address: record when and how you told the person."}
          </p>
          <RequestActionForm action={actions.extend} requestId={id} submitLabel="Extend">
            <TextField name="reason" label="Reasons for the extension" long hint="Told to the person: the complexity of the request or the number of requests." required />
            {hasEmail ? null : (
              <>
                <TextField name="toldAt" label="Person told at" type="datetime-local" />
                <TextField name="toldHow" label="How they were told" hint="Phone, letter…" />
              </>
            )}
          </RequestActionForm>
        </div>
      )}

      <details className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer text-sm font-semibold">Refuse the request</summary>
        <p className="my-2 text-sm text-slate-600 dark:text-slate-400">
          Art. 12(4): the person is told the reasons and that they may complain to a supervisory authority and seek a judicial remedy.
        </p>
        <RequestActionForm action={actions.reject} requestId={id} submitLabel="Refuse" variant="danger">
          <SelectField name="ground" label="Ground" options={Object.entries(REJECTION_LABELS)} required placeholder="Choose…" />
          <TextField name="reasons" label="Reasons given to the person" long required />
          {hasEmail ? <CheckField name="notify" label="E-mail the refusal with the reasons and the right to complain" /> : null}
        </RequestActionForm>
      </details>
    </div>
  );
}

export function NoteForm({ action, requestId }: { action: Action; requestId: string }) {
  return (
    <RequestActionForm action={action} requestId={requestId} submitLabel="Add note">
      <TextField name="text" label="Note" long />
    </RequestActionForm>
  );
}
