"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runRetention, type RunOutcome } from "@/db/jobs/retention";
import { createRetentionRule, deleteRetentionRule, updateRetentionRule } from "@/db/queries/retention";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState, submittedValues } from "@/lib/outcome";
import { ruleFormSchema, ruleIdSchema } from "@/lib/retention/rule-schema";
import { attemptWrite, describeError, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const PAGE = "/retention";

function revalidateRetention() {
  revalidatePath(PAGE);
  revalidatePath(`${PAGE}/receipts`);
  revalidatePath("/chats");
  revalidatePath("/chats/[id]", "page");
  revalidatePath("/");
}

export async function createRuleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("retention:write");
  if (denied) return denied;
  const parsed = parseForm(ruleFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("retention_rule.create", () => createRetentionRule(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, values: submittedValues(formData) };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateRetention();
  redirect(`${PAGE}?saved=created#rules`);
}

export async function updateRuleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("retention:write");
  if (denied) return denied;
  const id = parseForm(ruleIdSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = parseForm(ruleFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("retention_rule.update", () => updateRetentionRule(actorOf(user), id.data.id, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, values: submittedValues(formData) };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateRetention();
  redirect(`${PAGE}?saved=updated#rules`);
}

export async function deleteRuleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("retention:write");
  if (denied) return denied;
  const parsed = parseForm(ruleIdSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const result = await attemptWrite("retention_rule.delete", () => deleteRetentionRule(actorOf(user), parsed.data.id));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateRetention();
  redirect(`${PAGE}?saved=deleted#rules`);
}

// "Run now" carries an explicit confirmation, so a stray or replayed empty request does nothing.
const runNowSchema = z.object({ confirm: z.literal("yes", { error: "Confirm the run first." }) });

// How long the page waits for a run; a longer one carries on in the background and leaves its receipt.
const WAIT_MS = 20_000;

export async function runRetentionNowAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("retention:write");
  if (denied) return denied;
  const parsed = parseForm(runNowSchema, formData);
  if (parsed.state) return { ok: false, message: "Confirm the run first: nothing was deleted." };
  const run = runRetention({ actor: actorOf(user), trigger: "manual" });
  // Attached at once, so a failure after the page stopped waiting is logged rather than unhandled.
  const settled = run.then(
    (outcome) => ({ outcome }),
    (error: unknown) => {
      console.error(`[retention] manual run could not start: ${describeError(error)}`);
      return { outcome: null };
    },
  );
  const timer = new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), WAIT_MS).unref());
  const first = await Promise.race([settled, timer]);
  revalidateRetention();
  if (first === "waiting") return { ok: true, message: "The run is still working through its batches; it carries on in the background. Reload this page to see its receipt." };
  return runMessage(first.outcome);
}

function runMessage(outcome: RunOutcome | null): ActionState {
  if (!outcome) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (outcome.status === "busy") return { ok: false, message: "A retention run is already in progress (here or on another instance). Its receipt appears below when it finishes." };
  if (outcome.status === "dry_run") return { ok: true, message: "Preview only: nothing was changed." };
  const deleted = outcome.rules.filter((r) => r.action === "delete").reduce((n, r) => n + r.conversations, 0);
  const anonymised = outcome.rules.filter((r) => r.action === "anonymise").reduce((n, r) => n + r.conversations, 0);
  const messages = outcome.rules.reduce((n, r) => n + r.messages, 0);
  const done = deleted + anonymised === 0 ? "nothing was due" : `${deleted} conversation${deleted === 1 ? "" : "s"} deleted, ${anonymised} anonymised (${messages} message${messages === 1 ? "" : "s"})`;
  if (outcome.status === "failed") return { ok: false, message: `The run stopped part-way (${done} before it stopped). What was done stays done; run it again to finish.` };
  return { ok: true, message: `Retention run finished: ${done}. The receipt is below.` };
}
