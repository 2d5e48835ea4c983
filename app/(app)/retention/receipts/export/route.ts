import { listReceiptLines } from "@/db/queries/retention";
import { authorizeRoute } from "@/lib/auth/guards";
import { CSV_BOM, csvLine } from "@/lib/csv";

const HEADER = [
  "run_id",
  "started_at",
  "finished_at",
  "trigger",
  "started_by",
  "status",
  "error",
  "rule_id",
  "rule_name",
  "action",
  "keep_days",
  "conversations",
  "messages",
  "ids_sha256",
];

/**
 * Every retention receipt as CSV: one line per run and rule (a run that took nothing has one line with
 * the rule columns empty). A run writes a few lines a day at most, so the file is built whole.
 */
export async function GET() {
  const guard = await authorizeRoute("retention:read");
  if (guard.response) return guard.response;
  const lines = await listReceiptLines();
  const body =
    CSV_BOM +
    csvLine(HEADER) +
    lines
      .map((l) =>
        csvLine([
          l.runId,
          l.startedAt,
          l.finishedAt,
          l.trigger,
          l.trigger === "schedule" ? "system" : (l.startedByName ?? ""),
          l.status,
          l.error,
          l.ruleId,
          l.ruleName,
          l.action,
          l.keepDays,
          l.conversations,
          l.messages,
          l.idsHash,
        ]),
      )
      .join("");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="retention-receipts-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
