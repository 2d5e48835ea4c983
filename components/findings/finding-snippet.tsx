import { cn } from "@/components/ui/cn";

/**
 * The match with a little text either side, so the DPO can judge it. Chat text is untrusted input:
 * it is rendered as React text only, so markup in it shows as the characters typed.
 */
export function FindingSnippet({ snippet, masked, className }: { snippet: { before: string; match: string; after: string } | null; masked?: boolean; className?: string }) {
  if (!snippet) return <span className="text-slate-500 dark:text-slate-400">The stored text no longer holds this span.</span>;
  return (
    <span className={cn("whitespace-pre-wrap break-words", className)}>
      {snippet.before}
      <mark className={cn("rounded px-0.5", masked ? "bg-slate-200 font-mono text-slate-800 dark:bg-slate-700 dark:text-slate-100" : "bg-amber-200 text-slate-900 dark:bg-amber-700 dark:text-white")}>
        {snippet.match}
      </mark>
      {snippet.after}
    </span>
  );
}
