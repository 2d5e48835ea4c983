import Link from "next/link";
import { FindingSnippet } from "@/components/findings/finding-snippet";
import { Card, CardTitle } from "@/components/ui/card";
import type { MentionRow } from "@/db/queries/subjects";
import { IDENTIFIER_KIND_LABELS } from "@/lib/chats/labels";
import { formatDateTime } from "@/lib/time";

const linkClass = "text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

interface ListProps {
  subjectId: string;
  rows: MentionRow[];
  total: number;
  canConfirm: boolean;
  timeZone: string;
}

function MentionItems({ subjectId, rows, canConfirm, timeZone, label, whose }: ListProps & { label: string; whose: (m: MentionRow) => string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 dark:divide-slate-800">
      {rows.map((m) => (
        <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-2 text-sm">
          <div className="min-w-0 flex-1">
            <p className="font-medium">
              {IDENTIFIER_KIND_LABELS[m.kind]}: <span className="font-mono text-xs [overflow-wrap:anywhere]">{m.value}</span>
            </p>
            <FindingSnippet snippet={m.snippet} className="block" />
            <p className="text-xs text-slate-600 dark:text-slate-400">{whose(m)}</p>
          </div>
          <div className="text-right">
            <Link href={`/chats/${m.conversationId}#message-${m.messageId}`} className={`block text-xs ${linkClass}`}>
              {m.sourceName}, {formatDateTime(m.sentAt, timeZone)}
            </Link>
            {canConfirm ? (
              <Link href={`/subjects/${subjectId}/mentions/${m.id}`} className={`mt-1 block text-xs ${linkClass}`}>
                Confirm as the writer&apos;s own…
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

const more = (shown: number, total: number) =>
  total > shown ? <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">The latest {shown} of {total}.</p> : null;

/** Other people's conversations that type one of this person's identifiers: not theirs, never merged. */
export function MentionedInCard(props: ListProps) {
  return (
    <Card aria-labelledby="mentioned-in-title">
      <CardTitle>
        <span id="mentioned-in-title">Mentioned in</span>
      </CardTitle>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        Conversations that are not this person&apos;s, where someone typed one of their identifiers. They are not part of this person&apos;s data: erasure masks the
        identifier there, and an access package can include the messages as extracts.
      </p>
      {props.rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No other conversation mentions this person&apos;s identifiers.</p>
      ) : (
        <>
          {more(props.rows.length, props.total)}
          <MentionItems {...props} label="Mentioned in" whose={(m) => (m.conversationSubjectId ? `In the conversation of ${m.conversationSubjectName ?? "an unnamed person"}` : "In a conversation linked to nobody")} />
        </>
      )}
    </Card>
  );
}

/** Identifiers typed in this person's own conversations that are not theirs: mentions of someone, until confirmed. */
export function TypedInOwnCard(props: ListProps) {
  return (
    <Card aria-labelledby="typed-in-own-title">
      <CardTitle>
        <span id="typed-in-own-title">Typed in their conversations</span>
      </CardTitle>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        E-mail addresses and phone numbers written in this person&apos;s conversations. They may be anyone&apos;s, so they link nobody; confirm one only when you know it is
        this person&apos;s own.
      </p>
      {props.rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>
      ) : (
        <>
          {more(props.rows.length, props.total)}
          <MentionItems {...props} label="Typed in their conversations" whose={(m) => (m.ownerSubjectId ? "Another person holds this identifier" : "Nobody holds this identifier")} />
        </>
      )}
    </Card>
  );
}
