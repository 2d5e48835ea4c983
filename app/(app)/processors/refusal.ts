import type { Refusal } from "@/db/queries/processors";
import type { ActionState } from "@/lib/forms";

const fieldError = (field: string, message: string): ActionState => ({ ok: false, message: "Some fields need attention.", errors: { [field]: [message] } });

const STALE: Record<string, string> = {
  activityIds: "A chosen activity no longer exists or was archived. Reload the page.",
  dataCategoryIds: "A chosen data category no longer exists. Reload the page.",
};

/** A query's refusal as the sentence the person sees; `gone` names what was not found. */
export function refusalState(r: Refusal, gone: string, values?: Record<string, string>): ActionState {
  switch (r.reason) {
    case "forbidden":
      return { ok: false, message: "Your role is not allowed to do this." };
    case "not_found":
      return { ok: false, message: gone };
    case "name_taken":
      return { ...fieldError("name", "Another processor already has this name."), values };
    case "stale_choice":
      return { ...fieldError(r.field, STALE[r.field] ?? "A choice is out of date. Reload the page."), values };
    case "conflict":
      return r.field ? { ...fieldError(r.field, r.problem), values } : { ok: false, message: r.problem, values };
  }
}

/** The submitted text fields, so a refused form shows what the person typed. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
  return values;
}
