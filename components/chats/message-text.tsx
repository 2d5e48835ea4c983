import { Fragment } from "react";
import { cn } from "@/components/ui/cn";
import { FINDING_STATUS_LABELS } from "@/lib/chats/labels";
import type { FindingStatus } from "@/lib/chats/list-params";
import { segmentText } from "@/lib/chats/segments";
import { PII_TYPE_LABELS, type PiiType } from "@/lib/pii";

export interface TextFinding {
  id: number;
  type: PiiType;
  status: FindingStatus;
  start: number;
  end: number;
}

const MARK_STYLES: Record<FindingStatus, string> = {
  open: "bg-amber-200 text-slate-900 dark:bg-amber-700 dark:text-white",
  // A masked finding spans its placeholder: shown as a placeholder, not as found data.
  masked: "bg-slate-200 font-mono text-slate-700 dark:bg-slate-700 dark:text-slate-100",
  dismissed: "bg-transparent underline decoration-dotted decoration-slate-500 underline-offset-2 text-inherit",
};

/**
 * A message's text with its findings marked. The text is untrusted input from the public: it is only ever
 * passed to React as text (never as HTML), so markup in a message shows as the characters that were typed.
 */
export function MessageText({ text, findings }: { text: string; findings: readonly TextFinding[] }) {
  const segments = segmentText(text, findings);
  return (
    <p className="whitespace-pre-wrap break-words" data-testid="message-text">
      {segments.map((segment) => {
        if (segment.findings.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
        const status: FindingStatus = segment.findings.some((f) => f.status === "open")
          ? "open"
          : segment.findings.every((f) => f.status === "masked")
            ? "masked"
            : "dismissed";
        const label = segment.findings.map((f) => `${PII_TYPE_LABELS[f.type]}, ${FINDING_STATUS_LABELS[f.status].toLowerCase()}`).join("; ");
        return (
          <mark
            key={segment.start}
            title={label}
            // Read out before the text by screen readers (generated content is in the accessibility tree),
            // while the text itself, copied or searched, stays exactly what was written.
            data-label={`(${label}) `}
            data-finding-ids={segment.findings.map((f) => f.id).join(" ")}
            data-status={status}
            className={cn("rounded px-0.5 before:sr-only before:content-[attr(data-label)]", MARK_STYLES[status])}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}
