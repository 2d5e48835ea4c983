import { and, eq } from "drizzle-orm";
import { canExtend, localDate, toldAtProblem } from "@/lib/requests/clock";
import { isClosedStatus } from "@/lib/requests/labels";
import { renderTemplate, TEMPLATE_KINDS, type Letter, type TemplateKind } from "@/lib/requests/templates";
import { getDb, type DbOrTx } from "@/db";
import { outbox, requestErasures, subjectRequests } from "@/db/schema";
import type { Actor } from "@/db/queries/audit";
import { ok, refuse } from "@/lib/outcome";
import type { RequestDetail } from "./requests";
import { deadlinesFor } from "./clock";
import { addRequestEvent } from "./events";
import { letterFacts, letterOrganisation, queueRequestLetter } from "./mail";
import { actOnRequest } from "./workflow";

export interface ExtendInput {
  reason: string;
  // Only for a person without an e-mail address: when and how they were told some other way.
  toldAt: Date | null;
  toldHow: string;
}

/**
 * Extends the time limit by two further months (Art. 12(3)). With an e-mail address, the extension queues
 * the notice itself: the person is told when the mail server accepts it (the outbox message's sentAt), not
 * when it is queued. Without one, staff record when and how they told the person. Refused after the first
 * month, without reasons, or with the person not told within it.
 */
export async function extendRequest(actor: Actor, id: string, input: ExtendInput, now = new Date()) {
  return actOnRequest(actor, id, "request.extend", async (w) => {
    const sendsNotice = Boolean(w.row.subjectEmail);
    if (!sendsNotice && input.toldAt) {
      const problem = toldAtProblem(input.toldAt, w.row.receivedAt, now);
      if (problem) return refuse("invalid", problem, "toldAt");
    }
    if (!sendsNotice && input.toldAt && !input.toldHow) {
      return refuse("invalid", "Say how the person was told (phone, letter…).", "toldHow");
    }
    const notifiedAt = sendsNotice ? null : input.toldAt;
    const check = canExtend(now, w.row.receivedAt, {
      timeZone: w.ctx.timeZone,
      holidays: w.ctx.holidays,
      pausedDays: w.row.pausedDays,
      reason: input.reason,
      notifiedAt,
      noticeQueued: sendsNotice,
      alreadyExtended: w.row.extendedDueDate !== null,
      closed: isClosedStatus(w.row.status),
    });
    if (!check.ok) {
      const field = check.refusal === "reason_required" ? "reason" : check.refusal === "not_told" || check.refusal === "told_late" ? "toldAt" : undefined;
      return refuse("conflict", check.message, field);
    }
    // Mark as extended with a placeholder date first so deadlinesFor computes the extended one.
    const d = deadlinesFor({ receivedAt: w.row.receivedAt, pausedDays: w.row.pausedDays, extendedDueDate: "extended" }, w.ctx);
    await w.tx
      .update(subjectRequests)
      .set({ ...d, extensionReason: input.reason, extensionNotifiedAt: notifiedAt, updatedAt: now })
      .where(eq(subjectRequests.id, id));
    await addRequestEvent(
      w.tx,
      id,
      actor,
      "extended",
      `Extended by two further months to ${d.extendedDueDate}. Reasons: ${input.reason}${sendsNotice ? "" : `. Person told ${input.toldHow} on ${localDate(notifiedAt!, w.ctx.timeZone)}`}`,
      { at: now },
    );
    const outboxIds: number[] = [];
    if (w.row.subjectEmail) {
      const facts = letterFacts({ ...w.row, ...d, extensionReason: input.reason }, await letterOrganisation(w.tx), w.ctx.timeZone);
      const outboxId = await queueRequestLetter(w.tx, { requestId: id, actor, to: w.row.subjectEmail, kind: "extension_notice", letter: renderTemplate("extension_notice", facts) });
      await w.tx.update(subjectRequests).set({ extensionNoticeOutboxId: outboxId }).where(eq(subjectRequests.id, id));
      outboxIds.push(outboxId);
    }
    return ok({
      outboxIds,
      summary: { dueDate: d.dueDate, extendedDueDate: d.extendedDueDate, notifiedAt: notifiedAt?.toISOString() ?? null, noticeQueued: outboxIds.length > 0 },
    });
  });
}

/**
 * Staff record that the person was told of the extension some other way, with the date: the e-mailed notice
 * failed, or they were phoned. Refused when nothing was extended, when the person is already told, or with a
 * time before receipt or in the future. A date after the first month is recorded as it is: the request page
 * then says the extension was told late (extensionNotice), which Art. 12(3) does not allow.
 */
export async function recordExtensionTold(actor: Actor, id: string, input: { toldAt: Date; toldHow: string }, now = new Date()) {
  return actOnRequest(actor, id, "request.extension_told", async (w) => {
    if (!w.row.extendedDueDate) return refuse("conflict", "This request was not extended: there is no extension to tell the person of.");
    if (w.row.extensionNotifiedAt || (await noticeSentAt(w.tx, w.row.extensionNoticeOutboxId))) {
      return refuse("conflict", "The person is already recorded as told of the extension.");
    }
    const problem = toldAtProblem(input.toldAt, w.row.receivedAt, now);
    if (problem) return refuse("invalid", problem, "toldAt");
    await w.tx.update(subjectRequests).set({ extensionNotifiedAt: input.toldAt, updatedAt: now }).where(eq(subjectRequests.id, id));
    const toldOn = localDate(input.toldAt, w.ctx.timeZone);
    await addRequestEvent(w.tx, id, actor, "extended", `Person told of the extension ${input.toldHow} on ${toldOn}.`, { at: now });
    return { ok: true, summary: { toldAt: input.toldAt.toISOString() } };
  });
}

/** Art. 19: the erasure certificate's recipients, told and not yet told; null before the erasure is carried out. */
async function erasureRecipients(requestId: string): Promise<{ told: string[]; untold: string[] } | null> {
  const [e] = await getDb().select({ processors: requestErasures.processors }).from(requestErasures).where(eq(requestErasures.requestId, requestId)).limit(1);
  if (!e) return null;
  return { told: e.processors.filter((p) => p.notifiedAt).map((p) => p.name), untold: e.processors.filter((p) => !p.notifiedAt).map((p) => p.name) };
}

/** When the mail server accepted the e-mailed extension notice, or null while it waits in the outbox. */
async function noticeSentAt(tx: DbOrTx, outboxId: number | null): Promise<Date | null> {
  if (outboxId === null) return null;
  const [m] = await tx.select({ sentAt: outbox.sentAt }).from(outbox).where(and(eq(outbox.id, outboxId), eq(outbox.status, "sent"))).limit(1);
  return m?.sentAt ?? null;
}

/** Sends a letter (a filled template the DPO may have edited) to the requester's e-mail through the outbox. */
export async function sendRequestLetter(actor: Actor, id: string, input: { kind: TemplateKind; subject: string; body: string }, now = new Date()) {
  return actOnRequest(actor, id, "request.letter", async (w) => {
    if (!w.row.subjectEmail) return refuse("invalid", "This request has no e-mail address: copy the text into a letter instead.");
    const outboxId = await queueRequestLetter(w.tx, { requestId: id, actor, to: w.row.subjectEmail, kind: input.kind, letter: { subject: input.subject, body: input.body } });
    await w.tx.update(subjectRequests).set({ updatedAt: now }).where(eq(subjectRequests.id, id));
    return ok({ outboxIds: [outboxId], summary: { kind: input.kind, outboxId } });
  });
}

/** Every template filled for one request, for the page to offer (copy, or edit and send). */
export async function filledLetters(row: RequestDetail, timeZone: string): Promise<Record<TemplateKind, Letter>> {
  const facts = { ...letterFacts(row, await letterOrganisation(), timeZone), recipients: row.type === "erasure" ? await erasureRecipients(row.id) : null };
  return Object.fromEntries(TEMPLATE_KINDS.map((kind) => [kind, renderTemplate(kind, facts)])) as Record<TemplateKind, Letter>;
}
