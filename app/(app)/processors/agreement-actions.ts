"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addAgreementFile, createAgreement, sendToLegalReview, updateAgreement } from "@/db/queries/processors";
import { getTimeZone } from "@/db/queries/time-zone";
import { authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { checkAgreementFile } from "@/lib/processors/files";
import { agreementFormSchema } from "@/lib/processors/form-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { refusalState, submittedValues } from "@/lib/outcome";
import { todayIn } from "@/lib/time";

function revalidateAgreements(processorId: string) {
  revalidatePath("/processors");
  revalidatePath("/processors/queue");
  revalidatePath(`/processors/${processorId}`, "layout");
  revalidatePath("/inventory", "layout");
  revalidatePath("/");
}

export async function createAgreementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(agreementFormSchema(todayIn(await getTimeZone())), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("agreement.create", () => createAgreement(user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateAgreements(parsed.data.processorId);
  redirect(`/processors/${parsed.data.processorId}#agreement-${result.value.id}`);
}

const agreementId = z.object({ agreementId: z.uuid() });

export async function updateAgreementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const id = parseForm(agreementId.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = parseForm(agreementFormSchema(todayIn(await getTimeZone())), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("agreement.update", () => updateAgreement(user, id.data.agreementId, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateAgreements(parsed.data.processorId);
  redirect(`/processors/${parsed.data.processorId}#agreement-${id.data.agreementId}`);
}

const target = z.object({ processorId: z.uuid(), agreementId: z.uuid() });

export async function uploadAgreementFileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(target.loose(), formData);
  if (parsed.state) return INVALID_INPUT;
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Some fields need attention.", errors: { file: ["Choose the agreement's PDF file."] } };
  // The size is checked before the bytes are read, then again on the bytes themselves.
  const precheck = checkAgreementFile({ size: file.size, bytes: new Uint8Array(await file.slice(0, 8).arrayBuffer()) });
  if (!precheck.ok) return { ok: false, message: "Some fields need attention.", errors: { file: [precheck.error] } };
  const bytes = Buffer.from(await file.arrayBuffer());
  const { processorId, agreementId: id } = parsed.data;
  const result = await attemptWrite("agreement.file_upload", () => addAgreementFile(user, { processorId, agreementId: id, fileName: file.name, bytes }));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateAgreements(processorId);
  return { ok: true, message: `Version ${result.value.version} uploaded (SHA-256 ${result.value.sha256.slice(0, 12)}…).` };
}

export async function sendToReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(target, formData);
  if (parsed.state) return INVALID_INPUT;
  const { processorId, agreementId: id } = parsed.data;
  const result = await attemptWrite("agreement.review_request", () => sendToLegalReview(user, processorId, id));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateAgreements(processorId);
  // The button goes away with the status it depended on: the page says what happened instead.
  redirect(`/processors/${processorId}?done=review_requested#agreement-${id}`);
}
