"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { confirmPublicRequest, submitPublicRequest, deliverNow } from "@/db/queries/requests";
import { clientAddress } from "@/lib/auth/client-address";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { checkFormToken } from "@/lib/requests/codes";
import { confirmCodeSchema, publicRequestSchema } from "@/lib/requests/form-schema";
import { attemptWrite } from "@/lib/server-errors";

const ECHOED = ["type", "name", "email", "phone", "details"];
const NOT_SAVED = "Your request could not be saved just now. Nothing was sent; please try again in a few minutes.";

function typedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(ECHOED.map((k) => [k, formData.get(k)]).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/**
 * The public form. Anyone may call it, so: a hidden field only a bot fills, a signed time the form was shown
 * (a person takes more than a few seconds), field sizes, and limits per client address and per e-mail.
 */
export async function submitRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return INVALID_INPUT;
  const honeypot = formData.get("website");
  const token = checkFormToken(formData.get("formToken"));
  if ((typeof honeypot === "string" && honeypot.trim() !== "") || token === "invalid" || token === "too_fast") {
    return {
      ok: false,
      message: "The form could not be accepted: it looked as if it was filled in automatically. Please reload the page, fill it in again and send it.",
      values: typedValues(formData),
    };
  }
  if (token === "expired") {
    return { ok: false, message: "This page was opened more than a day ago. Reload it and send the form again.", values: typedValues(formData) };
  }
  const parsed = parseForm(publicRequestSchema, formData);
  if (parsed.state) return parsed.state;
  const address = clientAddress(await headers());
  const result = await attemptWrite("request_intake.submit", () => submitPublicRequest(parsed.data, { clientAddress: address }));
  if (!result.ok) return { ok: false, message: NOT_SAVED, values: typedValues(formData) };
  if (!result.value.ok) return refusalState(result.value, typedValues(formData));
  await deliverNow(result.value.outboxIds);
  redirect(`/request/confirm?id=${result.value.confirmationId}`);
}

export async function confirmRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(confirmCodeSchema, formData);
  if (parsed.state) return parsed.state;
  const { id, code } = parsed.data;
  const result = await attemptWrite("request_intake.confirm", () => confirmPublicRequest(id, code));
  if (!result.ok) return { ok: false, message: NOT_SAVED };
  if (!result.value.ok) return refusalState(result.value);
  await deliverNow(result.value.outboxIds);
  redirect(`/request/confirm?id=${id}`);
}
