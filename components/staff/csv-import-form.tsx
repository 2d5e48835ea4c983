"use client";

import { Button, ButtonLink, buttonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Table, Td, Th } from "@/components/ui/table";
import { useFormAction } from "@/components/ui/use-form-action";
import { initialImportState, type ImportState } from "@/lib/training/import-rows";

/**
 * Upload → preview of every row with its errors → confirm. The confirmation sends the file's text
 * back and the server checks it again, so nothing the browser holds is trusted. "Choose another file"
 * is a plain link so the page reloads with a fresh form state.
 */
export function CsvImportForm({ action, restartHref, doneHref, doneLabel }: { action: (s: ImportState, f: FormData) => Promise<ImportState>; restartHref: string; doneHref: string; doneLabel: string }) {
  const { state, pending, formProps } = useFormAction(action, { initialState: initialImportState });
  if (state.stage === "done") {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <div className="flex gap-3">
          <ButtonLink href={doneHref}>{doneLabel}</ButtonLink>
          <a href={restartHref} className={buttonClass("secondary")}>
            Import another file
          </a>
        </div>
      </div>
    );
  }
  if (state.stage === "preview" && state.rows) {
    return (
      <form {...formProps} className="space-y-4">
        <FormMessage state={state} />
        <input type="hidden" name="intent" value="confirm" />
        <textarea name="csv" defaultValue={state.csv} hidden readOnly aria-hidden="true" />
        <Table>
          <caption className="sr-only">Preview of the file</caption>
          <thead>
            <tr>
              <Th>Line</Th>
              <Th>Row</Th>
              <Th>Check</Th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((r) => (
              <tr key={r.line} data-testid="import-row" data-valid={r.errors ? "false" : "true"}>
                <Td className="font-mono text-xs">{r.line}</Td>
                <Td>{r.label}</Td>
                <Td>{r.errors ? <span className="text-red-700 dark:text-red-400">{r.errors.join(" ")}</span> : <span className="text-emerald-700 dark:text-emerald-400">Ready</span>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <div className="flex gap-3">
          <Button type="submit" disabled={pending || !state.valid}>
            {pending ? "Importing…" : `Import ${state.valid ?? 0} valid row${state.valid === 1 ? "" : "s"}`}
          </Button>
          <a href={restartHref} className={buttonClass("secondary")}>
            Choose another file
          </a>
        </div>
      </form>
    );
  }
  return (
    <form {...formProps} className="max-w-lg space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="intent" value="preview" />
      <Field id="import-file" label="CSV file" hint="Nothing is written until you have seen the preview and confirmed." errors={!state.ok && state.message ? [state.message] : undefined} required>
        <Input name="file" type="file" accept=".csv,text/csv" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Preview"}
      </Button>
    </form>
  );
}
