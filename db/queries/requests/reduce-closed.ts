import { and, inArray, isNotNull, lt, ne, or } from "drizzle-orm";
import { requestEvents, requestVerificationCodes, subjectRequests } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { getRequestSettings } from "./clock";

/**
 * Closed requests are kept for the configured number of years (Settings → Requests, default 3), then reduced
 * to statistics: the reference, type, channel, status, refusal ground and dates stay (the overview's figures
 * need them); who asked, what they wrote, the notes, the timeline and the links to the chat data go. Safe to
 * run again: a reduced request has nothing left to reduce. For the nightly job.
 */
export async function reduceClosedRequests(actor: Actor = { type: "system" }, now = new Date()): Promise<{ reduced: number }> {
  const { closedRetentionYears } = await getRequestSettings();
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - closedRetentionYears);
  return withAudit(
    actor,
    async (tx) => {
      const due = await tx
        .select({ id: subjectRequests.id })
        .from(subjectRequests)
        .where(
          and(
            isNotNull(subjectRequests.closedAt),
            lt(subjectRequests.closedAt, cutoff),
            or(
              isNotNull(subjectRequests.subjectName),
              isNotNull(subjectRequests.subjectEmail),
              isNotNull(subjectRequests.subjectPhone),
              ne(subjectRequests.details, ""),
              isNotNull(subjectRequests.identityVerificationNotes),
              isNotNull(subjectRequests.rejectionReasons),
              isNotNull(subjectRequests.extensionReason),
              isNotNull(subjectRequests.dataSubjectId),
              isNotNull(subjectRequests.conversationId),
            ),
          ),
        )
        .for("update");
      const ids = due.map((d) => d.id);
      if (ids.length === 0) return { ids };
      await tx
        .update(subjectRequests)
        .set({
          subjectName: null,
          subjectEmail: null,
          subjectPhone: null,
          details: "",
          identityVerificationNotes: null,
          rejectionReasons: null,
          extensionReason: null,
          dataSubjectId: null,
          conversationId: null,
          updatedAt: now,
        })
        .where(inArray(subjectRequests.id, ids));
      await tx.delete(requestEvents).where(inArray(requestEvents.requestId, ids));
      await tx.delete(requestVerificationCodes).where(inArray(requestVerificationCodes.requestId, ids));
      await tx.insert(requestEvents).values(
        ids.map((requestId) => ({ requestId, type: "note" as const, at: now, origin: "system", text: `Reduced to statistics: closed more than ${closedRetentionYears} years ago (Settings → Requests).` })),
      );
      return { ids };
    },
    (r) =>
      r.ids.length
        ? { action: "request.reduce", entityType: "subject_request", entityId: "retention", summary: { reduced: r.ids.length, closedBefore: cutoff.toISOString(), years: closedRetentionYears, requestIds: r.ids } }
        : [],
  ).then((r) => ({ reduced: r.ids.length }));
}
