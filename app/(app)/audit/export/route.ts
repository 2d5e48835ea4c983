import type { NextRequest } from "next/server";
import { auditEntryBatches, describeActor, type AuditExportRow } from "@/db/queries/audit";
import { getTimeZone } from "@/db/queries/time-zone";
import { canonicalJson } from "@/lib/audit/hash";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { describeError } from "@/lib/server-errors";
import { parseAuditSearch } from "../filters";

const HEADER = ["id", "at", "actor", "actor_type", "action", "entity_type", "entity_id", "summary", "prev_hash", "hash"];

function toCsv(row: AuditExportRow): string {
  return csvLine([
    row.id,
    row.at.toISOString(),
    describeActor(row.actorType, row.actorName),
    row.actorType,
    row.action,
    row.entityType,
    row.entityId,
    // The same text the hash was computed over, so the file can be checked without the database.
    canonicalJson(row.summary),
    row.prevHash,
    row.hash,
  ]);
}

function localDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The filtered audit log as CSV, streamed in batches so a long trail never sits in memory whole. */
export async function GET(request: NextRequest) {
  const guard = await authorizeRoute("audit:read");
  if (guard.response) return guard.response;

  const timeZone = await getTimeZone();
  const raw = Object.fromEntries(request.nextUrl.searchParams);
  const { filters, errors } = parseAuditSearch(raw, timeZone);
  // The export has no pages, so only the filters count.
  const problem = (["actor", "entity", "from", "to"] as const).find((key) => errors[key]?.length);
  if (problem) return apiError(400, "invalid_filter", `${problem}: ${errors[problem]![0]}`);

  const encoder = new TextEncoder();
  const batches = auditEntryBatches(filters);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(HEADER)));
    },
    // Pull, not push: the next batch is read only when the client has taken the last one.
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(toCsv).join("")));
      } catch (error) {
        console.error(`[audit export failed] ${describeError(error)}`);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${localDate(new Date(), timeZone)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
