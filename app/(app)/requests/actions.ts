"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordRequest, checkVerificationCode, sendVerificationCode, extendRequest, recordExtensionTold, sendRequestLetter, deliverNow, addRequestNote, assignRequest, changeRequestStatus, completeRequest, rejectRequest, verifyRequestIdentity } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState, type Outcome } from "@/lib/outcome";
import {
  assignSchema,
  checkCodeSchema,
  completeSchema,
  extendSchema,
  extensionToldSchema,
  letterSchema,
  noteSchema,
  rejectSchema,
  sendCodeSchema,
  staffRequestSchema,
  statusSchema,
  verifySchema,
} from "@/lib/requests/form-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

export async function createRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const parsed = parseForm(staffRequestSchema(await getTimeZone(), new Date()), formData);
  if (parsed.state) return parsed.state;
  const v = parsed.data;
  const result = await attemptWrite("request.create", () =>
    recordRequest(actorOf(user), {
      type: v.type,
      channel: v.channel,
      submittedAt: v.receivedAt,
      receivedAt: v.receivedAt,
      subjectName: v.name || null,
      subjectEmail: v.email,
      subjectPhone: v.phone,
      details: v.details,
      assigneeId: v.assigneeId,
      acknowledge: v.acknowledge,
    }),
  );
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  await deliverNow(result.value.outboxIds);
  revalidatePath("/requests");
  revalidatePath("/outbox");
  redirect(`/requests/${result.value.request.id}`);
}

/** The common end of every action on one request: refusal or success, mail sent after the commit, pages refreshed. */
async function finish(id: string, label: string, run: () => Promise<Outcome<{ outboxIds: number[] }>>, success: string): Promise<ActionState> {
  const result = await attemptWrite(label, run);
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  await deliverNow(result.value.outboxIds);
  revalidatePath("/requests");
  revalidatePath(`/requests/${id}`);
  if (result.value.outboxIds.length) revalidatePath("/outbox");
  return { ok: true, message: success };
}

export async function statusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(statusSchema, formData);
  if (p.state) return INVALID_INPUT;
  const { id, to } = p.data;
  return finish(id, "request.status", () => changeRequestStatus(actorOf(user), id, to), to === "in_progress" ? "Work on the request has started." : "The request now waits for the identity check.");
}

export async function verifyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(verifySchema, formData);
  if (p.state) return p.state;
  const { id, method, notes } = p.data;
  return finish(id, "request.verify", () => verifyRequestIdentity(actorOf(user), id, { method, notes }), "Identity check recorded.");
}

export async function sendCodeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(sendCodeSchema, formData);
  if (p.state) return p.state;
  const { id, target } = p.data;
  return finish(id, "request.verification_code", () => sendVerificationCode(actorOf(user), id, target), "Code sent. Ask the person to give it back to you.");
}

export async function checkCodeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(checkCodeSchema, formData);
  if (p.state) return p.state;
  const { id, code } = p.data;
  return finish(id, "request.verification_check", () => checkVerificationCode(actorOf(user), id, code), "The code matches: identity verified.");
}

export async function assignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(assignSchema, formData);
  if (p.state) return p.state;
  const { id, assigneeId } = p.data;
  return finish(id, "request.assign", () => assignRequest(actorOf(user), id, assigneeId), assigneeId ? "Assigned." : "Unassigned.");
}

export async function extendAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(extendSchema(await getTimeZone()), formData);
  if (p.state) return p.state;
  const { id, reason, toldAt, toldHow } = p.data;
  return finish(id, "request.extend", () => extendRequest(actorOf(user), id, { reason, toldAt, toldHow }), "Extended by two further months.");
}

/** Art. 12(3): staff record that the person was told of the extension another way, with when and how. */
export async function extensionToldAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(extensionToldSchema(await getTimeZone()), formData);
  if (p.state) return p.state;
  const { id, toldAt, toldHow } = p.data;
  return finish(id, "request.extension_told", () => recordExtensionTold(actorOf(user), id, { toldAt: toldAt!, toldHow }), "Recorded: the person was told of the extension.");
}

export async function rejectAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(rejectSchema, formData);
  if (p.state) return p.state;
  const { id, ...input } = p.data;
  return finish(id, "request.reject", () => rejectRequest(actorOf(user), id, input), input.notify ? "Refused; the refusal with its reasons was sent." : "Refused and recorded.");
}

export async function completeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(completeSchema, formData);
  if (p.state) return p.state;
  const { id, outcome, untoldReason } = p.data;
  return finish(id, "request.complete", () => completeRequest(actorOf(user), id, { outcome, untoldReason }), "Request completed.");
}

export async function noteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(noteSchema, formData);
  if (p.state) return p.state;
  const { id, text } = p.data;
  return finish(id, "request.note", () => addRequestNote(actorOf(user), id, text), "Note added.");
}

export async function letterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(letterSchema, formData);
  if (p.state) return p.state;
  const { id, ...letter } = p.data;
  return finish(id, "request.letter", () => sendRequestLetter(actorOf(user), id, letter), "E-mail queued in the outbox.");
}
