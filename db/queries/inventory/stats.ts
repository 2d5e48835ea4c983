import { count, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { processingActivities } from "@/db/schema";
import { listLegalQueue, countProcessorsByAgreementStatus } from "@/db/queries/processors";
import { countGapsByKind } from "@/db/queries/gaps";
import { getNoticeStatus } from "@/db/queries/notice";

/** The record, processors and notice at a glance, for the overview. */
export async function recordOverview(today: string) {
  const [[activities], byStatus, gaps, queue, notice] = await Promise.all([
    getDb().select({ n: count() }).from(processingActivities).where(isNull(processingActivities.archivedAt)),
    countProcessorsByAgreementStatus(today),
    countGapsByKind(today),
    listLegalQueue(today),
    getNoticeStatus(),
  ]);
  return {
    activities: activities?.n ?? 0,
    processorsByStatus: byStatus,
    gaps,
    expiringSoon: queue.expiring.length,
    waitingForReview: queue.waiting.length,
    notice,
  };
}

export type RecordOverviewFigures = Awaited<ReturnType<typeof recordOverview>>;
