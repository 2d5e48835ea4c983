import { isUuid } from "@/lib/uuid";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FindingSnippet } from "@/components/findings/finding-snippet";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmMentionForm } from "@/components/subjects/confirm-mention-form";
import { planMentionConfirmation, type PersonInPlan } from "@/db/queries/subjects";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { IDENTIFIER_KIND_LABELS } from "@/lib/chats/labels";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Confirm an identifier" };

const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

function Person({ p, timeZone }: { p: PersonInPlan; timeZone: string }) {
  return (
    <>
      <Link href={`/subjects/${p.id}`} className={linkClass}>
        {p.displayName ?? "Unnamed person"}
      </Link>{" "}
      (known since {formatDateTime(p.createdAt, timeZone)}, {p.conversations} conversation{p.conversations === 1 ? "" : "s"})
    </>
  );
}

/**
 * The confirmation step: what confirming this mention would link, and whom it would merge, before it is done.
 * The DPO only (the write permission for people); the action checks again.
 */
export default async function ConfirmMentionPage({ params }: { params: Promise<{ id: string; mentionId: string }> }) {
  await requirePagePermission("subjects:write");
  const { id, mentionId } = await params;
  if (!isUuid(id)) notFound();
  const [planned, timeZone] = await Promise.all([planMentionConfirmation(mentionId), getTimeZone()]);
  if (!planned.ok && planned.code === "not_found") notFound();
  const back = (
    <Link href={`/subjects/${id}`} className={linkClass}>
      Back to the person
    </Link>
  );
  if (!planned.ok) {
    return (
      <>
        <PageHeader title="Confirm an identifier" />
        <Card>
          <p className="text-sm">{planned.message}</p>
          <p className="mt-3 text-sm">{back}</p>
        </Card>
      </>
    );
  }
  const { plan } = planned;
  const m = plan.mention;
  const [keep, ...merged] = plan.merging;
  return (
    <>
      <PageHeader title="Confirm an identifier" description="Typed into a message, it links nobody until you confirm it as the own identifier of whoever wrote in that conversation." />
      <div className="max-w-3xl space-y-6">
        <Card>
          <CardTitle>The mention</CardTitle>
          <p className="text-sm">
            {IDENTIFIER_KIND_LABELS[m.kind]}: <span className="font-mono text-xs [overflow-wrap:anywhere]">{m.value}</span>
          </p>
          <FindingSnippet snippet={m.snippet} className="mt-2 block text-sm" />
          <p className="mt-2 text-sm">
            In{" "}
            <Link href={`/chats/${m.conversationId}#message-${m.messageId}`} className={linkClass}>
              {m.sourceName}, {formatDateTime(m.sentAt, timeZone)}
            </Link>
            .
          </p>
        </Card>
        <Card aria-labelledby="confirm-effect-title">
          <CardTitle>
            <span id="confirm-effect-title">What confirming does</span>
          </CardTitle>
          <div className="space-y-2 text-sm" data-testid="confirm-effect">
            {plan.merging.length > 0 ? (
              <>
                <p className="font-medium text-amber-800 dark:text-amber-300">Two people become one.</p>
                <p>
                  The conversation belongs to <Person p={plan.conversationPerson!} timeZone={timeZone} />, and this identifier is held by{" "}
                  <Person p={plan.holder!} timeZone={timeZone} />.
                </p>
                <p>
                  Confirming merges {merged.map((p) => `${p.displayName ?? "the unnamed person"} (${p.conversations} conversation${p.conversations === 1 ? "" : "s"})`).join(", ")} into{" "}
                  {keep!.displayName ?? "the unnamed person"} (the older record): their identifiers, conversations, requests and any legal hold move over. Access and
                  erasure then cover all of them together.
                </p>
              </>
            ) : plan.holder ? (
              <p>
                The conversation, linked to nobody now, becomes <Person p={plan.holder} timeZone={timeZone} />
                &apos;s.
              </p>
            ) : plan.conversationPerson ? (
              <p>
                The identifier becomes the own identifier of <Person p={plan.conversationPerson} timeZone={timeZone} />: future conversations with it link to them.
              </p>
            ) : (
              <p>Nobody holds this identifier and the conversation is linked to nobody: a new person is created with it, and the conversation becomes theirs.</p>
            )}
          </div>
        </Card>
        <Card>
          <ConfirmMentionForm mentionId={m.id} expectedMerge={plan.merging.map((p) => p.id)} label={plan.merging.length > 0 ? "Confirm and merge" : "Confirm"} />
          <p className="mt-3 text-sm">{back}</p>
        </Card>
      </div>
    </>
  );
}
