"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useCopyText } from "@/components/ui/use-copy-text";

const noSubscribe = () => () => {};

/**
 * The webhook URL with its token, shown this once: DPO Desk keeps the token only encrypted and never
 * shows it again. The origin is the one this browser reached DPO Desk at, which is what Chatwoot needs
 * when both sit behind the same address.
 */
export function WebhookUrlReveal({ reveal, onDone }: { reveal: { key: string; name: string; token: string; rotated: boolean }; onDone: () => void }) {
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  const url = `${origin}/api/webhooks/chatwoot/${reveal.key}?token=${reveal.token}`;
  const { inputRef, copied, copy } = useCopyText(url);

  return (
    <section
      aria-labelledby={`reveal-${reveal.key}`}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <h3 id={`reveal-${reveal.key}`} className="font-semibold">
        {reveal.rotated ? `New webhook URL for “${reveal.name}”` : `Webhook URL for “${reveal.name}”`}
      </h3>
      <p className="text-sm" role="status">
        Copy it now. <strong>You will not see it again</strong>: the token in it is stored encrypted and never shown twice. If it is
        lost, rotate the token and paste the new URL into Chatwoot.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`webhook-url-${reveal.key}`} className="sr-only">
          Webhook URL
        </label>
        <input
          ref={inputRef}
          id={`webhook-url-${reveal.key}`}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
          data-testid="webhook-url"
          className="min-w-0 flex-1 rounded-md border border-amber-400 bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        />
        <Button variant="secondary" onClick={copy}>
          Copy URL
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done, I have pasted it
        </Button>
      </div>
      {copied === "yes" ? <p className="text-sm">Copied to the clipboard.</p> : null}
      {copied === "manual" ? <p className="text-sm">The browser does not allow copying here: the URL is selected, press Ctrl+C (⌘C on a Mac).</p> : null}
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>
          In Chatwoot, open <strong>Settings → Integrations → Webhooks</strong> and {reveal.rotated ? "edit the DPO Desk webhook" : "add a new webhook"}.
        </li>
        <li>Paste this URL as the webhook URL.</li>
        <li>
          Tick the events <code>message_created</code>, <code>conversation_created</code>, <code>conversation_updated</code>,{" "}
          <code>conversation_status_changed</code>, <code>contact_created</code> and <code>contact_updated</code>, and save.
        </li>
      </ol>
    </section>
  );
}
