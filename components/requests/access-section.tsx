import Link from "next/link";
import { RequestActionForm } from "@/components/requests/request-action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { CheckField, TextField } from "@/components/ui/form-controls";
import { Table, Td, Th } from "@/components/ui/table";
import type { accessHoldings, listAccessPackages, RequestDetail } from "@/db/queries/requests";
import type { ActionState } from "@/lib/forms";
import type { RedactionKind } from "@/lib/requests/access-package";
import { formatDateTime } from "@/lib/time";
import { ExtractChoices, MentionReviewList } from "./access-mentions";

const KIND_LABELS: Record<RedactionKind, string> = {
  agent_name: "Agent's name",
  bot_name: "Bot's name",
  visitor_name: "Another visitor's name",
  email: "Another person's e-mail",
  phone: "Another person's phone number",
};

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type AccessHoldings = Awaited<ReturnType<typeof accessHoldings>>;
type AccessPackageRow = Awaited<ReturnType<typeof listAccessPackages>>[number];

/**
 * The answer to an access or portability request: what the chat data holds on the person (`held`), the
 * packages built from it, newest first, the redactions to review (Art. 15(4)) and the release. The page
 * reads the data; this renders nothing for other request types.
 */
export function AccessSection({
  request,
  held,
  packages,
  canWrite,
  timeZone,
  actions,
}: {
  request: RequestDetail;
  held: AccessHoldings;
  packages: AccessPackageRow[];
  canWrite: boolean;
  timeZone: string;
  actions: { link: Action; build: Action; release: Action };
}) {
  if (request.type !== "access" && request.type !== "portability") return null;
  const t = (d: Date | null) => formatDateTime(d, timeZone);
  const latest = packages[0];
  const open = request.status !== "completed" && request.status !== "rejected";
  return (
    <Card aria-labelledby="access-package-title">
      <CardTitle>
        <span id="access-package-title">Data package ({request.type === "portability" ? "Art. 20" : "Art. 15"})</span>
      </CardTitle>
      <div className="space-y-5">
        <section aria-label="What is held">
          <h3 className="mb-2 text-sm font-semibold">What the chat data holds on this person</h3>
          {held ? (
            <DetailList
              items={[
                ["Person", <Link key="p" className="underline" href={`/subjects/${held.subjectId}`}>{held.linked ? "The linked person" : "Found by the request's e-mail or phone (linked when the package is built)"}</Link>],
                ["Conversations", String(held.conversations)],
                ["Messages", String(held.messages)],
                ["Identifiers", String(held.identifiers)],
                ["Findings", String(held.findings)],
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">Nobody in the chat data has this request&apos;s e-mail address or phone number. Link the person if you found them another way, or answer that no chat data is held.</p>
          )}
          {canWrite && open ? (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer">{held ? "Link a different person" : "Link a person"}</summary>
              <div className="mt-2">
                <RequestActionForm action={actions.link} requestId={request.id} submitLabel="Link person">
                  <TextField name="subjectId" label="The person's id or page address" hint="Open the person in People and copy the address." required />
                </RequestActionForm>
              </div>
            </details>
          ) : null}
        </section>

        {canWrite && request.status === "in_progress" && held ? (
          <RequestActionForm action={actions.build} requestId={request.id} submitLabel={latest ? "Build a new version" : "Build package"} variant="primary">
            {latest && latest.mentions.length > 0 ? <ExtractChoices mentions={latest.mentions} timeZone={timeZone} /> : null}
          </RequestActionForm>
        ) : canWrite && open && request.status !== "in_progress" ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">The package can be built once the identity is verified and the request is in progress.</p>
        ) : null}

        {latest ? (
          <section aria-label="Latest package" className="space-y-3">
            <h3 className="flex items-center gap-2 text-sm font-semibold">
              Version {latest.version}
              <Badge tone={latest.status === "released" ? "good" : "warn"}>{latest.status === "released" ? "Released" : "Draft: review the redactions"}</Badge>
            </h3>
            <DetailList
              items={[
                ["Built", t(latest.builtAt)],
                ["Released", latest.releasedAt ? `${t(latest.releasedAt)}${latest.releasedByName ? ` by ${latest.releasedByName}` : ""}` : ""],
                ["SHA-256 of the JSON", <code key="h" className="break-all text-xs">{latest.sha256}</code>],
                ["Download", <Downloads key="d" requestId={request.id} version={latest.version} />],
              ]}
            />
            <RedactionList redactions={latest.redactions} timeZone={timeZone} />
            <MentionReviewList mentions={latest.mentions} timeZone={timeZone} />
            {canWrite && latest.status === "draft" && request.status === "in_progress" ? (
              <RequestActionForm action={actions.release} requestId={request.id} hidden={{ packageId: latest.id }} submitLabel="Release package" variant="primary">
                <CheckField name="reviewed" label={`I have reviewed the ${latest.redactions.length} redactions and the package may go to the person`} />
                {request.subjectEmail ? <CheckField name="notify" label="E-mail the person that their data is ready (the data itself is not e-mailed)" /> : null}
              </RequestActionForm>
            ) : null}
          </section>
        ) : null}

        {packages.length > 1 ? (
          <section aria-label="Earlier versions">
            <h3 className="mb-2 text-sm font-semibold">Earlier versions</h3>
            <ul className="space-y-1 text-sm">
              {packages.slice(1).map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-2">
                  Version {p.version}, built {t(p.builtAt)} · {p.status === "released" ? "released" : "draft"} · <Downloads requestId={request.id} version={p.version} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Card>
  );
}

function Downloads({ requestId, version }: { requestId: string; version: number }) {
  const base = `/requests/${requestId}/package/${version}`;
  return (
    <span className="flex gap-3">
      <a className="underline" href={`${base}/json`} download>
        JSON (portable)
      </a>
      <a className="underline" href={`${base}/html`} download>
        Document (HTML, print to PDF)
      </a>
    </span>
  );
}

function RedactionList({ redactions, timeZone }: { redactions: Array<{ conversationId: string; messageId: number; messageSentAt: string; kind: RedactionKind; reason: string }>; timeZone: string }) {
  if (redactions.length === 0) return <p className="text-sm">Nothing was redacted: the transcripts hold no one else&apos;s details.</p>;
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Redactions to review">
        <thead>
          <tr>
            <Th>Message</Th>
            <Th>What was removed</Th>
            <Th>Why</Th>
          </tr>
        </thead>
        <tbody>
          {redactions.map((r, i) => (
            <tr key={i}>
              <Td>
                <Link className="underline" href={`/chats/${r.conversationId}#message-${r.messageId}`}>
                  {formatDateTime(new Date(r.messageSentAt), timeZone)}
                </Link>
              </Td>
              <Td>{KIND_LABELS[r.kind]}</Td>
              <Td>{r.reason}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
