import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { FindingListRow } from "@/db/queries/chats";
import { AUTHOR_LABELS, FINDING_STATUS_LABELS, FINDING_STATUS_TONES, formatConfidence, subtypeLabel } from "@/lib/chats/labels";
import { PII_TYPE_LABELS } from "@/lib/pii";
import { formatDateTime } from "@/lib/time";
import { FindingSnippet } from "./finding-snippet";
import { ReviewButtons, type ReviewActions } from "./review-buttons";

/** The review queue's rows; the buttons show only to a role that may review (the actions check again). */
/** `actions` reach each open finding's review buttons; they are only used when `canReview`. */
export function FindingsTable({ rows, canReview, timeZone, total, actions }: { rows: FindingListRow[]; canReview: boolean; timeZone: string; total: number; actions: ReviewActions }) {
  const showActions = canReview && rows.some((r) => r.status === "open");
  return (
    <Table>
      <caption className="sr-only">Findings, {total} in all</caption>
      <thead>
        <tr>
          {/* On a phone: the text found in context (it shows what was found), the status and the review buttons. */}
          <Th className="hidden sm:table-cell">Type</Th>
          <Th className="hidden md:table-cell">Confidence</Th>
          <Th className="w-[40%]">In context</Th>
          <Th className="hidden lg:table-cell">Conversation</Th>
          <Th>Status</Th>
          {showActions ? <Th>Review</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => {
          const sub = subtypeLabel(f.subtype);
          return (
            <tr key={f.id} data-testid="finding-row" data-finding-id={f.id}>
              <Td className="hidden sm:table-cell">
                <span className="block font-medium">{PII_TYPE_LABELS[f.type]}</span>
                {sub ? <span className="block text-xs text-slate-600 dark:text-slate-400">{sub}</span> : null}
              </Td>
              <Td className="hidden tabular-nums md:table-cell">{formatConfidence(f.confidence)}</Td>
              <Td>
                <FindingSnippet snippet={f.snippet} masked={f.status === "masked"} />
              </Td>
              <Td className="hidden whitespace-nowrap lg:table-cell">
                <Link href={`/chats/${f.conversationId}#message-${f.messageId}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                  {f.sourceName}
                </Link>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {AUTHOR_LABELS[f.author]}, {formatDateTime(f.sentAt, timeZone)}
                </span>
              </Td>
              <Td>
                <Badge tone={FINDING_STATUS_TONES[f.status]}>{FINDING_STATUS_LABELS[f.status]}</Badge>
                {f.status !== "open" ? (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                    {f.reviewerName ?? "—"}, {formatDateTime(f.reviewedAt, timeZone)}
                  </span>
                ) : null}
              </Td>
              {showActions ? (
                <Td>{f.status === "open" ? <ReviewButtons findingId={f.id} what={`${PII_TYPE_LABELS[f.type]} finding ${f.id}`} actions={actions} /> : null}</Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
