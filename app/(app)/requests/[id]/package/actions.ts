"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { buildAccessPackage, linkRequestSubject, releaseAccessPackage, deliverNow } from "@/db/queries/requests";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { idList, INVALID_INPUT, optionalText, parseForm, type ActionState } from "@/lib/forms";
import { refusalState, type Outcome } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

// Extracts: other people's conversations that mention the person, chosen on the latest version's list.
const buildSchema = z.object({ id: z.uuid(), extracts: idList("Choose conversations from the list."), extractReason: optionalText(300) });
const releaseSchema = z.object({
  id: z.uuid(),
  packageId: z.uuid(),
  reviewed: z.literal("on").optional(),
  notify: z.literal("on").optional(),
});
const linkSchema = z.object({ id: z.uuid(), subjectId: z.string().trim().min(1, "Paste the person's id.").max(200) });

async function finish(id: string, label: string, run: () => Promise<Outcome<{ outboxIds?: number[] }>>, success: string): Promise<ActionState> {
  const result = await attemptWrite(label, run);
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const r = result.value;
  if (!r.ok) return refusalState(r);
  if (r.outboxIds?.length) {
    await deliverNow(r.outboxIds);
    revalidatePath("/outbox");
  }
  revalidatePath(`/requests/${id}`);
  return { ok: true, message: success };
}

export async function buildPackageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(buildSchema, formData);
  if (p.state) return p.state.errors?.extractReason ? p.state : INVALID_INPUT;
  const { id, extracts, extractReason } = p.data;
  const opts = { extracts: { conversationIds: extracts, reason: extractReason || null } };
  return finish(id, "request.access_package.build", () => buildAccessPackage(actorOf(user), id, new Date(), opts), "The package was built. Review the redactions and the mentions before releasing it.");
}

export async function releasePackageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(releaseSchema, formData);
  if (p.state) return p.state;
  const { id, packageId, notify, reviewed } = p.data;
  // Art. 15(4): nobody else's data may leave unseen, so the release needs the DPO's explicit confirmation.
  if (reviewed !== "on") return { ok: false, message: "Confirm that you reviewed every redaction before releasing the package.", errors: { reviewed: ["Confirm the review."] } };
  return finish(id, "request.access_package.release", () => releaseAccessPackage(actorOf(user), packageId, { notify: notify === "on" }), "The package was released.");
}

export async function linkSubjectAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(linkSchema, formData);
  if (p.state) return p.state;
  // The DPO may paste the person's page address rather than the bare id.
  const subjectId = p.data.subjectId.split("/").filter(Boolean).pop() ?? "";
  return finish(p.data.id, "request.link_subject", () => linkRequestSubject(actorOf(user), p.data.id, subjectId), "The request is linked to that person.");
}
