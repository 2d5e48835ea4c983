import { eq } from "drizzle-orm";
import { localDate, pausedDaysBetween } from "@/lib/requests/clock";
import { isClosedStatus, REJECTION_LABELS, STATUS_LABELS, VERIFICATION_LABELS, type RejectionGround, type RequestStatus, type VerificationMethod } from "@/lib/requests/labels";
import { transitionProblem } from "@/lib/requests/rules";
import { renderTemplate } from "@/lib/requests/templates";
import type { Tx } from "@/db";
import { requestErasures, subjectRequests, users, type SubjectRequest } from "@/db/schema";
import { withAudit, type Actor, type AuditInput } from "@/db/queries/audit";
import { ok, refuse, type Outcome, type Refusal } from "@/lib/outcome";
import { isAssignable, REQUEST_NOT_FOUND } from "./requests";
import { deadlinesFor, loadClockContext, type ClockContext } from "./clock";
import { addRequestEvent } from "./events";
import { letterFacts, letterOrganisation, queueRequestLetter } from "./mail";

export interface RequestWork {
  tx: Tx;
  row: SubjectRequest;
  ctx: ClockContext;
}

type Done = { summary: Record<string, unknown>; outboxIds?: number[] };

/**
 * The frame of every action on a request: lock the row, load the clock's context, do the work, and audit
 * it in the same transaction. A refusal writes nothing and leaves no audit entry, unless the work says
 * otherwise (a failed code check counts its attempt and is audited).
 */
export async function actOnRequest(
  actor: Actor,
  id: string,
  action: string,
  work: (w: RequestWork) => Promise<Outcome<Done> | (Refusal & { audit?: Done })>,
): Promise<Outcome<{ outboxIds: number[] }>> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [row] = await tx.select().from(subjectRequests).where(eq(subjectRequests.id, id)).for("update");
      if (!row) return { outcome: REQUEST_NOT_FOUND, reference: "" };
      const ctx = await loadClockContext(tx);
      return { outcome: await work({ tx, row, ctx }), reference: row.reference };
    },
    ({ outcome, reference }): AuditInput[] => {
      const done = outcome.ok ? outcome : "audit" in outcome ? outcome.audit : undefined;
      return done ? [{ action, entityType: "subject_request", entityId: id, summary: { reference, ...done.summary } }] : [];
    },
  );
  const { outcome } = result;
  // The refusal without the audit the work may have attached to it.
  if (!outcome.ok) return refuse(outcome.code, outcome.message, outcome.field);
  return ok({ outboxIds: outcome.outboxIds ?? [] });
}

/** The changes that end an identity-check pause: paused days added, dates recomputed. Null when not paused. */
export async function resumeClock(w: RequestWork, actor: Actor, now: Date) {
  if (!w.row.clockPausedAt) return null;
  const days = pausedDaysBetween(w.row.clockPausedAt, now, w.ctx.timeZone);
  const pausedDays = w.row.pausedDays + days;
  const d = deadlinesFor({ receivedAt: w.row.receivedAt, pausedDays, extendedDueDate: w.row.extendedDueDate }, w.ctx);
  await addRequestEvent(w.tx, w.row.id, actor, "clock_resumed", `Clock resumed after ${days} ${days === 1 ? "day" : "days"}; the answer is now due by ${d.effectiveDueDate}.`, { at: now });
  return { clockPausedAt: null, pausedDays, ...d };
}

async function setStatus(w: RequestWork, actor: Actor, to: RequestStatus, now: Date, extra: Partial<SubjectRequest> = {}) {
  const from = w.row.status;
  let clock: Partial<SubjectRequest> = {};
  if (to === "verifying_identity" && w.ctx.pauseWhileVerifying && !w.row.clockPausedAt) {
    clock = { clockPausedAt: now };
    await addRequestEvent(w.tx, w.row.id, actor, "clock_paused", "Clock paused while the person proves their identity (Settings → Requests).", { at: now });
  } else if (from === "verifying_identity" && to !== "verifying_identity") {
    clock = (await resumeClock(w, actor, now)) ?? {};
  }
  await w.tx.update(subjectRequests).set({ ...clock, ...extra, status: to, updatedAt: now }).where(eq(subjectRequests.id, w.row.id));
  await addRequestEvent(w.tx, w.row.id, actor, "status_changed", `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`, { at: now });
  return { from, to, pausedDays: clock.pausedDays ?? w.row.pausedDays, effectiveDueDate: clock.effectiveDueDate ?? w.row.effectiveDueDate };
}

export async function changeRequestStatus(actor: Actor, id: string, to: "verifying_identity" | "in_progress", now = new Date()) {
  return actOnRequest(actor, id, "request.status", async (w) => {
    const problem = transitionProblem(w.row.status, to, { identityVerified: Boolean(w.row.identityVerifiedAt) });
    if (problem) return refuse("conflict", problem);
    if (w.row.status === to) return refuse("conflict", `The request is already ${STATUS_LABELS[to].toLowerCase()}.`);
    const s = await setStatus(w, actor, to, now);
    return ok({ summary: { status: { from: s.from, to: s.to }, pausedDays: s.pausedDays, effectiveDueDate: s.effectiveDueDate } });
  });
}

/** Records the identity check in the caller's frame; a request still waiting on it moves on to the work. */
export async function applyVerification(w: RequestWork, actor: Actor, method: VerificationMethod, notes: string, now: Date) {
  await w.tx
    .update(subjectRequests)
    .set({
      identityVerifiedAt: now,
      identityVerifiedBy: actor.type === "user" ? actor.id : null,
      identityVerificationMethod: method,
      identityVerificationNotes: notes || null,
      updatedAt: now,
    })
    .where(eq(subjectRequests.id, w.row.id));
  await addRequestEvent(w.tx, w.row.id, actor, "identity_verified", `Identity verified: ${VERIFICATION_LABELS[method]}${notes ? `. ${notes}` : ""}`, { at: now });
  const moved = w.row.status === "received" || w.row.status === "verifying_identity" ? await setStatus(w, actor, "in_progress", now) : null;
  return { method, status: moved ? { from: moved.from, to: moved.to } : undefined, pausedDays: moved?.pausedDays };
}

export async function verifyRequestIdentity(actor: Actor, id: string, input: { method: VerificationMethod; notes: string }, now = new Date()) {
  return actOnRequest(actor, id, "request.verify", async (w) => {
    if (isClosedStatus(w.row.status)) return refuse("conflict", "This request is closed.");
    if (w.row.identityVerifiedAt) return refuse("conflict", "The identity has already been verified for this request.");
    return ok({ summary: await applyVerification(w, actor, input.method, input.notes, now) });
  });
}

export async function assignRequest(actor: Actor, id: string, assigneeId: string | null, now = new Date()) {
  return actOnRequest(actor, id, "request.assign", async (w) => {
    if (isClosedStatus(w.row.status)) return refuse("conflict", "This request is closed.");
    if (assigneeId && !(await isAssignable(assigneeId, w.tx))) return refuse("invalid", "Choose an active user who can see requests.", "assigneeId");
    if (w.row.assigneeId === assigneeId) return refuse("conflict", "The request is already assigned that way.");
    const [who] = assigneeId ? await w.tx.select({ name: users.name }).from(users).where(eq(users.id, assigneeId)) : [];
    await w.tx.update(subjectRequests).set({ assigneeId, updatedAt: now }).where(eq(subjectRequests.id, id));
    await addRequestEvent(w.tx, id, actor, "assigned", who ? `Assigned to ${who.name}` : "Unassigned", { at: now });
    return ok({ summary: { assigneeId: { from: w.row.assigneeId, to: assigneeId } } });
  });
}

export async function rejectRequest(actor: Actor, id: string, input: { ground: RejectionGround; reasons: string; notify: boolean }, now = new Date()) {
  return actOnRequest(actor, id, "request.reject", async (w) => {
    const problem = transitionProblem(w.row.status, "rejected", { identityVerified: Boolean(w.row.identityVerifiedAt) });
    if (problem) return refuse("conflict", problem);
    if (input.notify && !w.row.subjectEmail) {
      return refuse("invalid", "There is no e-mail address to send the refusal to: tell the person by letter or phone, and record it without sending.", "notify");
    }
    const s = await setStatus(w, actor, "rejected", now, { rejectionGround: input.ground, rejectionReasons: input.reasons, closedAt: now });
    await addRequestEvent(w.tx, id, actor, "note", `Refused: ${REJECTION_LABELS[input.ground]}. ${input.reasons}`, { at: now });
    const outboxIds: number[] = [];
    if (input.notify && w.row.subjectEmail) {
      const facts = letterFacts({ ...w.row, effectiveDueDate: s.effectiveDueDate, rejectionGround: input.ground, rejectionReasons: input.reasons }, await letterOrganisation(w.tx), w.ctx.timeZone);
      outboxIds.push(await queueRequestLetter(w.tx, { requestId: id, actor, to: w.row.subjectEmail, kind: "rejection", letter: renderTemplate("rejection", facts) }));
    }
    return ok({ outboxIds, summary: { status: { from: s.from, to: s.to }, ground: input.ground, noticeQueued: outboxIds.length > 0, ...answeredOn(w, now, s.effectiveDueDate) } });
  });
}

function answeredOn(w: RequestWork, now: Date, due: string) {
  const on = localDate(now, w.ctx.timeZone);
  return { answeredOn: on, dueDate: due, inTime: on <= due };
}

/**
 * Completes a request. Art. 19: an erasure closed while recipients on its certificate are not yet told of it
 * needs the reason (why they cannot be, or are not yet, told), which goes on the timeline; the audit entry
 * keeps how many were untold.
 */
export async function completeRequest(actor: Actor, id: string, input: { outcome: string; untoldReason?: string }, now = new Date()) {
  return actOnRequest(actor, id, "request.complete", async (w) => {
    if (w.row.status !== "in_progress") {
      return refuse("conflict", isClosedStatus(w.row.status) ? "This request is already closed." : "Only a request in progress can be completed: verify the identity or start the work first.");
    }
    const untold = w.row.type === "erasure" ? await untoldRecipients(w.tx, id) : [];
    const untoldReason = input.untoldReason?.trim() ?? "";
    if (untold.length > 0 && !untoldReason) {
      return refuse("invalid", `Not yet told of the erasure: ${untold.join(", ")}. Tell them first (Art. 19), or give the reason for closing without it.`, "untoldReason");
    }
    const s = await setStatus(w, actor, "completed", now, { completedAt: now, closedAt: now });
    await addRequestEvent(w.tx, id, actor, "note", `Completed: ${input.outcome}`, { at: now });
    if (untold.length > 0) await addRequestEvent(w.tx, id, actor, "note", `Closed with ${untold.join(", ")} not told of the erasure (Art. 19). Reason: ${untoldReason}`, { at: now });
    return ok({ summary: { status: { from: s.from, to: s.to }, ...answeredOn(w, now, s.effectiveDueDate), ...(untold.length ? { untoldRecipients: untold.length } : {}) } });
  });
}

/** The recipients on an erasure's certificate not yet told of it (Art. 19); none before the erasure runs. */
async function untoldRecipients(tx: Tx, requestId: string): Promise<string[]> {
  const [e] = await tx.select({ processors: requestErasures.processors }).from(requestErasures).where(eq(requestErasures.requestId, requestId)).limit(1);
  return (e?.processors ?? []).filter((p) => !p.notifiedAt).map((p) => p.name);
}

export async function addRequestNote(actor: Actor, id: string, text: string, now = new Date()) {
  return actOnRequest(actor, id, "request.note", async (w) => {
    await addRequestEvent(w.tx, id, actor, "note", text, { at: now });
    return ok({ summary: { event: "note" } });
  });
}
