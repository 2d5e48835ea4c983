import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConversationBadges } from "@/components/chats/conversation-badges";
import { FindingSnippet } from "@/components/findings/finding-snippet";
import { PageHeader } from "@/components/layout/page-header";
import { LegalHoldPanel } from "@/components/retention/legal-hold-panel";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { isPastRetention } from "@/db/queries/chats";
import { MentionedInCard, TypedInOwnCard } from "@/components/subjects/mention-lists";
import { getSubject, listSubjectMentions, SUBJECT_FINDINGS_LIMIT } from "@/db/queries/subjects";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { FINDING_STATUS_LABELS, FINDING_STATUS_TONES, IDENTIFIER_KIND_LABELS, IDENTIFIER_ORIGIN_LABELS, subtypeLabel } from "@/lib/chats/labels";
import { PII_TYPE_LABELS } from "@/lib/pii";
import { placeHoldAction, releaseHoldAction } from "@/app/(app)/retention/hold-actions";
import { formatDate, formatDateTime } from "@/lib/time";
import { isUuid } from "@/lib/uuid";

const holdActions = { place: placeHoldAction, release: releaseHoldAction };

export const metadata: Metadata = { title: "Data subject" };

const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

export default async function SubjectPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("chats:read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [s, mentions, timeZone] = await Promise.all([getSubject(id), listSubjectMentions(id), getTimeZone()]);
  if (!s) notFound();
  const now = new Date();
  const t = (d: Date | null) => formatDateTime(d, timeZone);
  const held = Boolean(s.legalHoldAt);
  const canConfirm = can(user.role, "subjects:write");
  const hold = s.legalHoldAt && s.legalHoldReason ? { reason: s.legalHoldReason, byName: s.legalHoldByName, at: s.legalHoldAt } : null;
  const title = s.displayName ?? s.identifiers[0]?.value ?? "Unnamed person";
  return (
    <>
      <PageHeader
        title={title}
        description={`Data subject known since ${t(s.createdAt)}: ${s.identifiers.length} identifier${s.identifiers.length === 1 ? "" : "s"}, ${s.conversations.length} conversation${s.conversations.length === 1 ? "" : "s"}.`}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardTitle>Identifiers</CardTitle>
            {s.identifiers.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No identifiers remain for this person.</p>
            ) : (
              <Table>
                <caption className="sr-only">Identifiers and where they came from</caption>
                <thead>
                  <tr>
                    <Th>Kind</Th>
                    <Th>Value</Th>
                    <Th>Where it came from</Th>
                    <Th>First seen in</Th>
                  </tr>
                </thead>
                <tbody>
                  {s.identifiers.map((i) => (
                    <tr key={i.id}>
                      <Td>{IDENTIFIER_KIND_LABELS[i.kind]}</Td>
                      <Td className="font-mono text-xs [overflow-wrap:anywhere]">{i.value}</Td>
                      <Td>{IDENTIFIER_ORIGIN_LABELS[i.origin]}</Td>
                      <Td>
                        {i.firstSeenConversationId && i.firstSeenStartedAt ? (
                          <Link href={`/chats/${i.firstSeenConversationId}`} className={linkClass}>
                            {i.firstSeenSourceName}, {t(i.firstSeenStartedAt)}
                          </Link>
                        ) : (
                          <span className="text-slate-600 dark:text-slate-400">A conversation that no longer exists (recorded {formatDate(i.createdAt, timeZone)})</span>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <Card>
            <CardTitle>Own conversations</CardTitle>
            {s.conversations.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None left: their conversations were deleted by retention.</p>
            ) : (
              <Table>
                <caption className="sr-only">This person&apos;s own conversations (linked by the visitor&apos;s details), newest first</caption>
                <thead>
                  <tr>
                    <Th>Started</Th>
                    <Th>Source and category</Th>
                    <Th className="text-right">Messages</Th>
                    <Th>Retention due</Th>
                    <Th>Open findings</Th>
                    <Th>Flags</Th>
                  </tr>
                </thead>
                <tbody>
                  {s.conversations.map((c) => {
                    const flags = { ...c, heldViaSubject: held };
                    return (
                      <tr key={c.id}>
                        <Td className="whitespace-nowrap">
                          <Link href={`/chats/${c.id}`} className={linkClass}>
                            {t(c.startedAt)}
                          </Link>
                        </Td>
                        <Td>
                          <span className="block">{c.sourceName}</span>
                          <span className="block text-xs text-slate-600 dark:text-slate-400">{c.category ?? "No category"}</span>
                        </Td>
                        <Td className="text-right tabular-nums">{c.messageCount}</Td>
                        <Td className="whitespace-nowrap">{c.retentionDueAt ? formatDate(c.retentionDueAt, timeZone) : "—"}</Td>
                        <Td className="tabular-nums">{c.openFindings > 0 ? <Badge tone="warn">{c.openFindings}</Badge> : "0"}</Td>
                        <Td>
                          <ConversationBadges c={{ ...flags, pastRetention: isPastRetention(flags, now) }} />
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            )}
          </Card>
          <MentionedInCard subjectId={s.id} rows={mentions.mentionedIn} total={mentions.mentionedInTotal} canConfirm={canConfirm} timeZone={timeZone} />
          <TypedInOwnCard subjectId={s.id} rows={mentions.typedInOwn} total={mentions.typedInOwnTotal} canConfirm={canConfirm} timeZone={timeZone} />
          <Card>
            <CardTitle>Personal data found in their conversations</CardTitle>
            {s.findings.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">The detector found no personal data in this person&apos;s messages.</p>
            ) : (
              <>
                {s.findingTotal > s.findings.length ? (
                  <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
                    The latest {SUBJECT_FINDINGS_LIMIT} of {s.findingTotal}; each conversation lists all of its own.
                  </p>
                ) : null}
                <ul aria-label="Findings" className="divide-y divide-slate-200 dark:divide-slate-800">
                  {s.findings.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-start justify-between gap-3 py-2 text-sm">
                      <div className="min-w-0 flex-1">
                        <p className="font-medium">
                          {PII_TYPE_LABELS[f.type]}
                          {f.subtype ? <span className="font-normal text-slate-600 dark:text-slate-400"> · {subtypeLabel(f.subtype)}</span> : null}
                        </p>
                        <FindingSnippet snippet={f.snippet} masked={f.status === "masked"} className="block" />
                      </div>
                      <div className="text-right">
                        <Badge tone={FINDING_STATUS_TONES[f.status]}>{FINDING_STATUS_LABELS[f.status]}</Badge>
                        <Link href={`/chats/${f.conversationId}#message-${f.messageId}`} className={`mt-1 block text-xs ${linkClass}`}>
                          {t(f.sentAt)}
                        </Link>
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <LegalHoldPanel target="subject" id={s.id} hold={hold} canEdit={can(user.role, "holds:write")} timeZone={timeZone} actions={holdActions} />
        </div>
      </div>
    </>
  );
}
