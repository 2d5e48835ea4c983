import { eq } from "drizzle-orm";
import { canExtend, localDate } from "@/lib/requests/clock";
import { isClosedStatus } from "@/lib/requests/labels";
import { renderTemplate, TEMPLATE_KINDS, type Letter, type TemplateKind } from "@/lib/requests/templates";
import { subjectRequests } from "@/db/schema";
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
 * Extends the time limit by two further months (Art. 12(3)). With an e-mail address, the extension sends
 * the notice itself, so the person is told at that moment; without one, staff record when and how they told
 * the person. Refused after the first month, without reasons, or with the person not told within it.
 */
export async function extendRequest(actor: Actor, id: string, input: ExtendInput, now = new Date()) {
  return actOnRequest(actor, id, "request.extend", async (w) => {
    const sendsNotice = Boolean(w.row.subjectEmail);
    if (!sendsNotice && input.toldAt && input.toldAt.getTime() > now.getTime() + 5 * 60_000) {
      return refuse("invalid", "The time the person was told cannot be in the future.", "toldAt");
    }
    if (!sendsNotice && input.toldAt && !input.toldHow) {
      return refuse("invalid", "Say how the person was told (phone, letter…).", "toldHow");
    }
    const notifiedAt = sendsNotice ? now : input.toldAt;
    const check = canExtend(now, w.row.receivedAt, {
      timeZone: w.ctx.timeZone,
      holidays: w.ctx.holidays,
      pausedDays: w.row.pausedDays,
      reason: input.reason,
      notifiedAt,
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
      outboxIds.push(await queueRequestLetter(w.tx, { requestId: id, actor, to: w.row.subjectEmail, kind: "extension_notice", letter: renderTemplate("extension_notice", facts) }));
    }
    return ok({
      outboxIds,
      summary: { dueDate: d.dueDate, extendedDueDate: d.extendedDueDate, notifiedAt: notifiedAt!.toISOString(), noticeQueued: outboxIds.length > 0 },
    });
  });
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
  const facts = letterFacts(row, await letterOrganisation(), timeZone);
  return Object.fromEntries(TEMPLATE_KINDS.map((kind) => [kind, renderTemplate(kind, facts)])) as Record<TemplateKind, Letter>;
}
