import { cn } from "@/components/ui/cn";
import { AUTHOR_LABELS, type MessageAuthor } from "@/lib/chats/labels";
import { formatDateTime } from "@/lib/time";
import { MessageText, type TextFinding } from "./message-text";

export interface TranscriptMessage {
  id: number;
  sentAt: Date;
  author: MessageAuthor;
  authorName: string | null;
  text: string;
}

const BUBBLE: Record<MessageAuthor, string> = {
  visitor: "mr-auto border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900",
  agent: "ml-auto border-brand-100 bg-brand-50 dark:border-sky-900 dark:bg-slate-800",
  bot: "ml-auto border-dashed border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900/60",
};

/** Who said what, when: the visitor on one side, agents and bots on the other, each labelled in words. */
export function Transcript({ messages, findings, timeZone }: { messages: TranscriptMessage[]; findings: ReadonlyArray<TextFinding & { messageId: number }>; timeZone: string }) {
  const byMessage = new Map<number, TextFinding[]>();
  for (const f of findings) byMessage.set(f.messageId, [...(byMessage.get(f.messageId) ?? []), f]);
  return (
    <ol aria-label="Transcript" className="space-y-3">
      {messages.map((m) => (
        <li key={m.id} id={`message-${m.id}`} data-author={m.author} className={cn("max-w-[85%] scroll-mt-4 rounded-lg border p-3 text-sm", BUBBLE[m.author])}>
          <p className="mb-1 flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600 dark:text-slate-400">
            <span className="font-semibold text-slate-800 dark:text-slate-200">
              {AUTHOR_LABELS[m.author]}
              {m.authorName ? `: ${m.authorName}` : ""}
            </span>
            <time dateTime={m.sentAt.toISOString()}>{formatDateTime(m.sentAt, timeZone)}</time>
          </p>
          <MessageText text={m.text} findings={byMessage.get(m.id) ?? []} />
        </li>
      ))}
    </ol>
  );
}
