import type { z } from "zod";
import type { ApiAction, apiActionSchemas, apiCreateSchema } from "@/lib/requests/api-schema";
import type { Actor } from "@/db/queries/audit";
import type { Outcome } from "@/lib/outcome";
import { getRequestById, recordRequest, type RequestDetail } from "./requests";
import { extendRequest } from "./letters";
import { assignRequest, completeRequest, rejectRequest, verifyRequestIdentity } from "./workflow";

/** A request as the API returns it: dates as YYYY-MM-DD in the organisation's time zone, instants in ISO 8601. */
export function requestForApi(r: RequestDetail) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    channel: r.channel,
    submittedAt: iso(r.submittedAt),
    receivedAt: iso(r.receivedAt),
    dueDate: r.dueDate,
    extendedDueDate: r.extendedDueDate,
    effectiveDueDate: r.effectiveDueDate,
    dueDateExplanation: r.clockSteps.due,
    extendedDueDateExplanation: r.clockSteps.extended,
    // When the person was told: the e-mailed notice once sent, or the date staff recorded; null while it waits.
    extension: r.extendedDueDate ? { reason: r.extensionReason, notifiedAt: iso(r.extensionToldAt) } : null,
    clock: { pausedSince: iso(r.clockPausedAt), pausedDays: r.pausedDays },
    subject: { name: r.subjectName, email: r.subjectEmail, phone: r.subjectPhone, emailConfirmed: r.emailConfirmedAt !== null },
    details: r.details,
    assigneeId: r.assigneeId,
    dataSubjectId: r.dataSubjectId,
    conversationId: r.conversationId,
    identity: r.identityVerifiedAt ? { verifiedAt: iso(r.identityVerifiedAt), method: r.identityVerificationMethod, notes: r.identityVerificationNotes } : null,
    rejection: r.status === "rejected" ? { ground: r.rejectionGround, reasons: r.rejectionReasons } : null,
    completedAt: iso(r.completedAt),
    closedAt: iso(r.closedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export type ApiRequest = ReturnType<typeof requestForApi>;

export async function createRequestFromApi(actor: Actor, input: z.infer<ReturnType<typeof apiCreateSchema>>) {
  return recordRequest(actor, {
    type: input.type,
    channel: input.channel,
    submittedAt: input.receivedAt,
    receivedAt: input.receivedAt,
    subjectName: input.subject.name || null,
    subjectEmail: input.subject.email ?? null,
    subjectPhone: input.subject.phone ?? null,
    details: input.details ?? "",
    assigneeId: input.assigneeId ?? null,
    acknowledge: input.acknowledge,
  });
}

type Bodies = { [K in ApiAction]: z.infer<(typeof apiActionSchemas)[K]> };

/** The queue's actions for the API: the same service functions, rules and audit entries as the UI. */
export async function applyApiAction<A extends ApiAction>(actor: Actor, id: string, action: A, body: Bodies[A]): Promise<Outcome<{ outboxIds: number[] }>> {
  switch (action) {
    case "verify": {
      const b = body as Bodies["verify"];
      return verifyRequestIdentity(actor, id, { method: b.method, notes: b.notes });
    }
    case "assign":
      return assignRequest(actor, id, (body as Bodies["assign"]).assigneeId);
    case "extend": {
      const b = body as Bodies["extend"];
      return extendRequest(actor, id, { reason: b.reason, toldAt: b.toldAt ?? null, toldHow: b.toldHow });
    }
    case "reject":
      return rejectRequest(actor, id, body as Bodies["reject"]);
    case "close":
      return completeRequest(actor, id, { outcome: (body as Bodies["close"]).outcome, untoldReason: (body as Bodies["close"]).untoldReason });
  }
  throw new Error("unreachable");
}

export { getRequestById };
