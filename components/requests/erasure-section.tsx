import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { CheckField, FieldErrors, SelectField, TextField } from "@/components/ui/form-controls";
import type { ErasureCertificate, ErasurePreview } from "@/db/queries/requests";
import type { ActionState } from "@/lib/forms";
import { formatDateTime } from "@/lib/time";
import { RequestActionForm } from "./request-action-form";

export const EXCEPTION_LABELS: Record<string, string> = {
  none: "No exception: erase",
  freedom_of_expression: "Freedom of expression and information (17(3)(a))",
  legal_obligation: "A legal obligation or public task (17(3)(b))",
  public_health: "Public health (17(3)(c))",
  archiving_research: "Archiving, research or statistics (17(3)(d))",
  legal_claims: "Legal claims (17(3)(e))",
};

const KEPT_LABELS: Record<string, string> = {
  conversation_hold: "Legal hold on the conversation",
  person_hold: "Legal hold on the person",
  exception: "Art. 17(3) exception",
};

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Art. 17 on an erasure request: before execution, what would go and what stays (`preview`); afterwards,
 * the certificate (no personal data) and the Art. 19 list of processors to tell. The page reads both.
 */
export function ErasureSection({
  requestId,
  status,
  canWrite,
  timeZone,
  certificate,
  preview,
  actions,
}: {
  requestId: string;
  status: string;
  canWrite: boolean;
  timeZone: string;
  certificate: ErasureCertificate | null;
  preview: ErasurePreview | null;
  actions: { erase: Action; processorNotified: Action };
}) {
  if (certificate) {
    const c = certificate;
    return (
      <Card>
        <CardTitle>Certificate of erasure</CardTitle>
        <DetailList
          items={[
            ["Executed", formatDateTime(c.executedAt, timeZone)],
            ["By", c.executedByName ?? (c.executedVia === "api" ? "The API" : "A former user")],
            ["Exception", EXCEPTION_LABELS[c.exception] ?? c.exception],
            ["Conversations deleted", String(c.conversationsDeleted)],
            ["Messages deleted", String(c.messagesDeleted)],
            ["Messages masked in others' conversations", `${c.messagesRedacted} in ${c.conversationsRedacted} conversations`],
            ["Identifiers removed", String(c.identifiersRemoved)],
            ["Findings removed", String(c.findingsRemoved)],
            ["E-mails redacted", String(c.outboxRedacted)],
            ["Person removed", c.subjectRemoved ? "Yes" : "No"],
            ["Kept", c.kept.length ? c.kept.map((k) => `${k.conversationId.slice(0, 8)}… (${KEPT_LABELS[k.reason]})`).join("; ") : "Nothing"],
            ["SHA-256 of the ids erased", <code key="h" className="break-all text-xs">{c.idsHash}</code>],
          ]}
        />
        <p className="mt-3 text-sm">
          <a className="underline" href={`/requests/${requestId}/certificate`} download>
            Download the certificate
          </a>
        </p>
        <h3 className="mt-4 mb-2 text-sm font-semibold">Processors to tell (Art. 19)</h3>
        {c.processors.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No processor receives the chat data.</p>
        ) : (
          <ul className="space-y-2 text-sm" aria-label="Processors to tell">
            {c.processors.map((p) => (
              <li key={p.processorId} className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{p.name}</span>
                {p.notifiedAt ? (
                  <span>Told {formatDateTime(new Date(p.notifiedAt), timeZone)}</span>
                ) : canWrite ? (
                  <RequestActionForm action={actions.processorNotified} requestId={requestId} submitLabel={`Mark ${p.name} as told`} hidden={{ processorId: p.processorId }} />
                ) : (
                  <span>Not told yet</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    );
  }

  if (!preview) return null;
  return (
    <Card>
      <CardTitle>Erasure (Art. 17)</CardTitle>
      <DetailList
        items={[
          ["Conversations to delete", preview.conversations.length ? `${preview.conversations.length} (${preview.messages} messages)` : "None"],
          ["Others' conversations naming the person", preview.shared.messages ? `${preview.shared.messages} messages in ${preview.shared.conversations} conversations: the person's details are masked there` : "None"],
          ["Identifiers to remove", preview.removePerson ? preview.identifiers.map((i) => `${i.kind}: ${i.value}`).join(", ") || "None" : "Kept while something of theirs is kept"],
          ["Kept", preview.kept.length ? preview.kept.map((k) => `${k.conversationId.slice(0, 8)}… (${KEPT_LABELS[k.reason]})`).join("; ") : "Nothing"],
          ["Processors to tell afterwards", preview.processors.map((p) => p.name).join(", ") || "None"],
          ["Also erased", "The name, e-mail, phone and text of this request, its timeline's notes, e-mails sent to the person, any data package"],
        ]}
      />
      {!preview.linked ? <p className="mt-2 text-sm">This request is not linked to anyone in the chat data: only the request&apos;s own details will be erased.</p> : null}
      {canWrite && status === "in_progress" ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <p className="mb-3 text-sm">Send the person your answer first: their contact details are erased with the rest.</p>
          <RequestActionForm action={actions.erase} requestId={requestId} submitLabel="Erase" variant="danger" defaults={{ exception: "none" }}>
            <SelectField name="exception" label="Art. 17(3) exception" options={Object.entries(EXCEPTION_LABELS)} required />
            <TextField name="note" label="Why the exception applies" hint="Needed when an exception is chosen. Do not name the person." long />
            <CheckField name="confirm" label="I understand that erasure cannot be undone" />
            <FieldErrors name="confirm" />
          </RequestActionForm>
        </div>
      ) : canWrite ? (
        <p className="mt-3 text-sm">Erasure is possible while the request is in progress (after the identity check).</p>
      ) : null}
    </Card>
  );
}
