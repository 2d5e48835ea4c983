"use server";

import { revalidatePath } from "next/cache";
import { recordCompletion, withdrawCompletion, type CertificateUpload } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { todayIn } from "@/lib/time";
import { checkCertificate, completionFormSchema, withdrawFormSchema } from "@/lib/training/staff-schema";

async function readCertificate(formData: FormData): Promise<{ upload?: CertificateUpload; error?: string }> {
  const file = formData.get("certificate");
  if (!(file instanceof File) || file.size === 0) return {};
  const bytes = Buffer.from(await file.arrayBuffer());
  const check = checkCertificate({ size: file.size, bytes });
  if (!check.ok) return { error: check.error };
  return { upload: { fileName: file.name.slice(0, 200) || "certificate", mimeType: check.mimeType, bytes } };
}

export async function recordCompletionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("completions:write");
  if (denied) return denied;
  const today = todayIn(await getTimeZone());
  const parsed = parseForm(completionFormSchema(today), formData);
  if (parsed.state) return parsed.state;
  const certificate = await readCertificate(formData);
  // What the form shows again after a refusal (the certificate file cannot be given back).
  const typed = { courseId: parsed.data.courseId, completedOn: parsed.data.completedOn, score: String(parsed.data.score ?? "") };
  if (certificate.error) return { ok: false, message: "Some fields need attention.", errors: { certificate: [certificate.error] }, values: typed };
  // The scope check (a manager's own team) happens inside the write's transaction.
  const result = await attemptWrite("training_completion.record", () => recordCompletion(actorOf(user), user, parsed.data, certificate.upload));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  // The form shows the refusal under a field and keeps what was typed.
  if (!result.value.ok) return refusalState(result.value, typed);
  revalidatePath(`/staff/${parsed.data.staffId}`);
  revalidatePath("/staff");
  revalidatePath("/training");
  return { ok: true, message: "Completion recorded." };
}

export async function withdrawCompletionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("completions:write");
  if (denied) return denied;
  const parsed = parseForm(withdrawFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("training_completion.withdraw", () => withdrawCompletion(actorOf(user), user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath(`/staff/${parsed.data.staffId}`);
  revalidatePath("/staff");
  revalidatePath("/training");
  return { ok: true, message: "Completion withdrawn." };
}
