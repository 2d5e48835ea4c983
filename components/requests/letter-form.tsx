"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { TEMPLATE_LABELS, type Letter, type TemplateKind } from "@/lib/requests/templates";

/**
 * The response templates, filled for this request: pick one, edit it, then copy it into a letter or send it
 * to the requester's e-mail through the outbox.
 */
export function LetterForm({
  action,
  requestId,
  letters,
  canSend,
  initialKind,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  requestId: string;
  letters: Record<TemplateKind, Letter>;
  canSend: boolean;
  initialKind: TemplateKind;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const [kind, setKind] = useState<TemplateKind>(initialKind);
  const [subject, setSubject] = useState(letters[initialKind].subject);
  const [body, setBody] = useState(letters[initialKind].body);
  const [copied, setCopied] = useState(false);
  const choose = (k: TemplateKind) => {
    setKind(k);
    setSubject(letters[k].subject);
    setBody(letters[k].body);
    setCopied(false);
  };
  const copy = async () => {
    await navigator.clipboard.writeText(`${subject}\n\n${body}`);
    setCopied(true);
  };
  return (
    <form {...formProps} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={requestId} />
      <Field id="letter-kind" label="Template">
        <Select name="kind" value={kind} onChange={(e) => choose(e.target.value as TemplateKind)}>
          {(Object.keys(letters) as TemplateKind[]).map((k) => (
            <option key={k} value={k}>{TEMPLATE_LABELS[k]}</option>
          ))}
        </Select>
      </Field>
      <Field id="letter-subject" label="Subject" errors={state.errors?.subject}>
        <Input name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
      </Field>
      <Field id="letter-body" label="Text" errors={state.errors?.body}>
        <Textarea name="body" rows={12} value={body} onChange={(e) => setBody(e.target.value)} className="font-mono text-xs" />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        {canSend ? (
          <Button type="submit" disabled={pending}>
            {pending ? "Sending…" : "Send by e-mail"}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={copy}>
          Copy text
        </Button>
        <span role="status" className="text-sm text-slate-600 dark:text-slate-400">{copied ? "Copied." : ""}</span>
      </div>
      {canSend ? null : <p className="text-sm text-slate-600 dark:text-slate-400">No e-mail address is known for this person: copy the text into a letter.</p>}
    </form>
  );
}
