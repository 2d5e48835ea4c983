"use client";

import { Button } from "@/components/ui/button";
import { useCopyText } from "@/components/ui/use-copy-text";

/** The new key, shown this once: DPO Desk keeps only its hash. */
export function NewApiKey({ created, onDone }: { created: { key: string; name: string; prefix: string }; onDone: () => void }) {
  const { inputRef, copied, copy } = useCopyText(created.key);

  return (
    <section
      aria-labelledby="new-api-key-heading"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <h3 id="new-api-key-heading" className="font-semibold">
        Your new key “{created.name}”
      </h3>
      <p className="text-sm" role="status">
        Copy it now and store it where the chat platform reads it. <strong>You will not see it again</strong>: DPO Desk keeps only a
        hash of it.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="new-api-key-value" className="sr-only">
          New API key
        </label>
        <input
          ref={inputRef}
          id="new-api-key-value"
          readOnly
          value={created.key}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-md border border-amber-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          data-testid="new-api-key"
        />
        <Button variant="secondary" onClick={copy}>
          Copy key
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done, I have stored it
        </Button>
      </div>
      {copied === "yes" ? <p className="text-sm">Copied to the clipboard.</p> : null}
      {copied === "manual" ? <p className="text-sm">The browser does not allow copying here: the key is selected, press Ctrl+C (⌘C on a Mac).</p> : null}
    </section>
  );
}
