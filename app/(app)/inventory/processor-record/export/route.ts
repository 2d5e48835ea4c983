import { readProcessorRecord } from "@/db/queries/processor-record";
import { getOrganisation } from "@/db/queries/organisation";
import { authorizeRoute } from "@/lib/auth/guards";
import { todayIn } from "@/lib/time";
import { processorRecordCsv } from "@/lib/processor-record/csv";

/** The current processor's record (Art. 30(2)), archived entries left out, as CSV. */
export async function GET() {
  const guard = await authorizeRoute("inventory:read");
  if (guard.response) return guard.response;
  const [org, entries] = await Promise.all([getOrganisation(), readProcessorRecord()]);
  const now = new Date();
  const body = processorRecordCsv(org, entries, now);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="processor-record-${todayIn(org?.timeZone ?? "UTC", now)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
