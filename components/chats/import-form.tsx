"use client";

import Link from "next/link";
import { useState } from "react";
import { initialChatImportState, type ChatImportState } from "@/app/(app)/chats/import/state";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { ImportIssues, ImportSummary } from "./import-preview";

/**
 * Choose a file → preview (every problem, nothing written) → import. The file input stays in the
 * form, so the confirmation sends the file again and the server checks it afresh: the browser's
 * preview is never trusted. useFormAction submits from onSubmit, which keeps React from clearing the chosen file.
 */
export function ChatImportForm({ action }: { action: (state: ChatImportState, formData: FormData) => Promise<ChatImportState> }) {
  const { state, pending, formProps } = useFormAction(action, { initialState: initialChatImportState });
  // A file chosen after the preview has not been previewed: its import button waits for a new preview.
  const [changedAfter, setChangedAfter] = useState<ChatImportState | null>(null);
  const previewed = state.stage === "preview" && changedAfter !== state;

  if (state.stage === "done" && state.imported) {
    const { imported } = state;
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        {imported.sample.length > 0 ? (
          <div>
            <h2 className="mb-2 text-base font-semibold">Conversations in the file</h2>
            <ul className="space-y-1 text-sm" aria-label="Imported conversations">
              {imported.sample.map((c) => (
                <li key={c.id}>
                  <Link href={`/chats/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                    <code>{c.source}</code> · {c.externalId}
                  </Link>
                </li>
              ))}
            </ul>
            {imported.conversations.received > imported.sample.length ? (
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">and {imported.conversations.received - imported.sample.length} more.</p>
            ) : null}
          </div>
        ) : null}
        <div className="flex gap-3">
          <ButtonLink href="/chats">Go to the conversations</ButtonLink>
          {/* A fresh page, so the form starts again with no state and no file. */}
          <Button variant="secondary" onClick={() => window.location.reload()}>
            Import another file
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form {...formProps} aria-label="Import conversations" className="space-y-5">
      {state.stage === "upload" ? null : <input type="hidden" name="fileHash" value={state.fileHash ?? ""} />}
      <div className="max-w-xl space-y-3">
        <Field
          id="import-file"
          label="CSV or JSON file"
          required
          hint="At most 5 MB. Nothing is written until you have seen the preview and chosen Import."
          errors={state.stage === "upload" && !state.ok && state.message ? [state.message] : undefined}
        >
          <Input name="file" type="file" accept=".csv,.json,text/csv,application/json" onChange={() => setChangedAfter(state)} />
        </Field>
        <Button type="submit" name="intent" value="preview" variant={previewed && state.ok ? "secondary" : "primary"} disabled={pending}>
          {pending ? "Checking…" : "Preview"}
        </Button>
      </div>

      {state.stage === "preview" ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview{state.fileName ? ` of ${state.fileName}` : ""}
          </h2>
          <FormMessage state={state} />
          {state.summary ? <ImportSummary summary={state.summary} format={state.format ?? "csv"} /> : null}
          {state.issues && state.issues.length > 0 ? <ImportIssues issues={state.issues} more={state.moreIssues ?? 0} /> : null}
          {previewed && state.ok ? (
            <div className="space-y-2">
              <Button type="submit" name="intent" value="confirm" disabled={pending}>
                {pending ? "Importing…" : `Import ${state.summary?.conversations ?? 0} conversation${state.summary?.conversations === 1 ? "" : "s"}`}
              </Button>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                The whole file is written in one transaction: if anything fails, nothing from it is stored and you can simply try again.
              </p>
            </div>
          ) : state.ok ? (
            <p className="text-sm" role="status">
              You chose another file: preview it before importing.
            </p>
          ) : (
            <p className="text-sm">Fix these rows in the file, choose it again and preview it.</p>
          )}
        </section>
      ) : null}
    </form>
  );
}
